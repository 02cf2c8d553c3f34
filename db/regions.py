"""Region reference data: loading the official NTT codes and resolving names to codes."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db.models import Region, RegionLevel


@dataclass(frozen=True)
class RegionRecord:
    code: str
    name: str
    level: RegionLevel
    parent_code: str | None


def read_region_csv(path: Path) -> Iterator[RegionRecord]:
    """Rows of the official table (columns kode, nama, tingkat), parents before children."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows.sort(key=lambda r: (r["kode"].count("."), r["kode"]))
    for row in rows:
        code = row["kode"].strip()
        parent = code.rsplit(".", 1)[0] if "." in code else None
        yield RegionRecord(code, row["nama"].strip(), RegionLevel(row["tingkat"].strip()), parent)


def ensure_regions(session: Session, path: Path) -> int:
    """Load the region table when it is empty; returns the number of rows added."""
    if session.execute(select(func.count()).select_from(Region)).scalar_one():
        return 0
    records = [
        {"code": r.code, "name": r.name, "level": r.level, "parent_code": r.parent_code}
        for r in read_region_csv(path)
    ]
    session.execute(insert(Region), records)
    return len(records)


def children(session: Session, parent_code: str) -> list[tuple[str, str]]:
    """(code, name) of a region's direct children, by name."""
    rows = session.execute(
        select(Region.code, Region.name)
        .where(Region.parent_code == parent_code)
        .order_by(Region.name)
    )
    return list(rows)


def codes_at_level(session: Session, level: RegionLevel) -> set[str]:
    return set(session.execute(select(Region.code).where(Region.level == level)).scalars())
