"""Card printer URLs, and the PDF folder: whole files, never overwritten, clear errors."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from printing.card_printers import (
    DEFAULT_CARD_MEDIA,
    CardFileExistsError,
    CupsCardPrinter,
    PdfFolderPrinter,
    parse_card_printer_url,
    safe_file_name,
)
from printing.errors import PrinterError, PrinterOfflineError, PrinterUrlError
from printing.printer_url import DEFAULT_TIMEOUT

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 64 + b"\n%%EOF\n"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("cups://CardPrinter", CupsCardPrinter("CardPrinter")),
        ("  CUPS://CardPrinter/  ", CupsCardPrinter("CardPrinter")),
        (
            "cups://Evolis_Primacy?media=Custom.85.6x53.98mm&timeout=12.5&server=print.local",
            CupsCardPrinter(
                "Evolis_Primacy",
                server="print.local:631",
                media="Custom.85.6x53.98mm",
                timeout=12.5,
            ),
        ),
        (
            "cups://Zebra?server=[::1]:8631&MEDIA=CR80",
            CupsCardPrinter("Zebra", server="[::1]:8631", media="CR80"),
        ),
        ("folder:///srv/cards", PdfFolderPrinter(Path("/srv/cards"))),
        ("folder://localhost/srv/cards/", PdfFolderPrinter(Path("/srv/cards"))),
        ("folder:///srv/kartu%20cetak", PdfFolderPrinter(Path("/srv/kartu cetak"))),
    ],
)
def test_good_urls(url: str, expected: object) -> None:
    assert parse_card_printer_url(url) == expected


def test_the_defaults_and_the_names_shown_to_people() -> None:
    cups = parse_card_printer_url("cups://CardPrinter")
    assert isinstance(cups, CupsCardPrinter)
    assert (cups.media, cups.timeout, cups.server) == (DEFAULT_CARD_MEDIA, DEFAULT_TIMEOUT, None)
    assert cups.name == "cups://CardPrinter"
    assert CupsCardPrinter("Q", server="h:631").name == "cups://Q?server=h:631"
    assert parse_card_printer_url("folder:///srv/kartu%20cetak").name == (
        "folder:///srv/kartu%20cetak"
    )


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("", "it is empty"),
        ("cups://Card Printer", "spaces or control characters"),
        ("/srv/cards", "it has no scheme"),
        ("tcp://192.168.1.50:9100", "unknown scheme 'tcp'"),
        ("file:///srv/cards", "unknown scheme 'file'"),
        ("folder:cards", "needs an absolute path"),
        ("folder:/srv/cards", "needs an absolute path"),
        ("folder://srv/cards", "not a host 'srv'"),
        ("folder:///", "the folder path is missing"),
        ("folder:///srv/cards?media=CR80", "takes no options"),
        ("folder:///srv/%FF", "not UTF-8"),
        ("folder:///srv/cards#x", "no #fragment"),
        ("cups:CardPrinter", "expected cups://QUEUE"),
        ("cups://", "queue name is missing"),
        ("cups://-o", "is not a CUPS queue name"),
        ("cups://a/b", "has no '/'"),
        ("cups://Q?media=A4,raw", "is not a CUPS media name"),
        ("cups://Q?fit=yes", "unknown option 'fit' for cups:// (known: media, server, timeout)"),
        ("cups://Q?timeout=0", "timeout '0' is not a number of seconds"),
        ("cups://Q?server=bad_host!", "is not a host name"),
        ("cups://Q?media", "is not NAME=VALUE"),
    ],
)
def test_bad_urls_name_the_problem_and_what_a_card_printer_url_is(url: str, problem: str) -> None:
    with pytest.raises(PrinterUrlError) as raised:
        parse_card_printer_url(url)
    assert problem in raised.value.problem
    assert raised.value.problem.endswith("a card printer is cups://QUEUE or folder:///PATH")
    assert raised.value.url == url


def test_a_media_name_lp_would_split_is_refused() -> None:
    with pytest.raises(ValueError, match="not a CUPS media name"):
        CupsCardPrinter("Q", media="A4 -o raw")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Kartu 0K3M-7Q2A Umbu Ndaku", "Kartu_0K3M-7Q2A_Umbu_Ndaku"),
        ("../../etc/passwd", "etc_passwd"),
        ("a/b\\c:d*e?f", "a_b_c_d_e_f"),
        ("Ñusa Tenggara", "Ñusa_Tenggara"),
        ("...", "card"),
        ("", "card"),
        ("\x00\n", "card"),
        ("é" * 300, "é" * 100),
    ],
)
def test_titles_become_safe_file_names(title: str, name: str) -> None:
    assert safe_file_name(title) == name


def test_the_folder_receives_the_whole_pdf_under_its_title(tmp_path: Path) -> None:
    printer = PdfFolderPrinter(tmp_path)
    printer.send(PDF, "Kartu 0001/Umbu")
    (written,) = tmp_path.iterdir()  # no temporary file is left behind
    assert written.name == "Kartu_0001_Umbu.pdf"
    assert written.read_bytes() == PDF
    assert stat.S_IMODE(written.stat().st_mode) == 0o640


def test_a_file_appears_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(PrinterOfflineError, match="No space left on device"):
        PdfFolderPrinter(tmp_path).send(PDF, "card")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_card_file_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "card.pdf").write_bytes(b"the card already waiting")
    printer = PdfFolderPrinter(tmp_path)
    expected = r"'card\.pdf' is already in the folder"
    with pytest.raises(CardFileExistsError, match=expected) as raised:
        printer.send(PDF, "card")
    assert isinstance(raised.value, PrinterError)
    assert (tmp_path / "card.pdf").read_bytes() == b"the card already waiting"
    assert [path.name for path in tmp_path.iterdir()] == ["card.pdf"]


def test_a_name_taken_while_writing_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def another_writer_wins(fd: int) -> None:
        real_fsync(fd)
        (tmp_path / "card.pdf").write_bytes(b"other")

    monkeypatch.setattr(os, "fsync", another_writer_wins)
    with pytest.raises(CardFileExistsError):
        PdfFolderPrinter(tmp_path).send(PDF, "card")
    assert [path.name for path in tmp_path.iterdir()] == ["card.pdf"]
    assert (tmp_path / "card.pdf").read_bytes() == b"other"


def test_a_missing_folder_is_offline(tmp_path: Path) -> None:
    printer = PdfFolderPrinter(tmp_path / "gone")
    with pytest.raises(PrinterOfflineError, match="does not exist") as raised:
        printer.send(PDF, "card")
    assert raised.value.printer == f"folder://{tmp_path}/gone"


def test_a_file_in_place_of_the_folder_is_offline(tmp_path: Path) -> None:
    (tmp_path / "cards").write_text("")
    with pytest.raises(PrinterOfflineError, match="is not a folder"):
        PdfFolderPrinter(tmp_path / "cards").send(PDF, "card")


def test_an_unwritable_folder_is_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As root (CI) the kernel lets every write through, so the refusal is simulated.
    def refuse(**_: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(
        PrinterOfflineError, match=r"cannot write into the folder .*Permission denied"
    ):
        PdfFolderPrinter(tmp_path).send(PDF, "card")
