"""Operators: the first admin, adding operators, signing in with lockout, approvals."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Operator, Role
from kiosk.security.pins import PinHasher, PinProblem, pin_problem
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor

MAX_FAILED_ATTEMPTS = 5
DEFAULT_LOCKOUT = dt.timedelta(minutes=15)
_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,39}$")


class SignInProblem(enum.StrEnum):
    WRONG = "wrong"  # unknown operator or wrong PIN: the same answer, on purpose
    LOCKED = "locked"
    INACTIVE = "inactive"
    NOT_ALLOWED = "not_allowed"  # e.g. approving without being a supervisor


class SignInError(Exception):
    def __init__(self, problem: SignInProblem, *, locked_until: dt.datetime | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.locked_until = locked_until


class OperatorProblem(enum.StrEnum):
    BAD_USERNAME = "bad_username"
    TAKEN = "taken"
    NAME_MISSING = "name_missing"
    WEAK_PIN = "weak_pin"
    NOT_FIRST = "not_first"  # a first admin exists already
    UNKNOWN = "unknown"


class OperatorError(Exception):
    def __init__(self, problem: OperatorProblem, pin: PinProblem | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.pin = pin


@dataclass(frozen=True)
class OperatorInfo:
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None


def _as_utc(value: dt.datetime | None) -> dt.datetime | None:
    # SQLite hands back naive datetimes; everything the kiosk stores is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _actor(operator: Operator) -> Actor:
    return Actor(operator.username, operator.full_name, operator.role)


class Operators:
    """Use cases of operators and signing in; every step is in the audit trail."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        auditor: Auditor,
        hasher: PinHasher,
        *,
        lockout: dt.timedelta = DEFAULT_LOCKOUT,
    ) -> None:
        self._sessions = sessions
        self._auditor = auditor
        self._hasher = hasher
        self.lockout = lockout
        self._dummy: str | None = None

    # ------------------------------------------------------------------ operators
    def any_exist(self) -> bool:
        with self._sessions() as session:
            return bool(session.scalar(select(func.count()).select_from(Operator)))

    def create_first_admin(self, username: str, full_name: str, pin: str) -> Actor:
        """The very first operator, an admin, on a fresh installation."""
        with self._sessions.begin() as session:
            if session.scalar(select(func.count()).select_from(Operator)):
                raise OperatorError(OperatorProblem.NOT_FIRST)
            operator = self._new(session, username, full_name, Role.ADMIN, pin)
            self._auditor.record(
                session,
                operator.username,
                AuditAction.OPERATOR_ADDED,
                target=f"operator:{operator.username}",
                details={"role": Role.ADMIN.value, "first": True},
            )
            return _actor(operator)

    def add(self, actor: Actor | None, username: str, full_name: str, role: Role, pin: str) -> None:
        self._auditor.require(actor, Permission.MANAGE_OPERATORS, target=f"operator:{username}")
        with self._sessions.begin() as session:
            operator = self._new(session, username, full_name, role, pin)
            self._auditor.record(
                session,
                actor,
                AuditAction.OPERATOR_ADDED,
                target=f"operator:{operator.username}",
                details={"role": role.value},
            )

    def _new(
        self, session: Session, username: str, full_name: str, role: Role, pin: str
    ) -> Operator:
        username = username.strip().lower()
        if not _USERNAME.match(username):
            raise OperatorError(OperatorProblem.BAD_USERNAME)
        if not full_name.strip():
            raise OperatorError(OperatorProblem.NAME_MISSING)
        weak = pin_problem(pin)
        if weak is not None:
            raise OperatorError(OperatorProblem.WEAK_PIN, weak)
        if session.scalar(select(Operator.id).where(Operator.username == username)):
            raise OperatorError(OperatorProblem.TAKEN)
        operator = Operator(
            username=username,
            full_name=" ".join(full_name.split()),
            role=role,
            pin_hash=self._hasher.hash(pin),
            active=True,
            failed_attempts=0,
            created_at=self._auditor.clock(),
        )
        session.add(operator)
        session.flush()
        return operator

    def list(self) -> list[OperatorInfo]:
        with self._sessions() as session:
            return [
                OperatorInfo(o.username, o.full_name, o.role, o.active, _as_utc(o.locked_until))
                for o in session.scalars(select(Operator).order_by(Operator.username))
            ]

    def unlock(self, actor: Actor | None, username: str) -> None:
        """Lift a lockout after too many wrong PINs (a supervisor or an admin)."""
        self._auditor.require(actor, Permission.UNLOCK_OPERATOR, target=f"operator:{username}")
        with self._sessions.begin() as session:
            operator = session.scalar(select(Operator).where(Operator.username == username))
            if operator is None:
                raise OperatorError(OperatorProblem.UNKNOWN)
            operator.failed_attempts = 0
            operator.locked_until = None
            self._auditor.record(
                session, actor, AuditAction.OPERATOR_UNLOCKED, target=f"operator:{username}"
            )

    # ------------------------------------------------------------------ signing in
    def sign_in(self, username: str, pin: str) -> Actor:
        actor = self._check(username, pin, purpose="sign_in")
        self._auditor.record_now(actor, AuditAction.SIGN_IN)
        return actor

    def sign_out(self, actor: Actor) -> None:
        self._auditor.record_now(actor, AuditAction.SIGN_OUT)

    def unlock_screen(self, locked_for: Actor, username: str, pin: str) -> Actor:
        """Unlock an idle-locked screen: the same operator, or a supervisor for them."""
        actor = self._check(username, pin, purpose="unlock_screen")
        if actor.username != locked_for.username and not actor.may(Permission.APPROVE):
            raise SignInError(SignInProblem.NOT_ALLOWED)
        self._auditor.record_now(
            actor, AuditAction.SCREEN_UNLOCKED, target=f"operator:{locked_for.username}"
        )
        return locked_for

    def lock_screen(self, actor: Actor) -> None:
        self._auditor.record_now(actor, AuditAction.SCREEN_LOCKED)

    def approve(
        self, username: str, pin: str, permission: Permission, requested_by: Actor
    ) -> Actor:
        """A supervisor signs in for one action; returns them, to be named as its approver."""
        supervisor = self._check(username, pin, purpose=f"approve:{permission.value}")
        if not supervisor.may(Permission.APPROVE) or supervisor.username == requested_by.username:
            self._auditor.record_now(
                supervisor,
                AuditAction.DENIED,
                details={"permission": Permission.APPROVE.value, "for": permission.value},
            )
            raise SignInError(SignInProblem.NOT_ALLOWED)
        return supervisor

    def authorize(self, username: str, pin: str, permission: Permission) -> Actor:
        """An operator confirms, with their PIN, one action their own role allows.

        For what is not an approval of someone else's request, such as leaving kiosk mode:
        admins may do that without the APPROVE permission, and a signed-in supervisor may
        confirm it themselves.
        """
        actor = self._check(username, pin, purpose=f"authorize:{permission.value}")
        if not actor.may(permission):
            self._auditor.record_now(
                actor, AuditAction.DENIED, details={"permission": permission.value}
            )
            raise SignInError(SignInProblem.NOT_ALLOWED)
        return actor

    def _check(self, username: str, pin: str, *, purpose: str) -> Actor:
        """Verify a PIN, counting failures towards a lockout; the audit tells each step.

        Failures are committed (the count, the lockout, the audit events) before the error
        is raised: a refused sign-in must leave its trace.
        """
        name = username.strip().lower()
        now = self._auditor.clock()
        with self._sessions.begin() as session:
            operator = session.scalar(
                select(Operator).where(Operator.username == name).with_for_update()
            )
            # What was typed as a name is not recorded unless it is one: staff type PINs into
            # the name box.
            target = f"operator:{name}" if operator is not None else "operator:?"
            error = self._refusal(session, operator, pin, now, target, purpose)
            actor = _actor(operator) if operator is not None and error is None else None
        if error is not None:
            raise error
        assert actor is not None
        return actor

    def _refusal(
        self,
        session: Session,
        operator: Operator | None,
        pin: str,
        now: dt.datetime,
        target: str,
        purpose: str,
    ) -> SignInError | None:
        def failed(why: str, **extra: object) -> None:
            details = {"why": why, "for": purpose, **extra}
            self._auditor.record(
                session, None, AuditAction.SIGN_IN_FAILED, target=target, details=details
            )

        if operator is None:
            # Spend the time of a real check, so that names cannot be probed by timing.
            self._hasher.verify(self._dummy_hash(), pin)
            failed("unknown")
            return SignInError(SignInProblem.WRONG)
        locked_until = _as_utc(operator.locked_until)
        if locked_until is not None and locked_until > now:
            failed("locked")
            return SignInError(SignInProblem.LOCKED, locked_until=locked_until)
        if not operator.active:
            failed("inactive")
            return SignInError(SignInProblem.INACTIVE)
        if not self._hasher.verify(operator.pin_hash, pin):
            operator.failed_attempts += 1
            failed("wrong_pin", attempt=operator.failed_attempts)
            if operator.failed_attempts < MAX_FAILED_ATTEMPTS:
                # No "tries left" count: it would tell a real name from an unknown one.
                return SignInError(SignInProblem.WRONG)
            until = now + self.lockout
            operator.locked_until = until
            operator.failed_attempts = 0
            self._auditor.record(
                session,
                None,
                AuditAction.OPERATOR_LOCKED,
                target=target,
                details={"minutes": int(self.lockout.total_seconds() // 60)},
            )
            return SignInError(SignInProblem.LOCKED, locked_until=until)
        operator.failed_attempts = 0
        operator.locked_until = None
        if self._hasher.needs_rehash(operator.pin_hash):
            operator.pin_hash = self._hasher.hash(pin)
        return None

    def _dummy_hash(self) -> str:
        if self._dummy is None:
            self._dummy = self._hasher.hash("not-a-real-pin")
        return self._dummy
