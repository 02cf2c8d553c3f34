"""The kiosk's settings: one typed structure, from the command line, environment and file."""

from __future__ import annotations

import datetime as dt
import enum
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ntt-kiosk"
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
REGIONS_CSV = RESOURCES_DIR / "data" / "wilayah_ntt.csv"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"

ENV_DATABASE_URL = "KIOSK_DATABASE_URL"
ENV_LANGUAGE = "KIOSK_LANGUAGE"
ENV_SITE = "KIOSK_SITE"
ENV_DEVICE = "KIOSK_DEVICE"
ENV_SETTINGS_FILE = "KIOSK_SETTINGS_FILE"
ENV_CARD_PRINTER = "KIOSK_CARD_PRINTER"
ENV_RECEIPT_PRINTER = "KIOSK_RECEIPT_PRINTER"
ENV_EVENT = "KIOSK_EVENT"
ENV_BANK_URL = "KIOSK_BANK_URL"
ENV_BANK_TOKEN = "KIOSK_BANK_TOKEN"  # a secret: from the environment only, never stored

SUPPORTED_LANGUAGES = ("id", "en")
DEFAULT_RETENTION_DAYS = 30
MAX_RETENTION_DAYS = 3650

WITA = dt.timezone(dt.timedelta(hours=8), "WITA")  # NTT's time zone


def today_in_ntt() -> dt.date:
    return dt.datetime.now(WITA).date()


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_hub_dir() -> Path:
    """Where this laptop keeps the event hub's (or standby's) database cluster."""
    return default_data_dir() / "hub"


def default_centre_dir() -> Path:
    """Where a trial centre of the province (`kiosk central init`) keeps its cluster."""
    return default_data_dir() / "centre"


def default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'kiosk.sqlite'}"


def default_settings_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "kiosk.toml"


class SettingKey(enum.StrEnum):
    """What an admin may change in the settings file (`kiosk settings set KEY VALUE`)."""

    DATABASE_URL = "database_url"
    LANGUAGE = "language"
    SITE = "site"
    DEVICE = "device"
    IDLE_LOCK_MINUTES = "idle_lock_minutes"
    LOCKOUT_MINUTES = "lockout_minutes"
    CARD_PRINTER = "card_printer"
    RECEIPT_PRINTER = "receipt_printer"
    EVENT = "event"
    BANK_URL = "bank_url"
    RETENTION_DAYS = "retention_days"


class SettingError(ValueError):
    """A setting's value is not acceptable; the message names the key."""


@dataclass(frozen=True)
class Config:
    """Everything that differs between installations.

    database_url: any SQLAlchemy URL; SQLite in the user's data directory by default.
    language: "id" (Bahasa Indonesia, the default) or "en".
    site: the office or event this kiosk works at, in the status bar and every audit event.
    device: this installation's name, likewise.
    idle_lock_minutes: the screen locks after this long without input (0: never).
    lockout_minutes: how long an operator stays locked after 5 wrong PINs.
    card_printer: where cards print, cups://QUEUE or folder:///PATH; "" for the folder
        `cards` in the data directory.
    receipt_printer: the ESC/POS receipt printer's URL (tcp://, usb://, serial://, file://,
        cups://); "" when there is none.
    event: the id of the handover event this kiosk works at (`kiosk events list`); None:
        the most recent event, if there is one.
    bank_url: the bank's account API (resources/bank/openapi.yaml), e.g. the sandbox's
        http://127.0.0.1:8765; "" when applications go to the bank as files.
    retention_days: tanda terima and card PDFs kept on disk are deleted this many days after
        the date of the event they were handed over at (UU PDP: kept no longer than needed),
        and never before that event's BAST was written (`kiosk purge`, and at start).
    settings_file: where the values above are kept (TOML).

    Each value comes from the command line, else the environment, else the settings file,
    else the default.
    """

    database_url: str
    language: str = "id"
    site: str = ""
    device: str = ""
    idle_lock_minutes: int = 5
    lockout_minutes: int = 15
    card_printer: str = ""
    receipt_printer: str = ""
    event: int | None = None
    bank_url: str = ""
    retention_days: int = DEFAULT_RETENTION_DAYS
    settings_file: Path | None = None

    @classmethod
    def from_sources(
        cls,
        *,
        database_url: str | None = None,
        language: str | None = None,
        environ: Mapping[str, str] | None = None,
        settings_file: Path | None = None,
    ) -> Config:
        env = os.environ if environ is None else environ
        path = settings_file or Path(env.get(ENV_SETTINGS_FILE) or default_settings_file())
        stored = read_settings(path)
        lang = (language or env.get(ENV_LANGUAGE) or str(stored.get("language", "id"))).lower()
        if lang not in SUPPORTED_LANGUAGES:
            lang = "id"
        return cls(
            database_url=database_url
            or env.get(ENV_DATABASE_URL)
            or str(stored.get("database_url") or default_database_url()),
            language=lang,
            site=env.get(ENV_SITE) or str(stored.get("site", "")),
            device=env.get(ENV_DEVICE) or str(stored.get("device") or os.uname().nodename),
            idle_lock_minutes=_minutes(stored.get("idle_lock_minutes"), 5),
            lockout_minutes=_minutes(stored.get("lockout_minutes"), 15),
            card_printer=env.get(ENV_CARD_PRINTER) or str(stored.get("card_printer", "")),
            receipt_printer=env.get(ENV_RECEIPT_PRINTER) or str(stored.get("receipt_printer", "")),
            retention_days=_retention(stored.get("retention_days")),
            event=_event(env.get(ENV_EVENT) or stored.get("event")),
            bank_url=env.get(ENV_BANK_URL) or str(stored.get("bank_url", "")),
            settings_file=path,
        )


