"""Writing workers: bulk inserts and updates that keep the name index in step."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from db.models import CorrectedField, Sex, Worker, WorkerCorrection
from db.name_index import IndexedName, add_workers, reindex_workers
from db.names import name_key

_CHUNK = 2000


@dataclass(frozen=True)
class WorkerRecord:
    """A worker's registration data, validated and normalised."""

    nik: str
    kpj: str
    full_name: str
    birth_date: dt.date
    sex: Sex
    birth_place: str | None = None
    occupation: str | None = None
    address: str | None = None
    desa_code: str | None = None
    phone: str | None = None
    mother_maiden_name: str | None = None


RECORD_FIELDS = tuple(f.name for f in dataclasses.fields(WorkerRecord))


def record_of(worker: Worker) -> WorkerRecord:
    return WorkerRecord(**{name: getattr(worker, name) for name in RECORD_FIELDS})


def _values(record: WorkerRecord, key: str) -> dict[str, object]:
    values = {name: getattr(record, name) for name in RECORD_FIELDS}
    values["name_key"] = key
    return values


def insert_workers(
    session: Session,
    records: Sequence[WorkerRecord],
    batch_id: int | None = None,
    *,
    now: dt.datetime | None = None,
) -> list[int]:
    """Insert new workers and index their names; returns their ids in order.

    now, when given, is their updated_at; else the database's clock sets it.
    """
    stamp = {} if now is None else {"updated_at": now}
    ids: list[int] = []
    table = cast(Table, Worker.__table__)
    for start in range(0, len(records), _CHUNK):
        chunk = records[start : start + _CHUNK]
        keys = [name_key(r.full_name) for r in chunk]
        rows = [
            {**_values(r, k), "batch_id": batch_id, **stamp}
            for r, k in zip(chunk, keys, strict=True)
        ]
        # A plain executemany, then the ids by NIK: RETURNING over many rows costs more.
        session.execute(insert(table), rows)
        id_of: dict[str, int] = {}
        for part in range(0, len(chunk), 500):
            niks = [r.nik for r in chunk[part : part + 500]]
            found = session.execute(select(Worker.nik, Worker.id).where(Worker.nik.in_(niks)))
            id_of.update({nik: wid for nik, wid in found})
        new_ids = [id_of[r.nik] for r in chunk]
        ids.extend(new_ids)
        add_workers(
            session,
            [
                IndexedName(wid, r.full_name, key, r.desa_code)
                for wid, r, key in zip(new_ids, chunk, keys, strict=True)
            ],
        )
    return ids


def update_workers(
    session: Session,
    changes: Sequence[tuple[int, WorkerRecord]],
    batch_id: int | None = None,
    *,
    now: dt.datetime,
) -> None:
    """Overwrite existing workers' data; re-index those whose name or desa changed.

    updated_at becomes now: the column's server default only fills it on insert.
    """
    if not changes:
        return
    ids = [wid for wid, _ in changes]
    before: dict[int, tuple[str, str | None]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Worker.id, Worker.full_name, Worker.desa_code).where(
                Worker.id.in_(ids[start : start + 500])
            )
        )
        before.update({wid: (name, desa) for wid, name, desa in rows})
    params = [
        {"id": wid, **_values(r, name_key(r.full_name)), "batch_id": batch_id, "updated_at": now}
        for wid, r in changes
    ]
    session.execute(update(Worker), params)
    moved = [
        IndexedName(wid, r.full_name, name_key(r.full_name), r.desa_code)
        for wid, r in changes
        if before.get(wid) != (r.full_name, r.desa_code)
    ]
    reindex_workers(session, moved)


def existing_by_nik(session: Session, niks: Iterable[str]) -> dict[str, Worker]:
    found: dict[str, Worker] = {}
    nik_list = list(niks)
    for start in range(0, len(nik_list), 500):
        chunk = nik_list[start : start + 500]
        found.update(
            {w.nik: w for w in session.scalars(select(Worker).where(Worker.nik.in_(chunk)))}
        )
    return found


def owners_of_kpj(session: Session, kpjs: Iterable[str]) -> dict[str, str]:
    """KPJ -> NIK of the worker who holds it."""
    found: dict[str, str] = {}
    kpj_list = list(kpjs)
    for start in range(0, len(kpj_list), 500):
        chunk = kpj_list[start : start + 500]
        rows = session.execute(select(Worker.kpj, Worker.nik).where(Worker.kpj.in_(chunk)))
        found.update({kpj: nik for kpj, nik in rows})
    return found


def corrections_of(
    session: Session, worker_ids: Iterable[int]
) -> dict[int, dict[CorrectedField, str | None]]:
    """The standing desk corrections of workers: worker id -> {field: corrected value}."""
    found: dict[int, dict[CorrectedField, str | None]] = {}
    id_list = list(worker_ids)
    for start in range(0, len(id_list), 500):
        rows = session.execute(
            select(
                WorkerCorrection.worker_id, WorkerCorrection.field, WorkerCorrection.value
            ).where(WorkerCorrection.worker_id.in_(id_list[start : start + 500]))
        )
        for worker_id, field, value in rows:
            found.setdefault(worker_id, {})[field] = value
    return found


def correction_text(value: object) -> str | None:
    """A field's value as worker_correction keeps it: a date as YYYY-MM-DD."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def record_correction(
    session: Session,
    worker_id: int,
    field: CorrectedField,
    value: object,
    *,
    at: dt.datetime,
    operator: str,
    approver: str | None,
) -> None:
    """Keep a field's newest correction, replacing an older one of the same field."""
    standing = session.get(WorkerCorrection, (worker_id, field))
    if standing is None:
        standing = WorkerCorrection(worker_id=worker_id, field=field)
        session.add(standing)
    standing.value = correction_text(value)
    standing.corrected_at = at
    standing.operator = operator
    standing.approver = approver
