"""Fill a registry with synthetic demo workers."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from db.models import (
    Card,
    CardStatus,
    Handover,
    HandoverKind,
    IdDocument,
    ImportBatch,
    NameToken,
    PrintJob,
    Region,
    RegionLevel,
    Site,
    SiteKind,
    TokenVariant,
    Worker,
    WorkerCorrection,
    WorkerStatus,
    WorkerToken,
)
from db.workers import insert_workers
from kiosk.config import WITA
from kiosk.registry.demo import SUMBA_TIMUR, DemoDesa, generate
from kiosk.usecases.handover import SIGNATURE_PNG_WIDTH
from printing.payload import new_serial
from printing.signature import synthetic_signature
from printing.signature_picture import render_signature_png

_CHUNK = 5000

Progress = Callable[[int, int], None]


class RegistryNotEmptyError(RuntimeError):
    """The database already holds workers and the caller did not ask to replace them."""

    def __init__(self, count: int) -> None:
        super().__init__(f"the registry already has {count} workers")
        self.count = count


@dataclass(frozen=True)
class DemoSummary:
    workers: int
    desa: int
    kecamatan: int
    seed: int
    skipped: bool  # the registry already had workers and if_empty was asked
    handed_over: int = 0


def worker_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(Worker)).scalar_one()


def demo_desa(session: Session, regency: str) -> list[DemoDesa]:
    kecamatan = aliased(Region)
    rows = session.execute(
        select(Region.code, Region.name, kecamatan.name)
        .join(kecamatan, kecamatan.code == Region.parent_code)
        .where(Region.level == RegionLevel.VILLAGE, kecamatan.parent_code == regency)
        .order_by(Region.code)
    )
    return [DemoDesa(code, name, kec) for code, name, kec in rows]


def _clear(session: Session) -> None:
    tables = (
        Handover, PrintJob, Card, WorkerToken, TokenVariant, WorkerCorrection, Worker, NameToken,
        ImportBatch,
    )  # fmt: skip
    for table in tables:
        session.execute(delete(table))


def create_demo(
    sessions: sessionmaker[Session],
    *,
    workers: int,
    seed: int,
    today: dt.date,
    now: dt.datetime,
    replace: bool = False,
    if_empty: bool = False,
    progress: Progress | None = None,
    record: Callable[[Session], None] | None = None,
    handed_over: float = 0.0,
    key_id: str = "00000000",
) -> DemoSummary:
    """Create a synthetic registry of Sumba Timur, in one transaction.

    handed_over: the share of workers who already received their card at the demo event
    (printed cards, synthetic signatures, spread over the event's day), so that progress and
    a BAST show at once. key_id: the installation's signing key, whose cards these are.
    """
    with sessions.begin() as session:
        existing = worker_count(session)
        if existing and if_empty:
            return DemoSummary(existing, 0, 0, seed, skipped=True)
        if existing and not replace:
            raise RegistryNotEmptyError(existing)
        if existing:
            _clear(session)
        desa = demo_desa(session, SUMBA_TIMUR)
        batch = ImportBatch(
            source_name=f"demo --workers {workers} --seed {seed}",
            sha256=hashlib.sha256(f"demo:{workers}:{seed}".encode()).hexdigest(),
            imported_at=now,
            rows_total=workers,
            inserted=workers,
            updated=0,
            unchanged=0,
            rejected=0,
        )
        session.add(batch)
        if not session.scalar(select(func.count()).select_from(Site)):
            session.add(
                Site(
                    kind=SiteKind.EVENT,
                    name="Penyerahan Kartu Peserta (demo)",
                    place="Waingapu",
                    region_code=SUMBA_TIMUR,
                    event_date=today,
                    office="Kantor Cabang Waingapu",
                )
            )
        session.flush()
        chunk = []
        done = 0
        for worker in generate(workers, desa, seed=seed, today=today):
            chunk.append(worker)
            if len(chunk) == _CHUNK:
                insert_workers(session, chunk, batch.id, now=now)
                done += len(chunk)
                chunk = []
                if progress:
                    progress(done, workers)
        insert_workers(session, chunk, batch.id, now=now)
        if progress:
            progress(workers, workers)
        given = _demo_handovers(session, handed_over, seed, key_id, today, now)
        if record is not None:
            record(session)  # the audit event commits with the workers, or neither does
        kecamatan = {d.code.rsplit(".", 1)[0] for d in desa}
        return DemoSummary(workers, len(desa), len(kecamatan), seed, skipped=False,
                           handed_over=given)  # fmt: skip


# Most workers sign; some press a thumb with a witness; a few send someone.
_KINDS = ((HandoverKind.SIGNED, 0.88), (HandoverKind.THUMBPRINT, 0.08),
          (HandoverKind.REPRESENTATIVE, 0.04))  # fmt: skip
_DESKS = ("meja-01", "meja-02", "meja-03", "meja-04")
_SIGNATURES = 60
_WITNESSES = ("Petrus Ndima", "Maria Hamu", "Yakobus Lapu", "Ester Kahi")
_RELATIONS = ("Istri", "Suami", "Anak", "Orang tua")


def _demo_handovers(
    session: Session, share: float, seed: int, key_id: str, today: dt.date, now: dt.datetime
) -> int:
    """Cards and signed handovers for a share of the workers, at the demo event."""
    if share <= 0:
        return 0
    rng = random.Random(seed * 7919 + 17)
    event = session.scalar(select(Site).where(Site.kind == SiteKind.EVENT).limit(1))
    ids = list(session.scalars(select(Worker.id).order_by(Worker.id)))
    chosen = sorted(rng.sample(ids, round(len(ids) * min(share, 1.0))))
    opening = dt.datetime.combine(today, dt.time(8, 0), WITA)
    seconds = 8 * 3600  # the desks work from 08:00 to 16:00
    moments = sorted(rng.randrange(seconds) for _ in chosen)
    # Drawing a signature takes tens of milliseconds: a pool of them serves thousands.
    pool = [synthetic_signature(rng) for _ in range(min(len(chosen), _SIGNATURES))]
    drawn = [(s.to_json(), render_signature_png(s, width=SIGNATURE_PNG_WIDTH)) for s in pool]
    rows_card, rows_handover = [], []
    for worker_id, second in zip(chosen, moments, strict=True):
        at = opening + dt.timedelta(seconds=second)
        serial = new_serial(rng.randbytes)
        kind = rng.choices([k for k, _ in _KINDS], [w for _, w in _KINDS])[0]
        signature_json, signature_png = rng.choice(drawn)
        rows_card.append(
            {
                "serial": serial,
                "worker_id": worker_id,
                "key_id": key_id,
                "issued_on": today,
                "status": CardStatus.ACTIVE,
                "created_at": (at - dt.timedelta(days=1)).astimezone(dt.UTC),
                "printed_at": (at - dt.timedelta(days=1)).astimezone(dt.UTC),
            }
        )
        rows_handover.append(
            {
                "worker_id": worker_id,
                "card_serial": serial,
                "event_id": event.id if event is not None else None,
                "kind": kind,
                "document": IdDocument.KTP,
                "signature_json": signature_json,
                "signature_png": signature_png,
                "witness_name": rng.choice(_WITNESSES) if kind is HandoverKind.THUMBPRINT else None,
                "representative_name": "Wakil peserta (demo)"
                if kind is HandoverKind.REPRESENTATIVE
                else None,
                "relationship": rng.choice(_RELATIONS)
                if kind is HandoverKind.REPRESENTATIVE
                else None,
                "reason": "Sakit (demo)" if kind is HandoverKind.REPRESENTATIVE else None,
                "site": event.place or event.name if event is not None else "demo",
                "device": rng.choice(_DESKS),
                "operator": "demo",
                "handed_over_at": at.astimezone(dt.UTC),
            }
        )
    session.execute(insert(Card), rows_card)
    session.execute(insert(Handover), rows_handover)
    session.execute(
        update(Worker)
        .where(Worker.id.in_(chosen))
        .values(status=WorkerStatus.HANDED_OVER)
        .execution_options(synchronize_session=False)
    )
    return len(chosen)
