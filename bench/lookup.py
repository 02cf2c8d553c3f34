"""Lookup latency at a million workers, beside a naive LIKE '%…%' scan in the same run; and
the same queries on the hub's PostgreSQL, reached over TCP as a desk reaches it."""

from __future__ import annotations

import random
from functools import partial

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from bench import postgres
from bench.common import Row, demo_database, percentile, timed_ms
from db.models import Worker
from kiosk.usecases.audit import Auditor, Workstation
from kiosk.usecases.lookup import Lookup

WORKERS = 1_000_000
SAMPLES = 300
NAIVE_SAMPLES = 12
WARM_UP = 20  # queries of each kind first, to warm the caches as a kiosk in use would be
TARGETS_MS = {"NIK": 5.0, "KPJ": 5.0, "name prefix": 20.0, "name with a typo": 20.0}
# Issue 13: the hub at 1,000,000 workers, over TCP.
POSTGRES_TARGETS_MS = {"NIK": 10.0, "KPJ": 10.0, "name prefix": 30.0, "name with a typo": 30.0}


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:  # swap two neighbours
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:  # drop a letter
        return word[:i] + word[i + 1 :]
    return word[:i] + rng.choice("aeioukmnrt") + word[i + 1 :]  # wrong letter


def _queries(sessions: sessionmaker[Session], rng: random.Random) -> dict[str, list[str]]:
    with sessions() as session:
        ids = [rng.randrange(1, WORKERS + 1) for _ in range(SAMPLES)]
        rows = session.execute(
            select(Worker.nik, Worker.kpj, Worker.full_name).where(Worker.id.in_(ids))
        ).all()
    niks = [r[0] for r in rows]
    kpjs = [r[1] for r in rows]
    prefixes, typos = [], []
    for _nik, _kpj, name in rows:
        words = name.split()
        word = rng.choice(words)
        prefixes.append(word[: max(3, len(word) - 2)])
        long_words = [w for w in words if len(w) >= 5]
        typo_word = rng.choice(long_words) if long_words else words[-1] + "a"
        others = [w for w in words if w != typo_word]
        typos.append(" ".join([*others[:1], _typo(typo_word, rng)]))
    return {"NIK": niks, "KPJ": kpjs, "name prefix": prefixes, "name with a typo": typos}


def _naive(sessions: sessionmaker[Session], kind: str, query: str) -> None:
    column = {"NIK": "nik", "KPJ": "kpj"}.get(kind, "full_name")
    needle = query.split()[-1]
    with sessions() as session:
        session.execute(
            text(f"SELECT id FROM worker WHERE {column} LIKE :q ORDER BY full_name LIMIT 51"),
            {"q": f"%{needle}%"},
        ).all()


def _latencies(lookup: Lookup, items: list[str]) -> list[float]:
    for q in items[:WARM_UP]:
        lookup.search(q)
    return [timed_ms(partial(lookup.search, q))[0] for q in items]


def _lookup(sessions: sessionmaker[Session]) -> Lookup:
    return Lookup(sessions, Auditor(sessions, Workstation("bench", "bench")))


def _hits(lookup: Lookup, items: list[str]) -> list[tuple[int, ...]]:
    return [tuple(h.id for h in lookup.search(q).hits) for q in items]


def _sqlite_rows(sessions: sessionmaker[Session], queries: dict[str, list[str]]) -> list[Row]:
    lookup = _lookup(sessions)
    rows: list[Row] = []
    for kind, items in queries.items():
        ours = _latencies(lookup, items)
        naive = [timed_ms(partial(_naive, sessions, kind, q))[0] for q in items[:NAIVE_SAMPLES]]
        p50, p95 = percentile(ours, 50), percentile(ours, 95)
        naive_p50, naive_p95 = percentile(naive, 50), percentile(naive, 95)
        # Like against like: medians, and the slow ends.
        speedup = min(naive_p50 / p50, naive_p95 / p95)
        ok = p95 <= TARGETS_MS[kind] and speedup >= 20
        rows.append(
            Row(
                f"lookup {kind} @1M (p50 / p95)",
                f"{p50:.2f} / {p95:.2f} ms; naive LIKE {naive_p50:.0f} / {naive_p95:.0f} ms"
                f" (>= {speedup:.0f}x)",
                f"p95 <= {TARGETS_MS[kind]:.0f} ms, >= 20x",
                "ok" if ok else "MISSED",
            )
        )
    return rows


def _postgres_rows(
    url: str, queries: dict[str, list[str]], expected: dict[str, list[tuple[int, ...]]]
) -> list[Row]:
    """The same queries on the hub's database; each must find what SQLite finds, in order."""
    try:
        server, fill = postgres.filled_server(url, WORKERS)
    except postgres.PostgresUnavailableError as error:
        return [Row("lookup @1M, PostgreSQL over TCP", f"not measured: {error}", "", "MISSED")]
    rows = [
        Row(
            "PostgreSQL 15 @1M: fill by kiosk db copy from SQLite",
            f"{fill.seconds:.0f} s (copy {fill.copy_seconds:.0f} s, then VACUUM ANALYZE)"
            + ("; kept in .bench/" if fill.cached else ""),
        )
    ]
    with server.running():
        sessions = postgres.sessions_for(server)
        lookup = _lookup(sessions)
        try:
            for kind, items in queries.items():
                ours = _latencies(lookup, items)
                p50, p95 = percentile(ours, 50), percentile(ours, 95)
                same = sum(
                    a == b for a, b in zip(_hits(lookup, items), expected[kind], strict=True)
                )
                target = POSTGRES_TARGETS_MS[kind]
                ok = p95 <= target and same == len(items)
                rows.append(
                    Row(
                        f"lookup {kind} @1M, PostgreSQL over TCP (p50 / p95)",
                        f"{p50:.2f} / {p95:.2f} ms; the same hits as SQLite: {same}/{len(items)}",
                        f"p95 <= {target:.0f} ms",
                        "ok" if ok else "MISSED",
                    )
                )
        finally:
            sessions.kw["bind"].dispose()
    return rows


def run(backends: tuple[str, ...] = ("sqlite", "postgresql")) -> list[Row]:
    url, sessions = demo_database(WORKERS)
    queries = _queries(sessions, random.Random(11))
    rows: list[Row] = []
    if "sqlite" in backends:
        rows += _sqlite_rows(sessions, queries)
    if "postgresql" in backends:
        lookup = _lookup(sessions)
        expected = {kind: _hits(lookup, items) for kind, items in queries.items()}
        rows += _postgres_rows(url, queries, expected)
    return rows
