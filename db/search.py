"""Worker lookup queries: exact identifiers, and ranked, typo-tolerant name search."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from db.models import (
    NameToken,
    Region,
    RegionLevel,
    Sex,
    TokenVariant,
    Worker,
    WorkerStatus,
    WorkerToken,
)
from db.names import deletions, fold, prefix_upper_bound, within_one_edit

# A short prefix ("a") may match hundreds of distinct words; the most common ones are
# enough to show a first page, and staff type on when they need a narrower list.
MAX_TOKENS_PER_WORD = 64
MIN_FUZZY_LENGTH = 4


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


@dataclass(frozen=True)
class _Candidate:
    token_id: int
    freq: int


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
    stmt = (
        select(Worker, desa.name, kecamatan.name)
        .outerjoin(desa, desa_join(desa, Worker.desa_code))
        .outerjoin(kecamatan, kecamatan_join(kecamatan, Worker.desa_code))
        .where(Worker.id.in_(worker_ids))
    )
    by_id = {}
    for worker, desa_name, kecamatan_name in session.execute(stmt):
        by_id[worker.id] = WorkerRow(
            id=worker.id,
            nik=worker.nik,
            kpj=worker.kpj,
            full_name=worker.full_name,
            birth_place=worker.birth_place,
            birth_date=worker.birth_date,
            sex=worker.sex,
            occupation=worker.occupation,
            address=worker.address,
            phone=worker.phone,
            desa_code=worker.desa_code,
            desa_name=desa_name,
            kecamatan_name=kecamatan_name,
            status=worker.status,
        )
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


class _WordMatches:
    """The name tokens one query word may stand for, by tier: exact, prefix, one typo."""

    def __init__(self, session: Session, word: str) -> None:
        self.word = word
        exact = session.execute(
            select(NameToken.id, NameToken.freq).where(NameToken.token == word)
        ).first()
        self.exact = [_Candidate(exact[0], exact[1])] if exact else []
        prefix_rows = session.execute(
            select(NameToken.id, NameToken.freq)
            .where(NameToken.token > word, NameToken.token < prefix_upper_bound(word))
            .order_by(NameToken.freq.desc())
            .limit(MAX_TOKENS_PER_WORD)
        )
        self.prefix = self.exact + [_Candidate(i, f) for i, f in prefix_rows]
        self.fuzzy = list(self.prefix)
        if len(word) >= MIN_FUZZY_LENGTH:
            seen = {c.token_id for c in self.prefix}
            rows = session.execute(
                select(NameToken.id, NameToken.freq, NameToken.token)
                .join(TokenVariant, TokenVariant.token_id == NameToken.id)
                .where(TokenVariant.variant.in_(sorted(deletions(word))))
                .distinct()
            )
            for token_id, freq, token in rows:
                if token_id not in seen and within_one_edit(word, token):
                    seen.add(token_id)
                    self.fuzzy.append(_Candidate(token_id, freq))

    def tier(self, level: int) -> list[_Candidate]:
        return (self.exact, self.prefix, self.fuzzy)[level]


def _postings_in_token(
    session: Session,
    token_id: int,
    others: list[list[int]],
    scope: str | None,
    exclude: set[int],
    limit: int,
) -> list[tuple[str, int]]:
    """One token's workers who also match every other word, as (name key, id).

    With one word, the first ones in name order. With several, the first ones in worker
    order: matches of a second word can bunch up late in name order ("Tamu" + "Rambu" sorts
    after every "Agus ... Tamu"), while in worker order they are spread evenly, so the scan
    stops early.
    """
    conditions: list[ColumnElement[bool]] = [
        WorkerToken.token_id == token_id,
        scope_condition(WorkerToken.desa_code, scope),
    ]
    for token_ids in others:
        other = aliased(WorkerToken)
        conditions.append(
            exists().where(other.worker_id == WorkerToken.worker_id, other.token_id.in_(token_ids))
        )
    order = (WorkerToken.worker_id,) if others else (WorkerToken.name_key, WorkerToken.worker_id)
    stmt = (
        select(WorkerToken.name_key, WorkerToken.worker_id)
        .where(*conditions)
        .order_by(*order)
        .limit(limit + len(exclude))
    )
    rows = session.execute(stmt)
    found = [(key, wid) for key, wid in rows if wid not in exclude][:limit]
    found.sort()
    return found


def ids_by_name(session: Session, query: str, scope: str | None, limit: int) -> list[int]:
    """Workers whose name has every word of the query, ranked exact > prefix > one typo.

    Each word may match a whole word of the name, the start of one, or (from four letters
    on, and only when nothing matched without a typo) a word one typo away. Within a tier,
    results come in name order. When more match than the limit, a one-word query shows the
    first ones by name; a query of several words shows some of them, in name order.
    """
    words = list(dict.fromkeys(fold(query).split()))
    if not words:
        return []
    matches = [_WordMatches(session, w) for w in words]
    found: list[int] = []
    for level in range(3):
        if level == 2 and found:
            break  # typo matches are a fallback, not noise after real matches
        tiers = [m.tier(level) for m in matches]
        if any(not t for t in tiers):
            continue
        driver_index = min(range(len(tiers)), key=lambda i: sum(c.freq for c in tiers[i]))
        driver = tiers[driver_index]
        others = [[c.token_id for c in t] for i, t in enumerate(tiers) if i != driver_index]
        wanted = limit - len(found)
        exclude = set(found)
        streams: Iterable[list[tuple[str, int]]] = (
            _postings_in_token(session, c.token_id, others, scope, exclude, wanted) for c in driver
        )
        merged: list[int] = []
        for _key, wid in heapq.merge(*streams):
            if wid not in exclude and wid not in merged:
                merged.append(wid)
                if len(merged) == wanted:
                    break
        found.extend(merged)
        if len(found) >= limit:
            break
    return found[:limit]
