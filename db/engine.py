"""Engine and session set-up for SQLite (the default) and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

# A province-wide import holds the write lock for several seconds; audited actions at the
# same desk wait for it rather than fail.
SQLITE_BUSY_TIMEOUT_MS = 30_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout on every connection."""
    parsed = make_url(url)
    # hide_parameters: database errors must not carry NIKs, names or phones into logs.
    kwargs: dict[str, Any] = {"echo": echo, "future": True, "hide_parameters": True}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    kwargs["pool_pre_ping"] = True
    return create_engine(parsed, **kwargs)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        # Events run on generators: a committed handover or audit event must survive a cut.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache
    finally:
        cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def reads_without_transaction(session: Session) -> None:
    """Let a session that only reads send each statement on its own, outside a transaction.

    Call it before the session's first statement. On PostgreSQL a transaction costs two
    round trips to the server (BEGIN, and ROLLBACK when the session closes), as many as the
    NIK lookup's own two queries: over a desk's network they would double its latency. Each
    statement still reads one consistent snapshot; between statements a row may change or
    go, as it may on SQLite, where pysqlite begins no transaction for a SELECT either.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})


def lock_for_write(session: Session) -> None:
    """Take the database's write lock now, before reading what a write will depend on.

    pysqlite starts a transaction only at the first INSERT, UPDATE or DELETE; the SELECTs
    before it see the database as it is, and another connection may change it before this
    one writes: two desks would both find a card unprinted. A write statement that touches
    no row takes SQLite's write lock all the same (waiting out the busy timeout), so every
    read after it is current until the commit. PostgreSQL needs nothing: its row locks
    (SELECT ... FOR UPDATE) and unique indexes settle the same races.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM print_job WHERE 0"))


def connection_lost(error: BaseException) -> bool:
    """Whether error says the database could not be reached or the connection broke (the
    hub went away, a failover, a cut cable), as opposed to a statement the database refused.

    Then a commit in flight may or may not have happened: the caller settles it by what it
    finds once connected again. SQLite, a file on this machine, never loses a connection:
    its OperationalError (a locked database) is not one of these.
    """
    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return True
        error = error.orig if error.orig is not None else error
    try:
        import psycopg
    except ImportError:  # no PostgreSQL driver: no PostgreSQL connection to lose
        return False
    # OperationalError covers a refused or broken connection, an administrator's shutdown
    # and a serialisation failure: after each, the transaction did not commit, or it is
    # unknown whether it did, and trying again after a look is right.
    return isinstance(error, psycopg.OperationalError)
