"""Printing every card of a desa, a kecamatan or a kabupaten ahead of an event.

Cards go out in files of a printer hopper's load (printing.card_batch), sorted by desa and
then by name, so the stacks come off the printer in the order the desks hand them over.
Each file's cards are issued and recorded as queued jobs in one transaction before the file
is drawn, and marked sent in one transaction once the file is whole on disk or the printer's
queue took it. A batch run again after a crash or a cancel skips every printed card, settles
the jobs the crash interrupted (a file either exists whole or not at all), and never prints a
card twice: a card whose job went to a printer with an unknown outcome is left for a person
to check rather than printed again.
"""

from __future__ import annotations

import itertools
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Card, CardStatus, JobStatus, PrintJob, PrintKind, Region, Worker
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, worker_target
from kiosk.usecases.cards import CardKind, Cards, ForeignCardError
from kiosk.usecases.print_jobs import CardPrinterFactory, describe_error, mark_printed
from printing.card import CardData, CardStyle
from printing.card_batch import CARDS_PER_FILE, CardFile, card_file_name, write_card_files
from printing.card_printers import parse_card_printer_url
from printing.errors import PrinterError
from printing.payload import format_serial

INTERRUPTED = "Interrupted: the batch stopped before this card's file was complete"
CANCELLED = "Cancelled: the batch was stopped before this card's file was complete"

Progress = Callable[[int, int], None]  # cards done, cards in this run
Cancelled = Callable[[], bool]


class BatchCancelledError(Exception):
    """The operator stopped the batch; the files finished before it stay printed."""


@dataclass(frozen=True)
class BatchScope:
    """The workers of a region: a desa, a kecamatan or a kabupaten, by its dotted code."""

    region_code: str
    name: str


@dataclass(frozen=True)
class BatchPlan:
    """What a run would do now: print to_print cards, skip the printed and the unsettled."""

    scope: BatchScope
    registered: int
    printed: int
    unsettled: int  # a job went to a printer and its outcome is unknown: check by hand
    to_print: int


@dataclass
class BatchResult:
    plan: BatchPlan
    printed: int = 0
    files: list[Path] = field(default_factory=list)
    cancelled: bool = False
    failure: PrinterError | None = None  # the printer refused a file; run again to resume
    skipped_foreign: int = 0  # active cards signed elsewhere: reprint them one by one


@dataclass(frozen=True)
class _Pending:
    worker_id: int
    card_serial: int | None  # an issued, never-printed card to print again; None: issue one


