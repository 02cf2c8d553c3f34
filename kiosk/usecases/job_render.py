"""Rendering a recorded print job to the bytes a printer takes: a card PDF or a receipt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import (
    Handover,
    HandoverKind,
    PrintJob,
    PrintKind,
    Worker,
)
from kiosk.config import WITA
from kiosk.registry.identifiers import mask_nik
from kiosk.usecases.audit import Actor
from kiosk.usecases.bank_form import AccountState, account_standing
from kiosk.usecases.job_records import job_title
from printing.card import CardData, CardStyle, card_pdf
from printing.printer_url import PrinterUrl
from printing.receipt import (
    INDONESIAN_LABELS,
    ReceiptData,
    ReceiptLabels,
    ReceiptSignature,
    render_receipt,
)
from printing.receipt_pdf import receipt_pdf


@dataclass(frozen=True)
class ReceiptSettings:
    """What every receipt says besides the worker: the title, the site and the wording."""

    program_title: str = "Kartu Peserta BPJS Ketenagakerjaan"
    site: str = ""
    labels: ReceiptLabels = INDONESIAN_LABELS


@dataclass(frozen=True)
class RecordedJob:
    """A job as recorded, with what rendering it needs, read before the commit."""

    job_id: int
    kind: PrintKind
    card_serial: int
    worker_id: int
    worker_name: str
    kpj: str
    nik_masked: str
    data: CardData
    printer: str
    attempts: int
    title: str


@dataclass(frozen=True)
class PreparedJob:
    job_id: int
    kind: PrintKind
    worker_id: int
    worker_name: str
    serial_text: str
    printer: str
    attempts: int
    job: bytes
    title: str


@dataclass(frozen=True)
class ReceiptForm:
    url: PrinterUrl | None  # None: an 80 mm PDF, for a folder
    signature: ReceiptSignature | None


class JobRenderer:
    """Turns a recorded job into bytes, reading what a receipt shows besides the card."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        card_style: CardStyle,
        receipts: ReceiptSettings,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self.sessions = sessions
        self.card_style = card_style
        self.receipts = receipts
        self.clock = clock

    def render(self, recorded: RecordedJob, actor: Actor, form: ReceiptForm | None) -> PreparedJob:
        """The job's bytes: the card PDF, or the receipt for its printer (or an 80 mm PDF)."""
        data = recorded.data
        if recorded.kind is PrintKind.CARD:
            content = card_pdf(data, style=self.card_style)
        else:
            assert form is not None
            signature = form.signature or self._handover_signature(recorded.card_serial)
            with self.sessions() as session:
                account = account_standing(session, recorded.worker_id)
            receipt = ReceiptData(
                program_title=self.receipts.program_title,
                worker_name=recorded.worker_name,
                kpj=recorded.kpj,
                masked_nik=recorded.nik_masked,
                card_serial=data.serial,
                qr_payload=data.qr_payload,
                site=self.receipts.site,
                operator=actor.full_name,
                printed_at=self.clock().astimezone(WITA),
                signature=signature,
                account_number=account.account_number or "",
                account_application=account.application_no or ""
                if account.state is AccountState.PENDING
                else "",
            )
            if form.url is None:
                content = receipt_pdf(receipt, labels=self.receipts.labels)
            else:
                content = render_receipt(
                    receipt,
                    profile=form.url.profile,
                    qr_mode=form.url.qr_mode,
                    labels=self.receipts.labels,
                )
        return PreparedJob(
            job_id=recorded.job_id,
            kind=recorded.kind,
            worker_id=recorded.worker_id,
            worker_name=recorded.worker_name,
            serial_text=data.serial,
            printer=recorded.printer,
            attempts=recorded.attempts,
            job=content,
            title=recorded.title,
        )

    def _handover_signature(self, serial: int) -> ReceiptSignature | None:
        """The signature of the card's valid handover, captioned for the tanda terima."""
        with self.sessions() as session:
            handover = session.scalar(
                select(Handover).where(Handover.card_serial == serial, Handover.voided_at.is_(None))
            )
            if handover is None:
                return None
            worker = session.get_one(Worker, handover.worker_id)
            labels = self.receipts.labels
            match handover.kind:
                case HandoverKind.THUMBPRINT:
                    caption = labels.signature_witness
                    signer = handover.witness_name or ""
                case HandoverKind.REPRESENTATIVE:
                    caption = labels.signature_representative
                    signer = handover.representative_name or ""
                case HandoverKind.SIGNED:
                    caption = labels.signature_worker
                    signer = worker.full_name
                case HandoverKind.PAPER:
                    return None  # signed by hand on a paper receipt: no pad signature
            return ReceiptSignature(handover.signature_png, caption, signer)


def recorded_job(job: PrintJob, worker: Worker, data: CardData) -> RecordedJob:
    return RecordedJob(
        job_id=job.id,
        kind=job.kind,
        card_serial=job.card_serial,
        worker_id=worker.id,
        worker_name=worker.full_name,
        kpj=worker.kpj,
        nik_masked=mask_nik(worker.nik),
        data=data,
        printer=job.printer,
        attempts=job.attempts,
        title=job.document or job_title(data, job.kind),
    )
