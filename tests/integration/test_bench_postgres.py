"""make bench's PostgreSQL server: reached as a desk reaches the hub, filled once and kept."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from bench import postgres
from db.engine import make_engine
from db.models import Sex
from db.workers import WorkerRecord, insert_workers

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _registry(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        insert_workers(
            session,
            [
                WorkerRecord(
                    nik=f"531103050390{i:04d}",
                    kpj=f"{25000000000 + i:011d}",
                    full_name=f"Umbu Ndaku {name}",
                    birth_date=dt.date(1990, 3, 5),
                    sex=Sex.MALE,
                    desa_code="53.11.03.2002",
                )
                for i, name in enumerate(["Lewa", "Kapita", "Hina"], start=1)
            ],
        )
        session.commit()
    engine.dispose()


@pytest.fixture
def bench_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A .bench/ of its own, that the server's user (postgres, under root) may enter."""
    try:
        postgres.bin_dir()
    except postgres.PostgresUnavailableError as error:
        pytest.skip(str(error))
    path = Path(tempfile.mkdtemp(prefix="kiosk-bench-test-"))
    path.chmod(0o755)
    monkeypatch.setattr(postgres, "BENCH_DIR", path)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_filled_once_then_reused_over_tls_with_a_password(sqlite_url: str, bench_dir: Path) -> None:
    _registry(sqlite_url)
    server, fill = postgres.filled_server(sqlite_url, workers=3)
    assert not fill.cached
    again, fill_again = postgres.filled_server(sqlite_url, workers=3)
    assert fill_again.cached
    assert fill_again.seconds == pytest.approx(fill.seconds)
    assert again.root == server.root
    with again.running():
        engine = make_engine(again.url())
        with engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT (SELECT count(*) FROM worker), inet_server_addr()::text,"
                    " (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()),"
                    " (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
                )
            ).one()
        engine.dispose()
        assert tuple(row) == (3, "127.0.0.1/32", True, False)
        # Without the password, or without TLS, the server refuses the desk's role.
        with pytest.raises(psycopg.OperationalError, match="password"):
            psycopg.connect(
                host=postgres.HOST, port=again.port, user=postgres.ROLE, dbname=postgres.DATABASE,
                sslmode="require", passfile="/dev/null", connect_timeout=3,
            )  # fmt: skip
        with pytest.raises(psycopg.OperationalError, match="no encryption"):
            psycopg.connect(
                host=postgres.HOST, port=again.port, user=postgres.ROLE, dbname=postgres.DATABASE,
                sslmode="disable", passfile=str(again.passfile), connect_timeout=3,
            )  # fmt: skip