class CardBatches:
    """Plans and runs batch printing for printing operators."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        auditor: Auditor,
        cards: Cards,
        card_style: CardStyle,
        card_printer_for: CardPrinterFactory = parse_card_printer_url,
        cards_per_file: int = CARDS_PER_FILE,
    ) -> None:
        self.sessions = sessions
        self.auditor = auditor
        self.cards = cards
        self.card_style = card_style
        self.card_printer_for = card_printer_for
        self.cards_per_file = cards_per_file

    def scope(self, region_code: str) -> BatchScope:
        with self.sessions() as session:
            region = session.get(Region, region_code)
            if region is None:
                raise LookupError(region_code)
            return BatchScope(region.code, region.name)

    def plan(self, scope: BatchScope) -> BatchPlan:
        with self.sessions() as session:
            pending, printed, unsettled, registered = self._survey(session, scope)
        return BatchPlan(scope, registered, printed, unsettled, len(pending))

    def run(
        self,
        actor: Actor | None,
        scope: BatchScope,
        *,
        out: Path | None = None,
        printer: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BatchResult:
        """Print the scope's cards not printed yet: into PDF files named after out
        (FILE-001.pdf, FILE-002.pdf, ...) or as jobs on the card printer at URL printer."""
        actor = self.auditor.require(actor, Permission.PRINT_CARD, target=_target(scope))
        if (out is None) == (printer is None):
            raise ValueError("a batch goes to a PDF file or to a printer, not both or neither")
        target = self.card_printer_for(printer) if printer is not None else None
        self.recover(scope)
        with self.sessions() as session:
            pending, printed, unsettled, registered = self._survey(session, scope)
        plan = BatchPlan(scope, registered, printed, unsettled, len(pending))
        result = BatchResult(plan)
        if not pending:
            return result
        with tempfile.TemporaryDirectory(prefix="kiosk-batch-") as spool:
            if out is not None:
                folder, stem = out.parent.resolve(), _free_stem(out)
                printer_name = folder_url(folder)
            else:
                assert target is not None
                folder, stem = Path(spool), _stem_for(scope)
                printer_name = target.name
            jobs: dict[str, int] = {}  # serial text -> job id, for the file being drawn

            def on_file(card_file: CardFile) -> None:
                ids = [jobs.pop(serial) for serial in card_file.serials]
                if target is not None:
                    try:
                        target.send(card_file.path.read_bytes(), card_file.path.stem)
                    except PrinterError as error:
                        self._settle(ids, error=describe_error(error))
                        result.failure = error
                        raise
                    finally:
                        card_file.path.unlink(missing_ok=True)
                else:
                    result.files.append(card_file.path)
                self._settle(ids, error=None)
                result.printed += len(ids)

            cards = self._issue_in_files(
                actor,
                pending,
                printer_name,
                stem,
                jobs,
                result,
                progress or (lambda done, total: None),
                cancelled or (lambda: False),
            )
            try:
                write_card_files(
                    cards,
                    style=self.card_style,
                    folder=folder,
                    stem=stem,
                    cards_per_file=self.cards_per_file,
                    on_file=on_file,
                )
            except BatchCancelledError:
                result.cancelled = True
            except PrinterError:
                if result.failure is None:
                    raise
            finally:
                # Jobs of the file that was being drawn: it was never written, or never sent.
                if jobs:
                    reason = CANCELLED if result.cancelled else INTERRUPTED
                    self._settle(list(jobs.values()), error=reason)
        return result

    def recover(self, scope: BatchScope) -> int:
        """Settle the queued jobs a crash left behind in PDF folders: a file there is whole
        (it was renamed into place only when complete), so its cards printed; a missing file
        was never written. Jobs sent to real printers stay queued: only a person can tell."""
        settled = 0
        with self.sessions.begin() as session:
            rows = session.execute(
                select(PrintJob)
                .join(Worker, Worker.id == PrintJob.worker_id)
                .where(
                    PrintJob.status == JobStatus.QUEUED,
                    PrintJob.printer.like("folder:%"),
                    _in_scope(scope),
                )
            ).scalars()
            now = self.auditor.clock()
            for job in rows:
                folder = folder_from_url(job.printer)
                job.attempts += 1
                job.updated_at = now
                if job.document and (folder / job.document).is_file():
                    job.status = JobStatus.SENT
                    mark_printed(session, job.card_serial, now)
                else:
                    job.status = JobStatus.FAILED
                    job.error = INTERRUPTED
                settled += 1
        return settled

    def _survey(self, session: Session, scope: BatchScope) -> tuple[list[_Pending], int, int, int]:
        """The scope's workers in printing order, sorted into what a run would do."""
        desa = Region.__table__.alias("desa")
        rows = session.execute(
            select(Worker.id, Card.serial, Card.printed_at)
            .join(desa, desa.c.code == Worker.desa_code)
            .outerjoin(Card, (Card.worker_id == Worker.id) & (Card.status == CardStatus.ACTIVE))
            .where(_in_scope(scope))
            .order_by(desa.c.name, desa.c.code, Worker.name_key, Worker.id)
        ).all()
        queued = set(
            session.execute(
                select(PrintJob.card_serial)
                .join(Worker, Worker.id == PrintJob.worker_id)
                .where(PrintJob.status == JobStatus.QUEUED, _in_scope(scope))
            ).scalars()
        )
        pending: list[_Pending] = []
        printed = unsettled = 0
        for worker_id, serial, printed_at in rows:
            if serial is None:
                pending.append(_Pending(worker_id, None))
            elif serial in queued:
                unsettled += 1
            elif printed_at is not None:
                printed += 1
            else:
                pending.append(_Pending(worker_id, serial))
        return pending, printed, unsettled, len(rows)

    def _issue_in_files(
        self,
        actor: Actor,
        pending: Sequence[_Pending],
        printer: str,
        stem: str,
        jobs: dict[str, int],
        result: BatchResult,
        progress: Progress,
        cancelled: Cancelled,
    ) -> Iterator[CardData]:
        """The cards to draw, a file's worth issued and recorded in one transaction."""
        done = 0
        total = len(pending)
        progress(0, total)
        chunks = _chunks(pending, self.cards_per_file)
        for number, chunk in enumerate(chunks, start=1):
            if cancelled():
                raise BatchCancelledError
            document = card_file_name(stem, number)
            cards = self._record_file(actor, chunk, printer, document, jobs, result)
            for card in cards:
                if cancelled():
                    raise BatchCancelledError
                yield card
                done += 1
                progress(done, total)

    def _record_file(
        self,
        actor: Actor,
        chunk: Sequence[_Pending],
        printer: str,
        document: str,
        jobs: dict[str, int],
        result: BatchResult,
    ) -> list[CardData]:
        now = self.auditor.clock()
        cards: list[CardData] = []
        with self.sessions.begin() as session:
            for item in chunk:
                worker = session.get_one(Worker, item.worker_id)
                details = {"printer": printer, "document": document, "batch": True}
                if item.card_serial is None:
                    issued = self.cards.issue_in(session, actor, worker, CardKind.CARD, details)
                    card = session.get_one(Card, issued.serial)
                else:
                    card = session.get_one(Card, item.card_serial)
                    self.auditor.record(
                        session,
                        actor,
                        AuditAction.PRINT,
                        target=worker_target(worker.id),
                        details={
                            "serial": format_serial(card.serial),
                            "kind": CardKind.CARD.value,
                            **details,
                        },
                    )
                try:
                    data = self.cards.card_data(card, worker)
                except ForeignCardError:
                    result.skipped_foreign += 1
                    continue
                job = PrintJob(
                    card_serial=card.serial,
                    worker_id=worker.id,
                    kind=PrintKind.CARD,
                    printer=printer,
                    document=document,
                    status=JobStatus.QUEUED,
                    attempts=0,
                    operator=actor.username,
                    created_at=now,
                    updated_at=now,
                )
                session.add(job)
                session.flush()
                jobs[data.serial] = job.id
                cards.append(data)
        return cards

    def _settle(self, job_ids: Sequence[int], *, error: str | None) -> None:
        now = self.auditor.clock()
        with self.sessions.begin() as session:
            for job_id in job_ids:
                job = session.get_one(PrintJob, job_id)
                job.attempts += 1
                job.updated_at = now
                if error is None:
                    job.status = JobStatus.SENT
                    job.error = None
                    mark_printed(session, job.card_serial, now)
                else:
                    job.status = JobStatus.FAILED
                    job.error = error


