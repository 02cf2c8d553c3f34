"""Who saw what: searches, opened workers and full NIKs are audited; a NIK never is."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models import Role, Sex
from db.workers import WorkerRecord, insert_workers
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.lookup import Lookup
from tests.helpers.security import Security, build_security

NIK = "5311034503900007"
WORKER = WorkerRecord(
    nik=NIK,
    kpj="25000000007",
    full_name="Rambu Kahi Ndima",
    birth_date=dt.date(1990, 3, 5),
    sex=Sex.FEMALE,
    desa_code="53.11.03.2002",
    phone="081234567807",
)


@pytest.fixture
def sec(sessions: sessionmaker[Session]) -> Security:
    with sessions.begin() as session:
        insert_workers(session, [WORKER])
    return build_security(sessions)


@pytest.fixture
def lookup(sec: Security) -> Lookup:
    return Lookup(sec.sessions, sec.auditor)


def _all_audit_text(sec: Security) -> str:
    return " ".join(f"{e.target} {e.details}" for e in sec.events())


def test_a_submitted_nik_search_is_audited_without_the_nik(sec: Security, lookup: Lookup) -> None:
    desk = sec.actors[Role.DESK]
    result = lookup.search(NIK, audit_as=desk)
    assert [h.full_name for h in result.hits] == ["Rambu Kahi Ndima"]
    event = sec.events()[-1]
    assert (event.action, event.operator) == ("search", desk.username)
    assert event.target == f"worker:{result.hits[0].id}"
    assert '"kind":"nik"' in event.details
    assert NIK not in _all_audit_text(sec)


def test_phone_and_digit_searches_keep_their_numbers_out(sec: Security, lookup: Lookup) -> None:
    desk = sec.actors[Role.DESK]
    lookup.search("0812 3456 7807", audit_as=desk)
    lookup.search(NIK[:10], audit_as=desk)
    text = _all_audit_text(sec)
    assert "081234567807" not in text
    assert NIK[:10] not in text


def test_a_name_search_says_what_was_looked_for(sec: Security, lookup: Lookup) -> None:
    lookup.search("kahi", audit_as=sec.actors[Role.TELLER])
    assert '"query":"kahi"' in sec.events()[-1].details


def test_typing_is_not_audited_keystroke_by_keystroke(sec: Security, lookup: Lookup) -> None:
    before = len(sec.events())
    for typed in ("k", "ka", "kah", "kahi"):
        lookup.search(typed)
    assert len(sec.events()) == before


def test_showing_a_full_nik_is_audited(sec: Security, lookup: Lookup) -> None:
    teller = sec.actors[Role.TELLER]
    worker_id = lookup.search("kahi").hits[0].id
    assert lookup.reveal_nik(teller, worker_id) == NIK
    event = sec.events()[-1]
    assert (event.action, event.operator, event.target) == (
        "show_full_nik",
        teller.username,
        f"worker:{worker_id}",
    )
    assert NIK not in _all_audit_text(sec)


@pytest.mark.parametrize("role", [Role.PRINTING, Role.ADMIN])
def test_roles_without_need_cannot_see_a_full_nik(
    sec: Security, lookup: Lookup, role: Role
) -> None:
    worker_id = lookup.search("kahi").hits[0].id
    with pytest.raises(PermissionDeniedError):
        lookup.reveal_nik(sec.actors[role], worker_id)
    event = sec.events()[-1]
    assert (event.action, event.operator) == ("denied", sec.actors[role].username)
    assert "view_full_nik" in event.details


def test_opening_a_worker_is_audited_and_masked(sec: Security, lookup: Lookup) -> None:
    desk = sec.actors[Role.DESK]
    worker_id = lookup.search("kahi").hits[0].id
    detail = lookup.open_worker(desk, worker_id)
    assert detail is not None
    assert detail.nik_masked == "5311••••••••0007"
    assert NIK not in repr(detail)
    assert sec.events()[-1].action == "open_worker"


def test_every_view_masks(lookup: Lookup) -> None:
    result = lookup.search("rambu")
    assert NIK not in repr(result)
    detail = lookup.detail(result.hits[0].id)
    assert NIK not in repr(detail)


@pytest.mark.parametrize(
    "typed",
    [
        f"NIK {NIK}",
        f"{NIK}x",
        f"{NIK[:4]} {NIK[4:8]} {NIK[8:12]} {NIK[12:]} rambu",
        "(0812) 3456-7807",
        "0812/3456/7807",
        "rambu 081234567807",
    ],
)
def test_numbers_mixed_into_a_query_stay_out_of_the_trail(
    sec: Security, lookup: Lookup, typed: str
) -> None:
    lookup.search(typed, audit_as=sec.actors[Role.DESK])
    text = _all_audit_text(sec)
    for secret in (NIK, NIK[:4] + " " + NIK[4:8], "081234567807", "3456", "7807"):
        assert secret not in text
