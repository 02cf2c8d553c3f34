"""Every role: what it lacks is refused, and the refusal is in the audit trail."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models import Role
from kiosk.security.roles import PERMISSIONS, Permission
from kiosk.usecases.audit import PermissionDeniedError
from tests.helpers.security import build_security


def test_each_role_is_refused_what_it_lacks_and_each_refusal_is_logged(
    sessions: sessionmaker[Session],
) -> None:
    sec = build_security(sessions)
    expected_denials = []
    for role, actor in sec.actors.items():
        for permission in Permission:
            if permission in PERMISSIONS[role]:
                assert sec.auditor.require(actor, permission) is actor
            else:
                with pytest.raises(PermissionDeniedError):
                    sec.auditor.require(actor, permission, target="worker:1")
                expected_denials.append((actor.username, permission.value))
    denials = [
        (e.operator, json.loads(e.details)["permission"])
        for e in sec.events()
        if e.action == "denied"
    ]
    assert denials == expected_denials
    assert {r for r in Role} == set(sec.actors)


def test_nobody_signed_in_may_do_nothing(sessions: sessionmaker[Session]) -> None:
    sec = build_security(sessions)
    with pytest.raises(PermissionDeniedError):
        sec.auditor.require(None, Permission.SEARCH)
    assert sec.events()[-1].operator is None


@pytest.mark.parametrize("role", [Role.DESK, Role.PRINTING, Role.TELLER])
def test_only_supervisors_and_admins_read_the_trail(
    sessions: sessionmaker[Session], role: Role
) -> None:
    from kiosk.usecases.audit import recent_events

    sec = build_security(sessions)
    with pytest.raises(PermissionDeniedError):
        recent_events(sec.auditor, sec.actors[role])
    assert sec.events()[-1].action == "denied"
    rows = recent_events(sec.auditor, sec.actors[Role.SUPERVISOR], limit=3)
    assert [r.seq for r in rows] == sorted((r.seq for r in rows), reverse=True)
