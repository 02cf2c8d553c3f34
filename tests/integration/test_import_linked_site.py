"""A site linked to the province's centre takes its workers from the centre: a list
imported there would give workers ids of its own, which the centre's rows collide with."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.models import CENTRE_ORIGIN, LocalOrigin, Worker
from kiosk.registry.tabular import FileProblem
from kiosk.usecases.importing import ImportFileError, import_file
from tests.helpers.import_files import people, write_registry_csv

TODAY = dt.date(2026, 12, 4)


def _be(sessions: sessionmaker[Session], origin: str) -> None:
    with sessions.begin() as session:
        session.execute(update(LocalOrigin).values(origin=origin, label="x"))


def test_a_linked_site_refuses_a_registration_list(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _be(sessions, "53.11/a1b2c3")
    path = write_registry_csv(tmp_path / "daftar.csv", people(5))
    with pytest.raises(ImportFileError) as refused:
        import_file(sessions, path, today=TODAY)
    assert refused.value.reason is FileProblem.LINKED_SITE
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Worker)) == 0


@pytest.mark.parametrize("origin", ["", CENTRE_ORIGIN])
def test_the_centre_and_an_unlinked_database_import(
    sessions: sessionmaker[Session], tmp_path: Path, origin: str
) -> None:
    _be(sessions, origin)
    path = write_registry_csv(tmp_path / "daftar.csv", people(5))
    assert import_file(sessions, path, today=TODAY).inserted == 5
