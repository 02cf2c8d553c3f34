"""Ed25519 signing keys for card QR codes: generation, text forms and key ids."""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

# Four bytes of SHA-256 only pick a key among a handful of sites' keys; the signature, not the
# id, decides whether a card is genuine, so a longer id would buy nothing but QR modules.
KEY_ID_SIZE = 4
SEED_SIZE = 32
PUBLIC_KEY_SIZE = 32
PUBLIC_KEY_TAG = "ed25519:"


class KeyFormatError(ValueError):
    """Text or bytes that are not an Ed25519 key in a form this module writes."""


class DuplicateKeyIdError(ValueError):
    """Two different trusted public keys share a key id: one site must make a new key."""


def generate_private_key() -> Ed25519PrivateKey:
    """A new signing key from the operating system's random source."""
    return Ed25519PrivateKey.generate()


def private_key_from_seed(seed: bytes) -> Ed25519PrivateKey:
    """The signing key for a 32-byte seed: deterministic keys for tests and fixtures."""
    if len(seed) != SEED_SIZE:
        raise KeyFormatError(f"an Ed25519 seed has {SEED_SIZE} bytes, not {len(seed)}")
    return Ed25519PrivateKey.from_private_bytes(seed)


def raw_public_key(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_key: Ed25519PublicKey) -> bytes:
    """The first KEY_ID_SIZE bytes of the SHA-256 of the raw 32-byte public key."""
    return hashlib.sha256(raw_public_key(public_key)).digest()[:KEY_ID_SIZE]


def private_key_to_pem(private_key: Ed25519PrivateKey) -> bytes:
    """Unencrypted PKCS#8 PEM: the caller stores it with owner-only permissions."""
    return private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def private_key_from_pem(data: bytes) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        # TypeError: the PEM is encrypted; ValueError: not PEM, or a broken key.
        raise KeyFormatError(f"not an unencrypted PKCS#8 PEM private key: {error}") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFormatError(f"not an Ed25519 key but {type(key).__name__}")
    return key


def public_key_to_text(public_key: Ed25519PublicKey) -> str:
    """One line, `ed25519:` and the raw key in unpadded base64url: fits a config list."""
    return _text_of_raw(raw_public_key(public_key))


def public_key_to_pem(public_key: Ed25519PublicKey) -> bytes:
    """SubjectPublicKeyInfo PEM, for tools outside the kiosk (openssl)."""
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def public_key_from_text(text: str) -> Ed25519PublicKey:
    """Reads either form that public_key_to_text and public_key_to_pem write."""
    stripped = text.strip()
    if stripped.startswith("-----BEGIN"):
        return _public_key_from_pem(stripped.encode("ascii", errors="replace"))
    if not stripped.startswith(PUBLIC_KEY_TAG):
        raise KeyFormatError(f"a public key starts with {PUBLIC_KEY_TAG!r} or is PEM")
    encoded = stripped[len(PUBLIC_KEY_TAG) :]
    try:
        raw = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
    except (ValueError, binascii.Error) as error:
        raise KeyFormatError(f"the key is not base64url: {error}") from error
    # The decoder skips stray characters; only the canonical spelling is a key.
    if len(raw) != PUBLIC_KEY_SIZE or _text_of_raw(raw) != stripped:
        raise KeyFormatError("the key is not 32 bytes in unpadded base64url")
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as error:
        raise KeyFormatError(f"not an Ed25519 public key: {error}") from error


def _text_of_raw(raw: bytes) -> str:
    return PUBLIC_KEY_TAG + base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _public_key_from_pem(data: bytes) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm) as error:
        raise KeyFormatError(f"not a PEM public key: {error}") from error
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFormatError(f"not an Ed25519 key but {type(key).__name__}")
    return key


def trusted_keys(public_keys: Iterable[Ed25519PublicKey]) -> dict[bytes, Ed25519PublicKey]:
    """Keys by key id, as decode_and_verify wants them; the same key twice is harmless."""
    by_id: dict[bytes, Ed25519PublicKey] = {}
    for public_key in public_keys:
        kid = key_id(public_key)
        known = by_id.get(kid)
        if known is not None and raw_public_key(known) != raw_public_key(public_key):
            raise DuplicateKeyIdError(f"two trusted keys share the key id {kid.hex()}")
        by_id[kid] = public_key
    return by_id
