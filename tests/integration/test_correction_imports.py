"""A correction made at the desk outlives re-imports of the registration list.

When the list brings another value for a corrected field, the import keeps the correction and
says so, by line, in its report and its rejects file; the rest of the row still applies.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session, sessionmaker

from db.migrate import MIGRATIONS_DIR, upgrade
from db.models import CorrectedField, Role, Worker, WorkerCorrection
from kiosk.registry.header import Field
from kiosk.security.roles import Permission
from kiosk.usecases.corrections import Correction, Corrections
from kiosk.usecases.importing import ImportSummary, ProblemCode, import_file
from kiosk.usecases.lookup import Lookup
from tests.helpers.import_files import Person, people, write_registry_csv
from tests.helpers.security import PINS, USERNAMES, Security, build_security

TODAY = dt.date.today()


def run(sessions: sessionmaker[Session], path: Path) -> ImportSummary:
    return import_file(sessions, path, today=TODAY, clock=lambda: dt.datetime.now(dt.UTC))


@pytest.fixture
def listed() -> list[Person]:
    return people(3)


@pytest.fixture
def original(tmp_path: Path, listed: list[Person]) -> Path:
    return write_registry_csv(tmp_path / "daftar.csv", listed)


@pytest.fixture
def sec(sessions: sessionmaker[Session], original: Path) -> Security:
    assert run(sessions, original).inserted == 3
    return build_security(sessions, monitor=False)


def worker_of(sessions: sessionmaker[Session], person: Person) -> Worker:
    with sessions() as session:
        worker = session.scalar(select(Worker).where(Worker.nik == person.nik))
        assert worker is not None
        return worker


def correct(sec: Security, person: Person, change: Correction) -> None:
    desk = sec.actors[Role.DESK]
    approver = sec.operators.approve(
        USERNAMES[Role.SUPERVISOR], PINS[Role.SUPERVISOR], Permission.CORRECT_WORKER, desk
    )
    Corrections(sec.sessions, sec.auditor).correct(
        desk, worker_of(sec.sessions, person).id, change, today=TODAY, approved_by=approver
    )


def test_the_correction_is_recorded_field_by_field(sec: Security, listed: list[Person]) -> None:
    correct(sec, listed[1], Correction(full_name="Rambu Hina Kareri", phone=""))
    with sec.sessions() as session:
        rows = session.scalars(select(WorkerCorrection).order_by(WorkerCorrection.field)).all()
    assert [(r.field, r.value) for r in rows] == [
        (CorrectedField.FULL_NAME, "Rambu Hina Kareri"),
        (CorrectedField.PHONE, None),
    ]
    assert {(r.operator, r.approver) for r in rows} == {
        (USERNAMES[Role.DESK], USERNAMES[Role.SUPERVISOR])
    }


def test_a_reimport_keeps_the_correction_and_reports_the_difference(
    sec: Security, listed: list[Person], original: Path, tmp_path: Path
) -> None:
    correct(sec, listed[1], Correction(full_name="Rambu Hina Kareri", desa_code="53.11.03.2004"))
    # The same list again, where only the occupation of that worker changed.
    changed = [listed[0], listed[1].but(occupation="Buruh"), listed[2]]
    summary = run(sec.sessions, write_registry_csv(original, changed))

    worker = worker_of(sec.sessions, listed[1])
    assert (worker.full_name, worker.desa_code) == ("Rambu Hina Kareri", "53.11.03.2004")
    assert worker.occupation == "Buruh"  # the rest of the row applies
    assert (summary.updated, summary.unchanged, summary.rejected) == (1, 2, 0)
    kept = [p for p in summary.problems if p.code is ProblemCode.CORRECTION_KEPT]
    assert [(p.line, p.field, p.value) for p in kept] == [
        (3, Field.NAME, listed[1].name),
        (3, Field.DESA, listed[1].desa),
    ]
    assert kept[0].is_warning
    assert kept[0].params == {"listed": listed[1].name, "corrected": "Rambu Hina Kareri"}
    assert kept[1].params == {
        "listed": f"{listed[1].desa} ({listed[1].desa_code})",
        "corrected": "Kondamara (53.11.03.2004)",
    }
    # Search finds the corrected name.
    lookup = Lookup(sec.sessions, sec.auditor)
    assert [h.kpj for h in lookup.search("kareri").hits] == [listed[1].kpj]
    # The rejects file lists the differences by line, for a supervisor.
    assert summary.rejects_path is not None
    with summary.rejects_path.open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert [row[0] for row in lines[1:]] == ["3"]
    assert "correction made at the desk" in lines[1][3]


def test_a_list_that_agrees_or_says_nothing_is_no_difference(
    sec: Security, listed: list[Person], tmp_path: Path
) -> None:
    correct(sec, listed[0], Correction(full_name="Umbu Ndapa Kareri", phone="081299990000"))
    agreeing = listed[0].but(name="Umbu  Ndapa Kareri", phone="")
    summary = run(sec.sessions, write_registry_csv(tmp_path / "lagi.csv", [agreeing]))
    assert summary.problems == ()
    assert summary.unchanged == 1
    assert summary.rejects_path is None
    worker = worker_of(sec.sessions, listed[0])
    assert (worker.full_name, worker.phone) == ("Umbu Ndapa Kareri", "081299990000")


def test_a_correction_overwritten_before_the_upgrade_is_rebuilt_and_restored(
    engine: Engine, sec: Security, listed: list[Person], original: Path
) -> None:
    correct(sec, listed[2], Correction(full_name="Rambu Wula Mbani"))
    # Before 0008 there was no worker_correction, and an import overwrote the correction.
    with sec.sessions.begin() as session:
        session.execute(delete(WorkerCorrection))
    run(sec.sessions, original)
    assert worker_of(sec.sessions, listed[2]).full_name == listed[2].name
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
    assert upgrade(engine)
    with sec.sessions() as session:
        rebuilt = session.scalars(select(WorkerCorrection)).all()
    assert [(r.field, r.value, r.approver) for r in rebuilt] == [
        (CorrectedField.FULL_NAME, "Rambu Wula Mbani", USERNAMES[Role.SUPERVISOR])
    ]
    summary = run(sec.sessions, original)
    assert worker_of(sec.sessions, listed[2]).full_name == "Rambu Wula Mbani"
    assert summary.updated == 1
    assert [p.line for p in summary.problems if p.code is ProblemCode.CORRECTION_KEPT] == [4]
