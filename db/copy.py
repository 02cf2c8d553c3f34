"""Copying a whole registry from one database to another (SQLite and PostgreSQL, either way).

Every table of the schema (db.models' metadata) is copied, parents before children
(`metadata.sorted_tables`), in primary-key order and in batches, so a registry of a million
workers streams through without being held in memory. The target must be at the schema
head and hold no registry; the copy is one transaction on it: all of it, or nothing.
Primary keys are kept; on PostgreSQL each table's sequence is moved past the copied ids.

Nothing here knows the application: who may copy, and the audit event of the copy, are the
caller's (kiosk.usecases.db_copy), through `before_commit`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, func, select, text

from db.audit import GENESIS_HASH
from db.migrate import HEAD_REVISION, current_revision, upgrade
from db.models import AuditHead, Base, LocalOrigin, Region

BATCH_ROWS = 5_000

# Tables a freshly migrated and opened database already has rows in: the target's rows are
# replaced by the source's. region: the reference data every kiosk loads when it opens a
# database (the source's are copied, so that codes the source still uses are there);
# audit_head: the chain's genesis link, written by migration 0002; local_origin: the
# database's own site code, '' from migration 0015 (a copy keeps the source's).
PRESEEDED: frozenset[str] = frozenset(
    {Region.__tablename__, AuditHead.__tablename__, LocalOrigin.__tablename__}
)

# Guard triggers that stop the audit head from jumping (migration 0003); lifted inside the
# copy's transaction to put the source's head in place, then restored before it commits.
_GUARDED = AuditHead.__tablename__

Progress = Callable[[str, int], None]


class CopyProblem(enum.StrEnum):
    SAME_DATABASE = "same_database"  # source and target are one database
    SOURCE_MISSING = "source_missing"  # no database there
    SOURCE_NOT_AT_HEAD = "source_not_at_head"  # open the source with this version first
    TARGET_UNKNOWN_REVISION = "target_unknown_revision"  # a newer (or foreign) schema
    TARGET_NOT_EMPTY = "target_not_empty"  # it holds another registry


class CopyRefusedError(Exception):
    """The copy did not start; nothing was written to the target (beyond its migration)."""

    def __init__(self, problem: CopyProblem, detail: str | None = None) -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int

    @property
    def equal(self) -> bool:
        return self.source == self.target


def copied_tables() -> list[Table]:
    """Every table of the schema that is copied, parents before the tables that refer to them."""
    return list(Base.metadata.sorted_tables)


def check_source(source: Engine) -> None:
    url = source.url
    local = url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")
    if local and not Path(str(url.database)).is_file():  # connecting would create an empty one
        raise CopyRefusedError(CopyProblem.SOURCE_MISSING, url.database)
    revision = current_revision(source)
    if revision != HEAD_REVISION:
        raise CopyRefusedError(CopyProblem.SOURCE_NOT_AT_HEAD, revision or "none")


def prepare_target(source: Engine, target: Engine) -> None:
    """Refuse a target that is the source or holds a registry; else migrate it to the head."""
    if _same_database(source, target):
        raise CopyRefusedError(CopyProblem.SAME_DATABASE)
    try:
        upgrade(target)
    except Exception as error:  # Alembic: a revision it does not know (a newer kiosk's)
        if current_revision(target) == HEAD_REVISION:
            raise
        raise CopyRefusedError(
            CopyProblem.TARGET_UNKNOWN_REVISION, current_revision(target)
        ) from error
    with target.connect() as conn:
        occupied = occupied_tables(conn)
    if occupied:
        raise CopyRefusedError(CopyProblem.TARGET_NOT_EMPTY, ", ".join(occupied))


def occupied_tables(conn: Connection) -> list[str]:
    """The tables whose rows a copy would collide with: any row but the preseeded ones."""
    occupied = [
        t.name
        for t in copied_tables()
        if t.name not in PRESEEDED and conn.scalar(select(select(t).exists()))
    ]
    head = conn.execute(select(AuditHead.seq, AuditHead.hash)).all()
    if head not in ([], [(0, GENESIS_HASH)]):
        occupied.append(AuditHead.__tablename__)
    return occupied


def copy_database(
    source: Engine,
    target: Engine,
    *,
    batch_rows: int = BATCH_ROWS,
    progress: Progress | None = None,
    before_commit: Callable[[Connection, list[TableCount]], None] | None = None,
) -> list[TableCount]:
    """Copy every table from source to target in one transaction on the target.

    The source is read in one snapshot. Each table's rows are counted on both sides before
    the commit; before_commit(target connection, counts) may check more and add rows (an
    audit event), or raise to roll everything back.
    """
    check_source(source)
    prepare_target(source, target)
    with _snapshot(source) as src, target.begin() as dst:
        _begin_writing(dst)
        occupied = occupied_tables(dst)
        if occupied:  # filled since prepare_target looked
            raise CopyRefusedError(CopyProblem.TARGET_NOT_EMPTY, ", ".join(occupied))
        with _guards_lifted(dst):
            for table in copied_tables():
                if table.name in PRESEEDED:
                    dst.execute(table.delete())
                _copy_table(src, dst, table, batch_rows, progress)
        if dst.dialect.name == "postgresql":
            _reset_sequences(dst)
        counts = [TableCount(t.name, _count(src, t), _count(dst, t)) for t in copied_tables()]
        if before_commit is not None:
            before_commit(dst, counts)
    if target.dialect.name == "postgresql":
        # The planner's statistics, at once: without them a hub started from a copy plans
        # its lookups blind until autovacuum comes by.
        with target.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    return counts


def _same_database(source: Engine, target: Engine) -> bool:
    a, b = source.url, target.url
    if a.get_backend_name() != b.get_backend_name():
        return False
    if a.get_backend_name() == "sqlite":
        if not a.database or not b.database or ":memory:" in (a.database, b.database):
            return False
        return Path(a.database).resolve() == Path(b.database).resolve()
    return (a.host, a.port, a.database) == (b.host, b.port, b.database)


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that reads the source as it was at one moment, for every table."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        ) as conn:
            _utc(conn)
            yield conn
            conn.rollback()
        return
    with engine.connect() as conn:
        # pysqlite starts no transaction for a SELECT: start one, so WAL keeps one snapshot.
        conn.exec_driver_sql("BEGIN")
        try:
            yield conn
        finally:
            conn.rollback()


def _begin_writing(conn: Connection) -> None:
    """Make the target's transaction a real one from its first statement."""
    if conn.dialect.name == "sqlite":
        # pysqlite would begin only at the first INSERT: the triggers' DROP before it would
        # commit on its own. BEGIN IMMEDIATE also takes the write lock now.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    _utc(conn)


