"""The join code: one line of text (and its QR code) holding what a desk needs to join a hub."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

PREFIX = "KIOSKHUB1:"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
CONNECT_TIMEOUT_S = 3


class JoinCodeError(ValueError):
    """The text is not a join code, or a damaged one."""


@dataclass(frozen=True)
class Address:
    host: str
    port: int

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class JoinCode:
    """Hub addresses (the hub first, then its standby), database, role, password, and the
    SHA-256 fingerprint of the hub's certificate."""

    addresses: tuple[Address, ...]
    database: str
    user: str
    password: str
    fingerprint: str

    def encode(self) -> str:
        data = {
            "a": [str(a) for a in self.addresses],
            "d": self.database,
            "u": self.user,
            "p": self.password,
            "f": self.fingerprint,
        }
        raw = json.dumps(data, separators=(",", ":")).encode()
        return PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> JoinCode:
        text = text.strip()
        if not text.startswith(PREFIX):
            raise JoinCodeError("not a hub join code")
        body = text[len(PREFIX) :]
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            data = json.loads(raw)
            addresses = tuple(parse_address(a) for a in data["a"])
            code = cls(addresses, str(data["d"]), str(data["u"]), str(data["p"]), str(data["f"]))
        except (binascii.Error, ValueError, KeyError, TypeError) as error:
            raise JoinCodeError(f"damaged join code ({error})") from error
        if not addresses or not code.password or not _HEX64.match(code.fingerprint):
            raise JoinCodeError("incomplete join code")
        return code

    def with_addresses(self, addresses: tuple[Address, ...]) -> JoinCode:
        return JoinCode(addresses, self.database, self.user, self.password, self.fingerprint)


def parse_address(text: object) -> Address:
    """host:port, as a join code and the hub's table write it."""
    host, _, port = str(text).rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"bad address {text!r}")
    return Address(host.strip("[]"), int(port))


def pgpass_line(user: str, password: str) -> str:
    """One line of a libpq passfile, for any host, port and database."""
    escaped = password.replace("\\", "\\\\").replace(":", "\\:")
    return f"*:*:*:{user}:{escaped}\n"


def kiosk_url(
    addresses: Sequence[Address],
    *,
    database: str,
    user: str,
    ca_file: Path,
    passfile: Path,
    application: str,
) -> str:
    """A libpq multi-host URL: whichever address accepts writes (the hub, or the promoted
    standby) is the one used; TLS with the hub's own certificate as the only authority; the
    password from the owner-only passfile, never in the URL."""
    hosts = ",".join(a.host for a in addresses)
    ports = ",".join(str(a.port) for a in addresses)
    return (
        f"postgresql+psycopg://{quote(user)}@/{quote(database)}?host={hosts}&port={ports}"
        f"&target_session_attrs=read-write&sslmode=verify-ca&sslrootcert={ca_file}"
        f"&passfile={passfile}&connect_timeout={CONNECT_TIMEOUT_S}"
        "&keepalives_idle=5&keepalives_interval=2&keepalives_count=3&tcp_user_timeout=9000"
        f"&application_name={quote(application[:60])}"
    )
