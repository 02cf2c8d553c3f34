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

import contextlib
import enum
import hashlib
import itertools
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import ColumnElement, Engine, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import lock_for_write
from db.models import Card, CardStatus, JobStatus, PrintJob, PrintKind, Region, Worker
from db.run_locks import file_lock_is_held, hold_file_lock, hold_run_lock, run_is_alive
from kiosk.config import WITA
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, worker_target
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
    leftover_owner,
    write_card_files,
)
from printing.card_data import CardDataError
from printing.card_printers import CardPrinter, parse_card_printer_url
from printing.errors import PrinterError
from printing.keys import key_id
from printing.payload import format_serial

INTERRUPTED = "Interrupted: the batch stopped before this card's file was complete"
CANCELLED = "Cancelled: the batch was stopped before this card's file was complete"

SPOOL_PREFIX = "kiosk-batch-"
# A leftover of a kiosk from before runs held locks is removed once it is this much older
# than the run that finds it: no batch draws one file for an hour.
_OLD_LEFTOVER_SECONDS = 3600

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
    claimed: int = 0  # in a job of a batch that is running now: that batch prints them


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


class _Fate(enum.Enum):
    """What recovery makes of a queued job."""

    SENT = "sent"  # its file is there, byte for byte as drawn
    FAILED = "failed"  # its run is dead and its file was never drawn, or is not there
    LIVE = "live"  # its run is still running: its card is claimed
    UNKNOWN = "unknown"  # sent to a printer, or not a batch's: only a person can tell


