"""Changing this installation's settings: an admin's action, in the audit trail."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from kiosk.config import SettingError, SettingKey, parse_setting, read_settings, write_settings
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor


def _loggable(key: SettingKey, value: object) -> object:
    """A database URL may carry a password: the audit trail gets it hidden."""
    if key is SettingKey.DATABASE_URL and isinstance(value, str) and value:
        try:
            return make_url(value).render_as_string(hide_password=True)
        except ArgumentError:
            return "(not a URL)"
    return value


def change_setting(
    auditor: Auditor, actor: Actor | None, path: Path, key: SettingKey, raw: str
) -> tuple[object, object]:
    """Write one setting; returns (before, after). Raises SettingError for a bad value."""
    auditor.require(actor, Permission.CHANGE_SETTINGS, target=f"setting:{key.value}")
    value = parse_setting(key, raw)
    if key is SettingKey.DATABASE_URL:
        try:
            make_url(str(value))
        except ArgumentError as error:
            raise SettingError(f"{key.value}: not a database URL") from error
    values = read_settings(path)
    before = values.get(key.value)
    values[key.value] = value
    # The event and the file go together: the file is replaced last inside the transaction,
    # so a failed write leaves no event, and a failed event leaves the old file.
    with auditor.sessions.begin() as session:
        auditor.record(
            session,
            actor,
            AuditAction.SETTINGS_CHANGE,
            target=f"setting:{key.value}",
            details={"before": _loggable(key, before), "after": _loggable(key, value)},
        )
        session.flush()
        write_settings(path, values)
    return before, value
