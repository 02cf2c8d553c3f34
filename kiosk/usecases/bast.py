"""What the BAST (the formal handover record) lists: an event's or a day's handovers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Handover, HandoverKind, Region, Site, Worker
from kiosk.config import WITA
from kiosk.registry.identifiers import mask_nik
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor
from kiosk.usecases.handover import as_utc, current_event


@dataclass(frozen=True)
class BastEntry:
    name: str
    nik_masked: str
    kpj: str
    desa: str
    at: dt.datetime
    kind: HandoverKind
    signature_png: bytes
    note: str  # the witness or the representative, named


@dataclass(frozen=True)
class BastContent:
    event_name: str
    place: str
    office: str
    day: dt.date | None  # a day's BAST; None: the whole event
    first: dt.datetime | None
    last: dt.datetime | None
    entries: tuple[BastEntry, ...]


class NoEventError(LookupError):
    """No event is configured or recorded, and no day was named."""


def bast_content(
    sessions: sessionmaker[Session],
    auditor: Auditor,
    actor: Actor | None,
    *,
    event_id: int | None = None,
    day: dt.date | None = None,
    configured_event: int | None = None,
) -> BastContent:
    """The valid handovers of an event (the current one unless named), or of a day at any
    event, in the order they happened. Making a BAST is audited as an export."""
    actor = auditor.require(actor, Permission.CLOSE_DAY)
    with sessions() as session:
        event: Site | None
        if event_id is not None:
            event = session.get(Site, event_id)
            if event is None:
                raise NoEventError(event_id)
        elif day is None:
            event = current_event(session, configured_event)
            if event is None:
                raise NoEventError(None)
        else:
            event = None  # a day at whatever site: no event's name on it
        query = (
            select(Handover, Worker, Region.name)
            .join(Worker, Worker.id == Handover.worker_id)
            .outerjoin(Region, Region.code == Worker.desa_code)
            .where(Handover.voided_at.is_(None))
            .order_by(Handover.handed_over_at, Handover.id)
        )
        if event_id is not None or day is None:
            assert event is not None
            query = query.where(Handover.event_id == event.id)
        if day is not None:
            # Stored times are UTC (SQLite keeps them as text without the zone).
            start = dt.datetime.combine(day, dt.time(), WITA).astimezone(dt.UTC)
            query = query.where(
                Handover.handed_over_at >= start,
                Handover.handed_over_at < start + dt.timedelta(days=1),
            )
        entries = tuple(
            BastEntry(
                name=worker.full_name,
                nik_masked=mask_nik(worker.nik),
                kpj=worker.kpj,
                desa=desa or "",
                at=as_utc(handover.handed_over_at).astimezone(WITA),
                kind=handover.kind,
                signature_png=handover.signature_png,
                note=handover.witness_name or handover.representative_name or "",
            )
            for handover, worker, desa in session.execute(query)
        )
    auditor.record_now(
        actor,
        AuditAction.EXPORT,
        details={
            "document": "bast",
            "event": event.id if event is not None else None,
            "day": day.isoformat() if day else None,
            "rows": len(entries),
        },
    )
    return BastContent(
        event_name=event.name if event is not None else "",
        place=(event.place or "") if event is not None else "",
        office=(event.office or "") if event is not None else "",
        day=day,
        first=entries[0].at if entries else None,
        last=entries[-1].at if entries else None,
        entries=entries,
    )
