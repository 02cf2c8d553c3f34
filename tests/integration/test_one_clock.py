"""One clock: on PostgreSQL every desk stamps the database server's time, not its own."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from db.clock import ServerClock
from db.models import AuditEvent, Handover, Role
from kiosk.config import Config
from kiosk.services import build_services, registry_clock
from kiosk.usecases.audit import AuditAction, Auditor, Workstation
from tests.helpers.security import Security, cheap_hasher
from tests.integration.test_handover import handovers, request_for, sec

__all__ = ["sec"]  # the fixture

HOUR = dt.timedelta(hours=1)
CLOSE = dt.timedelta(minutes=10)  # far below the hour a wrong clock is off


def an_hour_ahead() -> dt.datetime:
    """A desk whose clock is an hour fast."""
    return dt.datetime.now(dt.UTC) + HOUR


def server_now(engine: Engine) -> dt.datetime:
    with engine.connect() as conn:
        now = conn.scalar(text("SELECT CURRENT_TIMESTAMP"))
    assert isinstance(now, dt.datetime)
    return now if now.tzinfo else now.replace(tzinfo=dt.UTC)


def stored(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def test_a_desk_an_hour_off_records_the_servers_time_on_postgresql(
    sec: Security, engine: Engine
) -> None:
    clock = registry_clock(sec.sessions, an_hour_ahead)
    desk = Auditor(sec.sessions, Workstation("Aula Kecamatan Lewa", "meja-07"), clock)
    request = request_for(sec)
    done = handovers(sec, desk).hand_over(sec.actors[Role.DESK], request)
    with sec.sessions() as session:
        at = stored(session.get_one(Handover, done.handover_id).handed_over_at)
        audit_at = dt.datetime.fromisoformat(
            session.scalars(select(AuditEvent.at).order_by(AuditEvent.seq.desc())).first() or ""
        )
    if engine.dialect.name == "postgresql":
        assert isinstance(clock, ServerClock)
        expected = server_now(engine)  # the server's; the desk's is an hour ahead of it
    else:
        expected = an_hour_ahead()  # one machine: its own clock, whatever it says
    assert abs(at - expected) < CLOSE
    assert abs(audit_at - expected) < CLOSE


def test_the_services_take_the_registrys_clock_unless_a_test_gives_one(
    sessions: sessionmaker[Session], engine: Engine
) -> None:
    config = Config(database_url=str(engine.url), device="meja-07")
    services = build_services(config, sessions, hasher=cheap_hasher(), local_clock=an_hour_ahead)
    services.auditor.record_now(None, AuditAction.SEARCH)
    with sessions() as session:
        (at,) = session.scalars(select(AuditEvent.at).order_by(AuditEvent.seq.desc()).limit(1))
    expected = server_now(engine) if engine.dialect.name == "postgresql" else an_hour_ahead()
    assert abs(dt.datetime.fromisoformat(at) - expected) < CLOSE
    fixed = dt.datetime(2026, 11, 25, 1, 0, tzinfo=dt.UTC)
    given = build_services(config, sessions, hasher=cheap_hasher(), clock=lambda: fixed)
    assert given.auditor.clock() == fixed


@pytest.mark.postgres
def test_the_servers_clock_is_read_once_a_minute_and_carried_forward(postgres_url: str) -> None:
    from db.engine import make_engine

    engine = make_engine(postgres_url)
    ticks = [1000.0]
    clock = ServerClock(engine, monotonic=lambda: ticks[0])
    try:
        first = clock()
        ticks[0] += 30  # half a minute later, on this machine's monotonic clock
        assert clock() - first == dt.timedelta(seconds=30)
        ticks[0] += 31  # past the minute: read again, close to the server's own time
        assert abs(clock() - server_now(engine)) < CLOSE
    finally:
        engine.dispose()
