"""Fixtures shared by every suite: databases on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory
from db.migrate import upgrade
from db.regions import ensure_regions
from kiosk.config import REGIONS_CSV
from tests.helpers.postgres import Cluster, PostgresUnavailableError, start_cluster

# The tests are run in Indonesia's eastern time zone's calendar, but on a fixed day.
TODAY = dt.date(2026, 11, 25)

_REQUIRE_POSTGRES = (
    os.environ.get("CI") == "true" or os.environ.get("KIOSK_REQUIRE_POSTGRES") == "1"
)
_counter = itertools.count()


@pytest.fixture(scope="session")
def today() -> dt.date:
    return TODAY


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file with the regions loaded, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with Session(engine) as session:
        ensure_regions(session, REGIONS_CSV)
        session.commit()
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    try:
        cluster = start_cluster()
    except PostgresUnavailableError as error:
        if _REQUIRE_POSTGRES:
            pytest.fail(f"PostgreSQL is required here and could not start: {error}")
        pytest.skip(str(error))
    try:
        engine = make_engine(cluster.url())
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("CREATE DATABASE kiosk_template"))
        engine.dispose()
        template = make_engine(cluster.url("kiosk_template"))
        upgrade(template)
        with Session(template) as session:
            ensure_regions(session, REGIONS_CSV)
            session.commit()
        template.dispose()
        yield cluster
    finally:
        cluster.stop()


def _postgres_database(cluster: Cluster) -> str:
    name = f"kiosk_test_{os.getpid()}_{next(_counter)}"
    admin = make_engine(cluster.url())
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE kiosk_template'))
    admin.dispose()
    return cluster.url(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """A migrated database with the regions loaded, fresh for each test, on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "kiosk.sqlite"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    cluster: Cluster = request.getfixturevalue("postgres_cluster")
    return _postgres_database(cluster)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A fresh migrated SQLite database only, for tests that need no PostgreSQL twin."""
    path = tmp_path / "kiosk.sqlite"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def postgres_url(postgres_cluster: Cluster) -> str:
    """A fresh migrated PostgreSQL database only, for what only PostgreSQL does."""
    return _postgres_database(postgres_cluster)
