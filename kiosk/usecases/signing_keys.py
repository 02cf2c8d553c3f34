"""Card-signing public keys in the registry, so that every desk on it trusts every card.

A desk registers its own public key when it opens a PostgreSQL registry (at start-up, and
when it joins a hub); its private key never leaves the desk. `kiosk keys import FILE.pub`
records another site's key in the registry as well as in the trusted-keys folder. The keys
a desk trusts are the key files it has (its own, trusted-keys/*.pub) and every key in the
registry: a card printed at any desk of the event verifies at every other one, and with
`kiosk verify`. Each registration is in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db import audit
from db.models import KeySource, SigningKey
from kiosk.usecases.audit import AuditAction
from printing.keys import (
    DuplicateKeyIdError,
    KeyFormatError,
    key_id,
    public_key_from_text,
    public_key_to_text,
    trusted_keys,
)


def register_key(
    session: Session,
    public_key: Ed25519PublicKey,
    *,
    site: str,
    device: str,
    source: KeySource,
    operator: str | None = None,
    at: dt.datetime | None = None,
) -> bool:
    """Record the public key in the registry, once, and audit it, inside the caller's
    transaction. True when it was new; DuplicateKeyIdError when another key has its id."""
    kid = key_id(public_key).hex()
    line = public_key_to_text(public_key)
    known = session.get(SigningKey, kid, with_for_update=True)
    if known is not None:
        if known.public_key != line:
            raise DuplicateKeyIdError(f"another key with the key id {kid} is registered")
        return False
    when = at or _now(session)
    try:
        # A savepoint: two processes of one desk may register its key at the same moment
        # (a row that does not exist yet cannot be locked), and the loser must not lose
        # the caller's transaction.
        with session.begin_nested():
            session.add(
                SigningKey(
                    key_id=kid,
                    public_key=line,
                    site=site,
                    device=device,
                    registered_at=when,
                    source=source,
                )
            )
    except IntegrityError:
        known = session.get(SigningKey, kid, populate_existing=True)
        if known is None or known.public_key != line:
            raise DuplicateKeyIdError(f"another key with the key id {kid} is registered") from None
        return False
    audit.append(
        session,
        audit.AuditEntry(
            at=when,
            operator=operator,
            site=site,
            device=device,
            action=AuditAction.KEY_REGISTERED.value,
            target=f"key:{kid}",
            details={"key_id": kid, "source": source.value, "public_key": line},
        ),
    )
    return True


def register_own_key(
    session: Session, public_key: Ed25519PublicKey, site: str, device: str
) -> bool:
    """This desk's own key, registered when it opens (or joins) a PostgreSQL registry."""
    return register_key(session, public_key, site=site, device=device, source=KeySource.DESK)


def registry_keys(session: Session) -> list[Ed25519PublicKey]:
    """Every public key in the registry; a row that is not a key is left out (and says so
    by not verifying anything), never trusted."""
    keys = []
    for line in session.scalars(select(SigningKey.public_key).order_by(SigningKey.key_id)):
        try:
            keys.append(public_key_from_text(line))
        except KeyFormatError:
            continue
    return keys


def with_registry_keys(
    sessions: sessionmaker[Session], files: Callable[[], Mapping[bytes, Ed25519PublicKey]]
) -> Callable[[], Mapping[bytes, Ed25519PublicKey]]:
    """The trusted keys: those of files() and every key in the registry, read at each call
    (a desk that registers later counts without a restart)."""

    def trusted() -> Mapping[bytes, Ed25519PublicKey]:
        with sessions() as session:
            registered = registry_keys(session)
        return trusted_keys([*files().values(), *registered])

    return trusted


def _now(session: Session) -> dt.datetime:
    """The registry's time: the server's on PostgreSQL, this machine's on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        now = session.scalar(text("SELECT clock_timestamp()"))
        if isinstance(now, dt.datetime):
            return now.astimezone(dt.UTC)
    return dt.datetime.now(dt.UTC)
