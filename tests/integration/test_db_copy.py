"""`kiosk db copy`: a whole registry moved between SQLite and PostgreSQL, verified, audited."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db import audit
from db.copy import CopyProblem, CopyRefusedError, copied_tables
from db.engine import make_engine, make_session_factory
from db.migrate import upgrade
from db.models import (
    AccountStatus,
    ApplicationStatus,
    AuditEvent,
    BankAccount,
    BankApplication,
    BastRecord,
    Card,
    Handover,
    JobStatus,
    KeySource,
    Operator,
    PrintJob,
    PrintKind,
    Role,
    SiteHeartbeat,
    Target,
    Worker,
)
from kiosk.security.pins import PinHasher
from kiosk.usecases.audit import Actor, AuditAction, Auditor, PermissionDeniedError, Workstation
from kiosk.usecases.corrections import Correction, Corrections
from kiosk.usecases.db_copy import CopyReport, CopyVerificationError, copy_registry
from kiosk.usecases.demo import create_demo
from kiosk.usecases.operators import Operators
from kiosk.usecases.settle import new_client_id
from kiosk.usecases.signing_keys import register_key
from printing.keys import private_key_from_seed

NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
HERE = Workstation("Kantor Waingapu", "desk-1")
PIN = "204817"
WORKERS = 300


def _clock() -> dt.datetime:
    return NOW


def _fill(url: str) -> Actor:
    """A demo registry with something in every table; returns its admin."""
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    auditor = Auditor(sessions, HERE, _clock)
    operators = Operators(sessions, auditor, PinHasher())
    admin = operators.create_first_admin("admin", "Admin", PIN)
    operators.add(admin, "super", "Supervisor", Role.SUPERVISOR, PIN)
    supervisor = Actor("super", "Supervisor", Role.SUPERVISOR)
    create_demo(
        sessions,
        workers=WORKERS,
        seed=7,
        today=NOW.date(),
        now=NOW,
        handed_over=0.5,
        record=lambda s: auditor.record(s, admin, AuditAction.DEMO_DATA),
    )
    with sessions() as session:
        first = session.scalars(select(Worker.id).order_by(Worker.id)).first()
    assert first is not None
    Corrections(sessions, auditor).correct(
        supervisor, first, Correction(phone="081234567890"), today=NOW.date()
    )
    with sessions.begin() as session:
        handover = session.scalars(select(Handover).order_by(Handover.id)).first()
        assert handover is not None
        session.add(
            PrintJob(
                card_serial=handover.card_serial,
                worker_id=handover.worker_id,
                kind=PrintKind.CARD,
                printer="folder:///tmp/cards",
                status=JobStatus.SENT,
                operator="super",
                created_at=NOW,
                updated_at=NOW,
                client_id=new_client_id(),
            )
        )
        register_key(
            session,
            private_key_from_seed(bytes(range(32))).public_key(),
            site=HERE.site,
            device=HERE.device,
            source=KeySource.DESK,
            at=NOW,
        )
        session.add(
            BastRecord(event_id=handover.event_id, day=None, rows=1, operator="super", made_at=NOW)
        )
        application = BankApplication(
            application_no="APP-1",
            worker_id=handover.worker_id,
            status=ApplicationStatus.OPENED,
            form_json="{}",
            request_json="{}",
            consent_text="Setuju",
            consented_at=NOW,
            signature_json=handover.signature_json,
            signature_png=handover.signature_png,
            next_attempt_at=NOW,
            operator="super",
            site=HERE.site,
            created_at=NOW,
            updated_at=NOW,
            client_id=new_client_id(),
        )
        session.add(application)
        session.flush()
        session.add(
            BankAccount(
                worker_id=handover.worker_id,
                account_number="0012345678",
                status=AccountStatus.ACTIVATED,
                application_id=application.id,
                opened_at=NOW,
                activated_at=NOW,
                handover_id=handover.id,
                specimen_png=b"\x89PNG specimen",
            )
        )
        session.add(Target(kabupaten="53.11", workers=3986, set_at=NOW, set_by="admin"))
        session.add(SiteHeartbeat(origin="53.11/a1b2", label="Hub Sumba Timur", beat_at=NOW))
    engine.dispose()
    return admin


def _rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, ordered by primary key; times as UTC instants."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SET TIME ZONE 'UTC'")
            return {
                t.name: [
                    tuple(_plain(v) for v in row)
                    for row in conn.execute(select(t).order_by(*t.primary_key.columns))
                ]
                for t in copied_tables()
            }
    finally:
        engine.dispose()


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def _copy(source: str, target: str, actor: Actor | None) -> CopyReport:
    return copy_registry(source, target, actor, HERE, clock=_clock, batch_rows=97)


def _without_copy_event(rows: dict[str, list[tuple[object, ...]]]) -> dict[str, Any]:
    """The rows as the source had them: the target's last event is the copy's own."""
    trimmed = dict(rows)
    assert rows["audit_event"][-1][6] == "db_copy"
    trimmed["audit_event"] = rows["audit_event"][:-1]
    trimmed.pop("audit_head")
    return trimmed


def _chain_ok(url: str) -> audit.VerifyResult:
    engine = make_engine(url)
    try:
        with Session(engine) as session:
            return audit.verify(session)
    finally:
        engine.dispose()


@pytest.fixture
def source(sqlite_url: str) -> tuple[str, Actor]:
    return sqlite_url, _fill(sqlite_url)


def _other_sqlite(tmp_path: Path, name: str) -> str:
    """A database file nobody has opened yet: the copy migrates it."""
    return f"sqlite:///{tmp_path / name}"


@pytest.mark.postgres
def test_sqlite_to_postgresql_and_back_is_the_same_registry(
    source: tuple[str, Actor], postgres_url: str, tmp_path: Path
) -> None:
    url, admin = source
    before = _rows(url)
    assert all(before[t.name] for t in copied_tables()), "every table has rows to copy"

    report = _copy(url, postgres_url, admin)
    assert report.ok
    assert {c.table for c in report.counts} == {t.name for t in copied_tables()}
    assert all(c.source == c.target for c in report.counts)
    on_postgres = _rows(postgres_url)
    assert _without_copy_event(on_postgres) == _without_copy_event_source(before)
    assert _chain_ok(postgres_url).ok

    back = _other_sqlite(tmp_path, "back.sqlite")
    assert _copy(postgres_url, back, admin).ok
    returned = _rows(back)
    assert _without_copy_event(returned)["audit_event"][:-1] == before["audit_event"]
    for table in copied_tables():
        if table.name not in ("audit_event", "audit_head"):
            assert returned[table.name] == before[table.name], table.name
    verified = _chain_ok(back)
    assert verified.ok
    assert verified.checked == len(before["audit_event"]) + 2  # and the two copies


def _without_copy_event_source(rows: dict[str, list[tuple[object, ...]]]) -> dict[str, Any]:
    trimmed = dict(rows)
    trimmed.pop("audit_head")
    return trimmed


@pytest.mark.postgres
def test_postgresql_sequences_continue_after_the_copied_ids(
    source: tuple[str, Actor], postgres_url: str
) -> None:
    url, admin = source
    assert _copy(url, postgres_url, admin).ok
    engine = make_engine(postgres_url)
    with engine.connect() as conn:  # the planner has its statistics at once
        analyzed = conn.scalar(
            text("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'worker'")
        )
        assert analyzed is not None
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        template = session.scalars(select(Worker).order_by(Worker.id)).first()
        assert template is not None
        worker = Worker(
            nik="5311030101900099",
            kpj="99999999999",
            full_name="Umbu Baru",
            name_key="umbu baru",
            birth_date=dt.date(1990, 1, 1),
            sex=template.sex,
            desa_code=template.desa_code,
        )
        session.add(worker)
        session.flush()
        assert worker.id == WORKERS + 1
        operator = Operator(
            username="baru", full_name="Baru", role=Role.DESK, pin_hash="x", created_at=NOW
        )
        session.add(operator)
        session.flush()
        assert operator.id == 3
        enabled = session.scalars(
            text(
                "SELECT tgenabled FROM pg_trigger"
                " WHERE tgrelid = 'audit_head'::regclass AND NOT tgisinternal"
            )
        ).all()
        assert len(enabled) == 2
        assert set(enabled) == {"O"}  # the audit head's guards are on again
    engine.dispose()


def test_sqlite_to_sqlite_keeps_every_row_and_records_the_copy(
    source: tuple[str, Actor], tmp_path: Path
) -> None:
    url, admin = source
    before = _rows(url)
    target = _other_sqlite(tmp_path, "copy.sqlite")
    report = _copy(url, target, admin)
    assert report.ok
    after = _rows(target)
    assert _without_copy_event(after) == _without_copy_event_source(before)
    engine = make_engine(target)
    with Session(engine) as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        assert (event.action, event.operator, event.site) == ("db_copy", "admin", HERE.site)
        assert f'"workers":{WORKERS}' in event.details
        assert session.scalar(select(func.count()).select_from(Handover)) == WORKERS // 2
        assert session.scalar(select(func.count()).select_from(Card)) == WORKERS // 2
        guards = session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
            {"t": "audit_head"},
        ).all()
        assert len(guards) == 2  # the audit head's guards are back in place
    engine.dispose()
    assert _chain_ok(target).ok


def test_a_target_with_a_registry_is_refused_and_left_as_it_was(
    source: tuple[str, Actor], tmp_path: Path
) -> None:
    url, admin = source
    target = _other_sqlite(tmp_path, "other.sqlite")
    engine = make_engine(target)
    upgrade(engine)
    sessions = make_session_factory(engine)
    Operators(sessions, Auditor(sessions, HERE, _clock), PinHasher()).create_first_admin(
        "other", "Other", PIN
    )
    engine.dispose()
    before = _rows(target)
    with pytest.raises(CopyRefusedError) as refused:
        _copy(url, target, admin)
    assert refused.value.problem is CopyProblem.TARGET_NOT_EMPTY
    assert "operator" in (refused.value.detail or "")
    assert _rows(target) == before


def test_a_target_of_another_schema_revision_is_refused(
    source: tuple[str, Actor], tmp_path: Path
) -> None:
    url, admin = source
    target = _other_sqlite(tmp_path, "newer.sqlite")
    engine = make_engine(target)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('9999')"))
    engine.dispose()
    with pytest.raises(CopyRefusedError) as refused:
        _copy(url, target, admin)
    assert refused.value.problem is CopyProblem.TARGET_UNKNOWN_REVISION
    assert refused.value.detail == "9999"


def test_a_source_not_at_the_head_is_refused(sqlite_url: str, tmp_path: Path) -> None:
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    engine.dispose()
    target = _other_sqlite(tmp_path, "copy.sqlite")
    with pytest.raises(CopyRefusedError) as refused:
        _copy(sqlite_url, target, None)
    assert refused.value.problem is CopyProblem.SOURCE_NOT_AT_HEAD
    assert refused.value.detail == "0010"
    assert not Path(target.split("///")[-1]).exists() or _count_workers(target) == 0


def _count_workers(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(Worker)) or 0
    finally:
        engine.dispose()


def test_copying_onto_itself_is_refused(source: tuple[str, Actor]) -> None:
    url, admin = source
    with pytest.raises(CopyRefusedError) as refused:
        _copy(url, url, admin)
    assert refused.value.problem is CopyProblem.SAME_DATABASE


def test_only_an_admin_of_the_source_may_copy(source: tuple[str, Actor], tmp_path: Path) -> None:
    url, _admin = source
    target = _other_sqlite(tmp_path, "copy.sqlite")
    with pytest.raises(PermissionDeniedError):
        _copy(url, target, Actor("super", "Supervisor", Role.SUPERVISOR))
    with pytest.raises(PermissionDeniedError):
        _copy(url, target, None)
    assert not Path(target.split("///")[-1]).exists()


def test_a_copy_that_does_not_verify_is_rolled_back(
    source: tuple[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A break in the source's chain (an event edited outside the kiosk) travels with the
    copy: the copy's own check finds it, and nothing stays in the target."""
    url, admin = source
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        conn.execute(text("UPDATE audit_event SET target = 'edited' WHERE seq = 2"))
    engine.dispose()
    target = _other_sqlite(tmp_path, "copy.sqlite")

    with pytest.raises(CopyVerificationError) as failed:
        _copy(url, target, admin)
    assert failed.value.report.chain.first_break == audit.ChainBreak(2, audit.ChainProblem.EDITED)
    assert all(c.equal for c in failed.value.report.counts)
    assert _count_workers(target) == 0
    assert _rows(target)["audit_event"] == []


