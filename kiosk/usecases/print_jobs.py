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
import hashlib
import secrets
from collections.abc import Callable, Iterator

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import lock_for_write
from db.models import (
    Card,
    CardStatus,
    JobStatus,
    PrintJob,
    PrintKind,
    Worker,
)
from db.run_locks import hold_run_lock
from kiosk.config import WITA
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, worker_target
from kiosk.usecases.cards import (
    ActiveCardExistsError,
    CardKind,
    Cards,
    ReprintReason,
    WorkerNotFoundError,
)
from kiosk.usecases.job_records import (
    NOT_PRINTED,
    CardInPrintError,
    CardNotActiveError,
    JobNotFoundError,
    JobNotRetryableError,
    JobOutcome,
    JobPage,
    JobRow,
    check_printable,
    describe_error,
    job_title,
    read_job_page,
    settle_job,
)
from kiosk.usecases.job_render import (
    JobRenderer,
    PreparedJob,
    ReceiptForm,
    ReceiptSettings,
    RecordedJob,
    recorded_job,
)
from kiosk.usecases.settle import RetryPolicy, new_client_id, settle
from printing.card import CardData, CardStyle, card_pdf
from printing.card_printers import CardPrinter, PdfFolderPrinter, parse_card_printer_url
from printing.errors import PrinterError, PrintingError
from printing.payload import format_serial
from printing.printer_url import PrinterUrl, parse_printer_url
from printing.receipt import (
    ReceiptSignature,
)
from printing.transports import Transport, transport_for

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
        retry: RetryPolicy | None = None,
    ) -> None:
        self.sessions = sessions
        self.auditor = auditor
        self.cards = cards
        self.renderer = JobRenderer(sessions, card_style, receipts, auditor.clock)
        self.card_printer_for = card_printer_for
        self.transport_for_url = transport_for_url
        self.reconnect = retry or RetryPolicy()

    # -- printing -----------------------------------------------------------------------

    def print_card(
        self, actor: Actor | None, worker_id: int, printer: str, *, client_id: str | None = None
    ) -> JobOutcome:
        """Issue the worker's card (or take their issued, never-printed one) and print it on
        the card printer at URL printer (cups://QUEUE, folder:///PATH).

        Raises ActiveCardExistsError when the worker's card was printed already (a new one
        is a reprint), CardInPrintError when a job for it has an unknown outcome, and
        PrinterUrlError for a malformed URL, before anything is recorded.

        client_id: the attempt's id (a fresh one when None). The job is recorded once under
        it, whatever the connection does (kiosk.usecases.settle); asked again with the same
        id, a job that was sent or failed is answered from its record, not printed again.
        """
        actor = self.auditor.require(actor, Permission.PRINT_CARD, target=worker_target(worker_id))
        target = self.card_printer_for(printer)
        with self._run() as run:
            prepared = self._prepare(
                actor, worker_id, PrintKind.CARD, target.name, run=run, client_id=client_id
            )
            return self._send(prepared, lambda job: target.send(job.job, job.title))

    def reprint_card(
        self,
        actor: Actor | None,
        worker_id: int,
        reason: ReprintReason,
        approved_by: Actor | None,
        printer: str,
        *,
        client_id: str | None = None,
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
                check_printable(session, old, PrintKind.RECEIPT)
        self.cards.reprint(actor, worker_id, reason, approved_by, kind=CardKind.CARD)
        assert actor is not None  # reprint() refused otherwise
        with self._run() as run:
            prepared = self._prepare(
                actor,
                worker_id,
                PrintKind.CARD,
                target.name,
                audited=True,
                run=run,
                client_id=client_id,
            )
            return self._send(prepared, lambda job: target.send(job.job, job.title))

    def print_receipt(
        self,
        actor: Actor | None,
        worker_id: int,
        printer: str,
        signature: ReceiptSignature | None = None,
        *,
        client_id: str | None = None,
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
            form = ReceiptForm(None, signature)
            with self._run() as run:
                prepared = self._prepare(
                    actor,
                    worker_id,
                    PrintKind.RECEIPT,
                    folder.name,
                    receipt=form,
                    run=run,
                    client_id=client_id,
                )
                return self._send(prepared, lambda job: folder.send(job.job, job.title))
        url = parse_printer_url(printer)
        transport = self.transport_for_url(url)
        form = ReceiptForm(url, signature)
        with self._run() as run:
            prepared = self._prepare(
                actor,
                worker_id,
                PrintKind.RECEIPT,
                str(url),
                receipt=form,
                run=run,
                client_id=client_id,
            )
            return self._send(prepared, lambda job: transport.send(job.job))

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
            form = ReceiptForm(None, None) if kind is PrintKind.RECEIPT else None
            with self._run() as run:
                prepared = self._prepare_retry(actor, job_id, target.name, form, run)
                return self._send(prepared, lambda job: target.send(job.job, job.title))
        receipt_url = parse_printer_url(url)
        transport = self.transport_for_url(receipt_url)
        with self._run() as run:
            prepared = self._prepare_retry(
                actor, job_id, str(receipt_url), ReceiptForm(receipt_url, None), run
            )
            return self._send(prepared, lambda job: transport.send(job.job))

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
        with self.sessions() as session:
            return read_job_page(
                session, worker_id=worker_id, status=status, kpj=kpj, offset=offset, limit=limit
            )

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
        return card_pdf(card, style=self.renderer.card_style)

    # -- inside ---------------------------------------------------------------------------

    def _prepare(
        self,
        actor: Actor,
        worker_id: int,
        kind: PrintKind,
        printer: str,
        *,
        receipt: ReceiptForm | None = None,
        audited: bool = False,
        run: str,
        client_id: str | None = None,
    ) -> PreparedJob | JobOutcome:
        """Record a queued job for the worker's card, issuing the card if need be; then
        render the job, after the commit (a PDF takes milliseconds a lock should not).

        Recorded once under client_id (kiosk.usecases.settle): a job found under it that
        never reached a printer is taken over by this run and rendered; one that was sent or
        failed is returned as its outcome."""
        attempt_id = client_id or new_client_id()
        try:
            found = settle(
                attempt_id,
                lambda: self._record_job(actor, worker_id, kind, printer, audited, run, attempt_id),
                lambda: self._recorded_job(attempt_id, run),
                self.reconnect,
            )
        except IntegrityError:
            # Another desk issued this worker's card at the same moment.
            with self.sessions() as session:
                card = session.scalar(
                    select(Card).where(
                        Card.worker_id == worker_id, Card.status == CardStatus.ACTIVE
                    )
                )
                if card is not None:
                    check_printable(session, card, kind)
                    raise ActiveCardExistsError(worker_id, card.serial) from None
            raise
        if isinstance(found, JobOutcome):
            return found
        return self.renderer.render(found, actor, receipt)

    def _record_job(
        self,
        actor: Actor,
        worker_id: int,
        kind: PrintKind,
        printer: str,
        audited: bool,
        run: str,
        client_id: str,
    ) -> RecordedJob | JobOutcome:
        """One attempt at recording the queued job."""
        now = self.auditor.clock()
        card_kind = CardKind.RECEIPT if kind is PrintKind.RECEIPT else CardKind.CARD
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
                check_printable(session, card, kind)
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
                document=job_title(data, kind),
                status=JobStatus.QUEUED,
                attempts=0,
                operator=actor.username,
                created_at=now,
                updated_at=now,
                run=run,
                client_id=client_id,
            )
            session.add(job)
            session.flush()
            recorded = recorded_job(job, worker, data)
        return recorded

    def _recorded_job(self, client_id: str, run: str) -> RecordedJob | JobOutcome | None:
        """The job recorded under client_id, if any: one that never reached a printer (no
        digest recorded) becomes this run's to send; a sent or failed one is its outcome."""
        with self.sessions.begin() as session:
            job = session.scalar(select(PrintJob).where(PrintJob.client_id == client_id))
            if job is None:
                return None
            lock_for_write(session)
            job = session.get_one(PrintJob, job.id, with_for_update=True)
            card = session.get_one(Card, job.card_serial)
            worker = session.get_one(Worker, job.worker_id)
            if job.status is JobStatus.QUEUED:
                if job.file_sha256 is not None:  # it may be printing, or have printed
                    raise CardInPrintError(job.worker_id, job.card_serial, job.id)
                job.run = run
                return recorded_job(job, worker, self.cards.card_data(card, worker))
            return JobOutcome(
                job_id=job.id,
                kind=job.kind,
                status=job.status,
                worker_id=job.worker_id,
                worker_name=worker.full_name,
                serial_text=format_serial(job.card_serial),
                printer=job.printer,
                attempts=job.attempts,
                error=None
                if job.status is JobStatus.SENT
                else PrinterError(job.printer, job.error or ""),
                settled_after_retry=True,
            )

    def _prepare_retry(
        self, actor: Actor, job_id: int, printer: str, receipt: ReceiptForm | None, run: str
    ) -> PreparedJob:
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
            check_printable(session, card, job.kind, besides=job.id)
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
            recorded = recorded_job(job, worker, self.cards.card_data(card, worker))
        return self.renderer.render(recorded, actor, receipt)

    @contextlib.contextmanager
    def _run(self) -> Iterator[str]:
        """A token for the job, its lock held until the job is settled."""
        run = secrets.token_hex(16)
        with self.sessions() as session:
            engine = session.get_bind()
        assert isinstance(engine, Engine)
        with hold_run_lock(engine, run):
            yield run

    def _send(
        self, prepared: PreparedJob | JobOutcome, send: Callable[[PreparedJob], None]
    ) -> JobOutcome:
        """Hand the job to the printer, then record what happened, whatever happened. A job
        found settled already (its client id's) is not sent again: its outcome is the answer."""
        if isinstance(prepared, JobOutcome):
            return prepared
        error: PrinterError | None = None
        # The bytes' digest first: after a crash, only a file with these bytes holds the card.
        digest = hashlib.sha256(prepared.job).hexdigest()
        with self.sessions.begin() as session:
            session.execute(
                update(PrintJob).where(PrintJob.id == prepared.job_id).values(file_sha256=digest)
            )
        try:
            send(prepared)
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

    def _settle(self, prepared: PreparedJob, error: PrinterError | None) -> JobOutcome:
        now = self.auditor.clock()
        with self.sessions.begin() as session:
            job = session.get_one(PrintJob, prepared.job_id, with_for_update=True)
            settle_job(session, job, now, error=None if error is None else describe_error(error))
            attempts = job.attempts
        file: str | None = None
        if error is None and prepared.printer.startswith("folder:"):
            folder = self.card_printer_for(prepared.printer)
            if isinstance(folder, PdfFolderPrinter):
                file = str(folder.file_for(prepared.title))
        is_pdf = prepared.job.startswith(b"%PDF")
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
            file=file,
            document=prepared.job if is_pdf else None,
        )
