"""The rehearsal (gladi) on the real test PostgreSQL: desks in processes of their own hand
over cards through the window's use cases; nothing is handed over twice or lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from db.engine import make_engine
from db.models import AuditEvent, Handover
from kiosk.usecases.rehearsal import (
    RehearsalOptions,
    RehearsalProblem,
    RehearsalRefusedError,
    clean_rehearsal,
    run_rehearsal,
)
from printing.keys import private_key_from_seed
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
