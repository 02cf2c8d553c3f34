"""Signing in, lockout and unlock, approvals: each step refused or allowed, and audited."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models import Role
from kiosk.security.roles import Permission
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.operators import (
    MAX_FAILED_ATTEMPTS,
    OperatorError,
    OperatorProblem,
    SignInError,
    SignInProblem,
)
from tests.helpers.security import PINS, USERNAMES, Security, build_security


@pytest.fixture
def sec(sessions: sessionmaker[Session]) -> Security:
    return build_security(sessions)


def test_first_admin_only_once(sec: Security) -> None:
    with pytest.raises(OperatorError) as caught:
        sec.operators.create_first_admin("admin2", "Another Admin", "640213")
    assert caught.value.problem is OperatorProblem.NOT_FIRST


def test_weak_pins_and_bad_names_are_refused(sec: Security) -> None:
    admin = sec.actors[Role.ADMIN]
    for username, pin, problem in [
        ("budi", "1234", OperatorProblem.WEAK_PIN),
        ("budi", "111111", OperatorProblem.WEAK_PIN),
        ("budi", "123456", OperatorProblem.WEAK_PIN),
        ("Budi Santoso", "640213", OperatorProblem.BAD_USERNAME),
        (USERNAMES[Role.TELLER], "640213", OperatorProblem.TAKEN),
    ]:
        with pytest.raises(OperatorError) as caught:
            sec.operators.add(admin, username, "Budi", Role.DESK, pin)
        assert caught.value.problem is problem


def test_only_an_admin_adds_operators_and_a_refusal_is_logged(sec: Security) -> None:
    supervisor = sec.actors[Role.SUPERVISOR]
    with pytest.raises(PermissionDeniedError):
        sec.operators.add(supervisor, "budi", "Budi", Role.DESK, "640213")
    denied = sec.events()[-1]
    assert (denied.action, denied.operator) == ("denied", supervisor.username)
    assert "manage_operators" in denied.details


def test_sign_in_and_wrong_pin_counts_down(sec: Security) -> None:
    name = USERNAMES[Role.DESK]
    with pytest.raises(SignInError) as caught:
        sec.operators.sign_in(name, "000000")
    assert caught.value.problem is SignInProblem.WRONG
    actor = sec.operators.sign_in(name, PINS[Role.DESK])
    assert actor.role is Role.DESK
    # A success resets the count: four more wrong PINs do not lock.
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(SignInError) as again:
            sec.operators.sign_in(name, "000000")
        assert again.value.problem is SignInProblem.WRONG


def test_unknown_operator_gets_the_same_answer_as_a_wrong_pin(sec: Security) -> None:
    with pytest.raises(SignInError) as caught:
        sec.operators.sign_in("nobody", "640213")
    assert caught.value.problem is SignInProblem.WRONG
    assert sec.events()[-1].action == "sign_in_failed"


@pytest.mark.parametrize("typed", [*PINS.values(), "Rahasia2024!"])
def test_a_pin_typed_as_the_name_is_not_recorded(sec: Security, typed: str) -> None:
    with pytest.raises(SignInError):
        sec.operators.sign_in(typed, typed)
    event = sec.events()[-1]
    assert event.target == "operator:?"
    assert typed.lower() not in " ".join(f"{e.target} {e.details}" for e in sec.events())


def test_five_wrong_pins_lock_until_the_time_is_up(sec: Security) -> None:
    name = USERNAMES[Role.TELLER]
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(SignInError):
            sec.operators.sign_in(name, "000000")
    with pytest.raises(SignInError) as fifth:
        sec.operators.sign_in(name, "000000")
    assert fifth.value.problem is SignInProblem.LOCKED
    assert "operator_locked" in sec.actions()
    # Even the right PIN is refused while locked.
    with pytest.raises(SignInError) as locked:
        sec.operators.sign_in(name, PINS[Role.TELLER])
    assert locked.value.problem is SignInProblem.LOCKED
    sec.clock.advance(minutes=14)
    with pytest.raises(SignInError):
        sec.operators.sign_in(name, PINS[Role.TELLER])
    sec.clock.advance(minutes=2)
    assert sec.operators.sign_in(name, PINS[Role.TELLER]).username == name


def test_a_supervisor_unlocks_a_locked_operator(sec: Security) -> None:
    name = USERNAMES[Role.DESK]
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(SignInError):
            sec.operators.sign_in(name, "000000")
    with pytest.raises(PermissionDeniedError):
        sec.operators.unlock(sec.actors[Role.TELLER], name)
    sec.operators.unlock(sec.actors[Role.SUPERVISOR], name)
    assert sec.operators.sign_in(name, PINS[Role.DESK]).username == name
    unlocked = [e for e in sec.events() if e.action == "operator_unlocked"]
    assert unlocked[-1].operator == USERNAMES[Role.SUPERVISOR]
    assert unlocked[-1].target == f"operator:{name}"


def test_screen_unlock_by_the_same_operator_or_a_supervisor(sec: Security) -> None:
    desk = sec.actors[Role.DESK]
    assert sec.operators.unlock_screen(desk, desk.username, PINS[Role.DESK]) == desk
    by_supervisor = sec.operators.unlock_screen(
        desk, USERNAMES[Role.SUPERVISOR], PINS[Role.SUPERVISOR]
    )
    assert by_supervisor == desk
    with pytest.raises(SignInError) as caught:
        sec.operators.unlock_screen(desk, USERNAMES[Role.TELLER], PINS[Role.TELLER])
    assert caught.value.problem is SignInProblem.NOT_ALLOWED


def test_approval_in_place_needs_another_person_who_is_a_supervisor(sec: Security) -> None:
    desk = sec.actors[Role.DESK]
    approver = sec.operators.approve(
        USERNAMES[Role.SUPERVISOR], PINS[Role.SUPERVISOR], Permission.CORRECT_WORKER, desk
    )
    assert approver.role is Role.SUPERVISOR
    with pytest.raises(SignInError):
        sec.operators.approve(USERNAMES[Role.TELLER], PINS[Role.TELLER], Permission.EXPORT, desk)
    supervisor = sec.actors[Role.SUPERVISOR]
    with pytest.raises(SignInError):
        sec.operators.approve(
            supervisor.username, PINS[Role.SUPERVISOR], Permission.EXPORT, supervisor
        )


def test_no_pin_ever_reaches_the_audit_trail_or_the_database_in_clear(
    sec: Security, sessions: sessionmaker[Session]
) -> None:
    with pytest.raises(SignInError):
        sec.operators.sign_in(USERNAMES[Role.DESK], "975310")
    events = sec.events()
    assert events
    for event in events:
        text = " ".join(str(v) for v in vars(event).values())
        for pin in [*PINS.values(), "975310"]:
            assert pin not in text
    from sqlalchemy import select

    from db.models import Operator

    with sessions() as session:
        for operator in session.scalars(select(Operator)):
            assert operator.pin_hash.startswith("$argon2id$")
            assert PINS[operator.role] not in operator.pin_hash
