"""Translated words for what went wrong with a printer or a print job."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.enums import PrintKind
from kiosk.usecases.cards import (
    ActiveCardExistsError,
    ForeignCardError,
    NoActiveCardError,
    ReprintReason,
)
from kiosk.usecases.job_records import CardInPrintError, JobNotRetryableError, JobOutcome
from printing.card_printers import (
    CardFileExistsError,
    CupsCardPrinter,
    PdfFolderPrinter,
    parse_card_printer_url,
)
from printing.errors import (
    PaperOutError,
    PrinterError,
    PrinterOfflineError,
    PrinterTimeoutError,
    PrinterUrlError,
    TransportUnavailableError,
)
from printing.printer_url import (
    DEFAULT_TCP_PORT,
    CupsAddress,
    FileAddress,
    SerialAddress,
    TcpAddress,
    UsbAddress,
    parse_printer_url,
)


def printer_error_text(error: PrinterError, *, as_url: bool = False) -> str:
    """What the operator reads when a printer did not take a job, and what to do next.

    The printer's own detail follows in brackets, untranslated, for whoever fixes it."""
    match error:
        case PaperOutError():
            text = QCoreApplication.translate(
                "printing", "The printer %1 is out of paper. Load paper, then press Retry."
            )
        case PrinterTimeoutError():
            text = QCoreApplication.translate(
                "printing",
                "The printer %1 did not take the whole job in time. Check that it is on and"
                " not jammed, then press Retry or choose another printer.",
            )
        case TransportUnavailableError():
            text = QCoreApplication.translate(
                "printing", "This computer cannot reach the printer %1: a part is missing."
            )
        case CardFileExistsError():
            text = QCoreApplication.translate(
                "printing",
                "A card file of that name is already in the folder %1; nothing was overwritten.",
            )
        case PrinterOfflineError():
            text = QCoreApplication.translate(
                "printing",
                "The printer %1 cannot be reached or refused the job. Check its cable or"
                " network and that it is on, then press Retry or choose another printer.",
            )
        case _:
            text = QCoreApplication.translate("printing", "The printer %1 did not take the job.")
    # On the command line the printer is what was typed: its URL.
    shown = printer_shown(error.printer) if as_url else printer_name(error.printer)
    return f"{text.replace('%1', shown)} ({error.problem})"


def stored_error_text(stored: str | None) -> str:
    """A job's recorded error, as listed: its kind in words, then the detail."""
    if not stored:
        return ""
    kind, _, detail = stored.partition(": ")
    words = {
        "PaperOutError": QCoreApplication.translate("printing", "Out of paper"),
        "PrinterTimeoutError": QCoreApplication.translate("printing", "Timed out"),
        "PrinterOfflineError": QCoreApplication.translate(
            "printing", "Printer unreachable or refused"
        ),
        "TransportUnavailableError": QCoreApplication.translate(
            "printing", "Printer connection unavailable"
        ),
        "CardFileExistsError": QCoreApplication.translate("printing", "File already exists"),
        "Interrupted": QCoreApplication.translate("printing", "Interrupted"),
        "Cancelled": QCoreApplication.translate("printing", "Cancelled"),
    }.get(kind)
    return f"{words}: {detail}" if words else stored


def print_refusal_text(error: Exception) -> str | None:
    """Why the kiosk would not print, for the refusals a use case raises; else None."""
    match error:
        case PrinterUrlError():
            text = QCoreApplication.translate("printing", "The printer address is not valid: %1")
            return text.replace("%1", error.problem)
        case ActiveCardExistsError():
            text = QCoreApplication.translate(
                "printing",
                "This worker's card %1 was printed already. A new card is a reprint: it needs"
                " a reason and a supervisor's approval.",
            )
            return text.replace("%1", error.serial_text)
        case CardInPrintError():
            text = QCoreApplication.translate(
                "printing",
                "This worker's card %1 is being printed, or an earlier print was interrupted."
                " Check the printer's output and the print jobs before printing it again.",
            )
            return text.replace("%1", error.serial_text)
        case JobNotRetryableError():
            return QCoreApplication.translate("printing", "Only a failed print job can be retried.")
        case NoActiveCardError():
            return QCoreApplication.translate(
                "printing", "This worker has no card to replace; print a first card instead."
            )
        case ForeignCardError():
            text = QCoreApplication.translate(
                "printing", "The card %1 was issued at another kiosk; reprint it to print it here."
            )
            return text.replace("%1", error.serial_text)
    return None


