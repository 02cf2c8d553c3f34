"""Printing a worker's card on a card printer or a receipt printer, as recorded print jobs.

A job is recorded (queued) before anything is sent, and marked sent only once the printer or
its queue accepted every byte; a card counts as printed from that moment. A failed job keeps
its error and can be retried on the same printer or sent to another one. Rendering and
sending happen outside any database transaction, so a printer that times out never holds a
lock, and the caller runs the whole call off the UI thread. Each call holds a run lock
(db.run_locks) while its job is queued and records the sha256 of the bytes before sending
them, so that a batch's recovery can settle a job a crash left in a PDF folder by its
bytes, never by a file name, and never while this desk is still sending it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, Select, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import lock_for_write
from db.models import (
    Card,
    CardStatus,
    Handover,
    HandoverKind,
    JobStatus,
    PrintJob,
    PrintKind,
    Worker,
    WorkerStatus,
)
from db.run_locks import hold_run_lock
from kiosk.config import WITA
from kiosk.registry.identifiers import mask_nik
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, worker_target
from kiosk.usecases.bank import AccountState, account_standing
from kiosk.usecases.cards import (
    ActiveCardExistsError,
    CardKind,
    Cards,
    ReprintReason,
    WorkerNotFoundError,
)
from printing.card import CardData, CardStyle, card_pdf
from printing.card_printers import CardPrinter, parse_card_printer_url
from printing.errors import PrinterError, PrintingError
from printing.payload import format_serial
from printing.printer_url import PrinterUrl, parse_printer_url
from printing.receipt import (
    INDONESIAN_LABELS,
    ReceiptData,
    ReceiptLabels,
    ReceiptSignature,
    render_receipt,
)
from printing.receipt_pdf import receipt_pdf
from printing.transports import Transport, transport_for

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
class ReceiptSettings:
    """What every receipt says besides the worker: the title, the site and the wording."""

    program_title: str = "Kartu Peserta BPJS Ketenagakerjaan"
    site: str = ""
    labels: ReceiptLabels = INDONESIAN_LABELS


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


@dataclass(frozen=True)
class _Recorded:
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
class _Prepared:
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
class _ReceiptForm:
    url: PrinterUrl | None  # None: an 80 mm PDF, for a folder
    signature: ReceiptSignature | None


CardPrinterFactory = Callable[[str], CardPrinter]
TransportFactory = Callable[[PrinterUrl], Transport]


class PrintJobs:
    """Prints cards and receipts as recorded jobs; retries failed ones."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        auditor: Auditor,
        cards: Cards,
        card_style: CardStyle,
        receipts: ReceiptSettings,
        card_printer_for: CardPrinterFactory = parse_card_printer_url,
        transport_for_url: TransportFactory = transport_for,
    ) -> None:
        self.sessions = sessions
        self.auditor = auditor
        self.cards = cards
        self.card_style = card_style
        self.receipts = receipts
        self.card_printer_for = card_printer_for
        self.transport_for_url = transport_for_url

    # -- printing -----------------------------------------------------------------------

    def print_card(self, actor: Actor | None, worker_id: int, printer: str) -> JobOutcome:
        """Issue the worker's card (or take their issued, never-printed one) and print it on
        the card printer at URL printer (cups://QUEUE, folder:///PATH).

        Raises ActiveCardExistsError when the worker's card was printed already (a new one
        is a reprint), CardInPrintError when a job for it has an unknown outcome, and
        PrinterUrlError for a malformed URL, before anything is recorded.
        """
        actor = self.auditor.require(actor, Permission.PRINT_CARD, target=worker_target(worker_id))
        target = self.card_printer_for(printer)
        with self._run() as run:
            prepared = self._prepare(actor, worker_id, PrintKind.CARD, target.name, run=run)
            return self._send(prepared, lambda: target.send(prepared.job, prepared.title))

    def reprint_card(
        self,
        actor: Actor | None,
        worker_id: int,
        reason: ReprintReason,
        approved_by: Actor | None,
        printer: str,
    ) -> JobOutcome:
        """Replace the worker's active card (reason, a supervisor's approval) and print the
        new one. The replacement stands even when the printer then fails: retry the job."""
        target = self.card_printer_for(printer)
        with self.sessions() as session:
            old = session.scalar(
                select(Card).where(Card.worker_id == worker_id, Card.status == CardStatus.ACTIVE)
            )
            if old is not None:
                # A card still in the printer's hands is settled first, not replaced blindly.
                _check_printable(session, old, PrintKind.RECEIPT)
        self.cards.reprint(actor, worker_id, reason, approved_by, kind=CardKind.CARD)
        assert actor is not None  # reprint() refused otherwise
        with self._run() as run:
            prepared = self._prepare(
                actor, worker_id, PrintKind.CARD, target.name, audited=True, run=run
            )
            return self._send(prepared, lambda: target.send(prepared.job, prepared.title))

    def print_receipt(
        self,
        actor: Actor | None,
        worker_id: int,
        printer: str,
        signature: ReceiptSignature | None = None,
    ) -> JobOutcome:
        """Print the worker's card on a receipt printer at URL printer (tcp://, usb://, ...),
        or as an 80 mm PDF into a folder (folder:///PATH) where there is no receipt printer.

        The receipt carries the worker's active card, issued now when there is none. It can
        be printed again (the worker's copy of the handover); it is the same card. After a
        handover it is the tanda terima and carries the signature.
        """
        actor = self.auditor.require(actor, Permission.PRINT_CARD, target=worker_target(worker_id))
        if printer.startswith("folder:"):
            folder = self.card_printer_for(printer)
            form = _ReceiptForm(None, signature)
            with self._run() as run:
                prepared = self._prepare(
                    actor, worker_id, PrintKind.RECEIPT, folder.name, receipt=form, run=run
                )
                return self._send(prepared, lambda: folder.send(prepared.job, prepared.title))
        url = parse_printer_url(printer)
        transport = self.transport_for_url(url)
        form = _ReceiptForm(url, signature)
        with self._run() as run:
            prepared = self._prepare(
                actor, worker_id, PrintKind.RECEIPT, str(url), receipt=form, run=run
            )
            return self._send(prepared, lambda: transport.send(prepared.job))

    def retry(self, actor: Actor | None, job_id: int, printer: str | None = None) -> JobOutcome:
        """Send a failed job again, to its printer or to another one of the same kind."""
        self.auditor.require(actor, Permission.PRINT_CARD)
        with self.sessions() as session:
            job = session.get(PrintJob, job_id)
            if job is None:
                raise JobNotFoundError(job_id)
            worker_id, kind, old_printer = job.worker_id, job.kind, job.printer
        actor = self.auditor.require(actor, Permission.PRINT_CARD, target=worker_target(worker_id))
        url = printer or old_printer
        if kind is PrintKind.CARD or url.startswith("folder:"):
            target = self.card_printer_for(url)
            form = _ReceiptForm(None, None) if kind is PrintKind.RECEIPT else None
            with self._run() as run:
                prepared = self._prepare_retry(actor, job_id, target.name, form, run)
                return self._send(prepared, lambda: target.send(prepared.job, prepared.title))
        receipt_url = parse_printer_url(url)
        transport = self.transport_for_url(receipt_url)
        with self._run() as run:
            prepared = self._prepare_retry(
                actor, job_id, str(receipt_url), _ReceiptForm(receipt_url, None), run
            )
            return self._send(prepared, lambda: transport.send(prepared.job))

    def resolve(
        self, actor: Actor | None, job_id: int, *, printed: bool, approved_by: Actor | None
    ) -> None:
        """Settle a job whose outcome is unknown (the kiosk stopped while sending), once
        someone has looked at the printer: it printed, or it did not (then it can be
        retried). A supervisor decides, as for a reprint: a wrong "not printed" makes two
        cards."""
        actor = self.auditor.require(actor, Permission.PRINT_CARD)
        if approved_by is None or not approved_by.may(Permission.APPROVE):
            self.auditor.deny(approved_by or actor, Permission.APPROVE)
        now = self.auditor.clock()
        with self.sessions.begin() as session:
            lock_for_write(session)
            job = session.get(PrintJob, job_id, with_for_update=True)
            if job is None:
                raise JobNotFoundError(job_id)
            if job.status is not JobStatus.QUEUED:
                raise JobNotRetryableError(job_id, job.status)
            settle_job(session, job, now, error=None if printed else NOT_PRINTED)
            self.auditor.record(
                session,
                actor,
                AuditAction.PRINT,
                target=worker_target(job.worker_id),
                details={
                    "serial": format_serial(job.card_serial),
                    "job": job.id,
                    "resolved": "printed" if printed else "not_printed",
                },
                approver=approved_by.username,
            )

    # -- reading ------------------------------------------------------------------------

    def jobs(
        self,
        actor: Actor | None,
        *,
        worker_id: int | None = None,
        status: JobStatus | None = None,
        limit: int = 200,
    ) -> list[JobRow]:
        """The most recent jobs, newest first; of one worker or in one status if asked.

        The failed ones are those still to do: a failed job whose card was printed by
        another job since, or was replaced, is left out."""
        page = self.jobs_page(actor, worker_id=worker_id, status=status, limit=limit)
        return list(page.rows)

    def jobs_page(
        self,
        actor: Actor | None,
        *,
        worker_id: int | None = None,
        status: JobStatus | None = None,
        kpj: str | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> JobPage:
        """A page of the jobs, newest first, filtered as `jobs` is (and by the worker's KPJ),
        with how many there are in all, so that a list never hides that it is cut short."""
        self.auditor.require(actor, Permission.PRINT_CARD)
        query = _jobs_query(worker_id, status, kpj)
        offset = max(offset, 0)
        with self.sessions() as session:
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

    def preview_card(self, actor: Actor | None, worker_id: int) -> bytes:
        """The worker's card as a PDF for the screen only: its QR code is a specimen signed
        by no trusted key, and its serial says so. Showing it is a view of the worker's
        data, audited like opening the worker (UU PDP)."""
        target = worker_target(worker_id)
        actor = self.auditor.require(actor, Permission.PRINT_CARD, target=target)
        with self.sessions.begin() as session:
            worker = session.get(Worker, worker_id)
            if worker is None:
                raise WorkerNotFoundError(str(worker_id))
            self.auditor.record(session, actor, AuditAction.PREVIEW_CARD, target=target)
            today = self.auditor.clock().astimezone(WITA).date()
            card = CardData(
                name=worker.full_name,
                kpj=worker.kpj,
                issue_date=today,
                serial="PRATINJAU",
                qr_payload="PRATINJAU: kode QR dibuat saat kartu dicetak",
            )
        return card_pdf(card, style=self.card_style)

    # -- inside ---------------------------------------------------------------------------

    def _prepare(
        self,
        actor: Actor,
        worker_id: int,
        kind: PrintKind,
        printer: str,
        *,
        receipt: _ReceiptForm | None = None,
        audited: bool = False,
        run: str | None = None,
    ) -> _Prepared:
        """Record a queued job for the worker's card, issuing the card if need be; then
        render the job, after the commit (a PDF takes milliseconds a lock should not)."""
        now = self.auditor.clock()
        card_kind = CardKind.RECEIPT if kind is PrintKind.RECEIPT else CardKind.CARD
        try:
            with self.sessions.begin() as session:
                lock_for_write(session)
                worker = session.get(Worker, worker_id)
                if worker is None:
                    raise WorkerNotFoundError(str(worker_id))
                card = session.scalar(
                    select(Card)
                    .where(Card.worker_id == worker_id, Card.status == CardStatus.ACTIVE)
                    .with_for_update()
                )
                if card is None:
                    issued = self.cards.issue_in(
                        session, actor, worker, card_kind, details={"printer": printer}
                    )
                    card = session.get_one(Card, issued.serial)
                else:
                    _check_printable(session, card, kind)
                    if not audited:
                        self.auditor.record(
                            session,
                            actor,
                            AuditAction.PRINT,
                            target=worker_target(worker_id),
                            details={
                                "serial": format_serial(card.serial),
                                "kind": card_kind.value,
                                "printer": printer,
                            },
                        )
                data = self.cards.card_data(card, worker)
                job = PrintJob(
                    card_serial=card.serial,
                    worker_id=worker_id,
                    kind=kind,
                    printer=printer,
                    document=_title(data, kind),
                    status=JobStatus.QUEUED,
                    attempts=0,
                    operator=actor.username,
                    created_at=now,
                    updated_at=now,
                    run=run,
                )
                session.add(job)
                session.flush()
                recorded = _recorded(job, worker, data)
        except IntegrityError:
            # Another desk issued this worker's card at the same moment.
            with self.sessions() as session:
                card = session.scalar(
                    select(Card).where(
                        Card.worker_id == worker_id, Card.status == CardStatus.ACTIVE
                    )
                )
                if card is not None:
                    _check_printable(session, card, kind)
                    raise ActiveCardExistsError(worker_id, card.serial) from None
            raise
        return self._render(recorded, actor, receipt)

    def _prepare_retry(
        self, actor: Actor, job_id: int, printer: str, receipt: _ReceiptForm | None, run: str
    ) -> _Prepared:
        now = self.auditor.clock()
        with self.sessions.begin() as session:
            lock_for_write(session)
            job = session.get(PrintJob, job_id, with_for_update=True)
            if job is None:
                raise JobNotFoundError(job_id)
            if job.status is not JobStatus.FAILED:
                raise JobNotRetryableError(job_id, job.status)
            card = session.get_one(Card, job.card_serial, with_for_update=True)
            if card.status is not CardStatus.ACTIVE:
                # Replaced or voided since: printing it would hand out a dead card.
                raise CardNotActiveError(job_id, card.serial)
            # Another desk may be printing this card right now, or have printed it.
            _check_printable(session, card, job.kind, besides=job.id)
            worker = session.get_one(Worker, job.worker_id)
            job.status = JobStatus.QUEUED
            job.printer = printer
            job.operator = actor.username
            job.updated_at = now
            job.run = run
            job.file_sha256 = None
            self.auditor.record(
                session,
                actor,
                AuditAction.PRINT,
                target=worker_target(job.worker_id),
                details={
                    "serial": format_serial(card.serial),
                    "kind": job.kind.value,
                    "printer": printer,
                    "retry_of_job": job.id,
                },
            )
            recorded = _recorded(job, worker, self.cards.card_data(card, worker))
        return self._render(recorded, actor, receipt)

    def _render(self, recorded: _Recorded, actor: Actor, form: _ReceiptForm | None) -> _Prepared:
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
                printed_at=self.auditor.clock().astimezone(WITA),
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
        return _Prepared(
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
            return ReceiptSignature(handover.signature_png, caption, signer)

    @contextlib.contextmanager
    def _run(self) -> Iterator[str]:
        """A token for the job, its lock held until the job is settled."""
        run = secrets.token_hex(16)
        with self.sessions() as session:
            engine = session.get_bind()
        assert isinstance(engine, Engine)
        with hold_run_lock(engine, run):
            yield run

    def _send(self, prepared: _Prepared, send: Callable[[], None]) -> JobOutcome:
        """Hand the job to the printer, then record what happened, whatever happened."""
        error: PrinterError | None = None
        # The bytes' digest first: after a crash, only a file with these bytes holds the card.
        digest = hashlib.sha256(prepared.job).hexdigest()
        with self.sessions.begin() as session:
            session.execute(
                update(PrintJob).where(PrintJob.id == prepared.job_id).values(file_sha256=digest)
            )
        try:
            send()
        except PrinterError as caught:
            error = caught
        except PrintingError as caught:
            error = PrinterError(prepared.printer, str(caught))
        except Exception as caught:  # noqa: BLE001 - any failure to hand the job over
            # Nothing reached the printer that we know of (a missing driver, a full disk):
            # the job is failed and can be retried. Only a process that is stopping
            # (KeyboardInterrupt, SystemExit) leaves it queued, its outcome unknown.
            error = PrinterError(prepared.printer, f"{type(caught).__name__}: {caught}")
        return self._settle(prepared, error)

    def _settle(self, prepared: _Prepared, error: PrinterError | None) -> JobOutcome:
        now = self.auditor.clock()
        with self.sessions.begin() as session:
            job = session.get_one(PrintJob, prepared.job_id, with_for_update=True)
            settle_job(session, job, now, error=None if error is None else describe_error(error))
            attempts = job.attempts
        return JobOutcome(
            job_id=prepared.job_id,
            kind=prepared.kind,
            status=JobStatus.SENT if error is None else JobStatus.FAILED,
            worker_id=prepared.worker_id,
            worker_name=prepared.worker_name,
            serial_text=prepared.serial_text,
            printer=prepared.printer,
            attempts=attempts,
            error=error,
        )


def _jobs_query(
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


def _check_printable(
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


def _recorded(job: PrintJob, worker: Worker, data: CardData) -> _Recorded:
    return _Recorded(
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
        title=job.document or _title(data, job.kind),
    )


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


def _title(data: CardData, kind: PrintKind) -> str:
    """The job's title in the printer queue or its file name: the serial, never a name."""
    prefix = "kartu" if kind is PrintKind.CARD else "tanda-terima"
    return f"{prefix}-{data.serial}"
