"""Whether a batch run is alive: a lock its process holds, freed when the process dies.

A run that was killed (kill -9, a power cut) cannot say it stopped; its jobs stay queued.
A later run may settle them only once the run is provably dead, never while it is still
drawing its file. The proof is a lock the operating system or the database server releases
with the process: on PostgreSQL a session advisory lock (desks on other machines see it
too), on SQLite an flock on a file beside the database file.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, text


@contextlib.contextmanager
def hold_run_lock(engine: Engine, token: str) -> Iterator[None]:
    """Hold the run's lock for the duration of the block."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _key(token)})
            conn.commit()  # a session lock outlives the transaction; no snapshot is held
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _key(token)})
                conn.commit()
        return
    with hold_file_lock(_lock_path(engine, token)):
        yield


def run_is_alive(engine: Engine, token: str) -> bool:
    """True while the run's process holds its lock (this process included)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            got = conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": _key(token)})
            if got:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _key(token)})
            conn.commit()
        return not got
    return file_lock_is_held(_lock_path(engine, token), remove_if_free=True)


@contextlib.contextmanager
def hold_file_lock(path: Path) -> Iterator[None]:
    """Create path and hold an exclusive flock on it; remove it when done."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            # Removed while still locked: a checker that opens it afterwards finds no file.
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    finally:
        os.close(fd)


def file_lock_is_held(path: Path, *, remove_if_free: bool = False) -> bool:
    """True when some open file holds the flock on path; a missing file is not held."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        if remove_if_free:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        return False
    finally:
        os.close(fd)


def _key(token: str) -> int:
    """The advisory lock key: 60 bits of the token, a positive bigint."""
    return int(token[:15], 16)


def _lock_path(engine: Engine, token: str) -> Path:
    database = engine.url.database
    if not database or database == ":memory:":
        return Path(tempfile.gettempdir()) / f"kiosk-run-{token}.lock"
    path = Path(database)
    # Beside the database: every process that opens the file sees the same folder.
    return path.with_name(f".{path.name}-run-{token}.lock")
