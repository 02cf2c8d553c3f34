"""The audit trail: append-only, hash-chained, and any tampering is found and located."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from db import audit as db_audit
from db.audit import ChainProblem, event_hash
from db.engine import make_engine, make_session_factory
from db.models import AuditEvent, Role
from kiosk.usecases.audit import AuditAction, verify_trail
from tests.helpers.security import Security, build_security

EVENTS = 8


@pytest.fixture
def sec(sessions: sessionmaker[Session]) -> Security:
    security = build_security(sessions)
    for i in range(EVENTS):
        security.auditor.record_now(
            security.actors[Role.DESK], AuditAction.SEARCH, details={"kind": "name", "i": i}
        )
    return security


def _tamper(engine: Engine, statement: str) -> None:
    """What someone with the database's owner rights could do: switch the guard off first."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_event_no_update")
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_event_no_delete")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
        conn.execute(text(statement))


def test_a_whole_trail_verifies(sec: Security) -> None:
    result = verify_trail(sec.sessions)
    assert result.ok
    assert result.checked == len(sec.events())


def test_every_event_says_who_where_and_when(sec: Security) -> None:
    event = sec.events()[-1]
    assert event.operator == "petugas1"
    assert event.site == "Aula Kantor Bupati, Waingapu"
    assert event.device == "meja-01"
    assert event.at.endswith("+00:00")


def test_the_trail_refuses_updates_and_deletes(sec: Security, engine: Engine) -> None:
    for statement in (
        "UPDATE audit_event SET details = '{}' WHERE seq = 2",
        "DELETE FROM audit_event WHERE seq = 2",
    ):
        with pytest.raises(DatabaseError, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    assert verify_trail(sec.sessions).ok


def test_an_edited_event_is_named(sec: Security, engine: Engine) -> None:
    _tamper(engine, "UPDATE audit_event SET operator = 'someone' WHERE seq = 5")
    result = verify_trail(sec.sessions)
    assert result.first_break is not None
    assert (result.first_break.seq, result.first_break.problem) == (5, ChainProblem.EDITED)
    assert result.checked == 4


def test_a_deleted_event_is_named(sec: Security, engine: Engine) -> None:
    _tamper(engine, "DELETE FROM audit_event WHERE seq = 6")
    result = verify_trail(sec.sessions)
    assert result.first_break is not None
    assert (result.first_break.seq, result.first_break.problem) == (6, ChainProblem.MISSING)


def test_deleting_the_newest_events_is_caught(sec: Security, engine: Engine) -> None:
    last = len(sec.events())
    _tamper(engine, f"DELETE FROM audit_event WHERE seq >= {last - 1}")
    result = verify_trail(sec.sessions)
    assert result.first_break is not None
    assert (result.first_break.seq, result.first_break.problem) == (last - 1, ChainProblem.MISSING)


def test_an_inserted_event_is_named(sec: Security, engine: Engine) -> None:
    # A forged event slipped in as #4: everything from #4 on moves up by one.
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_event_no_update")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
        for seq in sorted((e.seq for e in sec.events() if e.seq >= 4), reverse=True):
            conn.execute(text(f"UPDATE audit_event SET seq = {seq + 1} WHERE seq = {seq}"))
        forged: dict[str, Any] = {
            "seq": 4, "at": "2026-11-25T01:00:00.000000+00:00", "operator": "admin",
            "approver": None, "site": "x", "device": "x", "action": "export", "target": None,
            "details": "{}", "prev_hash": sec.events()[2].hash,
        }  # fmt: skip
        conn.execute(
            text(
                "INSERT INTO audit_event (seq, at, operator, approver, site, device, action,"
                " target, details, prev_hash, hash) VALUES (:seq, :at, :operator, :approver,"
                " :site, :device, :action, :target, :details, :prev_hash, :hash)"
            ),
            {**forged, "hash": event_hash(**forged)},
        )
    result = verify_trail(sec.sessions)
    assert result.first_break is not None
    # The forgery itself hashes correctly; the event after it no longer links to it.
    assert (result.first_break.seq, result.first_break.problem) == (5, ChainProblem.NOT_LINKED)


def test_an_event_appended_behind_the_kiosks_back_is_caught(sec: Security, engine: Engine) -> None:
    last = sec.events()[-1]
    forged: dict[str, Any] = {
        "seq": last.seq + 1, "at": "2026-11-25T01:00:00.000000+00:00", "operator": "admin",
        "approver": None, "site": "x", "device": "x", "action": "export", "target": None,
        "details": "{}", "prev_hash": last.hash,
    }  # fmt: skip
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_event (seq, at, operator, approver, site, device, action,"
                " target, details, prev_hash, hash) VALUES (:seq, :at, :operator, :approver,"
                " :site, :device, :action, :target, :details, :prev_hash, :hash)"
            ),
            {**forged, "hash": event_hash(**forged)},
        )
    result = verify_trail(sec.sessions)
    assert result.first_break is not None
    assert result.first_break.problem is ChainProblem.HEAD_MISMATCH


