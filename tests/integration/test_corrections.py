"""Corrections: by a supervisor, or approved by one in place; before and after audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models import Role, Sex
from db.workers import WorkerRecord, insert_workers
from kiosk.security.roles import Permission
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.corrections import Correction, CorrectionError, CorrectionProblem, Corrections
from kiosk.usecases.lookup import Lookup
from tests.helpers.security import PINS, USERNAMES, Security, build_security

TODAY = dt.date(2026, 11, 25)
WORKER = WorkerRecord(
    nik="5311030503900011",
    kpj="25000000011",
    full_name="Umbu Ndaku Lewa",
    birth_date=dt.date(1990, 3, 5),
    sex=Sex.MALE,
    desa_code="53.11.03.2002",
    phone="081234567811",
)


@pytest.fixture
def sec(sessions: sessionmaker[Session]) -> Security:
    with sessions.begin() as session:
        insert_workers(session, [WORKER])
    return build_security(sessions)


@pytest.fixture
def worker_id(sec: Security) -> int:
    lookup = Lookup(sec.sessions, sec.auditor)
    return lookup.search("ndaku").hits[0].id


def test_a_supervisor_corrects_and_the_trail_has_before_and_after(
    sec: Security, worker_id: int
) -> None:
    corrections = Corrections(sec.sessions, sec.auditor)
    diff = corrections.correct(
        sec.actors[Role.SUPERVISOR],
        worker_id,
        Correction(
            full_name="Umbu  Ndaku Lewa Hina", phone="+62 812-9999-0011", desa_code="53.11.03.2004"
        ),
        today=TODAY,
    )
    assert diff["full_name"] == ("Umbu Ndaku Lewa", "Umbu Ndaku Lewa Hina")
    assert diff["phone"] == ("081234567811", "081299990011")
    event = sec.events()[-1]
    assert (event.action, event.operator, event.approver) == (
        "correction",
        USERNAMES[Role.SUPERVISOR],
        None,
    )
    details = json.loads(event.details)
    assert details["before"]["full_name"] == "Umbu Ndaku Lewa"
    assert details["after"]["desa_code"] == "53.11.03.2004"
    # The name index follows the new name.
    lookup = Lookup(sec.sessions, sec.auditor)
    assert [h.full_name for h in lookup.search("hina").hits] == ["Umbu Ndaku Lewa Hina"]
    assert lookup.search("hina").hits[0].desa == "Kondamara"


def test_staff_need_a_supervisor_approval(sec: Security, worker_id: int) -> None:
    corrections = Corrections(sec.sessions, sec.auditor)
    desk = sec.actors[Role.DESK]
    with pytest.raises(PermissionDeniedError):
        corrections.correct(desk, worker_id, Correction(phone="081299990011"), today=TODAY)
    assert sec.events()[-1].action == "denied"
    approver = sec.operators.approve(
        USERNAMES[Role.SUPERVISOR],
        PINS[Role.SUPERVISOR],
        Permission.CORRECT_WORKER,
        requested_by=desk,
    )
    corrections.correct(
        desk, worker_id, Correction(phone="081299990011"), today=TODAY, approved_by=approver
    )
    event = sec.events()[-1]
    assert (event.action, event.operator, event.approver) == (
        "correction",
        desk.username,
        USERNAMES[Role.SUPERVISOR],
    )


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (Correction(full_name="   "), CorrectionProblem.NAME_EMPTY),
        (Correction(birth_date=dt.date(1990, 3, 6)), CorrectionProblem.BIRTH_DATE_NOT_NIK),
        (Correction(birth_date=dt.date(2030, 1, 1)), CorrectionProblem.BIRTH_DATE_IN_FUTURE),
        (Correction(phone="12345"), CorrectionProblem.PHONE_INVALID),
        (Correction(desa_code="53.11.03"), CorrectionProblem.DESA_UNKNOWN),
        (Correction(full_name="Umbu Ndaku Lewa"), CorrectionProblem.NOTHING_CHANGED),
    ],
)
def test_bad_corrections_are_refused_and_change_nothing(
    sec: Security, worker_id: int, change: Correction, problem: CorrectionProblem
) -> None:
    before = len(sec.events())
    with pytest.raises(CorrectionError) as caught:
        Corrections(sec.sessions, sec.auditor).correct(
            sec.actors[Role.SUPERVISOR], worker_id, change, today=TODAY
        )
    assert caught.value.problem is problem
    assert len(sec.events()) == before
