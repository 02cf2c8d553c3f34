"""Printing every card of a desa, a kecamatan or a kabupaten ahead of an event.

Cards go out in files of a printer hopper's load (printing.card_batch), sorted by desa and
then by name, so the stacks come off the printer in the order the desks hand them over.
Each file's cards are issued and claimed by queued jobs in one transaction before the file
is drawn: a queued job is a card's claim (one per card, a unique index says so), so a batch
or a desk printing at the same moment skips a claimed card and says so. Once the file is
drawn its sha256 is recorded on its jobs, then it gets its name (a free one: never another
batch's) and its jobs are marked sent in one transaction, with the name it got.

Every run holds a lock while it runs (db.run_locks); its jobs carry the run's token. A
batch run again after a crash settles the jobs of runs that are provably dead, never those
of a run still drawing: a file counts as holding their cards only if its bytes match the
recorded sha256, whatever its name; jobs whose file was never drawn whole failed. A card
whose job went to a printer with an unknown outcome is left for a person to check rather
than printed again. Each run also removes what dead runs left behind: their spool folders
and their hidden .part files.
"""

from __future__ import annotations

import itertools
import re
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import lock_for_write
from db.models import Card, CardStatus, JobStatus, PrintJob, PrintKind, Region, Worker
from db.run_locks import hold_run_lock
from kiosk.config import WITA
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, worker_target
from kiosk.usecases.batch_plan import BatchPlan, BatchScope, PendingCard, survey
from kiosk.usecases.batch_recovery import (
    INTERRUPTED,
    folder_url,
    remove_leftovers,
    settle_dead_runs,
    spool_folder,
)
from kiosk.usecases.cards import ActiveCardExistsError, CardKind, Cards
from kiosk.usecases.job_records import describe_error, settle_job
from kiosk.usecases.print_jobs import CardPrinterFactory
from printing.card import CardData, CardStyle
from printing.card_batch import (
    CARDS_PER_FILE,
    CardFile,
    DrawnFile,
    card_file_name,
    free_stem,
    write_card_files,
)
from printing.card_data import CardDataError
from printing.card_printers import CardPrinter, parse_card_printer_url
from printing.errors import PrinterError
from printing.keys import key_id
from printing.payload import format_serial

CANCELLED = "Cancelled: the batch was stopped before this card's file was complete"


Progress = Callable[[int, int], None]  # cards done, cards in this run
Cancelled = Callable[[], bool]


class BatchCancelledError(Exception):
    """The operator stopped the batch; the files finished before it stay printed."""


