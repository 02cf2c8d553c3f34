"""The join code: one line of text (and its QR code) holding what a desk needs to join a hub."""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass

PREFIX = "KIOSKHUB1:"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


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
            addresses = tuple(_address(a) for a in data["a"])
            code = cls(addresses, str(data["d"]), str(data["u"]), str(data["p"]), str(data["f"]))
        except (binascii.Error, ValueError, KeyError, TypeError) as error:
            raise JoinCodeError(f"damaged join code ({error})") from error
        if not addresses or not code.password or not _HEX64.match(code.fingerprint):
            raise JoinCodeError("incomplete join code")
        return code

    def with_addresses(self, addresses: tuple[Address, ...]) -> JoinCode:
        return JoinCode(addresses, self.database, self.user, self.password, self.fingerprint)


def _address(text: object) -> Address:
    host, _, port = str(text).rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"bad address {text!r}")
    return Address(host.strip("[]"), int(port))
