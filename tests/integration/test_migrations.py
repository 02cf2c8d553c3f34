"""The migrations build exactly the schema the models describe, and go down and up again."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

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
