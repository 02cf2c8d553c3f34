"""Recording who did what, refusing what a role may not do, and checking the trail."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db import audit
from db.models import AuditEvent, Role
from kiosk.security.roles import Permission, allows

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AuditAction(enum.StrEnum):
    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    SIGN_IN_FAILED = "sign_in_failed"
    OPERATOR_LOCKED = "operator_locked"
    OPERATOR_UNLOCKED = "operator_unlocked"
    OPERATOR_ADDED = "operator_added"
    SCREEN_LOCKED = "screen_locked"
    SCREEN_UNLOCKED = "screen_unlocked"
    SEARCH = "search"
    OPEN_WORKER = "open_worker"
    SHOW_FULL_NIK = "show_full_nik"
    PREVIEW_CARD = "preview_card"  # a worker's card shown on screen before printing
    IMPORT = "import"
    EXPORT = "export"
    CORRECTION = "correction"
    PRINT = "print"
    REPRINT = "reprint"
    HANDOVER = "handover"
    VOID = "void"
    BANK_SUBMISSION = "bank_submission"
    SETTINGS_CHANGE = "settings_change"
    DEMO_DATA = "demo_data"
    KIOSK_MODE_LEFT = "kiosk_mode_left"
    DENIED = "denied"
    PURGE = "purge"  # tanda terima and card PDFs deleted after their retention
    DB_COPY = "db_copy"  # the whole registry copied into this database (`kiosk db copy`)
    HUB_START = "hub_start"  # this database became an event hub's (`kiosk hub start`)
    CENTRAL_SETUP = "central_setup"  # this database became the province's centre
    PROVINCE_LINK = "province_link"  # this site was linked to the centre (`kiosk hub link`)
    HUB_JOIN = "hub_join"  # a desk joined the hub (`kiosk join`)
    HUB_PROMOTE = "hub_promote"  # the standby became the hub (`kiosk hub promote`)
    KEY_REGISTERED = "key_registered"  # a card-signing public key recorded in the registry
    REHEARSAL = "rehearsal"  # a rehearsal (`kiosk rehearse`) seeded, ran, was kept or cleaned
    REPORT_OPENED = "report_opened"  # the programme report (window, CLI): its scope, no worker
    TARGET_SET = "target_set"  # a kabupaten's target set, or a file of them imported


@dataclass(frozen=True)
class Workstation:
    """Where the kiosk runs: its site (office or event) and this installation's name."""

    site: str
    device: str


@dataclass(frozen=True)
class Actor:
    """A signed-in operator."""

    username: str
    full_name: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return allows(self.role, permission)


class PermissionDeniedError(Exception):
    """The operator's role does not allow the action; the refusal is in the audit trail."""

    def __init__(self, actor: Actor | None, permission: Permission) -> None:
        who = actor.username if actor else "nobody"
        super().__init__(f"{who} may not {permission.value}")
        self.actor = actor
        self.permission = permission


def worker_target(worker_id: int) -> str:
    return f"worker:{worker_id}"


class Auditor:
    """Writes audit events stamped with this workstation and the clock."""

    def __init__(
        self, sessions: sessionmaker[Session], workstation: Workstation, clock: Clock = utc_now
    ) -> None:
        self.sessions = sessions
        self.workstation = workstation
        self.clock = clock

    def record(
        self,
        session: Session,
        actor: Actor | str | None,
        action: AuditAction,
        *,
        target: str | None = None,
        details: Mapping[str, Any] | None = None,
        approver: str | None = None,
    ) -> None:
        """Append an event inside the caller's transaction: it commits with the action."""
        operator = actor.username if isinstance(actor, Actor) else actor
        audit.append(
            session,
            audit.AuditEntry(
                at=self.clock(),
                operator=operator,
                site=self.workstation.site,
                device=self.workstation.device,
                action=action.value,
                target=target,
                details=details,
                approver=approver,
            ),
        )

    def record_now(
        self,
        actor: Actor | str | None,
        action: AuditAction,
        *,
        target: str | None = None,
        details: Mapping[str, Any] | None = None,
        approver: str | None = None,
    ) -> None:
        """Append an event in a transaction of its own."""
        with self.sessions.begin() as session:
            self.record(session, actor, action, target=target, details=details, approver=approver)

    def require(
        self, actor: Actor | None, permission: Permission, *, target: str | None = None
    ) -> Actor:
        """The actor, when their role allows the permission; else log the refusal and raise."""
        if actor is not None and actor.may(permission):
            return actor
        self.deny(actor, permission, target=target)

    def deny(
        self, actor: Actor | None, permission: Permission, *, target: str | None = None
    ) -> NoReturn:
        """Log a refused action and raise PermissionDeniedError."""
        self.record_now(
            actor, AuditAction.DENIED, target=target, details={"permission": permission.value}
        )
        raise PermissionDeniedError(actor, permission)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime
    operator: str
    approver: str
    site: str
    device: str
    action: str
    target: str
    details: str


def verify_received_trails(sessions: sessionmaker[Session]) -> dict[str, audit.VerifyResult]:
    """At a province centre: each site's trail as received here, by the site's origin."""
    with sessions() as session:
        return audit.verify_received(session)


def verify_trail(sessions: sessionmaker[Session]) -> audit.VerifyResult:
    with sessions() as session:
        return audit.verify(session)


def recent_events(auditor: Auditor, actor: Actor | None, limit: int = 50) -> list[AuditRow]:
    """The newest events, for a role that may read the trail (it holds corrections' before
    and after)."""
    auditor.require(actor, Permission.VIEW_AUDIT)
    with auditor.sessions() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit))
        return [row_of(e) for e in rows]


def row_of(event: AuditEvent) -> AuditRow:
    return AuditRow(
        seq=event.seq,
        at=dt.datetime.fromisoformat(event.at),
        operator=event.operator or "",
        approver=event.approver or "",
        site=event.site,
        device=event.device,
        action=event.action,
        target=event.target or "",
        details=event.details,
    )
