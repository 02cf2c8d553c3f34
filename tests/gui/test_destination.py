"""Every print says where it went, in words: a PDF in a folder is not a printed card."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from db.enums import JobStatus, PrintKind
from kiosk.texts.printing import printer_in_words, where_it_went
from kiosk.ui.common.destination import DestinationNote
from kiosk.usecases.job_records import JobOutcome


def test_printers_in_words() -> None:
    card, receipt = PrintKind.CARD, PrintKind.RECEIPT
    assert printer_in_words("folder:///srv/kartu", card) == "Card folder: /srv/kartu"
    assert printer_in_words("folder:///srv/tt", receipt) == "Tanda terima folder: /srv/tt"
    assert printer_in_words("cups://KartuCR80", card) == "Card printer KartuCR80"
    assert (
        printer_in_words("cups://KartuCR80?server=10.0.0.2:631&timeout=30", card)
        == "Card printer KartuCR80 @ 10.0.0.2:631"
    )
    assert printer_in_words("tcp://192.168.1.50:9100?profile=80", receipt) == (
        "Receipt printer 192.168.1.50"
    )
    assert printer_in_words("tcp://192.168.1.50:9101", receipt) == (
        "Receipt printer 192.168.1.50:9101"
    )
    assert printer_in_words("usb://04b8:0e15", receipt) == "Receipt printer on USB (04b8:0e15)"
    assert printer_in_words("serial:///dev/ttyUSB0", receipt) == (
        "Receipt printer on the port /dev/ttyUSB0"
    )
    assert printer_in_words("cups://Struk", receipt) == "Receipt printer Struk"
    # Something that is not a printer URL is shown as typed, not hidden.
    assert printer_in_words("nonsense://x?y=1", card) == "nonsense://x"


def _outcome(kind: PrintKind, printer: str, file: str | None) -> JobOutcome:
    return JobOutcome(
        job_id=1,
        kind=kind,
        status=JobStatus.SENT,
        worker_id=1,
        worker_name="Umbu Ndaku",
        serial_text="K-000001",
        printer=printer,
        attempts=1,
        file=file,
    )


def test_a_pdf_in_a_folder_is_never_called_printed(qtbot: QtBot, tmp_path: Path) -> None:
    opened: list[str] = []

    def opener(path: str) -> bool:
        opened.append(path)
        return True

    note = DestinationNote(opener=opener)
    qtbot.addWidget(note)
    assert note.isHidden()
    pdf = str(tmp_path / "kartu-K-000001.pdf")
    note.show_outcome(_outcome(PrintKind.CARD, f"folder://{tmp_path}", pdf))
    assert not note.isHidden()
    assert "not printed" in note.text()
    assert pdf in note.text()
    assert not note.open_button.isHidden()
    note.open_button.click()
    assert opened == [pdf]

    note.show_outcome(_outcome(PrintKind.CARD, "cups://KartuCR80", None))
    assert note.text() == "The card went to the printer: Card printer KartuCR80. Collect it there."
    assert note.open_button.isHidden()

    note.show_outcome(_outcome(PrintKind.RECEIPT, f"folder://{tmp_path}", pdf))
    assert "no receipt printer" in note.text()
    assert where_it_went(_outcome(PrintKind.RECEIPT, "tcp://10.1.1.5:9100", None)) == (
        "The tanda terima went to the printer: Receipt printer 10.1.1.5."
    )


def test_a_printer_error_names_the_printer_not_its_url() -> None:
    from kiosk.texts.printing import printer_error_text, printer_name
    from printing.errors import PrinterOfflineError

    assert printer_name("tcp://127.0.0.1:9?profile=58&qr=raster") == "127.0.0.1:9"
    assert printer_name("cups://KartuCR80?timeout=30") == "KartuCR80"
    assert printer_name("folder:///srv/kartu") == "/srv/kartu"
    text = printer_error_text(PrinterOfflineError("tcp://192.168.1.50:9100?qr=raster", "refused"))
    assert text.startswith("The printer 192.168.1.50 cannot be reached")
    assert "tcp://" not in text


def test_a_pdf_that_cannot_be_opened_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    note = DestinationNote(opener=lambda _path: False)  # no PDF viewer on this computer
    qtbot.addWidget(note)
    pdf = str(tmp_path / "kartu-K-000001.pdf")
    note.show_outcome(_outcome(PrintKind.CARD, f"folder://{tmp_path}", pdf))
    assert note.problem_label.isHidden()
    note.open_button.click()
    assert not note.problem_label.isHidden()
    assert "no program to open PDF files" in note.problem_label.text()
    assert pdf in note.text()  # where the file is stays said
