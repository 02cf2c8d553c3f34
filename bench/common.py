"""Shared benchmark helpers: cached demo databases, percentiles, the result table."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.migrate import HEAD_REVISION
from kiosk.bootstrap import open_database
from kiosk.config import Config
from kiosk.usecases.demo import create_demo, worker_count

BENCH_DIR = Path(__file__).resolve().parent.parent / ".bench"
TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@dataclass(frozen=True)
class Row:
    measure: str
    value: str
    target: str = ""
    verdict: str = ""


def demo_database(workers: int, seed: int = 7) -> tuple[str, sessionmaker[Session]]:
    """A SQLite demo registry of the given size, built once and kept in .bench/."""
    BENCH_DIR.mkdir(exist_ok=True)
    # "-d2": the demo generator's version (NIK serials that vary).
    path = BENCH_DIR / f"registry-{workers}-seed{seed}-rev{HEAD_REVISION}-d2.sqlite"
    url = f"sqlite:///{path}"
    sessions = open_database(Config(database_url=url))
    with sessions() as session:
        have = worker_count(session)
    if have != workers:
        print(f"  building a {workers:,}-worker demo registry in {path.name} (once) ...")
        started = time.perf_counter()
        create_demo(sessions, workers=workers, seed=seed, today=TODAY, now=NOW, replace=True)
        with sessions() as session:
            session.connection().exec_driver_sql("ANALYZE")
            session.commit()
        print(f"  built in {time.perf_counter() - started:.0f} s")
    return url, sessions


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed_ms(call: Callable[[], object], repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def print_table(title: str, rows: list[Row]) -> None:
    widths = [
        max(len(getattr(r, f)) for r in [Row("measure", "value", "target", ""), *rows])
        for f in ("measure", "value", "target", "verdict")
    ]
    print(f"\n{title}")
    header = Row("measure", "value", "target", "")
    for i, row in enumerate([header, *rows]):
        cells = (row.measure, row.value, row.target, row.verdict)
        print("  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
        if i == 0:
            print("  " + "  ".join("-" * w for w in widths))
