"""The migrations build exactly the schema the models describe, and go down and up again."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text

from db.migrate import HEAD_REVISION, MIGRATIONS_DIR, alembic_head, current_revision, upgrade
from db.models import Base


def test_the_shortcut_head_is_alembics_head() -> None:
    assert alembic_head() == HEAD_REVISION


def test_models_and_migrations_agree(engine: Engine) -> None:
    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_down_to_nothing_and_up_again(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert current_revision(engine) is None
    assert upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    assert not upgrade(engine)


def test_a_card_queued_twice_before_0009_keeps_its_newest_job_queued(engine: Engine) -> None:
    """Two batches could queue one card before 0009; the upgrade must not fail on that."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
    stamp = "2026-11-20 08:00:00+00"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO worker (id, nik, kpj, full_name, name_key, birth_date, sex, status)"
                " VALUES (1, '5311014501900001', '25000000001', 'Rambu Hina', 'rambu hina',"
                " '1990-01-05', 'P', 'card_printed')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO card (serial, worker_id, key_id, issued_on, status, created_at)"
                " VALUES (77, 1, 'abcd1234', '2026-11-20', 'active', :at)"
            ),
            {"at": stamp},
        )
        for job in (1, 2, 3):
            conn.execute(
                text(
                    "INSERT INTO print_job (id, card_serial, worker_id, kind, printer, status,"
                    " attempts, operator, created_at, updated_at) VALUES (:id, 77, 1, 'card',"
                    " 'folder:///srv/kartu', :status, 1, 'cetak1', :at, :at)"
                ),
                {"id": job, "status": "sent" if job == 1 else "queued", "at": stamp},
            )
    assert upgrade(engine)
    with engine.connect() as conn:
        jobs = conn.execute(text("SELECT id, status, error FROM print_job ORDER BY id")).all()
    assert [(job.id, job.status) for job in jobs] == [(1, "sent"), (2, "failed"), (3, "queued")]
    assert "newer queued job" in jobs[1].error
