"""Where cards and receipts go: the configured printers, or PDF folders in the data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.config import Config, default_data_dir

RECEIPTS_FOLDER = "tanda-terima"  # receipts as PDFs, where there is no receipt printer


@dataclass(frozen=True)
class Printers:
    """The printer URLs of this kiosk. A missing one becomes a folder, made when first
    asked for, so that a new installation prints at once."""

    card_printer: str
    receipt_printer: str

    @classmethod
    def from_config(cls, config: Config) -> Printers:
        return cls(config.card_printer, config.receipt_printer)

    def card(self) -> str:
        # Imported when a printing dialog asks: the printers' code need not load at start-up.
        from kiosk.usecases.printing_services import default_card_printer

        return self.card_printer or default_card_printer()

    def receipt(self) -> str:
        if self.receipt_printer:
            return self.receipt_printer
        from kiosk.usecases.batch_recovery import folder_url

        folder = default_data_dir() / RECEIPTS_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        return folder_url(folder)


def folder_printer(url: str) -> Path | None:
    """The folder a folder:// printer saves PDF files into; None for a real printer."""
    if not url.strip().lower().startswith("folder:"):
        return None
    from printing.card_printers import PdfFolderPrinter, parse_card_printer_url
    from printing.errors import PrinterUrlError

    try:
        target = parse_card_printer_url(url)
    except PrinterUrlError:
        return None
    return target.folder if isinstance(target, PdfFolderPrinter) else None
