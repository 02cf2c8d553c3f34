"""A desk and its settings file: joining a hub, and keeping the addresses the hub lists.

Shared by `kiosk join` and the window's join dialog and hub status, so that both write the
settings file the same way. The connection itself is kiosk.usecases.hub's.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.config import SettingKey, read_settings, write_settings
from kiosk.usecases.audit import Workstation
from kiosk.usecases.hub import Joined, join_hub, record_join


def join_desk(code: str, settings_file: Path, device: str, workstation: Workstation) -> Joined:
    """Join the hub named by the code and keep its database URL in the settings file (the
    certificate and the owner-only passfile beside it, named after the file); the hub's
    audit trail records the join. Nothing is written when the join fails."""
    joined = join_hub(code, settings_file.parent, device, prefix=f"{settings_file.stem}-")
    values = read_settings(settings_file)
    values[SettingKey.DATABASE_URL.value] = joined.database_url
    write_settings(settings_file, values)
    record_join(joined.database_url, workstation, _own_public_key())
    return joined


def _own_public_key() -> Ed25519PublicKey:
    """This desk's card-signing public key (the key is made on first use; it stays here)."""
    from kiosk.signing import load_or_create_private_key, signing_key_path

    return load_or_create_private_key(signing_key_path()).public_key()


def remember_url(settings_file: Path, old_url: str, new_url: str) -> bool:
    """The settings file's database URL becomes new_url, if it is old_url (a URL given on
    the command line or in the environment is not the file's to change); True if written."""
    values = read_settings(settings_file)
    if values.get(SettingKey.DATABASE_URL.value) != old_url:
        return False
    values[SettingKey.DATABASE_URL.value] = new_url
    write_settings(settings_file, values)
    return True
