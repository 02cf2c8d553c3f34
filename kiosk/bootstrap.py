"""Opening the database the way every entry point does: migrate, load regions, sessions."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory
from db.migrate import upgrade
from db.regions import ensure_regions
from kiosk.config import REGIONS_CSV, Config


def open_database(config: Config) -> sessionmaker[Session]:
    """Engine for the configured URL, schema brought up to date, reference data in place.
    A desk joined to an event hub never changes the hub's schema: it checks it."""
    if "sslrootcert=" in config.database_url:
        return _open_hub(config)
    engine = make_engine(config.database_url)
    upgrade(engine)
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        ensure_regions(session, REGIONS_CSV)
    return sessions


def _open_hub(config: Config) -> sessionmaker[Session]:
    from kiosk.usecases.hub import check_schema, learn_addresses
    from kiosk.usecases.hub_desk import remember_url

    url = config.database_url
    check_schema(url)  # raises JoinError: the kiosk or the hub must be updated
    learned = learn_addresses(url)  # a standby added since the desk joined
    if learned is not None:
        if config.settings_file is not None:
            remember_url(config.settings_file, url, learned)
        url = learned
    return make_session_factory(make_engine(url))
