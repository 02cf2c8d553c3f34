"""The programme report PDF as poppler reads it: its figures, freshness lines, page numbers,
doubles, and the ink of its charts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from printing.report_data import DayCount, DeskHour, ProgrammeReport, ReportScope, SiteFreshness
from printing.report_pdf import (
    freshness_line,
    percent,
    period_text,
    render_report_pdf,
    short_name,
    thousands,
    wita,
)
from tests.helpers.report_sample import KABUPATEN, WITA, sample_report

ROOT = Path(__file__).resolve().parents[2]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install poppler-utils (scripts/system-deps.sh test)")
    return found


def run(*args: str) -> str:
    result = subprocess.run([tool(args[0]), *args[1:]], capture_output=True, text=True, check=True)
    return result.stdout


def page_count(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(pdf)), re.M).group(1))  # type: ignore[union-attr]


def pages_text(pdf: Path) -> list[str]:
    return [
        run("pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-")
        for n in range(1, page_count(pdf) + 1)
    ]


def dots(n: int) -> str:
    """n as the report prints it, written out independently: 101563 -> "101.563"."""
    return f"{n:,}".replace(",", ".")


def render(report: ProgrammeReport, tmp_path: Path, name: str = "laporan.pdf") -> Path:
    out = tmp_path / name
    render_report_pdf(report, out)
    assert out.read_bytes().startswith(b"%PDF-")
    return out


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render(sample_report(), tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def sample_pages(sample_pdf: Path) -> list[str]:
    return pages_text(sample_pdf)


def test_every_page_says_which_page_of_how_many(sample_pdf: Path, sample_pages: list[str]) -> None:
    total = page_count(sample_pdf)
    assert total >= 2
    for number, text in enumerate(sample_pages, start=1):
        assert f"Halaman {number} dari {total}" in text


def test_the_date_made_and_each_sites_freshness_are_at_the_top(sample_pages: list[str]) -> None:
    first = sample_pages[0]
    assert "04-12-2026 14:06 WITA" in first
    for line in (
        "data Pusat Provinsi s.d. 04-12 14:05 (basis data laporan ini)",
        "data Hub Sumba Timur s.d. 04-12 14:02",
        "data Kantor Cabang Waingapu s.d. 03-12 17:30",
        "data Hub Alor: belum ada data yang diterima",
    ):
        assert line in first
    top = first.split("Kemajuan per kabupaten")[0]
    assert "data Hub Sumba Timur s.d. 04-12 14:02" in top


def test_every_kabupaten_is_in_the_table_on_one_line_and_in_the_chart(
    sample_pages: list[str],
) -> None:
    text = "\n".join(sample_pages)
    table_lines = text.split("2. Grafik")[0].splitlines()
    report = sample_report()
    for row in report.kabupaten:
        line = next(line for line in table_lines if line.lstrip().startswith(row.code))
        assert row.name in line
        # The figures of its row, in order, with the percentage of target after each.
        figures = [dots(v) for v in (row.registered, row.printed, row.handed_over,
                                     row.account_opened)]  # fmt: skip
        assert re.search(r"\s+".join(re.escape(f) + r"\s+\S+%?" for f in figures), line), line
    chart = text.split("2. Grafik")[1].split("3. Rekonsiliasi")[0]
    for _, name in KABUPATEN:
        assert short_name(name) in chart
    assert "Kab. Timor Tengah Selatan" in chart
    assert "Kabupaten Timor Tengah Selatan" not in chart


def test_the_province_total_row_and_the_summary(sample_pages: list[str]) -> None:
    total = sample_report().total
    assert (total.registered, total.handed_over) == (101_563, 32_437)  # the sample, by hand
    line = next(line for line in sample_pages[0].splitlines() if "Jumlah provinsi" in line)
    expected = [dots(total.target or 0), dots(total.registered), "104,5%", dots(total.printed),
                dots(total.handed_over), dots(total.account_opened)]  # fmt: skip
    assert re.search(".*".join(re.escape(e) for e in expected), line), line
    assert "101.563" in line
    assert "97.180" in line
    summary = sample_pages[0].split("1. Kemajuan")[0]
    assert re.search(r"97\.180\s+101\.563\s+35\.699\s+32\.437\s+21\.617", summary)
    assert "Target belum ditetapkan untuk: Kota Kupang" in "\n".join(sample_pages)


def test_the_card_reconciliation_is_an_equation_that_holds(sample_pages: list[str]) -> None:
    cards = sample_report().cards
    assert cards.printed == cards.handed_over + cards.waiting + cards.replaced + cards.voided
    text = "\n".join(sample_pages)
    section = text.split("3. Rekonsiliasi kartu")[1].split("4. Permohonan rekening")[0]
    assert re.search(
        r"Dicetak\s+=\s+Diserahkan\s+\+\s+Menunggu di lokasi\s+\+\s+Rusak/diganti\s+\+\s+"
        r"Dibatalkan",
        section,
    )
    numbers = r"\s+\+\s+".join(
        re.escape(dots(v)) for v in (cards.handed_over, cards.waiting, cards.replaced, cards.voided)
    )
    assert re.search(rf"{re.escape(dots(cards.printed))}\s+=\s+{numbers}", section), section
    assert "36.011" in section
    assert "3.222" in section


def test_a_reconciliation_that_does_not_hold_says_so(tmp_path: Path) -> None:
    report = sample_report()
    broken = dataclasses.replace(report.cards, waiting=report.cards.waiting - 5)
    text = "\n".join(pages_text(render(dataclasses.replace(report, cards=broken), tmp_path)))
    assert "≠" in text
    assert "tidak seimbang. Selisih 5 kartu" in text


def test_bank_applications(sample_pages: list[str]) -> None:
    text = "\n".join(sample_pages)
    section = text.split("4. Permohonan rekening")[1].split("5. Serah terima ganda")[0]
    rows = (
        ("Dibuka", "4.200"),
        ("Menunggu jawaban bank", "650"),
        ("Ditolak", "130"),
        ("Gagal (perlu diperiksa)", "20"),
        ("Jumlah permohonan", "5.000"),
    )
    for label, value in rows:
        assert re.search(rf"{re.escape(label)}\s+{re.escape(value)}\b", section), label


def test_doubles_list_each_handover_with_its_site_desk_operator_and_time(
    sample_pages: list[str],
) -> None:
    text = "\n".join(sample_pages)
    section = text.split("5. Serah terima ganda")[1].split("6. Serah terima per hari")[0]
    lines = section.splitlines()
    first = next(line for line in lines if "02600011234" in line)
    for cell in ("Kabupaten Sumba Timur", "Hub Sumba Timur", "meja-03", "petugas3",
                 "20-11-2026 09:41"):  # fmt: skip
        assert cell in first
    second = next(line for line in lines if "Kantor Cabang Waingapu" in line)
    for cell in ("teller-1", "teller1", "21-11-2026 10:05"):
        assert cell in second
    assert "Tidak ada serah terima ganda" not in text


def test_a_report_without_doubles_says_there_are_none(tmp_path: Path) -> None:
    text = "\n".join(pages_text(render(sample_report(doubles=False), tmp_path)))
    assert "Tidak ada serah terima ganda." in text
    assert "02600011234" not in text


def test_handovers_per_day_and_per_desk_per_hour(sample_pages: list[str]) -> None:
    text = "\n".join(sample_pages)
    days = text.split("6. Serah terima per hari")[1].split("7. Serah terima per meja")[0]
    assert "4.530 serah terima pada 15 hari, 02-11-2026 s.d. 30-11-2026" in days
    assert "02-11" in days
    assert "30-11" in days
    desks = text.split("7. Serah terima per meja per jam")[1]
    head = next(line for line in desks.splitlines() if "Meja" in line)
    assert re.search(r"08\s+09\s+10\s+11\s+12\s+13\s+14\s+15\s+Jumlah", head)
    report = sample_report()
    for desk in sorted({cell.desk for cell in report.per_desk_hour}):
        line = next(line for line in desks.splitlines() if desk in line)
        assert "Hub Sumba Timur" in line  # on every row: a row on the next page says where
        counts = [cell.handovers for cell in report.per_desk_hour if cell.desk == desk]
        assert re.search(r"\s+".join(dots(c) for c in [*counts, sum(counts)]), line), line
    total = sum(cell.handovers for cell in report.per_desk_hour)
    assert re.search(rf"Jumlah\s.*{re.escape(dots(total))}\s*$", desks, re.M)


def _ink(pdf: Path, page: int, colour: tuple[int, int, int], tmp_path: Path) -> int:
    """Pixels within a small distance of colour on a page rasterised at 50 dpi."""
    stem = tmp_path / f"page{page}"
    run("pdftoppm", "-r", "50", "-f", str(page), "-l", str(page), "-png", "-singlefile",
        str(pdf), str(stem))  # fmt: skip
    with Image.open(f"{stem}.png") as image:
        raw = image.convert("RGB").tobytes()
    pixels = zip(raw[0::3], raw[1::3], raw[2::3], strict=True)
    return sum(1 for p in pixels if sum(abs(a - b) for a, b in zip(p, colour, strict=True)) < 40)


def test_the_charts_are_drawn(sample_pdf: Path, sample_pages: list[str], tmp_path: Path) -> None:
    from printing.report_pdf_charts import DAY_FILL, SERIES, TARGET_INK

    def rgb(colour: object) -> tuple[int, int, int]:
        return tuple(round(255 * c) for c in colour.rgb())  # type: ignore[attr-defined]

    bars = next(n for n, t in enumerate(sample_pages, start=1) if "2. Grafik kemajuan" in t)
    for _, colour in SERIES:
        assert _ink(sample_pdf, bars, rgb(colour), tmp_path) > 100
    assert _ink(sample_pdf, bars, rgb(TARGET_INK), tmp_path) > 20  # the target ticks
    per_day = next(n for n, t in enumerate(sample_pages, start=1) if "6. Serah terima per" in t)
    assert _ink(sample_pdf, per_day, rgb(DAY_FILL), tmp_path) > 200


def test_one_kabupaten_over_several_days(tmp_path: Path) -> None:
    base = sample_report()
    row = next(row for row in base.kabupaten if row.code == "53.11")
    cells = tuple(
        DeskHour(
            site="Hub Sumba Timur",
            desk="meja-01",
            hour=dt.datetime(2026, 11, d, h, tzinfo=WITA),
            handovers=10 * d + h,
        )
        for d in (20, 21)
        for h in (8, 9)
    )
    report = dataclasses.replace(
        base,
        scope=ReportScope(kabupaten="53.11", date_from=dt.date(2026, 11, 20)),
        kabupaten=(row,),
        per_day=(DayCount(dt.date(2026, 11, 20), 217), DayCount(dt.date(2026, 11, 21), 227)),
        per_desk_hour=cells,
        freshness=(SiteFreshness("Hub Sumba Timur", None),),
    )
    text = "\n".join(pages_text(render(report, tmp_path)))
    assert "Kabupaten Sumba Timur (53.11)" in text
    assert "sejak 20-11-2026" in text
    assert re.search(r"\bJumlah\s+4\.000\s+3\.986", text)
    assert "data Hub Sumba Timur: belum ada data yang diterima" in text
    assert "20-11-2026" in text
    assert "21-11-2026" in text
    assert re.search(r"meja-01\s+21-11-2026\s+218\s+219\s+437", text)


def test_an_empty_report_still_makes_a_document(tmp_path: Path) -> None:
    report = dataclasses.replace(
        sample_report(doubles=False), kabupaten=(), per_day=(), per_desk_hour=(), freshness=()
    )
    text = "\n".join(pages_text(render(report, tmp_path)))
    assert "Belum ada serah terima." in text
    assert "Halaman 1 dari 1" in text


def test_a_missing_folder_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "tidak-ada" / "laporan.pdf"
    with pytest.raises(FileNotFoundError, match="does not exist"):
        render_report_pdf(sample_report(), out)
    assert not out.parent.exists()


def test_the_same_report_gives_the_same_bytes(tmp_path: Path) -> None:
    a = render(sample_report(), tmp_path, "a.pdf")
    b = render(sample_report(), tmp_path, "b.pdf")
    assert a.read_bytes() == b.read_bytes()


def test_reportlab_loads_only_when_a_report_is_drawn() -> None:
    code = (
        "import sys, printing.report_pdf; print(sorted(m for m in sys.modules if 'reportlab' in m))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=ROOT)  # fmt: skip
    assert result.stdout.strip() == "[]"


def test_words_and_numbers() -> None:
    assert thousands(100_000) == "100.000"
    assert thousands(40) == "40"
    assert percent(3901, 4000) == "97,5%"
    assert percent(5, None) == "–"
    assert percent(5, 0) == "–"
    assert short_name("Kabupaten Timor Tengah Selatan") == "Kab. Timor Tengah Selatan"
    assert short_name("Kota Kupang") == "Kota Kupang"
    utc = dt.datetime(2026, 12, 4, 6, 2, tzinfo=dt.UTC)
    assert freshness_line(SiteFreshness("Hub Sumba Timur", utc)) == (
        "data Hub Sumba Timur s.d. 04-12 14:02"
    )
    assert period_text(ReportScope()) == "semua tanggal"
    assert period_text(ReportScope(date_to=dt.date(2026, 12, 1))) == "s.d. 01-12-2026"
    assert (
        period_text(ReportScope(date_from=dt.date(2026, 11, 2), date_to=dt.date(2026, 12, 1)))
        == "02-11-2026 s.d. 01-12-2026"
    )
    with pytest.raises(ValueError, match="aware"):
        wita(dt.datetime(2026, 12, 4, 14, 2))


@pytest.mark.parametrize("count", [1, 30])
def test_the_doubles_heading_stands_with_its_first_double(tmp_path: Path, count: int) -> None:
    base = sample_report()
    one = base.doubles[0]
    third = dataclasses.replace(one.handovers[0], operator="petugas-dengan-nama-panjang")
    doubles = tuple(
        dataclasses.replace(one, worker=f"•••••••{1000 + n}", handovers=(*one.handovers, third))
        for n in range(count)
    )
    # One kabupaten: the doubles' heading falls near the foot of the first page.
    report = dataclasses.replace(base, kabupaten=base.kabupaten[1:2], doubles=doubles)
    pages = pages_text(render(report, tmp_path))
    page = next(text for text in pages if "5. Serah terima ganda" in text)
    assert "•••••••1000" in page
    assert f"{count} peserta menerima kartu lebih dari sekali" in page
    text = "\n".join(pages)
    assert all(f"•••••••{1000 + n}" in text for n in range(count))
