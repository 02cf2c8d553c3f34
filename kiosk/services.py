"""The use cases of one kiosk, built from its configuration and database; no Qt."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.orm import Session, sessionmaker

from kiosk.config import Config
from kiosk.security.pins import PinHasher
from kiosk.signing import load_trusted_keys, open_signing_keys, signing_key_path
from kiosk.usecases.audit import Auditor, Clock, Workstation, utc_now
from kiosk.usecases.corrections import Corrections
from kiosk.usecases.lookup import Lookup
from kiosk.usecases.operators import Operators

if TYPE_CHECKING:
    from kiosk.usecases.printing_services import Printing

NO_SITE = "—"

# The public keys whose cards verify here, read at each check: verifying needs no signing key
# of its own, and a key dropped into trusted-keys/ counts without a restart.
TrustedKeys = Callable[[], Mapping[bytes, Ed25519PublicKey]]


def trusted_keys_from_environment() -> Mapping[bytes, Ed25519PublicKey]:
    return load_trusted_keys(signing_key_path())


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
                from kiosk.usecases.printing_services import build_printing

                keys = open_signing_keys(signing_key_path())
                self._printing = build_printing(self._sessions, self._auditor, self._config, keys)
            return self._printing


@dataclass(frozen=True)
class Services:
    """The use cases of one kiosk, sharing one auditor stamped with this workstation."""

    sessions: sessionmaker[Session]
    auditor: Auditor
    operators: Operators
    lookup: Lookup
    corrections: Corrections
    printing: Callable[[], Printing]
    config: Config


def build_services(
    config: Config,
    sessions: sessionmaker[Session],
    *,
    hasher: PinHasher | None = None,
    clock: Clock = utc_now,
) -> Services:
    auditor = Auditor(sessions, Workstation(config.site or NO_SITE, config.device), clock)
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
        lookup=Lookup(sessions, auditor),
        corrections=Corrections(sessions, auditor),
        printing=LazyPrinting(sessions, auditor, config),
        config=config,
    )
