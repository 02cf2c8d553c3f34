"""Opening the database the way every entry point does: migrate, load regions, sessions."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory
from db.migrate import upgrade
from db.regions import ensure_regions
from kiosk.config import REGIONS_CSV, Config


def open_database(config: Config) -> sessionmaker[Session]:
    """Engine for the configured URL, schema brought up to date, reference data in place."""
    engine = make_engine(config.database_url)
    upgrade(engine)
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        ensure_regions(session, REGIONS_CSV)
    return sessions
