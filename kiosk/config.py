"""The kiosk's settings: one typed structure, from the command line and the environment."""

from __future__ import annotations

import datetime as dt
import os
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

SUPPORTED_LANGUAGES = ("id", "en")

WITA = dt.timezone(dt.timedelta(hours=8), "WITA")  # NTT's time zone


def today_in_ntt() -> dt.date:
    return dt.datetime.now(WITA).date()


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'kiosk.sqlite'}"


@dataclass(frozen=True)
class Config:
    """Everything that differs between installations.

    database_url: any SQLAlchemy URL; SQLite in the user's data directory by default.
    language: "id" (Bahasa Indonesia, the default) or "en".
    site: the office or event this kiosk works at, shown in the status bar.
    device: this installation's name.
    """

    database_url: str
    language: str = "id"
    site: str = ""
    device: str = ""

    @classmethod
    def from_sources(
        cls,
        *,
        database_url: str | None = None,
        language: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Config:
        env = os.environ if environ is None else environ
        lang = (language or env.get(ENV_LANGUAGE) or "id").lower()
        if lang not in SUPPORTED_LANGUAGES:
            lang = "id"
        return cls(
            database_url=database_url or env.get(ENV_DATABASE_URL) or default_database_url(),
            language=lang,
            site=env.get(ENV_SITE, ""),
            device=env.get(ENV_DEVICE, "") or os.uname().nodename,
        )
