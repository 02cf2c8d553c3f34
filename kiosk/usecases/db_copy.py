"""Copying the whole registry into another database: who may, and the copy's audit event.

The tables are copied by db.copy. Whoever copies is checked against the source registry: an
empty target has no operators yet. A source without operators (a fresh or demo installation)
may be copied by anyone, as demo data may be created there. The copy is verified before it
commits (every table's row count, and the audit trail's hash chain on the target), then
recorded in the target's own audit trail, in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from db import audit
from db.copy import BATCH_ROWS, Progress, TableCount, check_source, copy_database
from db.engine import make_engine
from db.models import Operator, Worker
from kiosk.security.roles import Permission
from kiosk.usecases.audit import (
    Actor,
    AuditAction,
    Clock,
    PermissionDeniedError,
    Workstation,
    utc_now,
)

# Copying a database is the installation's business, like the settings: an admin's.
COPY_PERMISSION = Permission.CHANGE_SETTINGS


@dataclass(frozen=True)
class CopyReport:
    counts: list[TableCount]
    chain: audit.VerifyResult

    @property
    def ok(self) -> bool:
        return self.chain.ok and all(c.equal for c in self.counts)


class CopyVerificationError(Exception):
    """The copy did not match its source; it was rolled back."""

    def __init__(self, report: CopyReport) -> None:
        super().__init__("the copy does not match its source")
        self.report = report


def source_has_operators(source_url: str) -> bool:
    engine = make_engine(source_url)
    try:
        check_source(engine)
        with engine.connect() as conn:
            return bool(conn.scalar(select(select(Operator.id).exists())))
    finally:
        engine.dispose()


def copy_registry(
    source_url: str,
    target_url: str,
    actor: Actor | None,
    workstation: Workstation,
    *,
    clock: Clock = utc_now,
    batch_rows: int = BATCH_ROWS,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy the registry at source_url into the empty database at target_url.

    Raises db.copy.CopyRefusedError when it cannot start, PermissionDeniedError when the
    source has operators and actor may not copy, CopyVerificationError when the copy did
    not match (then the target holds nothing of it).
    """
    if source_has_operators(source_url) and (actor is None or not actor.may(COPY_PERMISSION)):
        raise PermissionDeniedError(actor, COPY_PERMISSION)
    source, target = make_engine(source_url), make_engine(target_url)
    reports: list[CopyReport] = []

    def verify_and_record(conn: Connection, counts: list[TableCount]) -> None:
        with Session(bind=conn) as session:
            report = CopyReport(counts, audit.verify(session))
            reports.append(report)
            if not report.ok:
                raise CopyVerificationError(report)
            workers = session.scalar(select(func.count()).select_from(Worker)) or 0
            audit.append(
                session,
                audit.AuditEntry(
                    at=clock(),
                    operator=actor.username if actor else None,
                    site=workstation.site,
                    device=workstation.device,
                    action=AuditAction.DB_COPY.value,
                    details={
                        "source": _shown_url(source_url),
                        "workers": workers,
                        "rows": sum(c.target for c in counts),
                    },
                ),
            )

    try:
        copy_database(
            source,
            target,
            batch_rows=batch_rows,
            progress=progress,
            before_commit=verify_and_record,
        )
    finally:
        source.dispose()
        target.dispose()
    return reports[-1]


def _shown_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
