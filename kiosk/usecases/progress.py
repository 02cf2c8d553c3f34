"""How far an event has come: registered, printed, handed over, remaining, by desa."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Region, Worker, WorkerStatus
from kiosk.usecases.handover import current_event


@dataclass(frozen=True)
class ProgressRow:
    kecamatan: str
    desa: str
    desa_code: str
    registered: int
    printed: int  # a card was printed (and maybe handed over since)
    handed_over: int

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
        )

    def by_kecamatan(self) -> tuple[ProgressRow, ...]:
        totals: dict[str, list[int]] = {}
        for row in self.rows:
            counts = totals.setdefault(row.kecamatan, [0, 0, 0])
            counts[0] += row.registered
            counts[1] += row.printed
            counts[2] += row.handed_over
        return tuple(
            ProgressRow(name, "", "", registered, printed, handed)
            for name, (registered, printed, handed) in totals.items()
        )


def event_progress(sessions: sessionmaker[Session], configured_event: int | None) -> EventProgress:
    """The current event's scope (its region; the whole registry without one), by desa."""
    with sessions() as session:
        event = current_event(session, configured_event)
        scope = event.region_code if event is not None else None
        scope_name = _region_name(session, scope) if scope else ""
        desa = Region.__table__.alias("desa")
        kecamatan = Region.__table__.alias("kecamatan")
        printed = case(
            (Worker.status.in_([WorkerStatus.CARD_PRINTED, WorkerStatus.HANDED_OVER]), 1),
            else_=0,
        )
        handed = case((Worker.status == WorkerStatus.HANDED_OVER, 1), else_=0)
        query = (
            select(
                kecamatan.c.name,
                desa.c.name,
                desa.c.code,
                func.count(),
                func.sum(printed),
                func.sum(handed),
            )
            .select_from(Worker)
            .join(desa, desa.c.code == Worker.desa_code)
            .join(kecamatan, kecamatan.c.code == desa.c.parent_code)
            .where(Worker.status != WorkerStatus.INACTIVE)
            .group_by(kecamatan.c.name, desa.c.name, desa.c.code)
            .order_by(kecamatan.c.name, desa.c.name)
        )
        if scope:
            query = query.where(or_(Worker.desa_code == scope, Worker.desa_code.like(scope + ".%")))
        rows = tuple(
            ProgressRow(kec, des, code, int(n), int(p or 0), int(h or 0))
            for kec, des, code, n, p, h in session.execute(query)
        )
        return EventProgress(event.name if event else "", scope_name, rows)


def _region_name(session: Session, code: str) -> str:
    region = session.get(Region, code)
    return region.name if region is not None else code