@dataclass(frozen=True)
class _Recovery:
    job_id: int
    card_serial: int
    fate: _Fate
    document: str | None = None  # the file holding the card, when SENT


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
            return self._survey(session, scope)[1]

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
        with hold_run_lock(self._engine(), run), self._spool(run) as spool:
            self._remove_leftovers(spool, out.parent.resolve() if out is not None else None)
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
            pending, plan = self._survey(session, scope)
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
        """Settle the queued jobs of the scope's dead runs: sent when a file in their folder
        is byte for byte the one drawn for them (the sha256 recorded before it got its
        name), failed when their file was never drawn whole or is not there. Jobs of a
        running batch are its claims and are left alone; so are jobs sent to real printers
        and a desk's: only a person can tell. Returns how many jobs were settled."""
        settled = 0
        with self.sessions.begin() as session:
            lock_for_write(session)
            recoveries = self._recoveries(session, scope, lock=True)
            now = self.auditor.clock()
            for item in recoveries.values():
                if item.fate not in (_Fate.SENT, _Fate.FAILED):
                    continue
                job = session.get_one(PrintJob, item.job_id)
                if item.fate is _Fate.SENT:
                    job.document = item.document
                    settle_job(session, job, now, error=None)
                else:
                    settle_job(session, job, now, error=INTERRUPTED)
                settled += 1
        return settled

    def _recoveries(
        self, session: Session, scope: BatchScope, *, lock: bool = False
    ) -> dict[int, _Recovery]:
        """What recovery makes of each queued job of the scope, by card serial."""
        query = (
            select(PrintJob)
            .join(Worker, Worker.id == PrintJob.worker_id)
            .where(PrintJob.status == JobStatus.QUEUED, _in_scope(scope))
            .order_by(PrintJob.id)
        )
        if lock:
            query = query.with_for_update(of=PrintJob)
        engine = self._engine()
        alive: dict[str, bool] = {}
        digests: dict[Path, str | None] = {}
        found: dict[int, _Recovery] = {}
        for job in session.scalars(query):
            if job.run is None:
                fate, document = _Fate.UNKNOWN, None
            else:
                if job.run not in alive:
                    alive[job.run] = run_is_alive(engine, job.run)
                fate, document = self._fate(job, alive[job.run], digests)
            found[job.card_serial] = _Recovery(job.id, job.card_serial, fate, document)
        return found

    @staticmethod
    def _fate(
        job: PrintJob, alive: bool, digests: dict[Path, str | None]
    ) -> tuple[_Fate, str | None]:
        if alive:
            return _Fate.LIVE, None
        if job.file_sha256 is None:
            return _Fate.FAILED, None  # never drawn whole: it reached no folder or printer
        if not job.printer.startswith("folder:"):
            return _Fate.UNKNOWN, None
        folder = folder_from_url(job.printer)
        holder = _file_with_digest(folder, job.document, job.file_sha256, digests)
        if holder is None:
            return _Fate.FAILED, None
        return _Fate.SENT, holder.name

    def _survey(self, session: Session, scope: BatchScope) -> tuple[list[_Pending], BatchPlan]:
        """The scope's workers in printing order, sorted into what a run would do, the
        queued jobs counted as recovery makes of them."""
        desa = Region.__table__.alias("desa")
        rows = session.execute(
            select(Worker.id, Card.serial, Card.printed_at, Card.key_id)
            .join(desa, desa.c.code == Worker.desa_code)
            .outerjoin(Card, (Card.worker_id == Worker.id) & (Card.status == CardStatus.ACTIVE))
            .where(_in_scope(scope))
            .order_by(desa.c.name, desa.c.code, Worker.name_key, Worker.id)
        ).all()
        queued = self._recoveries(session, scope)
        pending: list[_Pending] = []
        printed = unsettled = foreign = claimed = 0
        own_key = key_id(self.cards.signing_key.public_key()).hex()
        for worker_id, serial, printed_at, card_key in rows:
            if serial is None:
                pending.append(_Pending(worker_id, None))
            elif card_key != own_key:
                foreign += 1  # signed at another kiosk: a reprint gives a card of ours
            elif serial in queued:
                match queued[serial].fate:
                    case _Fate.LIVE:
                        claimed += 1
                    case _Fate.UNKNOWN:
                        unsettled += 1
                    case _Fate.SENT:
                        printed += 1
                    case _Fate.FAILED:
                        if printed_at is not None:
                            printed += 1
                        else:
                            pending.append(_Pending(worker_id, serial))
            elif printed_at is not None:
                printed += 1
            else:
                pending.append(_Pending(worker_id, serial))
        plan = BatchPlan(
            scope, len(rows), printed, unsettled, len(pending), foreign, claimed=claimed
        )
        return pending, plan

    def _issue_in_files(
        self,
        actor: Actor,
        pending: Sequence[_Pending],
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
        chunk: Sequence[_Pending],
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

    @contextlib.contextmanager
    def _spool(self, run: str) -> Iterator[Path]:
        """The run's own folder for files on their way to a printer, locked while it runs,
        so a later run can tell it from a dead run's leftover."""
        root = self.spool_root or Path(tempfile.gettempdir())
        spool = root / f"{SPOOL_PREFIX}{run}"
        spool.mkdir(mode=0o700)
        try:
            with hold_file_lock(spool / "lock"):
                yield spool
        finally:
            shutil.rmtree(spool, ignore_errors=True)

    def _remove_leftovers(self, spool: Path, out_folder: Path | None) -> None:
        """Remove dead runs' spool folders and, in the PDF folder, their .part files: only
        those of runs whose lock is free, or, from kiosks older than run locks, those an
        hour older than this run. A running batch's files are never touched."""
        started = spool.stat().st_mtime
        for other in spool.parent.glob(f"{SPOOL_PREFIX}*"):
            if other == spool or not other.is_dir() or other.is_symlink():
                continue
            lock = other / "lock"
            dead = not file_lock_is_held(lock) if lock.exists() else _older(other, started)
            if dead:
                # Another user's leftover may not be ours to remove; that is no reason to stop.
                shutil.rmtree(other, ignore_errors=True)
        if out_folder is None or not out_folder.is_dir():
            return
        engine = self._engine()
        for name in os.listdir(out_folder):
            if not name.endswith(".part") or not name.startswith("."):
                continue
            path = out_folder / name
            owner = leftover_owner(name)
            if owner is not None:
                dead = not run_is_alive(engine, owner)
            else:
                dead = bool(_OLD_PART.fullmatch(name)) and _older(path, started)
            if dead:
                path.unlink(missing_ok=True)


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


# A batch's temporary file from before run locks: .STEM-NNN-XXXXXXXX.part (mkstemp's).
_OLD_PART = re.compile(r"\..+-\d{3,}-[a-z0-9_]{8}\.part")


def _older(path: Path, than: float) -> bool:
    try:
        return path.lstat().st_mtime < than - _OLD_LEFTOVER_SECONDS
    except FileNotFoundError:
        return False


def _counting(cards: Iterator[CardData], count: list[int]) -> Iterator[CardData]:
    for card in cards:
        count[0] += 1
        yield card


def _file_with_digest(
    folder: Path, document: str | None, sha256: str, digests: dict[Path, str | None]
) -> Path | None:
    """The file in folder whose bytes have this sha256: the job's document first, then
    any other PDF there (a file may have got another name than the one first meant)."""
    candidates = [folder / document] if document else []
    try:
        candidates += sorted(
            folder / name
            for name in os.listdir(folder)
            if name.lower().endswith(".pdf") and not name.startswith(".")
        )
    except OSError:
        return None
    for path in candidates:
        if path not in digests:
            digests[path] = _sha256(path)
        if digests[path] == sha256:
            return path
    return None


def _sha256(path: Path) -> str | None:
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return None
