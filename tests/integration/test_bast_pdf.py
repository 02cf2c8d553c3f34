"""The BAST PDF as poppler reads it: pages, text, totals, fonts, and ink where signatures go."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import math
import random
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from printing.bast import (
    WITA,
    BastDataError,
    BastHeader,
    BastOfficial,
    BastRow,
    BastSummary,
    render_bast,
)
from printing.errors import PrintingError

HEADER = BastHeader(
    programme="Pekerja Rentan Provinsi NTT, iuran dibayar oleh APBD Provinsi NTT",
    event="Penyerahan Kartu Peserta Kabupaten Sumba Timur",
    site="Aula Kantor Bupati, Waingapu",
    place_and_date="Waingapu, 25 November 2026",
    period="Rabu, 25 November 2026",
    number="007/BAST/XI/2026",
    officials=(
        BastOfficial("Yang menyerahkan,", "Yohanes Umbu Ndaku", "NPP. 1234567"),
        BastOfficial("Yang menerima,", "Maria Rambu Kahi", "NIP. 19750312 200003 2 004"),
        BastOfficial("Mengetahui,", "Paulus Hamba Ndima"),
    ),
)
DESA = ("Kambaniru", "Mauliru", "Lambanapu", "Kawangu", "Prailiu", "Kelurahan Matawai")
KINDS = ("Tanda tangan", "Cap jempol + saksi", "Diwakilkan")
START = dt.datetime(2026, 11, 25, 8, 0, tzinfo=WITA)
LONG_NAME = "Yohanes Umbu Ndaku Lewa Kapita Hina Pekambani Karanggulimu Tamu Ina Rambu Walu"
LONG_WORD = "Ndakulakuhambawalupekambanikaranggulimutamuina"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install poppler-utils (scripts/system-deps.sh test)")
    return found


def run(*args: str) -> str:
    result = subprocess.run([tool(args[0]), *args[1:]], capture_output=True, text=True, check=True)
    return result.stdout


def signature(seed: int) -> bytes:
    """A 240 x 80 px scribble of a few curved strokes, different for every seed."""
    rng = random.Random(seed)
    image = Image.new("RGBA", (240, 80), (255, 255, 255, 0))  # transparent, as a pad gives it
    draw = ImageDraw.Draw(image)
    for _ in range(3):
        phase, amp = rng.uniform(0, math.tau), rng.uniform(10, 28)
        points = [(10 + 2.2 * i, 40 + amp * math.sin(phase + i / 8)) for i in range(100)]
        draw.line(points, fill=(10, 10, 60, 255), width=3, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def make_rows(count: int, *, signed: bool = True) -> list[BastRow]:
    """Rows named "Pekerja 0001" ...; every seventh without a signature."""
    return [
        BastRow(
            name=f"Pekerja {i:04d}",
            nik_masked=f"5311••••••••{i:04d}",
            kpj=f"{24_000_000_000 + i:011d}",
            desa=DESA[(i * 7) % len(DESA)],
            time=START + dt.timedelta(seconds=20 * i),
            kind=KINDS[i % len(KINDS)],
            signature_png=signature(i) if signed and i % 7 != 0 else None,
            note="oleh istri" if KINDS[i % len(KINDS)] == "Diwakilkan" else "",
        )
        for i in range(1, count + 1)
    ]


def page_texts(pdf: Path) -> list[str]:
    return run("pdftotext", "-layout", str(pdf), "-").split("\f")[:-1]


def row_numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"^\s*(\d+) +Pekerja \d{4}", text, flags=re.M)]


def totals(text: str, heading: str, end: str) -> dict[str, int]:
    """The No. / name / count rows of a totals table, between its heading and end."""
    section = text.split(heading, 1)[1].split(end, 1)[0]
    found = re.findall(r"^\s*\d+ +(\S.*?) {2,}([\d.]+)\s*$", section, flags=re.M)
    return {name: int(count.replace(".", "")) for name, count in found}


@pytest.fixture(scope="module")
def bast(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[BastRow], BastSummary]:
    rows = make_rows(120)
    pdf = tmp_path_factory.mktemp("bast") / "bast.pdf"
    summary = render_bast(HEADER, rows, out=pdf)
    return pdf, rows, summary


def test_page_count_matches_poppler(bast: tuple[Path, list[BastRow], BastSummary]) -> None:
    pdf, rows, summary = bast
    info = run("pdfinfo", str(pdf))
    assert f"Pages:           {summary.pages}\n" in info
    assert "(A4)" in info
    assert summary.pages > 3  # 120 rows do not fit on fewer pages: the table did split
    assert summary.rows == len(rows)


def test_first_page_carries_the_header_fields(
    bast: tuple[Path, list[BastRow], BastSummary],
) -> None:
    first = page_texts(bast[0])[0]
    for text in (HEADER.title, HEADER.number, HEADER.programme, HEADER.event, HEADER.site,
                 HEADER.period):  # fmt: skip
        assert text in first


def test_every_worker_is_listed_once_numbered_across_pages(
    bast: tuple[Path, list[BastRow], BastSummary],
) -> None:
    pdf, rows, _ = bast
    pages = page_texts(pdf)
    everything = "\n".join(pages)
    for row in rows:
        assert everything.count(row.name) == 1, row.name
        assert everything.count(row.nik_masked) == 1
    numbers = [n for page in pages for n in row_numbers(page)]
    assert numbers == list(range(1, len(rows) + 1))
    table_pages = [page for page in pages if row_numbers(page)]
    assert len(table_pages) > 1
    for page in table_pages:  # the header row is repeated on each page of the table
        first_row = re.search(r"^\s*\d+ +Pekerja \d{4}", page, flags=re.M)
        assert first_row is not None
        head = page[: first_row.start()]
        assert re.search(r"No\. +Nama +NIK +No\. KPJ +Cara +Tanda tangan", head), head


def test_no_full_nik_anywhere(bast: tuple[Path, list[BastRow], BastSummary]) -> None:
    everything = "\n".join(page_texts(bast[0]))
    assert not re.search(r"\d{16}", everything)
    assert "NIK ditampilkan tersamar" in everything


def test_totals_by_desa_and_by_kind_match_the_rows(
    bast: tuple[Path, list[BastRow], BastSummary],
) -> None:
    pdf, rows, summary = bast
    text = "\n".join(page_texts(pdf))
    by_desa = Counter(row.desa for row in rows)
    by_kind = Counter(row.kind for row in rows)
    printed_desa = totals(text, "Jumlah per desa", "Jumlah per cara serah terima")
    printed_kind = totals(text, "Jumlah per cara serah terima", "Jumlah seluruhnya")
    assert printed_desa == dict(by_desa)
    assert printed_kind == dict(by_kind)
    desa_section = text.split("Jumlah per desa", 1)[1].split("Jumlah per cara", 1)[0]
    order = [name for name in sorted(by_desa) if name in desa_section]
    assert sorted(order, key=desa_section.index) == sorted(by_desa)  # sorted by name
    assert f"Jumlah seluruhnya: {len(rows)} orang" in text
    assert dict(summary.by_desa) == dict(by_desa)
    assert dict(summary.by_kind) == dict(by_kind)


def test_every_page_says_which_of_how_many(
    bast: tuple[Path, list[BastRow], BastSummary],
) -> None:
    pdf, _, summary = bast
    pages = page_texts(pdf)
    assert len(pages) == summary.pages
    n = summary.pages
    assert f"Halaman 1 dari {n}" in pages[0]
    assert f"Halaman {n} dari {n}" in pages[-1]
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {n}" in page
        assert HEADER.event in page


def test_last_page_has_the_signature_blocks(
    bast: tuple[Path, list[BastRow], BastSummary],
) -> None:
    last = page_texts(bast[0])[-1]
    assert HEADER.place_and_date in last
    assert "Demikian berita acara ini dibuat" in last
    line = next(line for line in last.splitlines() if "Yang menyerahkan" in line)
    assert re.search(r"Yang menyerahkan, +Yang menerima, +Mengetahui,", line)  # side by side
    names = next(line for line in last.splitlines() if "Yohanes Umbu Ndaku" in line)
    assert re.search(r"Yohanes Umbu Ndaku +Maria Rambu Kahi +Paulus Hamba Ndima", names)
    assert "NIP. 19750312 200003 2 004" in last


def test_fonts_are_embedded_and_helvetica_is_absent(
    bast: tuple[Path, list[BastRow], BastSummary],
) -> None:
    pdf = bast[0]
    fonts = run("pdffonts", str(pdf)).splitlines()[2:]
    assert fonts
    for line in fonts:
        assert "DejaVuSans" in line
        assert line.split()[-5] == "yes", line  # the "emb" column
    assert b"Helvetica" not in pdf.read_bytes()


def test_rows_without_signature_show_a_dash(
    bast: tuple[Path, list[BastRow], BastSummary],
) -> None:
    pdf, rows, _ = bast
    text = "\n".join(page_texts(pdf))
    unsigned = [row for row in rows if row.signature_png is None]
    assert unsigned
    for row in unsigned:
        line = next(line for line in text.splitlines() if row.name in line)
        assert line.rstrip().endswith("—"), line
    signed = next(row for row in rows if row.signature_png is not None)
    line = next(line for line in text.splitlines() if signed.name in line)
    assert "—" not in line


def test_signature_thumbnails_are_inked(
    tmp_path: Path, bast: tuple[Path, list[BastRow], BastSummary]
) -> None:
    """The signature column of page 1 has ink; without signatures, it has next to none."""
    unsigned = tmp_path / "unsigned.pdf"
    render_bast(HEADER, make_rows(20, signed=False), out=unsigned)
    signed = tmp_path / "signed.pdf"
    shutil.copy(bast[0], signed)

    def dark_pixels(pdf: Path) -> int:
        dpi = 100
        run("pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile",
            str(pdf), str(pdf.with_suffix("")))  # fmt: skip
        with Image.open(pdf.with_suffix(".png")) as page:
            grey = page.convert("L")
        px = dpi / 25.4  # pixels per mm
        right = (210 - 15 - 1) * px  # inside the table's right edge
        column = grey.crop((int(right - 28 * px), int(80 * px), int(right), int(270 * px)))
        return sum(column.histogram()[:60])  # the ink, not the grey rules of the grid

    with_ink, without = dark_pixels(signed), dark_pixels(unsigned)
    assert with_ink > 2000
    assert with_ink > 10 * without


def test_a_long_name_wraps_instead_of_being_clipped(tmp_path: Path) -> None:
    rows = make_rows(3)
    rows[1] = dataclasses.replace(rows[1], name=LONG_NAME)
    rows[2] = dataclasses.replace(rows[2], name=f"Umbu {LONG_WORD}")
    pdf = tmp_path / "long.pdf"
    render_bast(HEADER, rows, out=pdf)
    layout = page_texts(pdf)[0]
    for word in LONG_NAME.split():
        assert word in layout
    first = next(i for i, line in enumerate(layout.splitlines()) if "Yohanes Umbu" in line)
    assert "Rambu Walu" not in layout.splitlines()[first]  # on a later line of the same cell
    raw = re.sub(r"\s+", "", run("pdftotext", "-raw", str(pdf), "-"))
    assert re.sub(r"\s+", "", LONG_NAME) in raw  # every letter, in order
    assert f"Umbu{LONG_WORD}" in raw  # a word wider than the column is broken, not cut


def test_an_event_of_several_days_shows_the_date_with_the_time(tmp_path: Path) -> None:
    rows = make_rows(2)
    rows[1] = dataclasses.replace(rows[1], time=dt.datetime(2026, 11, 26, 1, 30, tzinfo=dt.UTC))
    pdf = tmp_path / "days.pdf"
    render_bast(HEADER, rows, out=pdf)
    text = run("pdftotext", "-raw", str(pdf), "-")
    assert "25/11" in text
    assert "26/11" in text
    assert "09:30" in text  # 01:30 UTC is 09:30 WITA


def test_a_worker_without_a_recorded_desa_is_counted_apart(tmp_path: Path) -> None:
    rows = make_rows(4)
    rows[2] = dataclasses.replace(rows[2], desa="")
    pdf = tmp_path / "desa.pdf"
    summary = render_bast(HEADER, rows, out=pdf)
    assert summary.by_desa[-1] == ("", 1)  # after the named ones
    text = "\n".join(page_texts(pdf))
    printed = totals(text, "Jumlah per desa", "Jumlah per cara serah terima")
    assert printed["Tidak tercatat"] == 1
    assert list(printed)[-1] == "Tidak tercatat"
    assert sum(printed.values()) == 4


def test_a_binary_file_gets_the_same_bytes_as_a_path(tmp_path: Path) -> None:
    rows = make_rows(5)
    buffer = io.BytesIO()
    render_bast(HEADER, rows, out=buffer)
    render_bast(HEADER, rows, out=tmp_path / "b.pdf")
    assert buffer.getvalue() == (tmp_path / "b.pdf").read_bytes()
    assert buffer.getvalue().startswith(b"%PDF-")


@pytest.mark.parametrize(
    "changes",
    [
        {"nik_masked": "5311014501900001"},
        {"nik_masked": "5311-0145-0190-0001"},  # no mask at all
        {"nik_masked": "5311014501900001•"},  # a mask character next to all 16 digits
        {"name": "Umbu 5311014501900001"},
        {"note": "NIK 5311014501900001"},
        {"time": dt.datetime(2026, 11, 25, 8, 0)},  # naive: which zone?
        {"kind": " "},
        {"name": ""},
        {"signature_png": b"not a png"},
        {"signature_png": signature(1)[:300]},  # cut off in the pixel data
    ],
)
def test_unprintable_rows_are_refused(tmp_path: Path, changes: dict[str, object]) -> None:
    rows = make_rows(3)
    rows[1] = dataclasses.replace(rows[1], **changes)  # type: ignore[arg-type]
    pdf = tmp_path / "refused.pdf"
    with pytest.raises(BastDataError) as caught:
        render_bast(HEADER, rows, out=pdf)
    assert isinstance(caught.value, PrintingError)
    assert not pdf.exists()  # nothing half-written


def test_masks_with_asterisks_are_accepted(tmp_path: Path) -> None:
    rows = [dataclasses.replace(row, nik_masked="5311********0001") for row in make_rows(2)]
    assert render_bast(HEADER, rows, out=tmp_path / "stars.pdf").rows == 2


def test_no_rows_or_no_officials_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BastDataError):
        render_bast(HEADER, [], out=tmp_path / "empty.pdf")
    with pytest.raises(BastDataError):
        render_bast(dataclasses.replace(HEADER, officials=()), make_rows(1), out=tmp_path / "x")


def test_a_fourth_official_signs_on_a_row_of_their_own(tmp_path: Path) -> None:
    header = dataclasses.replace(
        HEADER, officials=(*HEADER.officials, BastOfficial("Saksi,", "Agustinus Lede"))
    )
    pdf = tmp_path / "four.pdf"
    render_bast(header, make_rows(3), out=pdf)
    last = page_texts(pdf)[-1]
    assert "Jumlah seluruhnya: 3 orang" in last  # the total travels with the signatures
    lines = last.splitlines()
    three = next(i for i, line in enumerate(lines) if "Yohanes Umbu Ndaku" in line)
    fourth = next(i for i, line in enumerate(lines) if "Agustinus Lede" in line)
    assert fourth > three
    assert "Saksi," in last


def test_many_rows_run_on_over_numbered_pages_without_a_gap(tmp_path: Path) -> None:
    # The 4,000-row BAST is test_bast.py's, from real handovers; its time is make bench's.
    rows = make_rows(600)
    pdf = tmp_path / "big.pdf"
    summary = render_bast(HEADER, rows, out=pdf)
    pages = page_texts(pdf)
    assert len(pages) == summary.pages > 10
    assert [n for page in pages for n in row_numbers(page)] == list(range(1, 601))
    assert f"Halaman {summary.pages} dari {summary.pages}" in pages[-1]
    assert "Jumlah seluruhnya: 600 orang" in "\n".join(pages)
    assert summary.rows == 600
