"""Correcting a worker's registration data: a supervisor's action, before and after audited."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import CorrectedField, Region, RegionLevel, Worker
from db.name_index import IndexedName, reindex_workers
from db.names import name_key
from db.workers import record_correction
from kiosk.registry.identifiers import check_nik, normalize_phone
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, worker_target

MAX_NAME_LENGTH = 120


class CorrectionProblem(enum.StrEnum):
    NAME_EMPTY = "name_empty"
    NAME_TOO_LONG = "name_too_long"
    BIRTH_DATE_IN_FUTURE = "birth_date_in_future"
    BIRTH_DATE_NOT_NIK = "birth_date_not_nik"  # the NIK encodes another date
    PHONE_INVALID = "phone_invalid"
    DESA_UNKNOWN = "desa_unknown"
    WORKER_UNKNOWN = "worker_unknown"
    NOTHING_CHANGED = "nothing_changed"


class CorrectionError(ValueError):
    def __init__(self, problem: CorrectionProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class Correction:
    """The new values; None leaves a field as it is. An empty phone clears it."""

    full_name: str | None = None
    birth_date: dt.date | None = None
    phone: str | None = None
    desa_code: str | None = None


def _validated(
    session: Session, worker: Worker, change: Correction, today: dt.date
) -> dict[str, object]:
    new: dict[str, object] = {}
    if change.full_name is not None:
        name = " ".join(change.full_name.split())
        if not name:
            raise CorrectionError(CorrectionProblem.NAME_EMPTY)
        if len(name) > MAX_NAME_LENGTH:
            raise CorrectionError(CorrectionProblem.NAME_TOO_LONG)
        new["full_name"] = name
    if change.birth_date is not None:
        if change.birth_date > today:
            raise CorrectionError(CorrectionProblem.BIRTH_DATE_IN_FUTURE)
        # The NIK is issued by the civil registry and cannot be corrected here: a birth date
        # must agree with it.
        check = check_nik(worker.nik, today=today)
        if check.info is not None and check.info.birth_date != change.birth_date:
            raise CorrectionError(CorrectionProblem.BIRTH_DATE_NOT_NIK)
        new["birth_date"] = change.birth_date
    if change.phone is not None:
        if change.phone.strip():
            phone = normalize_phone(change.phone)
            if phone is None:
                raise CorrectionError(CorrectionProblem.PHONE_INVALID)
            new["phone"] = phone
        else:
            new["phone"] = None
    if change.desa_code is not None:
        level = session.scalar(select(Region.level).where(Region.code == change.desa_code))
        if level is not RegionLevel.VILLAGE:
            raise CorrectionError(CorrectionProblem.DESA_UNKNOWN)
        new["desa_code"] = change.desa_code
    return {k: v for k, v in new.items() if getattr(worker, k) != v}


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


class Corrections:
    def __init__(self, sessions: sessionmaker[Session], auditor: Auditor) -> None:
        self._sessions = sessions
        self._auditor = auditor

    def correct(
        self,
        actor: Actor,
        worker_id: int,
        change: Correction,
        *,
        today: dt.date,
        approved_by: Actor | None = None,
    ) -> dict[str, tuple[object, object]]:
        """Apply a correction by a supervisor, or by staff with a supervisor's approval.

        Returns {field: (before, after)}; the same goes into the audit trail, with both names.
        """
        target = worker_target(worker_id)
        approved = (
            approved_by is not None
            and approved_by.may(Permission.APPROVE)
            and approved_by.username != actor.username
        )
        if not (actor.may(Permission.CORRECT_WORKER) or approved):
            self._auditor.deny(actor, Permission.CORRECT_WORKER, target=target)
        with self._sessions.begin() as session:
            worker = session.get(Worker, worker_id)
            if worker is None:
                raise CorrectionError(CorrectionProblem.WORKER_UNKNOWN)
            new = _validated(session, worker, change, today)
            if not new:
                raise CorrectionError(CorrectionProblem.NOTHING_CHANGED)
            diff = {k: (getattr(worker, k), v) for k, v in new.items()}
            for key, value in new.items():
                setattr(worker, key, value)
            worker.updated_at = self._auditor.clock()
            if "full_name" in new or "desa_code" in new:
                worker.name_key = name_key(worker.full_name)
                session.flush()
                reindex_workers(
                    session,
                    [IndexedName(worker.id, worker.full_name, worker.name_key, worker.desa_code)],
                )
            # The correction stands against later imports of the registration list.
            for key, value in new.items():
                record_correction(
                    session,
                    worker.id,
                    CorrectedField(key),
                    value,
                    at=worker.updated_at,
                    operator=actor.username,
                    approver=approved_by.username if approved_by else None,
                )
            self._auditor.record(
                session,
                actor,
                AuditAction.CORRECTION,
                target=target,
                details={
                    "before": {k: _plain(b) for k, (b, _a) in diff.items()},
                    "after": {k: _plain(a) for k, (_b, a) in diff.items()},
                },
                approver=approved_by.username if approved_by else None,
            )
        return diff