WRITERS = 10  # the desks of one event hall


@pytest.mark.postgres
def test_ten_desks_appending_at_once_leave_one_chain(postgres_url: str) -> None:
    """One chain, serialised in the database by the head row's lock: every desk's events
    are in it once, in one order, and the whole trail verifies."""
    count = 60
    devices = [f"meja-{n:02d}" for n in range(1, WRITERS + 1)]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.append_audit", postgres_url, str(count), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in devices
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.close()
        for proc in procs:
            assert proc.wait(timeout=300) == 0
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None:
                    pipe.close()
    engine = make_engine(postgres_url)
    sessions = make_session_factory(engine)
    try:
        result = verify_trail(sessions)
        assert result.ok, result.first_break
        assert result.checked == WRITERS * count
        with sessions() as session:
            per_device = session.execute(
                select(AuditEvent.device, func.count()).group_by(AuditEvent.device)
            ).all()
        assert {d: n for d, n in per_device} == dict.fromkeys(devices, count)
    finally:
        engine.dispose()


def test_kiosks_appending_while_a_check_runs_raise_no_false_alarm(
    sec: Security, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_events = db_audit._events

    def events_with_a_writer_in_between(session: Session, upto: int) -> Any:
        # Another desk appends after the check has read the head.
        sec.auditor.record_now(sec.actors[Role.TELLER], AuditAction.SEARCH)
        return real_events(session, upto)

    monkeypatch.setattr(db_audit, "_events", events_with_a_writer_in_between)
    result = verify_trail(sec.sessions)
    assert result.ok, result.first_break


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_head SET seq = 3",
        "UPDATE audit_head SET hash = 'x'",
        "DELETE FROM audit_head",
    ],
)
def test_the_head_cannot_be_rewound(sec: Security, engine: Engine, statement: str) -> None:
    with pytest.raises(DatabaseError, match="only moves forward"), engine.begin() as conn:
        conn.execute(text(statement))
    assert verify_trail(sec.sessions).ok


@pytest.mark.postgres
def test_truncate_is_refused_on_postgresql(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        sec = build_security(make_session_factory(engine))
        for table in ("audit_event", "audit_head"):
            with pytest.raises(DatabaseError, match="append-only"), engine.begin() as conn:
                conn.execute(text(f"TRUNCATE {table}"))
        assert verify_trail(sec.sessions).ok
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_the_servers_append_hashes_exactly_as_python_verifies(postgres_url: str) -> None:
    """On PostgreSQL the chain is extended by audit_append() in the server (one round trip
    under the head's lock); every awkward text must hash there as db.audit does in Python:
    quotes, backslashes, control characters, Indonesian and other scripts, emoji, None."""
    import datetime as dt

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    audit = db_audit
    engine = make_engine(postgres_url)
    # Any text PostgreSQL can hold: UTF-8 (no lone surrogates), no NUL in a column; inside
    # details, whose JSON escapes it, NUL too.
    texts = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
    maybe = st.none() | texts
    values = st.none() | st.integers() | st.text(st.characters(codec="utf-8"), max_size=30)

    # The same examples at every run: CI never meets a case the last run did not.
    @settings(
        max_examples=150,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(
        operator=maybe, approver=maybe, site=texts, device=texts, action=texts, target=maybe,
        details=st.dictionaries(texts, values, max_size=3),
    )  # fmt: skip
    def append_one(
        operator: str | None,
        approver: str | None,
        site: str,
        device: str,
        action: str,
        target: str | None,
        details: dict[str, object],
    ) -> None:
        with Session(engine) as session, session.begin():
            event = audit.append(
                session,
                audit.AuditEntry(
                    at=dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.UTC),
                    operator=operator and operator[:40],
                    approver=approver and approver[:40],
                    site=site,
                    device=device,
                    action=action[:40],
                    target=target,
                    details=details,
                ),
            )
            stored = session.get_one(AuditEvent, event.seq)
            assert audit.hash_of(stored) == stored.hash == event.hash

    try:
        append_one()
        with Session(engine) as session:
            result = audit.verify(session)
    finally:
        engine.dispose()
    assert result.ok
    assert result.checked >= 150