def _event(value: object) -> int | None:
    if isinstance(value, int) and value > 0:
        return value
    if isinstance(value, str) and value.strip().isdigit() and int(value) > 0:
        return int(value)
    return None


def _retention(value: object) -> int:
    if isinstance(value, int) and 1 <= value <= MAX_RETENTION_DAYS:
        return value
    return DEFAULT_RETENTION_DAYS


def _minutes(value: object, default: int) -> int:
    return value if isinstance(value, int) and value >= 0 else default


def read_settings(path: Path) -> dict[str, object]:
    """The settings file's values; a missing file is no settings."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return {}
    known = {k.value for k in SettingKey}
    return {k: v for k, v in data.items() if k in known}


def parse_setting(key: SettingKey, raw: str) -> str | int:
    """Check a value typed by an admin."""
    text = raw.strip()
    if key is SettingKey.BANK_URL and text and not text.startswith(("http://", "https://")):
        raise SettingError(f"{key.value}: an http:// or https:// address")
    if key is SettingKey.EVENT:
        if not text.isdigit() or int(text) < 1:
            raise SettingError(f"{key.value}: an event's number, as `kiosk events list` shows")
        return int(text)
    if key is SettingKey.RETENTION_DAYS:
        if not text.isdigit() or not 1 <= int(text) <= MAX_RETENTION_DAYS:
            raise SettingError(f"{key.value}: a number of days from 1 to {MAX_RETENTION_DAYS}")
        return int(text)
    if key in (SettingKey.IDLE_LOCK_MINUTES, SettingKey.LOCKOUT_MINUTES):
        if not text.isdigit() or not 0 <= int(text) <= 24 * 60:
            raise SettingError(f"{key.value}: a number of minutes from 0 to 1440")
        if key is SettingKey.LOCKOUT_MINUTES and int(text) == 0:
            raise SettingError(f"{key.value}: at least 1 minute")
        return int(text)
    if key in (SettingKey.CARD_PRINTER, SettingKey.RECEIPT_PRINTER) and text:
        from printing.card_printers import parse_card_printer_url
        from printing.errors import PrinterUrlError
        from printing.printer_url import parse_printer_url

        try:
            if key is SettingKey.CARD_PRINTER:
                parse_card_printer_url(text)
            else:
                parse_printer_url(text)
        except (PrinterUrlError, ValueError) as error:
            raise SettingError(f"{key.value}: {error}") from None
    if key is SettingKey.LANGUAGE and text not in SUPPORTED_LANGUAGES:
        raise SettingError(f"{key.value}: one of {', '.join(SUPPORTED_LANGUAGES)}")
    if len(text) > 200 or "\n" in text:
        raise SettingError(f"{key.value}: one line of at most 200 characters")
    return text


def write_settings(path: Path, values: Mapping[str, object]) -> None:
    """Write the settings file atomically (a crash leaves the old one or the new one)."""
    lines = ["# Kiosk settings: change them with `kiosk settings set KEY VALUE`.\n"]
    for key in SettingKey:
        if key.value in values:
            value = values[key.value]
            if isinstance(value, int):
                lines.append(f"{key.value} = {value}\n")
            else:
                escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
                lines.append(f'{key.value} = "{escaped}"\n')
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    os.replace(tmp, path)
