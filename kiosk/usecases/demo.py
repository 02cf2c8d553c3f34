"""Fill a registry with synthetic demo workers."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from db.models import (
    Card,
    ImportBatch,
    NameToken,
    Region,
    RegionLevel,
    Site,
    SiteKind,
    TokenVariant,
    Worker,
    WorkerToken,
)
from db.workers import insert_workers
from kiosk.registry.demo import SUMBA_TIMUR, DemoDesa, generate

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
    for table in (Card, WorkerToken, TokenVariant, Worker, NameToken, ImportBatch):
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
) -> DemoSummary:
    """Create a synthetic registry of Sumba Timur, in one transaction."""
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
                    region_code="53.11.01",
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
        if record is not None:
            record(session)  # the audit event commits with the workers, or neither does
        kecamatan = {d.code.rsplit(".", 1)[0] for d in desa}
        return DemoSummary(workers, len(desa), len(kecamatan), seed, skipped=False)
