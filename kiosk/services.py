"""The use cases of one kiosk, built from its configuration and database; no Qt.

Start-up builds only what signing in needs (the operators and the auditor); the others are
Lazy: built on first use, on the pool, with their modules (the lookup's search a moment
after the registry opens; the card's code, reportlab and the signature pictures when a
dialog or the handover counts first need them), so that a sign-in is answered sooner.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import Config
from kiosk.security.pins import PinHasher
from kiosk.usecases.audit import Auditor, Clock, Workstation, utc_now
from kiosk.usecases.operators import Operators

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

    from kiosk.usecases.bank import BankAccounts
    from kiosk.usecases.corrections import Corrections
    from kiosk.usecases.handover import Handovers
    from kiosk.usecases.lookup import Lookup
    from kiosk.usecases.printing_services import Printing

NO_SITE = "—"

T = TypeVar("T")

# The public keys whose cards verify here, read at each check: verifying needs no signing key
# of its own, and a key dropped into trusted-keys/ counts without a restart.
TrustedKeys = Callable[[], "Mapping[bytes, Ed25519PublicKey]"]


def trusted_keys_from_environment() -> Mapping[bytes, Ed25519PublicKey]:
    # Imported here: the keys' code (cryptography) loads with the first card checked.
    from kiosk.signing import load_trusted_keys, signing_key_path

    return load_trusted_keys(signing_key_path())


class Lazy(Generic[T]):
    """A use case built once, on first use (on the pool, where its module is imported);
    calling it again returns the same one."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._value: T | None = None

    def __call__(self) -> T:
        with self._lock:
            if self._value is None:
                self._value = self._build()
            return self._value

    def is_built(self) -> bool:
        return self._value is not None


class LazyPrinting:
    """The printing use cases, built on first use: they need the card-signing key, which
    is made on first use, and a key that cannot be used must not stop the kiosk from
    starting (lookup works without it). Called on the pool; the error reaches the dialog."""

    def __init__(self, sessions: sessionmaker[Session], auditor: Auditor, config: Config) -> None:
        self._sessions = sessions
        self._auditor = auditor
        self._config = config
        self._lock = threading.Lock()
        self._printing: Printing | None = None

    def __call__(self) -> Printing:
        with self._lock:
            if self._printing is None:
                # Imported on first use: the card, the receipt and the printers' code
                # (reportlab, qrcode) need not load for the kiosk to start.
                from kiosk.signing import open_signing_keys, signing_key_path
                from kiosk.usecases.printing_services import build_printing

                keys = open_signing_keys(signing_key_path())
                register_own_key_on_hub(self._sessions, self._auditor, keys.private_key)
                self._printing = build_printing(self._sessions, self._auditor, self._config, keys)
            return self._printing


@dataclass(frozen=True)
class Services:
    """The use cases of one kiosk, sharing one auditor stamped with this workstation.

    The callables build their use case on first use; call them on the pool."""

    sessions: sessionmaker[Session]
    auditor: Auditor
    operators: Operators
    lookup: Lazy[Lookup]
    corrections: Callable[[], Corrections]
    handovers: Lazy[Handovers]
    bank: Callable[[], BankAccounts]
    printing: Callable[[], Printing]
    config: Config
    # Every key whose cards verify here: the key files and the registry's signing keys.
    trusted: TrustedKeys


def register_own_key_on_hub(
    sessions: sessionmaker[Session], auditor: Auditor, private_key: Ed25519PrivateKey
) -> bool:
    """On a PostgreSQL registry (the event network's), record this desk's public key so that
    every desk trusts its cards; nothing on SQLite, a registry of this machine alone."""
    if not is_postgresql(sessions):
        return False
    from kiosk.usecases.signing_keys import register_own_key

    workstation = auditor.workstation
    with sessions.begin() as session:
        return register_own_key(
            session, private_key.public_key(), workstation.site, workstation.device
        )


def is_postgresql(sessions: sessionmaker[Session]) -> bool:
    """Whether the registry is a PostgreSQL database (the event network's hub)."""
    engine = sessions.kw.get("bind")
    return isinstance(engine, Engine) and engine.dialect.name == "postgresql"


def _with_registry_keys(sessions: sessionmaker[Session], files: TrustedKeys) -> TrustedKeys:
    def trusted() -> Mapping[bytes, Ed25519PublicKey]:
        from kiosk.usecases.signing_keys import with_registry_keys

        return with_registry_keys(sessions, files)()

    return trusted


def registry_clock(sessions: sessionmaker[Session], local: Clock = utc_now) -> Clock:
    """The time the use cases stamp and compare: on PostgreSQL, shared by every desk on the
    database, the server's (db.clock); on SQLite, a file on this one machine, local."""
    engine = sessions.kw.get("bind")
    if isinstance(engine, Engine) and is_postgresql(sessions):
        from db.clock import ServerClock

        return ServerClock(engine)
    return local


def build_services(
    config: Config,
    sessions: sessionmaker[Session],
    *,
    hasher: PinHasher | None = None,
    clock: Clock | None = None,
    local_clock: Clock = utc_now,
    trusted: TrustedKeys = trusted_keys_from_environment,
) -> Services:
    """clock: the use cases' time (a test's); None: the registry's (registry_clock), with
    local_clock as this machine's."""
    clock = clock or registry_clock(sessions, local_clock)
    auditor = Auditor(sessions, Workstation(config.site or NO_SITE, config.device), clock)
    trusted = _with_registry_keys(sessions, trusted)
    operators = Operators(
        sessions,
        auditor,
        hasher or PinHasher(),
        lockout=dt.timedelta(minutes=config.lockout_minutes),
    )
    return Services(
        sessions=sessions,
        auditor=auditor,
        operators=operators,
        lookup=Lazy(lambda: _lookup(sessions, auditor)),
        corrections=Lazy(lambda: _corrections(sessions, auditor)),
        handovers=Lazy(lambda: _handovers(sessions, auditor, trusted, config.event)),
        bank=Lazy(lambda: _bank(sessions, auditor)),
        printing=LazyPrinting(sessions, auditor, config),
        config=config,
        trusted=trusted,
    )


# Each imports its use case's module when first built: none is needed to sign in.


def _lookup(sessions: sessionmaker[Session], auditor: Auditor) -> Lookup:
    from kiosk.usecases.lookup import Lookup

    return Lookup(sessions, auditor)


def _corrections(sessions: sessionmaker[Session], auditor: Auditor) -> Corrections:
    from kiosk.usecases.corrections import Corrections

    return Corrections(sessions, auditor)


def _handovers(
    sessions: sessionmaker[Session], auditor: Auditor, trusted: TrustedKeys, event: int | None
) -> Handovers:
    from kiosk.usecases.handover import Handovers

    return Handovers(sessions, auditor, trusted, event)


def _bank(sessions: sessionmaker[Session], auditor: Auditor) -> BankAccounts:
    from kiosk.usecases.bank import BankAccounts

    return BankAccounts(sessions, auditor)
