"""A worker keeps the finest region the list gives, and every region filter and count sees them.

On SQLite and PostgreSQL: a worker whose code is the kecamatan itself (53.11.03) falls just
outside the range of its desa ("53.11.03." to "53.11.03/"), so a scope must take both.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from db import search
from db.models import Role, Worker, WorkerToken
from kiosk.usecases.bast import _desa_column
from kiosk.usecases.importing import ImportSummary, import_file
from kiosk.usecases.lookup import Lookup, kecamatan_of
from kiosk.usecases.progress import event_progress
from tests.helpers.import_files import Person, people, write_registry_csv
from tests.helpers.security import Security, build_security

TODAY = dt.date.today()
NOW = dt.datetime.now(dt.UTC)
LEWA = "53.11.03"


def run(sessions: sessionmaker[Session], path: Path) -> ImportSummary:
    return import_file(sessions, path, today=TODAY, clock=lambda: NOW)


@pytest.fixture
def listed(tmp_path: Path) -> list[Person]:
    a, b, c = people(3)
    return [a, b.but(desa=""), c.but(desa="", kecamatan="", desa_code="")]


@pytest.fixture
def sec(sessions: sessionmaker[Session], tmp_path: Path, listed: list[Person]) -> Security:
    summary = run(sessions, write_registry_csv(tmp_path / "daftar.csv", listed))
    assert (summary.inserted, summary.rejected) == (3, 0)
    return build_security(sessions)


def region_of(sessions: sessionmaker[Session], person: Person) -> str | None:
    with sessions() as session:
        return session.scalar(select(Worker.desa_code).where(Worker.nik == person.nik))


def test_the_finest_region_is_stored(sec: Security, listed: list[Person]) -> None:
    assert [region_of(sec.sessions, p) for p in listed] == [listed[0].desa_code, LEWA, None]


def test_scopes_take_the_kecamatan_itself(sec: Security, listed: list[Person]) -> None:
    lookup = Lookup(sec.sessions, sec.auditor)
    in_lewa = {h.kpj for h in lookup.search(listed[1].name, LEWA).hits}
    assert listed[1].kpj in in_lewa
    in_sumba_timur = {h.kpj for h in lookup.search(listed[1].name, "53.11").hits}
    assert listed[1].kpj in in_sumba_timur
    in_desa = {h.kpj for h in lookup.search(listed[1].name, listed[0].desa_code).hits}
    assert listed[1].kpj not in in_desa
    with sec.sessions() as session:
        everyone = set(search.ids_in_scope(session, LEWA, 100))
        by_phone = search.ids_by_phone(session, listed[1].phone, LEWA, 10)
        by_digits = search.ids_by_digit_prefix(session, listed[1].kpj, LEWA, 10)
    assert len(everyone) == 2
    assert by_phone
    assert by_digits


def test_lookup_shows_the_kecamatan_and_offers_it(sec: Security, listed: list[Person]) -> None:
    lookup = Lookup(sec.sessions, sec.auditor)
    (hit,) = lookup.search(listed[1].kpj).hits
    assert (hit.kecamatan, hit.desa) == ("Lewa", "")
    assert [c.code for c in lookup.kecamatan_choices()] == [LEWA]
    assert kecamatan_of(LEWA) == kecamatan_of(listed[0].desa_code) == LEWA
    assert kecamatan_of("53.11") is None


def test_progress_counts_the_workers_without_a_desa(sec: Security) -> None:
    progress = event_progress(sec.sessions, None, sec.auditor, sec.actors[Role.SUPERVISOR])
    assert progress.total().registered == 3
    rows = [(r.kecamatan, r.desa, r.desa_code, r.registered) for r in progress.rows]
    assert rows[-2:] == [("Lewa", "", LEWA, 1), ("", "", "", 1)]
    assert [(r.kecamatan, r.registered) for r in progress.by_kecamatan()] == [("Lewa", 2), ("", 1)]


def test_the_bast_names_the_kecamatan_of_a_worker_without_a_desa() -> None:
    from db.models import RegionLevel

    assert _desa_column("Lewa", RegionLevel.DISTRICT) == "Kec. Lewa (desa tidak tercatat)"
    assert _desa_column("Kambuhapang", RegionLevel.VILLAGE) == "Kambuhapang"
    assert _desa_column(None, None) == ""


def test_a_reimport_fills_in_regions_lost_before_the_upgrade(
    sec: Security, listed: list[Person], tmp_path: Path
) -> None:
    # What an import before the fix left: no region at all, in the worker and its postings.
    with sec.sessions.begin() as session:
        wid = session.scalar(select(Worker.id).where(Worker.nik == listed[1].nik))
        session.execute(update(Worker).where(Worker.id == wid).values(desa_code=None))
        session.execute(
            update(WorkerToken).where(WorkerToken.worker_id == wid).values(desa_code=None)
        )
    summary = run(sec.sessions, write_registry_csv(tmp_path / "daftar.csv", listed))
    assert (summary.updated, summary.unchanged) == (1, 2)
    assert region_of(sec.sessions, listed[1]) == LEWA
    lookup = Lookup(sec.sessions, sec.auditor)
    assert listed[1].kpj in {h.kpj for h in lookup.search(listed[1].name, LEWA).hits}


def test_a_list_that_says_less_does_not_erase_the_desa(
    sec: Security, listed: list[Person], tmp_path: Path
) -> None:
    vaguer = [listed[0].but(desa=""), listed[0].but(desa="", kecamatan="")]
    for n, person in enumerate(vaguer):
        summary = run(sec.sessions, write_registry_csv(tmp_path / f"v{n}.csv", [person]))
        assert summary.unchanged == 1
        assert region_of(sec.sessions, listed[0]) == listed[0].desa_code
    moved = listed[0].but(desa="", kecamatan="Haharu")
    summary = run(sec.sessions, write_registry_csv(tmp_path / "moved.csv", [moved]))
    assert summary.updated == 1
    assert region_of(sec.sessions, listed[0]) == "53.11.02"
