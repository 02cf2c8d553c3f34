"""A connection that breaks at its commit, as when the hub goes away mid-handover.

On PostgreSQL the break is real: right after the server committed (or right before it
would), another connection ends this one's backend with pg_terminate_backend, and the
client reads the server's own error on it. On SQLite, a file on this machine that never
loses a connection, the driver's "closed database" error stands in for it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import OperationalError

from db.engine import make_engine
from kiosk.usecases.settle import RetryPolicy
from tests.helpers.clock import FakeClock


@dataclass
class BrokenCommits:
    """How many commits are still to break, and how many did."""

    remaining: int
    broken: int = 0


def break_commits(
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    *,
    after_server_commit: bool,
    times: int = 1,
    then: Callable[[], None] | None = None,
    inserting_into: str | None = None,
) -> BrokenCommits:
    """The next `times` commits on engine break: after the database committed (the desk
    cannot know it did), or before (nothing was recorded). then() runs after each break.
    inserting_into: break only commits of transactions that inserted into this table."""
    state = BrokenCommits(times)
    dialect = engine.dialect
    real_commit = dialect.do_commit
    postgres = dialect.name == "postgresql"
    killer = make_engine(engine.url.render_as_string(hide_password=False)) if postgres else None

    if inserting_into is not None:
        prefix = f"INSERT INTO {inserting_into} "

        def note_insert(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if statement.startswith(prefix):
                conn.info["inserted"] = True

        event.listen(engine, "before_cursor_execute", note_insert)

    def do_commit(dbapi_connection: Any) -> None:
        inserted = dbapi_connection.info.pop("inserted", False)
        if state.remaining <= 0 or (inserting_into is not None and not inserted):
            real_commit(dbapi_connection)
            return
        state.remaining -= 1
        state.broken += 1
        if after_server_commit:
            real_commit(dbapi_connection)
        if then is not None:
            then()
        if killer is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        raw = getattr(dbapi_connection, "dbapi_connection", dbapi_connection)  # the pool's wrapper
        pid = raw.info.backend_pid
        with killer.connect() as conn:
            # With a timeout, it returns once the backend is gone (PostgreSQL 14 and later).
            conn.execute(text("SELECT pg_terminate_backend(:pid, 10000)"), {"pid": pid})
        killer.dispose()
        # The server's own answer on the dead connection: "terminating connection due to
        # administrator command" (psycopg's OperationalError).
        raw.execute("SELECT 1")
        raise AssertionError("the terminated connection still answered")

    monkeypatch.setattr(dialect, "do_commit", do_commit)
    return state


def no_waiting(total_s: float = 30.0) -> RetryPolicy:
    """Retries whose waits pass at once, on a clock that moves only by them."""
    elapsed = FakeClock(dt.datetime(2026, 11, 25, tzinfo=dt.UTC))
    return RetryPolicy(
        total_s=total_s,
        sleep=lambda seconds: elapsed.advance(seconds=seconds),
        monotonic=lambda: elapsed().timestamp(),
    )


class HubAway:
    """Between start() and stop(), no connection to the engine's database can be had: every
    checkout fails as a refused connection does."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.refused = 0

    def _refuse(self, *_args: Any) -> None:
        self.refused += 1
        raise OperationalError(
            "connect", {}, ConnectionRefusedError("the hub is away"), connection_invalidated=True
        )

    def start(self) -> None:
        event.listen(self.engine, "checkout", self._refuse)

    def stop(self) -> None:
        if event.contains(self.engine, "checkout", self._refuse):
            event.remove(self.engine, "checkout", self._refuse)
