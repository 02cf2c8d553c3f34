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
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import lock_for_write
from db.models import Card, CardStatus, JobStatus, PrintJob, PrintKind, Region, Worker
from kiosk.config import WITA
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, worker_target
from kiosk.usecases.cards import ActiveCardExistsError, CardKind, Cards
from kiosk.usecases.print_jobs import CardPrinterFactory, describe_error, settle_job
from printing.card import CardData, CardStyle
from printing.card_batch import CARDS_PER_FILE, CardFile, card_file_name, write_card_files
from printing.card_printers import parse_card_printer_url
from printing.errors import PrinterError
from printing.keys import key_id
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
    foreign: int = 0  # active cards signed at another kiosk: reprint them one by one


@dataclass
class BatchResult:
    plan: BatchPlan
    printed: int = 0
    files: list[Path] = field(default_factory=list)
    cancelled: bool = False
    failure: PrinterError | None = None  # the printer refused a file; run again to resume
    skipped_foreign: int = 0  # active cards signed elsewhere: reprint them one by one
    skipped_changed: int = 0  # printed, issued or replaced at a desk while the batch ran


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
            pending, printed, unsettled, foreign, registered = self._survey(session, scope)
        return BatchPlan(scope, registered, printed, unsettled, len(pending), foreign)

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
            pending, printed, unsettled, foreign, registered = self._survey(session, scope)
        plan = BatchPlan(scope, registered, printed, unsettled, len(pending), foreign)
        result = BatchResult(plan, skipped_foreign=foreign)
        if not pending:
            return result
        with tempfile.TemporaryDirectory(prefix="kiosk-batch-") as spool:
            if out is not None:
                folder, stem = out.parent.resolve(), _free_stem(out)
                printer_name = folder_url(folder)
            else:
                assert target is not None
                # A name of its own for each run: a card printer's folder keeps the files of
                # earlier runs, and recovery must never take an old file for a new one.
                run_at = self.auditor.clock().astimezone(WITA)
                folder, stem = Path(spool), f"{_stem_for(scope)}-{run_at:%Y%m%d-%H%M%S}"
                printer_name = target.name
            jobs: dict[str, int] = {}  # serial text -> job id, for the file being drawn

            def on_file(card_file: CardFile) -> None:
                ids = [jobs[serial] for serial in card_file.serials]
                if target is not None:
                    try:
                        target.send(card_file.path.read_bytes(), card_file.path.stem)
                    except Exception as caught:
                        error = (
                            caught
                            if isinstance(caught, PrinterError)
                            else PrinterError(target.name, f"{type(caught).__name__}: {caught}")
                        )
                        self._settle(ids, error=describe_error(error))
                        for serial in card_file.serials:
                            del jobs[serial]
                        result.failure = error
                        raise error from caught
                    finally:
                        card_file.path.unlink(missing_ok=True)
                else:
                    result.files.append(card_file.path)
                self._settle(ids, error=None)
                for serial in card_file.serials:
                    del jobs[serial]
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
                names = (job.document, f"{job.document}.pdf") if job.document else ()
                whole = any((folder / name).is_file() for name in names)
                settle_job(session, job, now, error=None if whole else INTERRUPTED)
                settled += 1
        return settled

    def _survey(
        self, session: Session, scope: BatchScope
    ) -> tuple[list[_Pending], int, int, int, int]:
        """The scope's workers in printing order, sorted into what a run would do."""
        desa = Region.__table__.alias("desa")
        rows = session.execute(
            select(Worker.id, Card.serial, Card.printed_at, Card.key_id)
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
        printed = unsettled = foreign = 0
        own_key = key_id(self.cards.signing_key.public_key()).hex()
        for worker_id, serial, printed_at, card_key in rows:
            if serial is None:
                pending.append(_Pending(worker_id, None))
            elif card_key != own_key:
                foreign += 1  # signed at another kiosk: a reprint gives a card of ours
            elif serial in queued:
                unsettled += 1
            elif printed_at is not None:
                printed += 1
            else:
                pending.append(_Pending(worker_id, serial))
        return pending, printed, unsettled, foreign, len(rows)

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
        """The cards to draw, a file's worth issued and recorded in one transaction.

        write_card_files cuts files by count: the n-th card drawn is in file n // size + 1,
        whatever was skipped before it, so each job is told the file its card will be in.
        """
        done = 0
        total = len(pending)
        progress(0, total)
        for chunk in _chunks(pending, self.cards_per_file):
            if cancelled():
                raise BatchCancelledError
            cards = self._record_file(actor, chunk, printer, stem, done, jobs, result)
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
        stem: str,
        drawn_before: int,
        jobs: dict[str, int],
        result: BatchResult,
    ) -> list[CardData]:
        """Issue and record the chunk's cards, each checked again under the write lock: a
        desk may have printed or issued one since the batch looked."""
        now = self.auditor.clock()
        cards: list[CardData] = []
        with self.sessions.begin() as session:
            lock_for_write(session)
            for item in chunk:
                worker = session.get_one(Worker, item.worker_id)
                card = _current_card(session, item.worker_id)
                if item.card_serial is None and card is not None:
                    result.skipped_changed += 1  # issued at a desk since
                    continue
                if item.card_serial is not None and (
                    card is None
                    or card.serial != item.card_serial
                    or card.printed_at is not None
                    or _has_queued_job(session, card.serial)
                ):
                    result.skipped_changed += 1  # printed, replaced or in print since
                    continue
                position = drawn_before + len(cards)
                document = card_file_name(stem, position // self.cards_per_file + 1)
                details = {"printer": printer, "document": document, "batch": True}
                if card is None:
                    try:
                        with session.begin_nested():
                            issued = self.cards.issue_in(
                                session, actor, worker, CardKind.CARD, details
                            )
                    except (IntegrityError, ActiveCardExistsError):
                        result.skipped_changed += 1  # another kiosk issued it just now
                        continue
                    card = session.get_one(Card, issued.serial)
                    data = issued.card_data
                else:
                    data = self.cards.card_data(card, worker)
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
                settle_job(session, session.get_one(PrintJob, job_id), now, error=error)


def _current_card(session: Session, worker_id: int) -> Card | None:
    """The worker's active card, locked (PostgreSQL) as a desk printing it locks it."""
    return session.scalar(
        select(Card)
        .where(Card.worker_id == worker_id, Card.status == CardStatus.ACTIVE)
        .with_for_update()
    )


def _has_queued_job(session: Session, serial: int) -> bool:
    found = session.scalar(
        select(PrintJob.id)
        .where(PrintJob.card_serial == serial, PrintJob.status == JobStatus.QUEUED)
        .limit(1)
    )
    return found is not None


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