def folder_url(folder: Path) -> str:
    """The folder as a printer URL, the form print jobs record: folder:///srv/cards."""
    return "folder://" + quote(str(folder.resolve()))


def folder_from_url(url: str) -> Path:
    return Path(unquote(urlsplit(url).path))


def _in_scope(scope: BatchScope) -> ColumnElement[bool]:
    code = scope.region_code
    return or_(Worker.desa_code == code, Worker.desa_code.like(code + ".%"))


def _target(scope: BatchScope) -> str:
    return f"region:{scope.region_code}"


def _chunks(items: Sequence[_Pending], size: int) -> Iterator[Sequence[_Pending]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _stem_for(scope: BatchScope) -> str:
    name = re.sub(r"[^a-z0-9]+", "-", scope.name.lower()).strip("-") or "batch"
    return f"kartu-{name}"


def _free_stem(out: Path) -> str:
    """FILE for FILE.pdf, or FILE-2, FILE-3, ... when an earlier run's files are there, so
    a resumed batch adds its files next to the first run's instead of refusing."""
    base = out.stem if out.suffix.lower() == ".pdf" else out.name
    folder = out.parent
    names = set(os.listdir(folder)) if folder.is_dir() else set()
    for n in itertools.count(1):
        stem = base if n == 1 else f"{base}-{n}"
        pattern = re.compile(re.escape(stem) + r"-\d{3,}\.pdf")
        if not any(pattern.fullmatch(name) for name in names):
            return stem
    raise AssertionError("unreachable")
