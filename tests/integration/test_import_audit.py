"""An import is the operator's act: allowed by role, and recorded with its counts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Role, Worker
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.importing import ImportAudit, import_file
from tests.helpers.import_files import people, write_registry_csv
from tests.helpers.security import build_security

TODAY = dt.date(2026, 11, 25)


def test_import_is_audited_in_its_own_transaction(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    sec = build_security(sessions)
    source = write_registry_csv(tmp_path / "daftar.csv", people(5))
    supervisor = sec.actors[Role.SUPERVISOR]
    summary = import_file(sessions, source, today=TODAY, audit=ImportAudit(sec.auditor, supervisor))
    event = sec.events()[-1]
    assert (event.action, event.operator) == ("import", supervisor.username)
    assert event.target == f"import_batch:{summary.batch_id}"
    details = json.loads(event.details)
    assert details["file"] == "daftar.csv"
    assert (details["inserted"], details["rejected"]) == (5, 0)


def test_desk_staff_may_not_import(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    sec = build_security(sessions)
    source = write_registry_csv(tmp_path / "daftar.csv", people(3))
    with pytest.raises(PermissionDeniedError):
        import_file(
            sessions, source, today=TODAY, audit=ImportAudit(sec.auditor, sec.actors[Role.DESK])
        )
    assert sec.events()[-1].action == "denied"
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Worker)) == 0
