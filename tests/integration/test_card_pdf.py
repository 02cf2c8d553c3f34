"""Card PDFs as poppler sees them: page size, fonts, text, and a QR that decodes at 600 dpi."""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageDraw
from reportlab.lib.units import mm

from printing.card import (
    CARD_HEIGHT,
    CARD_WIDTH,
    MARGIN,
    NAME_BOX,
    QR_MIN_SYMBOL,
    CardData,
    CardLabels,
    CardStyle,
    DateStyle,
    QrLevel,
    layout_qr,
    qr_matrix,
    render_card,
    render_cards,
)
from printing.keys import key_id, private_key_from_seed
from printing.payload import (
    CardClaims,
    decode_and_verify,
    encode,
    fold_short_name,
    format_serial,
    new_serial,
)

SUMBA_NAME = "Yohanes Umbu Ndaku Lewa Kapita Hina Pekambani Karanggulimu"
SIXTY_CAPS = "RAMBU KAHI NDAKULAKU HAMBA WALU PEKAMBANI KARANGGULIMU TAMUA"
PAYLOAD = "NTTJ1:" + ("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" * 5)[:156]
DPI = 600


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install poppler-utils (scripts/system-deps.sh test)")
    return found


def run(*args: str) -> str:
    result = subprocess.run([tool(args[0]), *args[1:]], capture_output=True, text=True, check=True)
    return result.stdout


def make_card(**changes: object) -> CardData:
    fields: dict[str, object] = {
        "name": SUMBA_NAME,
        "kpj": "24011234567",
        "issue_date": dt.date(2026, 11, 25),
        "serial": "0K3M-7Q2A-9XZD",
        "qr_payload": PAYLOAD,
    }
    fields.update(changes)
    return CardData(**fields)  # type: ignore[arg-type]


def rasterise(pdf: Path, page: int, dpi: int = DPI) -> Image.Image:
    prefix = pdf.with_name(f"{pdf.stem}-{page}")
    run("pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
        str(pdf), str(prefix))  # fmt: skip
    with Image.open(prefix.with_suffix(".png")) as image:
        return image.convert("L")


def lightness(image: Image.Image) -> tuple[int, int]:
    """The darkest and the lightest grey of a greyscale image."""
    darkest, lightest = image.getextrema()
    assert isinstance(darkest, int)
    assert isinstance(lightest, int)
    return darkest, lightest


def page_text(pdf: Path, page: int) -> str:
    return " ".join(run("pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-").split())