def reprint_reason_label(reason: ReprintReason) -> str:
    match reason:
        case ReprintReason.LOST:
            return QCoreApplication.translate("printing", "Lost")
        case ReprintReason.DAMAGED:
            return QCoreApplication.translate("printing", "Damaged")
        case ReprintReason.DATA_CORRECTED:
            return QCoreApplication.translate("printing", "Data corrected")
        case ReprintReason.SPOILED:
            return QCoreApplication.translate("printing", "Spoiled in the printer")


def printer_shown(url: str) -> str:
    """A printer's URL as people read it: its address, without the options after "?"."""
    return url.split("?", 1)[0]


def _short_name(url: str) -> tuple[str, str] | None:
    """The printer's scheme and short name (queue, host, device ids, device or folder);
    None for a URL that does not parse."""
    scheme = url.split(":", 1)[0].strip().lower()
    try:
        if scheme in ("folder", "cups"):
            target = parse_card_printer_url(url)
            if isinstance(target, PdfFolderPrinter):
                return scheme, str(target.folder)
            assert isinstance(target, CupsCardPrinter)
            queue, server = target.queue, target.server
            return scheme, queue if server is None else f"{queue} @ {server}"
        address = parse_printer_url(url).address
    except PrinterUrlError:
        return None
    match address:
        case TcpAddress(host, port):
            return scheme, host if port == DEFAULT_TCP_PORT else f"{host}:{port}"
        case UsbAddress(vendor, product):
            return scheme, f"{vendor:04x}:{product:04x}"
        case SerialAddress(device, _baud):
            return scheme, device
        case FileAddress(path):
            return scheme, path
        case CupsAddress(queue, server):
            return scheme, queue if server is None else f"{queue} @ {server}"
    return None  # pragma: no cover - every address kind is named above


def printer_name(url: str) -> str:
    """A printer as its short name, for a sentence that says what it is: the queue
    (KartuCR80), the host (192.168.1.50), the device, or the folder."""
    named = _short_name(url)
    if named is None:
        return printer_shown(url)
    scheme, name = named
    return f"USB {name}" if scheme == "usb" else name


def printer_in_words(url: str, kind: PrintKind) -> str:
    """What a printer URL is, in words: "Card folder: /srv/kartu", "Card printer KartuCR80",
    "Receipt printer 192.168.1.50". A URL that does not parse is shown as it is."""
    named = _short_name(url)
    if named is None:
        return printer_shown(url)
    scheme, name = named
    card = kind is PrintKind.CARD
    if scheme == "folder":
        words = (
            QCoreApplication.translate("printing", "Card folder: %1")
            if card
            else QCoreApplication.translate("printing", "Tanda terima folder: %1")
        )
    elif card:
        words = QCoreApplication.translate("printing", "Card printer %1")
    elif scheme == "usb":
        words = QCoreApplication.translate("printing", "Receipt printer on USB (%1)")
    elif scheme == "serial":
        words = QCoreApplication.translate("printing", "Receipt printer on the port %1")
    else:
        words = QCoreApplication.translate("printing", "Receipt printer %1")
    return words.replace("%1", name)


def where_it_went(outcome: JobOutcome) -> str:
    """Where a job that went through now is, in words, so that nobody walks to a printer
    that has nothing: a PDF file in a folder is not a printed card."""
    if outcome.file is not None:
        if outcome.kind is PrintKind.CARD:
            text = QCoreApplication.translate(
                "printing",
                "The card was saved as a PDF file, not printed: %1. Open it to print it,"
                " or give it to whoever runs the card printer.",
            )
        else:
            text = QCoreApplication.translate(
                "printing",
                "The tanda terima was saved as a PDF file (no receipt printer is set): %1."
                " Open it to print it.",
            )
        return text.replace("%1", outcome.file)
    where = printer_in_words(outcome.printer, outcome.kind)
    if outcome.kind is PrintKind.CARD:
        return QCoreApplication.translate(
            "printing", "The card went to the printer: %1. Collect it there."
        ).replace("%1", where)
    return QCoreApplication.translate(
        "printing", "The tanda terima went to the printer: %1."
    ).replace("%1", where)
