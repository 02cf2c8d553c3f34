"""Worker lookup queries: exact identifiers, phone numbers, regions; rows for display."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from db.models import Region, RegionLevel, Sex, Worker, WorkerStatus
from db.names import prefix_upper_bound


@dataclass(frozen=True)
class WorkerRow:
    """A worker as lookup shows it, with region names resolved."""

    id: int
    nik: str
    kpj: str
    full_name: str
    birth_place: str | None
    birth_date: dt.date
    sex: Sex
    occupation: str | None
    address: str | None
    phone: str | None
    desa_code: str | None  # the finest region known: a desa's, a kecamatan's or a kabupaten's
    desa_name: str | None
    kecamatan_name: str | None
    status: WorkerStatus


def scope_condition(
    column: ColumnElement[str | None] | InstrumentedAttribute[str | None], scope: str | None
) -> ColumnElement[bool]:
    """Restrict a region-code column to a region: a kabupaten, a kecamatan or a desa code.

    The column holds each worker's finest known region, so a kecamatan's workers are those
    of its desa (a range over "53.11.03.") and those whose desa is not known ("53.11.03").
    """
    if not scope:
        return and_(True)
    if scope.count(".") >= 3:
        return column == scope
    low = scope + "."
    return or_(column == scope, and_(column >= low, column < prefix_upper_bound(low)))


def kecamatan_join(
    kecamatan: type[Region], column: ColumnElement[str | None] | InstrumentedAttribute[str | None]
) -> ColumnElement[bool]:
    """Join condition: the kecamatan of a finest-region code (a desa's or its own)."""
    return and_(
        kecamatan.code == func.substr(column, 1, 8), kecamatan.level == RegionLevel.DISTRICT
    )


def desa_join(
    desa: type[Region], column: ColumnElement[str | None] | InstrumentedAttribute[str | None]
) -> ColumnElement[bool]:
    """Join condition: the desa of a finest-region code, when it is a desa's."""
    return and_(desa.code == column, desa.level == RegionLevel.VILLAGE)


def fetch_rows(session: Session, worker_ids: Sequence[int]) -> list[WorkerRow]:
    """Workers by id, in the order given, with their desa and kecamatan names."""
    if not worker_ids:
        return []
    desa = aliased(Region)
    kecamatan = aliased(Region)
    # Columns, not Worker entities: a page of results needs no identity map (a third of
    # a typed search's time went into building entities).
    stmt = (
        select(
            Worker.id,
            Worker.nik,
            Worker.kpj,
            Worker.full_name,
            Worker.birth_place,
            Worker.birth_date,
            Worker.sex,
            Worker.occupation,
            Worker.address,
            Worker.phone,
            Worker.desa_code,
            desa.name,
            kecamatan.name,
            Worker.status,
        )
        .outerjoin(desa, desa_join(desa, Worker.desa_code))
        .outerjoin(kecamatan, kecamatan_join(kecamatan, Worker.desa_code))
        .where(Worker.id.in_(worker_ids))
    )
    by_id = {row[0]: WorkerRow(*row) for row in session.execute(stmt)}  # type: ignore[call-arg]
    return [by_id[i] for i in worker_ids if i in by_id]


def _ids(session: Session, stmt: Select[int]) -> list[int]:
    return list(session.execute(stmt).scalars())


def ids_by_nik(session: Session, nik: str) -> list[int]:
    return _ids(session, select(Worker.id).where(Worker.nik == nik))


def ids_by_kpj(session: Session, kpj: str) -> list[int]:
    return _ids(session, select(Worker.id).where(Worker.kpj == kpj))


def ids_by_phone(session: Session, phone: str, scope: str | None, limit: int) -> list[int]:
    stmt = (
        select(Worker.id)
        .where(Worker.phone == phone, scope_condition(Worker.desa_code, scope))
        .order_by(Worker.name_key)
        .limit(limit)
    )
    return _ids(session, stmt)


def ids_by_digit_prefix(session: Session, digits: str, scope: str | None, limit: int) -> list[int]:
    """Workers whose NIK, KPJ or phone starts with the digits typed so far."""
    upper = prefix_upper_bound(digits)
    found: list[int] = []
    for column in (Worker.nik, Worker.kpj, Worker.phone):
        stmt = (
            select(Worker.id)
            .where(column >= digits, column < upper, scope_condition(Worker.desa_code, scope))
            .order_by(column)
            .limit(limit)
        )
        found.extend(i for i in _ids(session, stmt) if i not in found)
    return found[:limit]


def ids_in_scope(session: Session, scope: str, limit: int) -> list[int]:
    stmt = (
        select(Worker.id)
        .where(scope_condition(Worker.desa_code, scope))
        .order_by(Worker.name_key, Worker.id)
        .limit(limit)
    )
    return _ids(session, stmt)
