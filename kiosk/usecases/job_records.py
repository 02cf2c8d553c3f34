"""Print jobs as records: why one may not print, what became of it, how lists show it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Card,
    CardStatus,
    JobStatus,
    PrintJob,
    PrintKind,
    Worker,
    WorkerStatus,
)
from kiosk.usecases.cards import (
    ActiveCardExistsError,
)
from printing.card import CardData
from printing.errors import PrinterError
from printing.payload import format_serial

ERROR_LENGTH = 500
NOT_PRINTED = "Resolved: it did not print"


class CardInPrintError(Exception):
    """The worker's card has a job whose outcome is unknown: it is being printed at another
    desk right now, or a crash interrupted it. Printing it again could make two cards."""

    def __init__(self, worker_id: int, serial: int, job_id: int) -> None:
        self.serial_text = format_serial(serial)
        super().__init__(f"card {self.serial_text} of worker {worker_id} is in job {job_id}")
        self.worker_id = worker_id
        self.job_id = job_id


class JobNotRetryableError(Exception):
    """Only a failed job can be retried; a sent one printed, a queued one may have."""

    def __init__(self, job_id: int, status: JobStatus) -> None:
        super().__init__(f"job {job_id} is {status.value}, not failed")
        self.job_id = job_id
        self.status = status


class CardNotActiveError(Exception):
    """The job's card was replaced or voided since: printing it would hand out a dead card."""

    def __init__(self, job_id: int, serial: int) -> None:
        self.serial_text = format_serial(serial)
        super().__init__(f"job {job_id}: card {self.serial_text} is no longer active")
        self.job_id = job_id


class JobNotFoundError(LookupError):
    def __init__(self, job_id: int) -> None:
        super().__init__(f"no print job {job_id}")
        self.job_id = job_id


@dataclass(frozen=True)
class JobOutcome:
    """What became of one attempt. error is the printer's failure when status is FAILED."""

    job_id: int
    kind: PrintKind
    status: JobStatus
    worker_id: int
    worker_name: str
    serial_text: str
    printer: str
    attempts: int
    error: PrinterError | None = None
    # Where a job sent to a folder (folder:///...) now is, as a PDF file: nothing is on paper.
    file: str | None = None
    # What was printed, when it is a PDF (a card; a receipt made for a folder), for the
    # screen; None for an ESC/POS receipt.
    document: bytes | None = None
    # True: this call neither recorded nor sent the job; it was found recorded under its
    # client id, sent or failed already (its answer lost with a broken connection).
    settled_after_retry: bool = False

    @property
    def sent(self) -> bool:
        return self.status is JobStatus.SENT


@dataclass(frozen=True)
class JobRow:
    """A recorded job as lists show it: never a NIK."""

    job_id: int
    kind: PrintKind
    status: JobStatus
    worker_id: int
    worker_name: str
    kpj: str
    serial_text: str
    printer: str
    attempts: int
    error: str | None
    operator: str
    updated_at: dt.datetime


@dataclass(frozen=True)
class JobPage:
    """One page of the job list and where it sits in the whole: "showing first–last of
    total" (first is 1-based; 0 when the page is empty)."""

    rows: tuple[JobRow, ...]
    first: int
    total: int

    @property
    def last(self) -> int:
        return self.first + len(self.rows) - 1 if self.rows else 0


def jobs_query(
    worker_id: int | None, status: JobStatus | None, kpj: str | None
) -> Select[PrintJob, str, str]:
    query = select(PrintJob, Worker.full_name, Worker.kpj).join(
        Worker, Worker.id == PrintJob.worker_id
    )
    if worker_id is not None:
        query = query.where(PrintJob.worker_id == worker_id)
    if kpj:
        query = query.where(Worker.kpj == kpj)
    if status is not None:
        query = query.where(PrintJob.status == status)
    if status is JobStatus.FAILED:
        query = query.join(Card, Card.serial == PrintJob.card_serial).where(
            Card.status == CardStatus.ACTIVE,
            or_(PrintJob.kind == PrintKind.RECEIPT, Card.printed_at.is_(None)),
        )
    return query


def check_printable(
    session: Session, card: Card, kind: PrintKind, *, besides: int | None = None
) -> None:
    """A card printed once is never printed again as a card: that is a reprint. A job of
    unknown outcome (other than `besides`) blocks every kind: it may be printing now."""
    query = select(PrintJob.id).where(
        PrintJob.card_serial == card.serial, PrintJob.status == JobStatus.QUEUED
    )
    if besides is not None:
        query = query.where(PrintJob.id != besides)
    unsettled = session.scalar(query.limit(1))
    if unsettled is not None:
        raise CardInPrintError(card.worker_id, card.serial, unsettled)
    if kind is PrintKind.CARD and card.printed_at is not None:
        raise ActiveCardExistsError(card.worker_id, card.serial)


def settle_job(session: Session, job: PrintJob, when: dt.datetime, *, error: str | None) -> None:
    """What became of one attempt: sent (error None) or failed with the stored error. A card
    job that was sent makes its card printed; a receipt is not the card."""
    job.attempts += 1
    job.updated_at = when
    if error is None:
        job.status = JobStatus.SENT
        job.error = None
        if job.kind is PrintKind.CARD:
            mark_printed(session, job.card_serial, when)
    else:
        job.status = JobStatus.FAILED
        job.error = error


def mark_printed(session: Session, serial: int, when: dt.datetime) -> None:
    """The card reached a printer whole: it counts as printed, and so does its worker."""
    card = session.get_one(Card, serial)
    if card.printed_at is None:
        card.printed_at = when
    worker = session.get_one(Worker, card.worker_id)
    if worker.status is WorkerStatus.REGISTERED:
        worker.status = WorkerStatus.CARD_PRINTED


def describe_error(error: PrinterError) -> str:
    """The stored form of a printer's failure: its kind, then the problem (no personal data:
    printing errors name printers, never workers)."""
    return f"{type(error).__name__}: {error.problem}"[:ERROR_LENGTH]


def job_title(data: CardData, kind: PrintKind) -> str:
    """The job's title in the printer queue or its file name: the serial, never a name."""
    prefix = "kartu" if kind is PrintKind.CARD else "tanda-terima"
    return f"{prefix}-{data.serial}"


def read_job_page(
    session: Session,
    *,
    worker_id: int | None,
    status: JobStatus | None,
    kpj: str | None,
    offset: int,
    limit: int,
) -> JobPage:
    """A page of the jobs, newest first, with how many match in all."""
    query = jobs_query(worker_id, status, kpj)
    offset = max(offset, 0)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = tuple(
        JobRow(
            job_id=job.id,
            kind=job.kind,
            status=job.status,
            worker_id=job.worker_id,
            worker_name=name,
            kpj=worker_kpj,
            serial_text=format_serial(job.card_serial),
            printer=job.printer,
            attempts=job.attempts,
            error=job.error,
            operator=job.operator,
            updated_at=job.updated_at,
        )
        for job, name, worker_kpj in session.execute(
            query.order_by(PrintJob.updated_at.desc(), PrintJob.id.desc())
            .offset(offset)
            .limit(max(limit, 1))
        )
    )
    return JobPage(rows=rows, first=offset + 1 if rows else 0, total=total)
