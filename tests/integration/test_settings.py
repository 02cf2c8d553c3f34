"""Settings: only an admin changes them; the change is audited, a password never is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models import Role
from kiosk.config import Config, SettingError, SettingKey
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.settings import change_setting
from tests.helpers.security import build_security


def test_admin_changes_a_setting_and_the_kiosk_reads_it(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    sec = build_security(sessions)
    path = tmp_path / "kiosk.toml"
    admin = sec.actors[Role.ADMIN]
    change_setting(sec.auditor, admin, path, SettingKey.IDLE_LOCK_MINUTES, "3")
    change_setting(sec.auditor, admin, path, SettingKey.SITE, 'Aula "Pahlawan", Waingapu')
    config = Config.from_sources(environ={}, settings_file=path)
    assert config.idle_lock_minutes == 3
    assert config.site == 'Aula "Pahlawan", Waingapu'
    event = sec.events()[-2]
    assert (event.action, event.target) == ("settings_change", "setting:idle_lock_minutes")
    assert json.loads(event.details) == {"before": None, "after": 3}


def test_the_event_and_the_bank_come_from_the_settings_file_or_the_environment(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    sec = build_security(sessions)
    path = tmp_path / "kiosk.toml"
    admin = sec.actors[Role.ADMIN]
    assert Config.from_sources(environ={}, settings_file=path).bank_url == ""
    assert Config.from_sources(environ={}, settings_file=path).event is None
    change_setting(sec.auditor, admin, path, SettingKey.EVENT, "3")
    change_setting(sec.auditor, admin, path, SettingKey.BANK_URL, "https://bank.example/api")
    config = Config.from_sources(environ={}, settings_file=path)
    assert (config.event, config.bank_url) == (3, "https://bank.example/api")
    # The environment wins, as for every other setting (make run points at its sandbox bank).
    environ = {"KIOSK_EVENT": "7", "KIOSK_BANK_URL": "http://127.0.0.1:8765"}
    config = Config.from_sources(environ=environ, settings_file=path)
    assert (config.event, config.bank_url) == (7, "http://127.0.0.1:8765")
    # A nonsense event number is no event, not a crash.
    assert (
        Config.from_sources(environ={"KIOSK_EVENT": "x"}, settings_file=tmp_path / "no").event
        is None
    )


def test_a_database_password_stays_out_of_the_trail(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    sec = build_security(sessions)
    change_setting(
        sec.auditor,
        sec.actors[Role.ADMIN],
        tmp_path / "kiosk.toml",
        SettingKey.DATABASE_URL,
        "postgresql+psycopg://kiosk:rahasia-sekali@db.local/kiosk",
    )
    assert "rahasia-sekali" not in sec.events()[-1].details
    assert "***" in sec.events()[-1].details


def test_others_may_not_and_bad_values_are_named(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    sec = build_security(sessions)
    path = tmp_path / "kiosk.toml"
    with pytest.raises(PermissionDeniedError):
        change_setting(sec.auditor, sec.actors[Role.SUPERVISOR], path, SettingKey.SITE, "x")
    assert not path.exists()
    with pytest.raises(SettingError, match="idle_lock_minutes"):
        change_setting(
            sec.auditor, sec.actors[Role.ADMIN], path, SettingKey.IDLE_LOCK_MINUTES, "lima"
        )


def test_the_retention_of_kept_documents_is_a_setting_of_30_days_by_default(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    sec = build_security(sessions)
    path = tmp_path / "kiosk.toml"
    assert Config.from_sources(environ={}, settings_file=path).retention_days == 30
    admin = sec.actors[Role.ADMIN]
    change_setting(sec.auditor, admin, path, SettingKey.RETENTION_DAYS, "90")
    assert Config.from_sources(environ={}, settings_file=path).retention_days == 90
    for wrong in ("0", "tiga puluh", "99999"):
        with pytest.raises(SettingError, match="retention_days"):
            change_setting(sec.auditor, admin, path, SettingKey.RETENTION_DAYS, wrong)