@dataclass
class BatchResult:
    plan: BatchPlan
    printed: int = 0
    files: list[Path] = field(default_factory=list)
    cancelled: bool = False
    failure: PrinterError | None = None  # the printer refused a file; run again to resume
    skipped_foreign: int = 0  # active cards signed elsewhere: reprint them one by one
    skipped_changed: int = 0  # printed, issued or replaced at a desk while the batch ran
    skipped_claimed: int = 0  # claimed by another job (a batch or a desk printing now)


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
        new_run: Callable[[], str] = lambda: secrets.token_hex(16),
        spool_root: Path | None = None,
    ) -> None:
        self.sessions = sessions
        self.auditor = auditor
        self.cards = cards
        self.card_style = card_style
        self.card_printer_for = card_printer_for
        self.cards_per_file = cards_per_file
        self.new_run = new_run  # a run's token: 32 hex digits
        self.spool_root = spool_root  # where runs' spool folders go; None: the temp folder

    def scope(self, region_code: str) -> BatchScope:
        with self.sessions() as session:
            region = session.get(Region, region_code)
            if region is None:
                raise LookupError(region_code)
            return BatchScope(region.code, region.name)

    def plan(self, scope: BatchScope) -> BatchPlan:
        """What a run would do now, counting the jobs of dead runs as recovery will settle
        them (a run starts with recovery)."""
        with self.sessions() as session:
            return survey(
                session,
                self._engine(),
                scope,
                key_id(self.cards.signing_key.public_key()).hex(),
            )[1]

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
        run = self.new_run()
        with hold_run_lock(self._engine(), run), spool_folder(self.spool_root, run) as spool:
            remove_leftovers(
                self._engine(), spool, out.parent.resolve() if out is not None else None
            )
            self.recover(scope)
            return self._run(actor, scope, run, spool, out, target, progress, cancelled)

    def _run(
        self,
        actor: Actor,
        scope: BatchScope,
        run: str,
        spool: Path,
        out: Path | None,
        target: CardPrinter | None,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> BatchResult:
        with self.sessions() as session:
            pending, plan = survey(
                session,
                self._engine(),
                scope,
                key_id(self.cards.signing_key.public_key()).hex(),
            )
        result = BatchResult(plan, skipped_foreign=plan.foreign)
        if not pending:
            return result
        if out is not None:
            folder = out.parent.resolve()
            stem = free_stem(folder, out.stem if out.suffix.lower() == ".pdf" else out.name)
            printer_name = folder_url(folder)
        else:
            assert target is not None
            # A name of its own for each run: a card printer's folder keeps the files of
            # earlier runs, and recovery must never take an old file for a new one.
            run_at = self.auditor.clock().astimezone(WITA)
            folder, stem = spool, f"{_stem_for(scope)}-{run_at:%Y%m%d-%H%M%S}"
            printer_name = target.name
        jobs: dict[str, int] = {}  # serial text -> job id, for the file being drawn

        def on_drawn(drawn: DrawnFile) -> None:
            self._record_sha256([jobs[serial] for serial in drawn.serials], drawn.sha256)

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
                    self._settle(ids, error=describe_error(error), document=None)
                    for serial in card_file.serials:
                        del jobs[serial]
                    result.failure = error
                    raise error from caught
                finally:
                    card_file.path.unlink(missing_ok=True)
            else:
                result.files.append(card_file.path)
            self._settle(ids, error=None, document=card_file.path.name)
            for serial in card_file.serials:
                del jobs[serial]
            result.printed += len(ids)

        drawn = [0]
        cards = _counting(
            self._issue_in_files(
                actor,
                pending,
                printer_name,
                stem,
                run,
                jobs,
                result,
                progress or (lambda done, total: None),
                cancelled or (lambda: False),
            ),
            drawn,
        )
        try:
            write_card_files(
                cards,
                style=self.card_style,
                folder=folder,
                stem=stem,
                cards_per_file=self.cards_per_file,
                on_file=on_file,
                on_drawn=on_drawn,
                fresh_names=True,
                owner=run,
            )
        except CardDataError:
            if drawn[0]:
                raise
            # Every card was claimed or changed by others since the survey: nothing to do.
        except BatchCancelledError:
            result.cancelled = True
        except PrinterError:
            if result.failure is None:
                raise
        finally:
            # Jobs of the file that was being drawn: it was never written, or never sent.
            if jobs:
                reason = CANCELLED if result.cancelled else INTERRUPTED
                self._settle(list(jobs.values()), error=reason, document=None)
        return result

    def recover(self, scope: BatchScope) -> int:
        """Settle the queued jobs of the scope's dead runs (batch_recovery.settle_dead_runs);
        returns how many jobs were settled."""
        with self.sessions.begin() as session:
            lock_for_write(session)
            return settle_dead_runs(
                session, self._engine(), scope.region_code, self.auditor.clock()
            )

    def _issue_in_files(
        self,
        actor: Actor,
        pending: Sequence[PendingCard],
        printer: str,
        stem: str,
        run: str,
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
            cards = self._record_file(actor, chunk, printer, stem, run, done, jobs, result)
            for card in cards:
                if cancelled():
                    raise BatchCancelledError
                yield card
                done += 1
                progress(done, total)

    def _record_file(
        self,
        actor: Actor,
        chunk: Sequence[PendingCard],
        printer: str,
        stem: str,
        run: str,
        drawn_before: int,
        jobs: dict[str, int],
        result: BatchResult,
    ) -> list[CardData]:
        """Issue the chunk's cards and claim each with a queued job, each checked again
        under the write lock: a desk or another batch may have printed, issued or claimed
        one since the batch looked. The claims are committed before a card is drawn."""
        now = self.auditor.clock()
        cards: list[CardData] = []
        with self.sessions.begin() as session:
            lock_for_write(session)
            for item in chunk:
                worker = session.get_one(Worker, item.worker_id)
                card = _current_card(session, item.worker_id)
                if card is not None and _has_queued_job(session, card.serial):
                    result.skipped_claimed += 1  # another batch or a desk is printing it
                    continue
                if item.card_serial is None and card is not None:
                    result.skipped_changed += 1  # issued at a desk since
                    continue
                if item.card_serial is not None and (
                    card is None or card.serial != item.card_serial or card.printed_at is not None
                ):
                    result.skipped_changed += 1  # printed or replaced since
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
                    run=run,
                )
                try:
                    with session.begin_nested():
                        session.add(job)
                        session.flush()
                except IntegrityError:
                    # The one-queued-job-per-card index: claimed by another job just now.
                    result.skipped_claimed += 1
                    continue
                jobs[data.serial] = job.id
                cards.append(data)
        return cards

    def _record_sha256(self, job_ids: Sequence[int], sha256: str) -> None:
        """Before the file gets its name: after a crash, only these bytes hold these cards."""
        with self.sessions.begin() as session:
            session.execute(
                update(PrintJob).where(PrintJob.id.in_(job_ids)).values(file_sha256=sha256)
            )

    def _settle(self, job_ids: Sequence[int], *, error: str | None, document: str | None) -> None:
        now = self.auditor.clock()
        with self.sessions.begin() as session:
            for job_id in job_ids:
                job = session.get_one(PrintJob, job_id)
                if document is not None:
                    job.document = document  # the name the file got, which a clash may change
                settle_job(session, job, now, error=error)

    def _engine(self) -> Engine:
        with self.sessions() as session:
            bind = session.get_bind()
        assert isinstance(bind, Engine)
        return bind


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


def _target(scope: BatchScope) -> str:
    return f"region:{scope.region_code}"


def _chunks(items: Sequence[PendingCard], size: int) -> Iterator[Sequence[PendingCard]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _stem_for(scope: BatchScope) -> str:
    name = re.sub(r"[^a-z0-9]+", "-", scope.name.lower()).strip("-") or "batch"
    return f"kartu-{name}"


def _counting(cards: Iterator[CardData], count: list[int]) -> Iterator[CardData]:
    for card in cards:
        count[0] += 1
        yield card
