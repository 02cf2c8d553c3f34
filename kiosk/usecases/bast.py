"""What the BAST (the formal handover record) lists: an event's or a day's handovers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import BastRecord, Handover, HandoverKind, Region, RegionLevel, Site, Worker
from kiosk.config import WITA
from kiosk.registry.identifiers import mask_nik
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor
from kiosk.usecases.handover_records import as_utc, current_event

if TYPE_CHECKING:
    from printing.bast import BastOfficial, BastSummary


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
    event_id: int | None = None
    read_at: dt.datetime | None = None  # when the handovers were read: the BAST covers those


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
    read_at = auditor.clock()
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
            select(Handover, Worker, Region.name, Region.level)
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
                desa=_desa_column(region, level),
                at=as_utc(handover.handed_over_at).astimezone(WITA),
                kind=handover.kind,
                signature_png=handover.signature_png,
                note=handover.witness_name or handover.representative_name or "",
            )
            for handover, worker, region, level in session.execute(query)
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
        event_id=event.id if event is not None else None,
        read_at=read_at,
    )


def write_bast(
    sessions: sessionmaker[Session],
    auditor: Auditor,
    actor: Actor | None,
    content: BastContent,
    out: Path,
    *,
    site: str,
) -> BastSummary:
    """Render the BAST to out, then record that it exists: the tanda terima and card files
    of the handovers it lists may be purged once their retention has passed."""
    actor = auditor.require(actor, Permission.CLOSE_DAY)
    summary = bast_document(content, out, site=site)
    with sessions.begin() as session:
        session.add(
            BastRecord(
                event_id=content.event_id,
                day=content.day,
                rows=len(content.entries),
                operator=actor.username,
                made_at=content.read_at or auditor.clock(),
            )
        )
    return summary


# The BAST is a formal record of the provincial administration: it is in Indonesian
# whatever language the kiosk's screens speak.
BAST_KINDS = {
    HandoverKind.SIGNED: "Tanda tangan",
    HandoverKind.THUMBPRINT: "Cap jempol + saksi",
    HandoverKind.REPRESENTATIVE: "Diwakilkan",
    HandoverKind.PAPER: "Tanda terima kertas",
}
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")  # fmt: skip
_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
# Signed by hand: the names are written in on the day.
_OFFICIAL_ROLES = ("Yang menyerahkan,", "Mengetahui,", "Yang menerima,")
_BLANK_NAME = "(..............................)"


def _officials() -> tuple[BastOfficial, ...]:
    from printing.bast import BastOfficial

    return tuple(BastOfficial(role, _BLANK_NAME) for role in _OFFICIAL_ROLES)


def _long_date(day: dt.date, weekday: bool = False) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{_DAYS[day.weekday()]}, {text}" if weekday else text


def _desa_column(region: str | None, level: RegionLevel | None) -> str:
    """The desa column (and its totals) of the Indonesian document: a worker whose list gave
    only their kecamatan is counted under it, marked as such, not left out."""
    if region is None:
        return ""
    if level is RegionLevel.DISTRICT:
        return f"Kec. {region} (desa tidak tercatat)"
    if level is RegionLevel.REGENCY:
        return f"{region} (desa tidak tercatat)"
    return region


def bast_document(content: BastContent, out: Path, *, site: str) -> BastSummary:
    """Render the BAST of content to out (a PDF)."""
    # reportlab's platypus is imported when a BAST is made, not when the window opens.
    from printing.bast import BastHeader, BastRow, render_bast

    first = content.first.date() if content.first else dt.datetime.now(WITA).date()
    last = content.last.date() if content.last else first
    period = (
        _long_date(first, weekday=True)
        if first == last
        else f"{_long_date(first)} – {_long_date(last)}"
    )
    place = (content.place or site or "").split(",")[-1].strip() or "Waingapu"
    header = BastHeader(
        programme=(
            "Program Jaminan Kecelakaan Kerja dan Jaminan Kematian bagi pekerja rentan; "
            "iuran dibayar oleh Pemerintah Provinsi Nusa Tenggara Timur"
        ),
        event=content.event_name or "Serah terima kartu peserta",
        site=content.place or site or "-",
        place_and_date=f"{place}, {_long_date(last)}",
        period=period,
        officials=_officials(),
    )
    rows = [
        BastRow(
            name=entry.name,
            nik_masked=entry.nik_masked,
            kpj=entry.kpj,
            desa=entry.desa,
            time=entry.at,
            kind=BAST_KINDS[entry.kind],
            signature_png=entry.signature_png or None,
            note=entry.note,
            on_paper=entry.kind is HandoverKind.PAPER,
        )
        for entry in content.entries
    ]
    return render_bast(header, rows, out=out)
