"""This installation's card-signing key on disk, and the public keys it trusts."""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.config import default_data_dir
from printing.keys import (
    KeyFormatError,
    generate_private_key,
    private_key_from_pem,
    private_key_to_pem,
    public_key_from_text,
    public_key_to_text,
    trusted_keys,
)

ENV_SIGNING_KEY = "KIOSK_SIGNING_KEY"
KEY_FILE_NAME = "signing-key.pem"
TRUSTED_DIR_NAME = "trusted-keys"
PUBLIC_KEY_SUFFIX = ".pub"
KEY_FILE_MODE = 0o600


class SigningKeyError(Exception):
    """The signing key or a trusted key cannot be used; the message names the file."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class KeyFileExposedError(SigningKeyError):
    """The private key file is readable by others than its owner: refused, not repaired."""

    def __init__(self, path: Path, mode: int) -> None:
        super().__init__(
            path,
            f"readable by others (mode {mode:04o}); a signing key must be {KEY_FILE_MODE:04o}",
        )
        self.mode = mode


@dataclass(frozen=True)
class SigningKeys:
    """The installation's private key and every public key whose cards verify here."""

    private_key: Ed25519PrivateKey
    trusted: Mapping[bytes, Ed25519PublicKey]
    path: Path


def signing_key_path(environ: Mapping[str, str] | None = None) -> Path:
    """$KIOSK_SIGNING_KEY, else signing-key.pem in the user data folder."""
    env = os.environ if environ is None else environ
    configured = env.get(ENV_SIGNING_KEY)
    return Path(configured) if configured else default_data_dir() / KEY_FILE_NAME


def load_or_create_private_key(path: Path) -> Ed25519PrivateKey:
    """The key at path; on first use a new one, written owner-only before any byte is in it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    key = generate_private_key()
    try:
        # O_EXCL: two kiosks starting at once never overwrite each other's key; the mode is
        # given to open itself, so the file is never world-readable, even for a moment.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, KEY_FILE_MODE)
    except FileExistsError:
        return load_private_key(path)
    with os.fdopen(fd, "wb") as file:
        file.write(private_key_to_pem(key))
        file.flush()
        os.fsync(file.fileno())
    return key


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The key at path, refused when the group or others may read or write it."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as error:
        raise SigningKeyError(path, error.strerror or str(error)) from error
    with os.fdopen(fd, "rb") as file:
        # Checked on the open file, so the file read is the file checked.
        mode = stat.S_IMODE(os.fstat(file.fileno()).st_mode)
        if mode & 0o077:
            raise KeyFileExposedError(path, mode)
        data = file.read()
    try:
        return private_key_from_pem(data)
    except KeyFormatError as error:
        raise SigningKeyError(path, str(error)) from error


def trusted_public_keys(
    own: Ed25519PublicKey | None, directory: Path
) -> Mapping[bytes, Ed25519PublicKey]:
    """The own key plus every *.pub (one line, printing.keys.public_key_to_text) in directory."""
    keys = [] if own is None else [own]
    if directory.is_dir():
        for file in sorted(directory.glob(f"*{PUBLIC_KEY_SUFFIX}")):
            try:
                keys.append(public_key_from_text(file.read_text(encoding="ascii")))
            except (KeyFormatError, UnicodeDecodeError, OSError) as error:
                raise SigningKeyError(file, str(error)) from error
    try:
        return trusted_keys(keys)
    except ValueError as error:
        raise SigningKeyError(directory, str(error)) from error


def open_signing_keys(path: Path | None = None) -> SigningKeys:
    """The installation's keys: the private key at path (made on first use) and the trusted."""
    key_path = path or signing_key_path()
    private_key = load_or_create_private_key(key_path)
    trusted = trusted_public_keys(private_key.public_key(), key_path.parent / TRUSTED_DIR_NAME)
    return SigningKeys(private_key=private_key, trusted=trusted, path=key_path)


def load_trusted_keys(path: Path | None = None) -> Mapping[bytes, Ed25519PublicKey]:
    """The trusted keys, without making a signing key where none is: verifying needs none."""
    key_path = path or signing_key_path()
    own = load_private_key(key_path).public_key() if key_path.exists() else None
    return trusted_public_keys(own, key_path.parent / TRUSTED_DIR_NAME)


def add_trusted_key_file(key_path: Path, public_key: Ed25519PublicKey, name: str) -> Path:
    """Write public_key as trusted-keys/NAME.pub beside the signing key at key_path (one
    line); a file of that name holding another key is refused, never overwritten."""
    directory = key_path.parent / TRUSTED_DIR_NAME
    directory.mkdir(parents=True, exist_ok=True)
    stem = Path(name).name.removesuffix(PUBLIC_KEY_SUFFIX) or "site"
    path = directory / f"{stem}{PUBLIC_KEY_SUFFIX}"
    line = public_key_to_text(public_key)
    if path.exists():
        try:
            present = public_key_to_text(public_key_from_text(path.read_text(encoding="ascii")))
        except (KeyFormatError, UnicodeDecodeError, OSError) as error:
            raise SigningKeyError(path, str(error)) from error
        if present != line:
            raise SigningKeyError(path, "holds another key; import it under another name")
        return path
    path.write_text(line + "\n", encoding="ascii")
    return path
