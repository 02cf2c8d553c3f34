"""A batch's recovery: settling dead runs' jobs by their files' bytes, clearing their leftovers.

A queued job of a dead run was sent when a file in its folder is byte for byte the one drawn
for it, and failed when its file was never drawn whole; a job of a live run is that run's
claim. Spool folders and .part files go only when their run is provably dead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import ColumnElement, Engine, or_, select
from sqlalchemy.orm import Session

from db.models import JobStatus, PrintJob, Worker
from db.run_locks import file_lock_is_held, hold_file_lock, run_is_alive
from kiosk.usecases.job_records import settle_job
from printing.card_batch import (
    leftover_owner,
)

INTERRUPTED = "Interrupted: the batch stopped before this card's file was complete"

SPOOL_PREFIX = "kiosk-batch-"
# A leftover of a kiosk from before runs held locks is removed once it is this much older
# than the run that finds it: no batch draws one file for an hour.
_OLD_LEFTOVER_SECONDS = 3600


class Fate(enum.Enum):
    """What recovery makes of a queued job."""

    SENT = "sent"  # its file is there, byte for byte as drawn
    FAILED = "failed"  # its run is dead and its file was never drawn, or is not there
    LIVE = "live"  # its run is still running: its card is claimed
    UNKNOWN = "unknown"  # sent to a printer, or not a batch's: only a person can tell


@dataclass(frozen=True)
class Recovery:
    job_id: int
    card_serial: int
    fate: Fate
    document: str | None = None  # the file holding the card, when SENT


def settle_dead_runs(session: Session, engine: Engine, region_code: str, now: dt.datetime) -> int:
    """Settle the queued jobs of the scope's dead runs: sent when a file in their folder
    is byte for byte the one drawn for them (the sha256 recorded before it got its
    name), failed when their file was never drawn whole or is not there. Jobs of a
    running batch are its claims and are left alone; so are jobs sent to real printers
    and a desk's: only a person can tell. Returns how many jobs were settled. The caller
    holds the write lock."""
    settled = 0
    for item in job_fates(session, engine, region_code, lock=True).values():
        if item.fate not in (Fate.SENT, Fate.FAILED):
            continue
        job = session.get_one(PrintJob, item.job_id)
        if item.fate is Fate.SENT:
            job.document = item.document
            settle_job(session, job, now, error=None)
        else:
            settle_job(session, job, now, error=INTERRUPTED)
        settled += 1
    return settled


def job_fates(
    session: Session, engine: Engine, region_code: str, *, lock: bool = False
) -> dict[int, Recovery]:
    """What recovery makes of each queued job of the region's workers, by card serial."""
    query = (
        select(PrintJob)
        .join(Worker, Worker.id == PrintJob.worker_id)
        .where(PrintJob.status == JobStatus.QUEUED, in_scope(region_code))
        .order_by(PrintJob.id)
    )
    if lock:
        query = query.with_for_update(of=PrintJob)
    alive: dict[str, bool] = {}
    digests: dict[Path, str | None] = {}
    found: dict[int, Recovery] = {}
    for job in session.scalars(query):
        if job.run is None:
            fate, document = Fate.UNKNOWN, None
        else:
            if job.run not in alive:
                alive[job.run] = run_is_alive(engine, job.run)
            fate, document = fate_of(job, alive[job.run], digests)
        found[job.card_serial] = Recovery(job.id, job.card_serial, fate, document)
    return found


def fate_of(job: PrintJob, alive: bool, digests: dict[Path, str | None]) -> tuple[Fate, str | None]:
    if alive:
        return Fate.LIVE, None
    if job.file_sha256 is None:
        return Fate.FAILED, None  # never drawn whole: it reached no folder or printer
    if not job.printer.startswith("folder:"):
        return Fate.UNKNOWN, None
    folder = folder_from_url(job.printer)
    holder = _file_with_digest(folder, job.document, job.file_sha256, digests)
    if holder is None:
        return Fate.FAILED, None
    return Fate.SENT, holder.name


@contextlib.contextmanager
def spool_folder(spool_root: Path | None, run: str) -> Iterator[Path]:
    """The run's own folder for files on their way to a printer, locked while it runs,
    so a later run can tell it from a dead run's leftover."""
    root = spool_root or Path(tempfile.gettempdir())
    spool = root / f"{SPOOL_PREFIX}{run}"
    spool.mkdir(mode=0o700)
    try:
        with hold_file_lock(spool / "lock"):
            yield spool
    finally:
        shutil.rmtree(spool, ignore_errors=True)


def remove_leftovers(engine: Engine, spool: Path, out_folder: Path | None) -> None:
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


def folder_url(folder: Path) -> str:
    """The folder as a printer URL, the form print jobs record: folder:///srv/cards."""
    return "folder://" + quote(str(folder.resolve()))


def folder_from_url(url: str) -> Path:
    return Path(unquote(urlsplit(url).path))


def in_scope(region_code: str) -> ColumnElement[bool]:
    """The workers of a region: a desa, or every desa under a kecamatan or a kabupaten."""
    code = region_code
    return or_(Worker.desa_code == code, Worker.desa_code.like(code + ".%"))


# A batch's temporary file from before run locks: .STEM-NNN-XXXXXXXX.part (mkstemp's).
_OLD_PART = re.compile(r"\..+-\d{3,}-[a-z0-9_]{8}\.part")


def _older(path: Path, than: float) -> bool:
    try:
        return path.lstat().st_mtime < than - _OLD_LEFTOVER_SECONDS
    except FileNotFoundError:
        return False


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
