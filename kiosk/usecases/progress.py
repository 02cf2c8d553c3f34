"""How far an event has come: registered, printed, handed over, remaining, by desa."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from db import search
from db.models import AccountStatus, BankAccount, Region, Worker, WorkerStatus
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, Auditor
from kiosk.usecases.handover_records import current_event


@dataclass(frozen=True)
class ProgressRow:
    """One region's numbers; desa is "" for workers whose list gave no desa (desa_code is
    then their kecamatan's or kabupaten's code; both "" for workers with no region)."""

    kecamatan: str
    desa: str
    desa_code: str
    registered: int
    printed: int  # a card was printed (and maybe handed over since)
    handed_over: int
    accounts_opened: int = 0  # a Bank NTT account exists (pre-opened, opened or active)
    accounts_activated: int = 0  # handed over with its passbook or card

    @property
    def remaining(self) -> int:
        return self.registered - self.handed_over


@dataclass(frozen=True)
class EventProgress:
    event_name: str
    scope_name: str
    rows: tuple[ProgressRow, ...]  # by kecamatan, then desa

    def total(self) -> ProgressRow:
        return ProgressRow(
            kecamatan="",
            desa="",
            desa_code="",
            registered=sum(r.registered for r in self.rows),
            printed=sum(r.printed for r in self.rows),
            handed_over=sum(r.handed_over for r in self.rows),
            accounts_opened=sum(r.accounts_opened for r in self.rows),
            accounts_activated=sum(r.accounts_activated for r in self.rows),
        )

    def by_kecamatan(self) -> tuple[ProgressRow, ...]:
        totals: dict[str, list[int]] = {}
        for row in self.rows:
            counts = totals.setdefault(row.kecamatan, [0, 0, 0, 0, 0])
            counts[0] += row.registered
            counts[1] += row.printed
            counts[2] += row.handed_over
            counts[3] += row.accounts_opened
            counts[4] += row.accounts_activated
        return tuple(ProgressRow(name, "", "", *counts) for name, counts in totals.items())


def event_progress(
    sessions: sessionmaker[Session],
    configured_event: int | None,
    auditor: Auditor,
    actor: Actor | None,
) -> EventProgress:
    """The current event's scope (its region; the whole registry without one), by desa.

    Handed over counts the workers whose card was handed over, at this event or before."""
    auditor.require(actor, Permission.HANDOVER)
    with sessions() as session:
        event = current_event(session, configured_event)
        scope = event.region_code if event is not None else None
        scope_name = _region_name(session, scope) if scope else ""
        desa = aliased(Region)
        kecamatan = aliased(Region)
        printed = case(
            (Worker.status.in_([WorkerStatus.CARD_PRINTED, WorkerStatus.HANDED_OVER]), 1),
            else_=0,
        )
        handed = case((Worker.status == WorkerStatus.HANDED_OVER, 1), else_=0)
        opened = case((BankAccount.id.is_not(None), 1), else_=0)
        activated = case((BankAccount.status == AccountStatus.ACTIVATED, 1), else_=0)
        # Grouped by the worker's finest region: a desa, or a kecamatan (or kabupaten) whose
        # desa the list did not give, which gets a row of its own with an empty desa.
        query = (
            select(
                kecamatan.name,
                desa.name,
                Worker.desa_code,
                func.count(),
                func.sum(printed),
                func.sum(handed),
                func.sum(opened),
                func.sum(activated),
            )
            .select_from(Worker)
            .outerjoin(BankAccount, BankAccount.worker_id == Worker.id)
            .outerjoin(desa, search.desa_join(desa, Worker.desa_code))
            .outerjoin(kecamatan, search.kecamatan_join(kecamatan, Worker.desa_code))
            .where(Worker.status != WorkerStatus.INACTIVE)
            .group_by(kecamatan.name, desa.name, Worker.desa_code)
        )
        if scope:
            query = query.where(search.scope_condition(Worker.desa_code, scope))
        found = [
            ProgressRow(
                kec or "", des or "", code or "", int(n), int(p or 0), int(h or 0), int(o or 0),
                int(a or 0),
            )
            for kec, des, code, n, p, h, o, a in session.execute(query)
        ]  # fmt: skip
        # Blank names last, the same on every database.
        rows = tuple(
            sorted(found, key=lambda r: (not r.kecamatan, r.kecamatan, not r.desa, r.desa))
        )
        return EventProgress(event.name if event else "", scope_name, rows)


def _region_name(session: Session, code: str) -> str:
    region = session.get(Region, code)
    return region.name if region is not None else code