# The command line, as staff run it.


def _kiosk(*args: str, operator: str | None = "admin") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["KIOSK_PIN"] = PIN
    who = ["--operator", operator] if operator else []
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--language", "en", *who, *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.postgres
def test_cli_copies_sqlite_to_postgresql_with_a_summary(
    source: tuple[str, Actor], postgres_url: str
) -> None:
    url, _admin = source
    done = _kiosk("db", "copy", url, postgres_url)
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines()]
    assert ["worker", str(WORKERS), str(WORKERS)] in lines
    assert ["handover", str(WORKERS // 2), str(WORKERS // 2)] in lines
    assert "audit trail is whole" in done.stdout
    verify = _kiosk("--database-url", postgres_url, "audit", "verify", operator=None)
    assert verify.returncode == 0, verify.stdout


def test_cli_refuses_a_target_with_a_registry(source: tuple[str, Actor], tmp_path: Path) -> None:
    url, _admin = source
    target = _other_sqlite(tmp_path, "copy.sqlite")
    assert _kiosk("db", "copy", url, target).returncode == 0
    again = _kiosk("db", "copy", url, target)
    assert again.returncode == 2
    assert "already holds a registry" in again.stderr
    assert _count_workers(target) == WORKERS


def test_cli_needs_an_admin_of_the_source(source: tuple[str, Actor], tmp_path: Path) -> None:
    url, _admin = source
    target = _other_sqlite(tmp_path, "copy.sqlite")
    denied = _kiosk("db", "copy", url, target, operator="super")
    assert denied.returncode == 3
    assert not Path(target.split("///")[-1]).exists()


def test_cli_refuses_a_source_not_at_the_head(sqlite_url: str, tmp_path: Path) -> None:
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    engine.dispose()
    refused = _kiosk("db", "copy", sqlite_url, _other_sqlite(tmp_path, "copy.sqlite"))
    assert refused.returncode == 2
    assert "open it with this kiosk version first" in refused.stderr


def test_a_copy_stopped_half_way_leaves_the_target_empty_and_guarded(
    source: tuple[str, Actor], tmp_path: Path
) -> None:
    url, admin = source
    target = _other_sqlite(tmp_path, "copy.sqlite")

    def stop_in_the_workers(table: str, done: int) -> None:
        if table == "worker" and done > 100:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copy_registry(url, target, admin, HERE, batch_rows=97, progress=stop_in_the_workers)
    rows = _rows(target)
    assert all(rows[t] == [] for t in rows if t not in ("region", "audit_head", "local_origin"))
    engine = make_engine(target)
    with engine.connect() as conn:
        guards = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
            {"t": "audit_head"},
        ).all()
    engine.dispose()
    assert len(guards) == 2
    assert _copy(url, target, admin).ok  # and it can simply be run again
