"""Card PDFs through a real cupsd and its filters: on card media, and the QR still verifies."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from PIL import Image

from printing.card import CardData, CardStyle, card_pdf
from printing.card_printers import DEFAULT_CARD_MEDIA, CupsCardPrinter, parse_card_printer_url
from printing.errors import PrinterOfflineError, PrinterTimeoutError, TransportUnavailableError
from printing.keys import generate_private_key, key_id
from printing.payload import CardClaims, decode_and_verify, encode, fold_short_name, format_serial
from tests.helpers.cups import CupsServer, cups_unavailable

CR80_PPD = Path(__file__).parent.parent / "data" / "cr80.ppd"
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
NAME = "Yohanes Umbu Ndaku Lewa"
CLAIMS = CardClaims("24011234567", 0x123456789ABCDEF, dt.date(2026, 11, 25), fold_short_name(NAME))
# Page sizes in points, width x height.
PORTRAIT_CARD = (153.01, 242.65)
LANDSCAPE_CARD = (242.65, 153.01)
A4 = (595.0, 842.0)
DPI = 300
_queue_numbers = itertools.count()
# A card's PDF and the trusted keys that verify its QR.
SignedCard = tuple[bytes, dict[bytes, Ed25519PublicKey]]


@pytest.fixture(scope="session")
def ppds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Our CR80 PPD, the same with CR80 declared landscape, and cups-pdf's generic one."""
    if not CUPS_PDF_PPD.exists():
        cups_unavailable(f"{CUPS_PDF_PPD} is missing (install printer-driver-cups-pdf)")
    landscape = tmp_path_factory.mktemp("ppd") / "cr80-landscape.ppd"
    text = CR80_PPD.read_text()
    assert text.count("153.01 242.65") == 4
    landscape.write_text(text.replace("153.01 242.65", "242.65 153.01"))
    landscape.chmod(0o644)
    return {"cr80": CR80_PPD, "cr80-landscape": landscape, "cups-pdf": CUPS_PDF_PPD}


@pytest.fixture(scope="module")
def card() -> SignedCard:
    """A signed card's PDF and the trusted keys that verify it; the key is fresh each run."""
    key = generate_private_key()
    data = CardData(
        name=NAME,
        kpj=CLAIMS.kpj,
        issue_date=CLAIMS.issued,
        serial=format_serial(CLAIMS.serial),
        qr_payload=encode(CLAIMS, key),
    )
    return card_pdf(data, style=CardStyle()), {key_id(key.public_key()): key.public_key()}


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install ghostscript (scripts/system-deps.sh test)")
    return found


def new_queue(server: CupsServer, ppd: Path) -> tuple[str, Path]:
    name = f"Card{next(_queue_numbers)}"
    return name, server.add_file_queue(name, ppd)


def printed(server: CupsServer, output: Path) -> bytes:
    server.wait_for_jobs()
    data = output.read_bytes()
    assert data, f"nothing reached the printer: {server.log()}"
    assert data.startswith(b"%!PS-Adobe"), data[:80]
    return data


def page_size(postscript: bytes) -> tuple[float, float]:
    """The page as the PostScript's DSC comments give it, in points."""
    found = re.search(rb"^%%HiResBoundingBox: 0 0 ([0-9.]+) ([0-9.]+)\s*$", postscript, re.M)
    assert found is not None, postscript[:400]
    return float(found.group(1)), float(found.group(2))


def assert_size(actual: tuple[float, float], expected: tuple[float, float]) -> None:
    # ghostscript's ps2write rounds the box outwards to whole points.
    assert actual == pytest.approx(expected, abs=1.0), f"{actual} is not {expected}"


def rasterise(postscript: Path) -> Image.Image:
    png = postscript.with_suffix(".png")
    subprocess.run(
        [tool("gs"), "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pnggray",
         f"-r{DPI}", "-o", str(png), str(postscript)],
        check=True, capture_output=True,
    )  # fmt: skip
    with Image.open(png) as image:
        return image.convert("L")


def assert_card_verifies(image: Image.Image, trusted: dict[bytes, Ed25519PublicKey]) -> None:
    (found,) = zxingcpp.read_barcodes(image)
    assert found.format == zxingcpp.BarcodeFormat.QRCode
    assert decode_and_verify(found.text, trusted).claims == CLAIMS


def test_a_card_reaches_a_cr80_printer_on_card_media_and_its_qr_verifies(
    cups_server: CupsServer, ppds: dict[str, Path], card: SignedCard
) -> None:
    pdf, trusted = card
    queue, output = new_queue(cups_server, ppds["cr80"])
    printer = CupsCardPrinter(queue, environ=cups_server.environ)
    assert printer.media == DEFAULT_CARD_MEDIA
    printer.send(pdf, "Kartu 0001 Yohanes")
    postscript = printed(cups_server, output)
    assert_size(page_size(postscript), PORTRAIT_CARD)
    assert b"<</PageSize[153.01 242.65]" in postscript  # the PPD's CR80 size was chosen
    image = rasterise(output)
    assert_size((image.width * 72 / DPI, image.height * 72 / DPI), PORTRAIT_CARD)
    assert_card_verifies(image, trusted)


