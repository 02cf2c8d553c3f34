"""The printing use cases, built the same way for the window and for the command line."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import Config, default_data_dir
from kiosk.signing import SigningKeys
from kiosk.usecases.audit import Auditor
from kiosk.usecases.batch_recovery import folder_url
from kiosk.usecases.cards import Cards
from kiosk.usecases.job_render import ReceiptSettings
from kiosk.usecases.print_batch import CardBatches
from kiosk.usecases.print_jobs import PrintJobs
from kiosk.usecases.signing_keys import with_registry_keys
from printing.card import CardStyle

CARDS_FOLDER = "cards"


@dataclass(frozen=True)
class Printing:
    cards: Cards
    jobs: PrintJobs
    batches: CardBatches
    card_printer: str  # the configured card printer's URL
    receipt_printer: str  # the configured receipt printer's URL; "" when there is none


def default_card_printer(data_dir: Path | None = None) -> str:
    """Without a configured card printer, cards go as PDFs into `cards` in the data folder,
    made when first needed, so that a new installation can print at once."""
    folder = (data_dir or default_data_dir()) / CARDS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder_url(folder)


def build_printing(
    sessions: sessionmaker[Session],
    auditor: Auditor,
    config: Config,
    keys: SigningKeys,
    card_style: CardStyle | None = None,
) -> Printing:
    style = card_style or CardStyle()
    # The key files and the registry's keys (other desks of the event network).
    trusted = with_registry_keys(sessions, lambda: keys.trusted)()
    cards = Cards(sessions, auditor, keys.private_key, trusted, auditor.clock, secrets.token_bytes)
    receipts = ReceiptSettings(site=config.site or "-")
    return Printing(
        cards=cards,
        jobs=PrintJobs(sessions, auditor, cards, style, receipts),
        batches=CardBatches(sessions, auditor, cards, style),
        card_printer=config.card_printer or default_card_printer(),
        receipt_printer=config.receipt_printer,
    )