class _Words(HTMLParser):
    """The words of `pdftotext -bbox`, with their boxes in points from the top-left corner."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[tuple[str, float, float, float, float]] = []
        self._box: tuple[float, float, float, float] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "word":
            a = {key: float(value or 0) for key, value in attrs}
            self._box = (a["xmin"], a["ymin"], a["xmax"], a["ymax"])

    def handle_data(self, data: str) -> None:
        if self._box is not None:
            self.words.append((data, *self._box))
            self._box = None


def words(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    parser = _Words()
    parser.feed(run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"))
    return parser.words


def test_every_page_is_exactly_cr80(tmp_path: Path) -> None:
    pdf = tmp_path / "card.pdf"
    render_card(make_card(), style=CardStyle(), out=pdf, with_back=True)
    info = run("pdfinfo", "-box", "-f", "1", "-l", "2", str(pdf))
    assert "Pages:           2" in info
    boxes = re.findall(r"Page +\d+ MediaBox: +(.*)", info)
    assert [box.split() for box in boxes] == [["0.00", "0.00", "242.65", "153.01"]] * 2
    # And to the last digit reportlab writes, 85.60 x 53.98 mm.
    raw = re.findall(rb"/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]", pdf.read_bytes())
    assert len(raw) == 2
    for width, height in raw:
        assert float(width) / 72 * 25.4 == pytest.approx(85.60, abs=1e-3)
        assert float(height) / 72 * 25.4 == pytest.approx(53.98, abs=1e-3)


def test_fonts_are_embedded_and_nothing_else_is_referenced(tmp_path: Path) -> None:
    pdf = tmp_path / "card.pdf"
    render_card(make_card(), style=CardStyle(), out=pdf, with_back=True)
    rows = run("pdffonts", str(pdf)).splitlines()[2:]
    fonts = {row.split()[0].split("+")[-1]: row.split() for row in rows}
    assert set(fonts) == {"DejaVuSans", "DejaVuSans-Bold"}
    for columns in fonts.values():
        emb, sub, uni = columns[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes")


@pytest.mark.parametrize(
    ("payload", "level"),
    [
        (PAYLOAD, QrLevel.Q),
        (PAYLOAD, QrLevel.M),
        ("v1|kpj=24011234567|serial=0K3M-7Q2A-9XZD|sig=Zm9v+YmFy/Lw==", QrLevel.Q),
        ("NTTJ1:short", QrLevel.Q),
    ],
)
def test_the_qr_decodes_to_the_exact_payload_and_is_wide_enough(
    tmp_path: Path, payload: str, level: QrLevel
) -> None:
    pdf = tmp_path / "card.pdf"
    render_card(make_card(qr_payload=payload), style=CardStyle(qr_level=level), out=pdf)
    image = rasterise(pdf, 1)
    found = zxingcpp.read_barcodes(image)
    assert [(code.format, code.text) for code in found] == [
        (zxingcpp.BarcodeFormat.QRCode, payload)
    ]
    assert found[0].ec_level == level.value
    # The symbol's width as drawn, from the corners zxing found, at a known resolution.
    corners = found[0].position
    width_px = math.dist(
        (corners.top_left.x, corners.top_left.y), (corners.top_right.x, corners.top_right.y)
    )
    width_mm = width_px / DPI * 25.4
    qr = layout_qr(len(qr_matrix(payload, level)))
    assert width_mm >= QR_MIN_SYMBOL / mm - 0.1
    assert width_mm == pytest.approx(qr.symbol / mm, abs=0.15)


def test_the_quiet_zone_is_white(tmp_path: Path) -> None:
    pdf = tmp_path / "card.pdf"
    render_card(make_card(), style=CardStyle(), out=pdf)
    image = rasterise(pdf, 1)
    qr = layout_qr(len(qr_matrix(PAYLOAD, QrLevel.Q)))
    scale = DPI / 72

    def px(x: float, y: float) -> tuple[int, int]:  # PDF points to pixels, y down
        return round(x * scale), round((CARD_HEIGHT - y) * scale)

    bx, by, bw, bh = qr.box
    left, top = px(bx, by + bh)
    right, bottom = px(bx + bw, by)
    s_left, s_top = px(qr.x, qr.y + qr.symbol)
    s_right, s_bottom = px(qr.x + qr.symbol, qr.y)
    edge = 2  # pixels of anti-aliasing allowed at each border
    strips = [
        (left + edge, top + edge, right - edge, s_top - edge),
        (left + edge, s_bottom + edge, right - edge, bottom - edge),
        (left + edge, top + edge, s_left - edge, bottom - edge),
        (s_right + edge, top + edge, right - edge, bottom - edge),
    ]
    for strip in strips:
        assert lightness(image.crop(strip))[0] >= 250, strip
    # And the symbol itself starts where the layout says: its corner module is dark.
    assert lightness(image.crop((s_left + edge, s_top + edge, s_left + 6, s_top + 6)))[1] <= 5


@pytest.mark.parametrize("name", [SUMBA_NAME, SIXTY_CAPS, "Maria Goreti Ina Kii"])
def test_the_whole_name_is_printed_inside_the_margins(tmp_path: Path, name: str) -> None:
    pdf = tmp_path / "card.pdf"
    render_card(make_card(name=name), style=CardStyle(date_style=DateStyle.LONG), out=pdf)
    assert name in page_text(pdf, 1)
    expected = name.split()
    page = words(pdf, 1)
    starts = [
        i for i in range(len(page)) if [w[0] for w in page[i : i + len(expected)]] == expected
    ]
    assert len(starts) == 1
    x, y, width, height = NAME_BOX
    assert x == MARGIN
    assert x + width == pytest.approx(CARD_WIDTH - MARGIN)
    for _, x_min, y_min, x_max, y_max in page[starts[0] : starts[0] + len(expected)]:
        assert x - 0.01 <= x_min
        assert x_max <= x + width + 0.01
        # pdftotext boxes run from ascent to descent; the name's room is the same band.
        assert CARD_HEIGHT - (y + height) - 1.0 <= y_min
        assert y_max <= CARD_HEIGHT - y + 1.0


def test_the_front_and_back_say_what_the_worker_needs(tmp_path: Path) -> None:
    pdf = tmp_path / "card.pdf"
    card = make_card(name="Maria Goreti Ina Kii")
    render_card(card, style=CardStyle(date_style=DateStyle.LONG), out=pdf, with_back=True)
    front = page_text(pdf, 1)
    for text in (
        "Kartu Peserta BPJS Ketenagakerjaan",
        "NAMA PESERTA",
        "Maria Goreti Ina Kii",
        "240 1123 4567",
        "JKK · JKM",
        "Jaminan Kecelakaan Kerja · Jaminan Kematian",
        "25 November 2026",
        "0K3M-7Q2A-9XZD",
        "Iuran dibayar oleh Pemerintah Provinsi NTT",
    ):
        assert text in front
    back = page_text(pdf, 2)
    assert "PETUNJUK" in back
    assert "tidak dapat dipindahtangankan" in back
    assert "Nomor Seri 0K3M-7Q2A-9XZD" in back


def test_a_batch_is_one_document_with_each_cards_own_qr(tmp_path: Path) -> None:
    pdf = tmp_path / "batch.pdf"
    cards = [
        make_card(kpj=f"2401123456{i}", qr_payload=f"{PAYLOAD[:-1]}{'ABC'[i]}") for i in range(3)
    ]
    assert render_cards(iter(cards), style=CardStyle(), out=pdf, with_back=True) == 3
    assert "Pages:           6" in run("pdfinfo", str(pdf))
    for i, card in enumerate(cards):
        found = zxingcpp.read_barcodes(rasterise(pdf, 2 * i + 1, dpi=300))
        assert [code.text for code in found] == [card.qr_payload]
        assert format(card.kpj[:3]) in page_text(pdf, 2 * i + 1)


def test_configured_artwork_and_texts_replace_the_defaults(tmp_path: Path) -> None:
    artwork = tmp_path / "emblem.png"
    with Image.new("RGBA", (120, 120), (0, 0, 0, 0)) as emblem:
        ImageDraw.Draw(emblem).ellipse((4, 4, 116, 116), fill=(200, 160, 60, 255))
        emblem.save(artwork)
    style = CardStyle(
        artwork=artwork,
        instructions=("Bawa kartu ini ke kantor desa.",),
        contacts=("Kantor Cabang Waingapu: 0387-0000000",),
    )
    pdf = tmp_path / "card.pdf"
    card = make_card(program_title="Kartu Pekerja Rentan", payer_line="Iuran dibayar APBD")
    render_card(card, style=style, out=pdf, with_back=True)
    assert len(run("pdfimages", "-list", str(pdf)).splitlines()) > 2  # header + an image
    front, back = page_text(pdf, 1), page_text(pdf, 2)
    assert "Kartu Pekerja Rentan" in front
    assert "Iuran dibayar APBD" in front
    assert "Bawa kartu ini ke kantor desa." in back
    assert "Kantor Cabang Waingapu: 0387-0000000" in back
    assert "175" not in back


def test_a_signed_payload_read_back_from_the_printed_card_verifies(tmp_path: Path) -> None:
    key = private_key_from_seed(bytes(range(32)))
    serial = new_serial(lambda size: bytes(range(1, size + 1)))
    claims = CardClaims("24011234567", serial, dt.date(2026, 11, 25), fold_short_name(SIXTY_CAPS))
    pdf = tmp_path / "card.pdf"
    card = make_card(name=SIXTY_CAPS, serial=format_serial(serial), qr_payload=encode(claims, key))
    render_card(card, style=CardStyle(), out=pdf)
    (found,) = zxingcpp.read_barcodes(rasterise(pdf, 1))
    trusted = {key_id(key.public_key()): key.public_key()}
    assert decode_and_verify(found.text, trusted).claims == claims
    assert format_serial(serial) in page_text(pdf, 1)


def test_long_configured_texts_stay_whole_and_inside_the_margins(tmp_path: Path) -> None:
    title = "Kartu Peserta Jaminan Sosial Ketenagakerjaan Pekerja Rentan Provinsi NTT"
    payer = "Iuran dibayar penuh oleh Pemerintah Provinsi Nusa Tenggara Timur melalui APBD 2026"
    labels = CardLabels(kpj="Nomor Kartu Peserta Jamsostek", coverage="Program Jaminan Sosial")
    style = CardStyle(labels=labels, date_style=DateStyle.LONG)
    card = make_card(name=SIXTY_CAPS, program_title=title, payer_line=payer)
    pdf = tmp_path / "card.pdf"
    render_card(card, style=style, out=pdf, with_back=True)
    front = page_text(pdf, 1)
    for text in (title, payer, labels.kpj.upper(), labels.coverage.upper(), SIXTY_CAPS):
        assert text in front
    for page in (1, 2):
        for word, x_min, y_min, x_max, y_max in words(pdf, page):
            assert x_min >= MARGIN - 0.01, word
            assert x_max <= CARD_WIDTH - MARGIN + 0.01, word
            assert y_min >= 0, word
            assert y_max <= CARD_HEIGHT, word