def test_a_card_reaches_a_generic_queue_on_a_custom_card_size_and_its_qr_verifies(
    cups_server: CupsServer, ppds: dict[str, Path], card: SignedCard
) -> None:
    pdf, trusted = card
    queue, output = new_queue(cups_server, ppds["cups-pdf"])
    parsed = parse_card_printer_url(f"cups://{queue}?media=Custom.85.6x53.98mm&timeout=20")
    assert isinstance(parsed, CupsCardPrinter)
    dataclasses.replace(parsed, environ=cups_server.environ).send(pdf, "Kartu 0002")
    postscript = printed(cups_server, output)
    assert_size(page_size(postscript), LANDSCAPE_CARD)
    image = rasterise(output)
    assert_size((image.width * 72 / DPI, image.height * 72 / DPI), LANDSCAPE_CARD)
    assert_card_verifies(image, trusted)


@pytest.mark.parametrize(
    ("ppd", "media", "expected"),
    [
        # Without media the card lands in the middle of an A4 sheet: the trap.
        ("cr80", None, A4),
        ("cr80", DEFAULT_CARD_MEDIA, PORTRAIT_CARD),
        ("cr80", "CR80", PORTRAIT_CARD),
        ("cr80", "Custom.53.98x85.6mm", PORTRAIT_CARD),
        # CUPS matches width x height in that order: the landscape name misses a portrait size.
        ("cr80", "Custom.85.6x53.98mm", A4),
        ("cr80-landscape", DEFAULT_CARD_MEDIA, A4),
        ("cr80-landscape", "Custom.85.6x53.98mm", LANDSCAPE_CARD),
        ("cr80-landscape", "CR80", LANDSCAPE_CARD),
        ("cups-pdf", None, A4),
        ("cups-pdf", DEFAULT_CARD_MEDIA, (153.0, 242.0)),  # a custom size in whole points
        ("cups-pdf", "Custom.85.6x53.98mm", LANDSCAPE_CARD),
    ],
)
def test_the_media_name_decides_the_page_the_card_is_printed_on(
    cups_server: CupsServer,
    ppds: dict[str, Path],
    card: SignedCard,
    ppd: str,
    media: str | None,
    expected: tuple[float, float],
) -> None:
    queue, output = new_queue(cups_server, ppds[ppd])
    if media is None:  # what a plain `lp` does; CupsCardPrinter always names the media
        subprocess.run(
            ["lp", "-d", queue, "-t", "no media"],
            input=card[0], env=cups_server.environ, check=True, capture_output=True,
        )  # fmt: skip
    else:
        CupsCardPrinter(queue, media=media, environ=cups_server.environ).send(card[0], "card")
    assert_size(page_size(printed(cups_server, output)), expected)


def test_server_option_reaches_the_scheduler_without_cups_server_set(
    cups_server: CupsServer, ppds: dict[str, Path], card: SignedCard
) -> None:
    queue, output = new_queue(cups_server, ppds["cr80"])
    environ = {k: v for k, v in cups_server.environ.items() if k != "CUPS_SERVER"}
    CupsCardPrinter(queue, server=str(cups_server.socket), environ=environ).send(card[0], "c")
    assert_size(page_size(printed(cups_server, output)), PORTRAIT_CARD)


def test_a_queue_that_does_not_exist_is_offline_with_lps_message(
    cups_server: CupsServer, card: SignedCard
) -> None:
    printer = CupsCardPrinter("NoSuchCardPrinter", environ=cups_server.environ)
    with pytest.raises(PrinterOfflineError, match="does not exist") as raised:
        printer.send(card[0], "card")
    assert raised.value.printer == "cups://NoSuchCardPrinter"


def test_a_queue_that_rejects_jobs_is_offline_with_lps_message(
    cups_server: CupsServer, ppds: dict[str, Path], card: SignedCard
) -> None:
    queue, output = new_queue(cups_server, ppds["cr80"])
    cups_server.reject_jobs(queue)
    printer = CupsCardPrinter(queue, environ=cups_server.environ)
    with pytest.raises(PrinterOfflineError, match=f'"{queue}" is not accepting jobs'):
        printer.send(card[0], "card")
    cups_server.wait_for_jobs()
    assert output.read_bytes() == b""  # the queue's file exists from the start (see helper)


def test_a_missing_lp_command_is_reported_as_unavailable(tmp_path: Path) -> None:
    printer = CupsCardPrinter("CardPrinter", environ={"PATH": str(tmp_path)})
    with pytest.raises(TransportUnavailableError, match="'lp' command is missing"):
        printer.send(b"%PDF-1.4", "card")


def test_an_lp_that_hangs_times_out(tmp_path: Path) -> None:
    lp = tmp_path / "lp"
    lp.write_text(f"#!/bin/sh\nexec {shutil.which('sleep')} 30\n")
    lp.chmod(0o755)
    printer = CupsCardPrinter("CardPrinter", timeout=0.2, environ={"PATH": str(tmp_path)})
    with pytest.raises(PrinterTimeoutError, match=r"within 0\.2 s"):
        printer.send(b"%PDF-1.4", "card")
