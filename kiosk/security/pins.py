"""PINs and passwords: checked for strength, stored only as argon2 hashes."""

from __future__ import annotations

import enum
import itertools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_PIN_DIGITS = 6
MIN_PASSWORD_LENGTH = 8


class PinProblem(enum.StrEnum):
    TOO_SHORT = "too_short"
    TOO_SIMPLE = "too_simple"  # 111111, 123456


def pin_problem(secret: str) -> PinProblem | None:
    """A PIN is 6+ digits, not all the same nor a run; anything else is a password of 8+."""
    if secret.isdigit():
        if len(secret) < MIN_PIN_DIGITS:
            return PinProblem.TOO_SHORT
        steps = {int(b) - int(a) for a, b in itertools.pairwise(secret)}
        if steps <= {0} or steps == {1} or steps == {-1}:
            return PinProblem.TOO_SIMPLE
        return None
    if len(secret) < MIN_PASSWORD_LENGTH:
        return PinProblem.TOO_SHORT
    return None


class PinHasher:
    """argon2id with the library's defaults; tests may pass cheaper parameters."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or PasswordHasher()

    def hash(self, secret: str) -> str:
        return self._hasher.hash(secret)

    def verify(self, stored: str, secret: str) -> bool:
        try:
            return self._hasher.verify(stored, secret)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)
