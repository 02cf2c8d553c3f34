"""The demo registry is realistic, consistent, and the same for the same seed."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Region, RegionLevel, Worker
from kiosk.registry.identifiers import check_nik, mask_nik, normalize_kpj, normalize_phone
from kiosk.usecases.demo import DemoSummary, RegistryNotEmptyError, create_demo

NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)


def _demo(
    sessions: sessionmaker[Session],
    workers: int,
    *,
    seed: int = 1,
    replace: bool = False,
    if_empty: bool = False,
) -> DemoSummary:
    return create_demo(
        sessions,
        workers=workers,
        seed=seed,
        today=NOW.date(),
        now=NOW,
        replace=replace,
        if_empty=if_empty,
    )


def _snapshot(sessions: sessionmaker[Session]) -> list[tuple[object, ...]]:
    with sessions() as session:
        return [
            tuple(r)
            for r in session.execute(
                select(
                    Worker.nik, Worker.kpj, Worker.full_name, Worker.desa_code, Worker.phone
                ).order_by(Worker.nik)
            )
        ]


def test_consistent_identifiers_across_all_of_sumba_timur(
    sessions: sessionmaker[Session], today: dt.date
) -> None:
    _demo(sessions, 4000)
    with sessions() as session:
        workers = session.scalars(select(Worker)).all()
        desa_of_sumba_timur = session.execute(
            select(func.count())
            .select_from(Region)
            .where(Region.level == RegionLevel.VILLAGE, Region.code.like("53.11.%"))
        ).scalar_one()
        assert len(workers) == 4000
        assert len({w.desa_code for w in workers}) == desa_of_sumba_timur == 156
        assert len({w.desa_code[:8] for w in workers if w.desa_code}) == 22
        assert len({w.kpj for w in workers}) == 4000
        assert len({w.nik for w in workers}) == 4000
        # Serials vary as real ones do, so two workers of one name differ in their masked NIK.
        serials = Counter(w.nik[-4:] for w in workers)
        assert len(serials) > 1000
        assert serials["0001"] < 40
        by_name: dict[str, set[str]] = {}
        for w in workers:
            by_name.setdefault(w.full_name, set()).add(mask_nik(w.nik))
        namesakes = [masks for name, masks in by_name.items() if len(masks) > 1]
        assert namesakes
        assert sum(len(masks) for masks in by_name.values()) > 0.99 * len(workers)
        for w in workers:
            check = check_nik(w.nik, today=today, birth_date=w.birth_date, sex=w.sex)
            assert check.ok, (w.nik, check.errors)
            assert check.warnings == ()
            assert w.desa_code is not None
            assert check.info is not None
            assert check.info.district_code == w.desa_code[:8]
            assert normalize_kpj(w.kpj) == w.kpj
            assert w.phone is None or normalize_phone(w.phone) == w.phone
            assert 18 <= (today - w.birth_date).days // 365 <= 66


def test_same_seed_same_registry(sqlite_url: str) -> None:
    from db.engine import make_engine, make_session_factory

    first = make_session_factory(make_engine(sqlite_url))
    _demo(first, 300, seed=42)
    before = _snapshot(first)
    _demo(first, 300, seed=42, replace=True)
    assert _snapshot(first) == before
    _demo(first, 300, seed=43, replace=True)
    assert _snapshot(first) != before


def test_never_overwrites_a_registry_by_accident(sessions: sessionmaker[Session]) -> None:
    _demo(sessions, 50)
    with pytest.raises(RegistryNotEmptyError):
        _demo(sessions, 50)
    summary = _demo(sessions, 80, if_empty=True)
    assert summary.skipped
    with sessions() as session:
        assert session.execute(select(func.count()).select_from(Worker)).scalar_one() == 50


def test_replacing_a_demo_registry_with_cards_issued(sessions: sessionmaker[Session]) -> None:
    from db.models import Card, CardStatus

    _demo(sessions, 20)
    with sessions.begin() as session:
        worker_id = session.scalars(select(Worker.id)).first()
        assert worker_id is not None
        session.add(
            Card(
                serial=123456789,
                worker_id=worker_id,
                key_id="00112233",
                issued_on=NOW.date(),
                status=CardStatus.ACTIVE,
                created_at=NOW,
            )
        )
    summary = _demo(sessions, 30, replace=True)
    assert summary.workers == 30
