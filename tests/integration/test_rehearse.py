"""The rehearsal (gladi) on the real test PostgreSQL: desks in processes of their own hand
over cards through the window's use cases; nothing is handed over twice or lost."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from db.engine import make_engine
from db.models import AuditEvent, Handover
from kiosk.usecases.audit import Actor, Auditor, Workstation
from kiosk.usecases.handover import HandoverDone, HandoverRequest
from kiosk.usecases.rehearsal import (
    RehearsalOptions,
    RehearsalProblem,
    RehearsalRefusedError,
    clean_rehearsal,
    device_name,
    operator_name,
    prepare,
    run_rehearsal,
    seed,
)
from kiosk.usecases.rehearsal_desk import Desk, DeskPlan, DeskResult
from printing.keys import private_key_from_seed, public_key_to_text
from tests.helpers.postgres import Cluster
from tests.integration.test_cli import kiosk

pytestmark = pytest.mark.postgres

KEY = private_key_from_seed(bytes(range(32)))


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_a_small_rehearsal_hands_over_every_card_once_and_refuses_each_collision(
    postgres_url: str,
) -> None:
    options = RehearsalOptions(desks=3, workers=60, collisions=0.1)

    report = run_rehearsal(postgres_url, options, KEY)

    assert report.desk_failures == ()
    assert report.attempts_failed == 0
    assert report.collisions_planned == 6
    assert report.attempts == 66
    assert report.handovers_confirmed == 60 == report.handovers_in_database
    assert report.collisions_refused == 6
    assert report.collisions_refused_naming_other_desk == 6
    assert report.unexpected_refusals == 0
    assert (report.doubles, report.confirmed_lost) == (0, 0)
    assert report.audit_ok
    assert report.recovery_seconds is None
    assert report.ok
    assert report.lookup_ms.p95 is not None
    assert report.handover_commit_ms.p95 is not None
    # Removed afterwards: not one table left.
    assert _tables(postgres_url) == set()


def test_a_kept_rehearsal_stays_until_cleaned(postgres_url: str) -> None:
    options = RehearsalOptions(desks=2, workers=10, keep=True)
    report = run_rehearsal(postgres_url, options, KEY)
    assert report.ok
    assert report.kept

    engine = make_engine(postgres_url)
    with engine.connect() as conn:
        handovers = conn.scalar(select(func.count()).select_from(Handover))
        marks = conn.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "rehearsal")
        )
    engine.dispose()
    assert handovers == 10
    assert marks == 2  # seeded, ran

    with pytest.raises(RehearsalRefusedError) as refused:
        run_rehearsal(postgres_url, options, KEY)
    assert refused.value.problem is RehearsalProblem.KEPT

    assert clean_rehearsal(postgres_url)
    assert _tables(postgres_url) == set()
    assert not clean_rehearsal(postgres_url)


def test_a_registry_is_never_emptied_as_a_rehearsal(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO operator (username, full_name, role, pin_hash, active,"
                " failed_attempts, created_at) VALUES ('admin', 'Admin', 'admin', 'x', true,"
                " 0, now())"
            )
        )
    engine.dispose()
    with pytest.raises(RehearsalRefusedError) as refused:
        clean_rehearsal(postgres_url)
    assert refused.value.problem is RehearsalProblem.NOT_A_REHEARSAL
    with pytest.raises(RehearsalRefusedError) as again:
        run_rehearsal(postgres_url, RehearsalOptions(desks=1, workers=1), KEY)
    assert again.value.problem is RehearsalProblem.NOT_A_REHEARSAL
    assert "operator" in _tables(postgres_url)


def test_the_command_prints_json_and_refuses_sqlite(
    postgres_url: str, sqlite_url: str, tmp_path: Path
) -> None:
    env = {"KIOSK_SIGNING_KEY": str(tmp_path / "keys" / "signing-key.pem")}
    done = kiosk(sqlite_url, "rehearse", "--desks", "2", "--workers", "8", "--collisions",
                 "0.25", "--json", "--database", postgres_url, operator=None,
                 extra_env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    for name in (
        "desks", "workers", "handovers_per_second", "lookup_ms", "handover_commit_ms",
        "attempts", "handovers_confirmed", "collisions_planned", "collisions_refused",
        "collisions_refused_naming_other_desk", "doubles", "confirmed_lost",
        "recovery_seconds", "audit_ok",
    ):  # fmt: skip
        assert name in figures
    assert (figures["doubles"], figures["confirmed_lost"], figures["audit_ok"]) == (0, 0, True)
    assert figures["collisions_refused_naming_other_desk"] == 2
    assert set(figures["lookup_ms"]) == {"p50", "p95"}

    refused = kiosk(sqlite_url, "rehearse", "--desks", "2", "--workers", "8", operator=None,
                    extra_env=env)  # fmt: skip
    assert refused.returncode == 2
    assert "PostgreSQL" in refused.stderr


def test_desks_whose_connections_are_cut_half_way_reconnect_and_lose_nothing(
    postgres_url: str, postgres_cluster: Cluster
) -> None:
    """Not the hub killed (that needs a standby: the lead's cluster tests), but every desk's
    connection cut by the server at once, which the desks see the same way."""
    database = make_url(postgres_url).database
    cuts: list[int] = []

    def cut_every_connection() -> None:
        admin = make_engine(postgres_cluster.url())
        try:
            with admin.connect() as conn:
                cut = conn.execute(
                    text(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        " WHERE datname = :database AND pid <> pg_backend_pid()"
                    ),
                    {"database": database},
                ).scalar_one()
                cuts.append(cut)
        finally:
            admin.dispose()

    options = RehearsalOptions(desks=3, workers=60, collisions=0.1, kill_hub_after=1.0)
    report = run_rehearsal(postgres_url, options, KEY, failover=cut_every_connection)

    assert cuts
    assert cuts[0] >= 1  # the desks' idle or busy connections
    assert report.recovery_seconds is not None
    assert report.desk_failures == ()
    assert report.attempts_failed == 0
    assert report.handovers_confirmed == 60 == report.handovers_in_database
    assert report.collisions_refused_naming_other_desk == 6
    assert (report.doubles, report.confirmed_lost, report.audit_ok) == (0, 0, True)


@pytest.mark.parametrize("committed", [True, False])
def test_a_handover_whose_answer_was_lost_is_settled_not_recorded_twice(
    postgres_url: str, committed: bool
) -> None:
    """The connection breaks around the commit: after or before it went through. The desk
    reconnects and sends the same request again; the use case finds its client id recorded
    (or not) and the desk ends with exactly one handover."""
    engine = make_engine(postgres_url)
    sessions = prepare(engine)
    auditor = Auditor(sessions, Workstation("Gladi", "gladi"))
    seeded = seed(sessions, auditor, RehearsalOptions(desks=1, workers=2), KEY)
    engine.dispose()
    plan = DeskPlan(
        index=0, url=postgres_url, operator=operator_name(0), pin=seeded.pin,
        device=device_name(0), site="Gladi", event_id=seeded.event_id,
        public_key=public_key_to_text(KEY.public_key()), attempts=seeded.attempts,
        spread_seconds=None, retry_for=30.0,
    )  # fmt: skip
    result = DeskResult(0)
    desk = Desk(plan, {}, result)
    desk.set_up()
    real = desk.handovers.hand_over
    calls: list[int] = []

    def breaking(actor: Actor | None, request: HandoverRequest) -> HandoverDone:
        calls.append(request.worker_id)
        if len(calls) == 1:
            if committed:
                real(actor, request)
            lost = psycopg.OperationalError("server closed the connection unexpectedly")
            raise OperationalError("COMMIT", None, lost)
        return real(actor, request)

    desk.handovers.hand_over = breaking  # type: ignore[method-assign]
    try:
        desk.serve()
    finally:
        desk.close()

    assert result.failures == []
    assert result.reconnects == 1
    assert [c.settled for c in result.confirmed] == [committed, False]
    assert len(calls) == 3  # the first worker's request twice, then the second worker's
    with sessions() as session:
        stored = list(
            session.scalars(select(Handover.card_serial).where(Handover.voided_at.is_(None)))
        )
    engine.dispose()
    assert sorted(stored) == sorted(c.serial for c in result.confirmed)