def _utc(conn: Connection) -> None:
    """Times are UTC; SQLite keeps them without a zone, PostgreSQL in the session's zone."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET TIME ZONE 'UTC'")


def _copy_table(
    src: Connection, dst: Connection, table: Table, batch_rows: int, progress: Progress | None
) -> None:
    query = select(table).order_by(*table.primary_key.columns)
    result = src.execution_options(stream_results=True, yield_per=batch_rows).execute(query)
    done = 0
    for rows in result.partitions():
        dst.execute(table.insert(), [row._asdict() for row in rows])
        done += len(rows)
        if progress is not None:
            progress(table.name, done)


def _count(conn: Connection, table: Table) -> int:
    return conn.scalar(select(func.count()).select_from(table)) or 0


def _reset_sequences(conn: Connection) -> None:
    """Move each table's id sequence past the copied ids, so new rows get fresh ones."""
    for table in copied_tables():
        columns = [c for c in table.primary_key.columns if c.autoincrement is not False]
        if len(table.primary_key.columns) != 1 or not columns:
            continue
        column = columns[0]
        sequence = conn.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column.name},
        )
        if sequence is None:
            continue
        highest = conn.scalar(select(func.max(column))) or 0
        # is_called false: the next id is highest + 1 (1 for an empty table).
        conn.execute(
            text("SELECT setval(CAST(:sequence AS regclass), :next, false)"),
            {"sequence": sequence, "next": highest + 1},
        )


@contextmanager
def _guards_lifted(conn: Connection) -> Iterator[None]:
    """The audit head's guard triggers, off inside this transaction only."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"ALTER TABLE {_GUARDED} DISABLE TRIGGER USER")
        yield
        conn.exec_driver_sql(f"ALTER TABLE {_GUARDED} ENABLE TRIGGER USER")
        return
    triggers: Sequence[tuple[str, str]] = conn.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
        {"t": _GUARDED},
    ).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
