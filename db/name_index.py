"""Maintains the name-token posting lists that make name lookup fast at a million workers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

from sqlalchemy import Table, bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from db.models import NameToken, TokenVariant, WorkerToken
from db.names import deletions, tokens

_CHUNK = 500
_T = TypeVar("_T")


@dataclass(frozen=True)
class IndexedName:
    """What the index needs of a worker."""

    worker_id: int
    full_name: str
    name_key: str
    desa_code: str | None


def _chunks(items: Sequence[_T], size: int = _CHUNK) -> Iterable[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _token_ids(session: Session, words: set[str]) -> dict[str, int]:
    """Ids of the words, creating the missing tokens and their typo variants."""
    known: dict[str, int] = {}
    word_list = sorted(words)
    for chunk in _chunks(word_list):
        rows = session.execute(
            select(NameToken.token, NameToken.id).where(NameToken.token.in_(chunk))
        )
        known.update({token: token_id for token, token_id in rows})
    missing = [w for w in word_list if w not in known]
    if missing:
        for chunk in _chunks(missing):
            session.execute(insert(NameToken), [{"token": w, "freq": 0} for w in chunk])
            rows = session.execute(
                select(NameToken.token, NameToken.id).where(NameToken.token.in_(chunk))
            )
            new_ids = {token: token_id for token, token_id in rows}
            known.update(new_ids)
            variants = [{"variant": v, "token_id": new_ids[w]} for w in chunk for v in deletions(w)]
            for vchunk in _chunks(variants, 5000):
                session.execute(insert(TokenVariant), list(vchunk))
    return known


def _adjust_freq(session: Session, delta: Counter[int]) -> None:
    params = [{"tid": token_id, "change": change} for token_id, change in delta.items() if change]
    if params:
        table = cast(Table, NameToken.__table__)
        session.execute(
            update(table)
            .where(table.c.id == bindparam("tid"))
            .values(freq=table.c.freq + bindparam("change")),
            params,
        )


def add_workers(session: Session, workers: Sequence[IndexedName]) -> None:
    """Index workers that are not in the index yet (new workers)."""
    if not workers:
        return
    words_of = {w.worker_id: tokens(w.full_name) for w in workers}
    ids = _token_ids(session, {word for ws in words_of.values() for word in ws})
    postings = []
    delta: Counter[int] = Counter()
    for w in workers:
        for word in words_of[w.worker_id]:
            token_id = ids[word]
            delta[token_id] += 1
            postings.append(
                {
                    "token_id": token_id,
                    "name_key": w.name_key,
                    "worker_id": w.worker_id,
                    "desa_code": w.desa_code,
                }
            )
    for chunk in _chunks(postings, 5000):
        session.execute(insert(cast(Table, WorkerToken.__table__)), list(chunk))
    _adjust_freq(session, delta)


def remove_workers(session: Session, worker_ids: Sequence[int]) -> None:
    """Drop workers' postings (before a change of name or desa, or a deletion)."""
    delta: Counter[int] = Counter()
    for chunk in _chunks(worker_ids):
        rows = session.execute(
            select(WorkerToken.token_id).where(WorkerToken.worker_id.in_(chunk))
        ).scalars()
        delta.update(rows)
        session.execute(delete(WorkerToken).where(WorkerToken.worker_id.in_(chunk)))
    _adjust_freq(session, Counter({k: -v for k, v in delta.items()}))


def reindex_workers(session: Session, workers: Sequence[IndexedName]) -> None:
    """Re-index workers whose name or desa changed."""
    remove_workers(session, [w.worker_id for w in workers])
    add_workers(session, workers)


def index_arrived_workers(session: Session, limit: int = 5000) -> int:
    """Workers whose postings are missing or stale (their name or desa changed): at a site
    linked to the province, workers arrive by replication, not through an import that
    indexes them. At most limit of them, indexed again; how many."""
    from sqlalchemy import and_, exists, literal

    from db.models import Worker

    current = exists().where(
        WorkerToken.worker_id == Worker.id,
        WorkerToken.name_key == Worker.name_key,
        or_(
            WorkerToken.desa_code == Worker.desa_code,
            and_(WorkerToken.desa_code.is_(None), Worker.desa_code.is_(None)),
        ),
    )
    rows = session.execute(
        select(Worker.id, Worker.full_name, Worker.name_key, Worker.desa_code)
        .where(~current, Worker.full_name != literal(""))
        .order_by(Worker.id)
        .limit(limit)
    ).all()
    reindex_workers(session, [IndexedName(r[0], r[1], r[2], r[3]) for r in rows])
    gone = session.scalars(
        select(WorkerToken.worker_id)
        .where(~exists().where(Worker.id == WorkerToken.worker_id))
        .distinct()
        .limit(limit)
    ).all()
    remove_workers(session, list(gone))
    return len(rows) + len(gone)
