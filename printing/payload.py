"""The signed text in a participant card's QR code: encode, decode and verify.

Text form: ``NTTJ1:`` then the bytes below in RFC 4648 base32, upper case, no padding. The
prefix names the program's card family (``NTTJ``) and the format version (``1``). Base32 keeps
the whole text in QR alphanumeric mode: 1.1 QR bits per payload bit, against 1.33 for base64url
(byte mode) and 1.03 for base45. Unlike base45 it has no space, ``$``, ``%`` or ``*``, so it
survives keyboard-wedge scanners, a shell argument (``kiosk verify NTTJ1:...``) and pasting.
Letters are read without regard to case, because a wedge scanner types lower case when Caps
Lock is on: changing only a letter's case does not change the card.

Bytes of version 1, big-endian::

    0    4  key id: first 4 bytes of SHA-256 of the raw public key
    4    5  KPJ as an unsigned integer (11 digits need 37 bits)
    9    8  card serial, below 2**60
    17   2  issue date, days since 2020-01-01
    19   1  n, characters in the short name (0 to 20)
    20   m  short name, 5 bits a character in NAME_ALPHABET, m = ceil(5n / 8), zero-padded
    20+m 64 Ed25519 signature of b"NTTJ1:" + bytes 0 to 20+m

Signing the prefix with the bytes binds the version to the signature. The name length makes
every cut-short payload recognisable as TRUNCATED rather than as a bad signature. The header is
20 bytes, 32 base32 characters, so the name's symbols line up with base32 characters and the
name can be read in the text (a space shows as 2, an apostrophe as 3). Nothing is encrypted:
anyone can read the KPJ, serial, date and short name; the key only proves them. The NIK has
no place here by construction: CardClaims has no field for it.
"""

from __future__ import annotations

import base64
import enum
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import ClassVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from printing.keys import KEY_ID_SIZE, key_id

FAMILY = "NTTJ"
VERSION = 1
PREFIX = f"{FAMILY}{VERSION}:"
KPJ_LENGTH = 11
SHORT_NAME_MAX = 20
# Upper case as on the KTP. Every other character folds to a space, so 31 symbols: 5 bits.
NAME_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ '-.,"
SERIAL_BITS = 60
SERIAL_LIMIT = 1 << SERIAL_BITS
EPOCH = date(2020, 1, 1)
LAST_ISSUE_DATE = EPOCH + timedelta(days=0xFFFF)
SIGNATURE_SIZE = 64

_APOSTROPHES = "’‘ʼ`"
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# Crockford's base32: no I, L, O or U, so a serial read aloud or typed from a card survives.
_SERIAL_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_SERIAL_CHARS = SERIAL_BITS // 5
_SERIAL_GROUP = 4
_HEADER_SIZE = KEY_ID_SIZE + 5 + 8 + 2 + 1
_VERSION_DIGITS_MAX = 3
_HEAD_MAX = len(FAMILY) + _VERSION_DIGITS_MAX + 1


def _name_size(length: int) -> int:
    return (5 * length + 7) // 8


def _base32_chars(size: int) -> int:
    return (8 * size + 4) // 5


MAX_BODY_SIZE = _HEADER_SIZE + _name_size(SHORT_NAME_MAX) + SIGNATURE_SIZE
MAX_PAYLOAD_LENGTH = len(PREFIX) + _base32_chars(MAX_BODY_SIZE)


class Rejection(enum.Enum):
    """Why a scanned text is not a genuine card; the UI maps each to a translated message."""

    NOT_A_CARD = "not-a-card"
    TRUNCATED = "truncated"
    BAD_VERSION = "bad-version"
    UNKNOWN_KEY = "unknown-key"
    BAD_SIGNATURE = "bad-signature"
    MALFORMED = "malformed"


class PayloadError(Exception):
    """The text is not a genuine card QR; `reason` says why. Never raised itself."""

    reason: ClassVar[Rejection]


class NotACardError(PayloadError):
    reason = Rejection.NOT_A_CARD


class TruncatedError(PayloadError):
    reason = Rejection.TRUNCATED


class BadVersionError(PayloadError):
    reason = Rejection.BAD_VERSION


class UnknownKeyError(PayloadError):
    """Signed, perhaps, but by a key not in the trusted set: not provably genuine."""

    reason = Rejection.UNKNOWN_KEY

    def __init__(self, key_id: bytes) -> None:
        super().__init__(f"signed by key {key_id.hex()}, which is not trusted here")
        self.key_id = key_id


class BadSignatureError(PayloadError):
    reason = Rejection.BAD_SIGNATURE


class MalformedError(PayloadError):
    reason = Rejection.MALFORMED


class InvalidClaimsError(ValueError):
    """Claims that cannot go on a card: the caller's bug, not a scanned forgery."""


class SerialFormatError(ValueError):
    """Text that is not a card serial."""


@dataclass(frozen=True)
class CardClaims:
    """What a card's QR asserts. short_name must already be folded (see fold_short_name)."""

    kpj: str
    serial: int
    issued: date
    short_name: str

    def __post_init__(self) -> None:
        if not (
            isinstance(self.kpj, str)
            and len(self.kpj) == KPJ_LENGTH
            and self.kpj.isascii()
            and self.kpj.isdigit()
        ):
            raise InvalidClaimsError(f"a KPJ is {KPJ_LENGTH} digits: {self.kpj!r}")
        if type(self.serial) is not int or not 0 <= self.serial < SERIAL_LIMIT:
            raise InvalidClaimsError(f"a serial is an int below 2**{SERIAL_BITS}")
        if not isinstance(self.issued, date) or isinstance(self.issued, datetime):
            raise InvalidClaimsError("the issue date is a date, without a time")
        if not EPOCH <= self.issued <= LAST_ISSUE_DATE:
            raise InvalidClaimsError(f"the issue date is outside {EPOCH} to {LAST_ISSUE_DATE}")
        if not isinstance(self.short_name, str) or fold_short_name(self.short_name) != (
            self.short_name
        ):
            raise InvalidClaimsError(f"the short name is not folded: {self.short_name!r}")


@dataclass(frozen=True)
class VerifiedCard:
    """Claims whose signature checked out against the trusted key with this id."""

    claims: CardClaims
    key_id: bytes


def fold_short_name(full_name: str) -> str:
    """The name as the QR carries it: upper-case ASCII, accents dropped, at most 20 chars."""
    decomposed = unicodedata.normalize("NFKD", full_name)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c)).upper()
    mapped = "".join(
        c if c in NAME_ALPHABET else "'" if c in _APOSTROPHES else " " for c in letters
    )
    return " ".join(mapped.split())[:SHORT_NAME_MAX].rstrip()


def new_serial(random_bytes: Callable[[int], bytes]) -> int:
    """A fresh card serial from a secrets.token_bytes-like source.

    Random rather than counted, so offline sites never hand out the same serial without
    talking to each other; 60 bits fit a signed 64-bit SQL integer and 12 serial characters.
    """
    drawn = random_bytes(8)
    if len(drawn) != 8:
        raise ValueError(f"asked for 8 random bytes, got {len(drawn)}")
    return int.from_bytes(drawn, "big") % SERIAL_LIMIT


def format_serial(serial: int) -> str:
    """The serial as printed on the card: 12 Crockford base32 characters, XXXX-XXXX-XXXX."""
    if not 0 <= serial < SERIAL_LIMIT:
        raise ValueError(f"a serial is below 2**{SERIAL_BITS}")
    chars = "".join(
        _SERIAL_ALPHABET[(serial >> 5 * i) & 31] for i in reversed(range(_SERIAL_CHARS))
    )
    return "-".join(chars[i : i + _SERIAL_GROUP] for i in range(0, _SERIAL_CHARS, _SERIAL_GROUP))


def parse_serial(text: str) -> int:
    """Reads a typed serial: any case, hyphens and spaces optional, I and L as 1, O as 0."""
    value, chars = parse_serial_tail(text)
    if chars != _SERIAL_CHARS:
        raise SerialFormatError(f"a serial has {_SERIAL_CHARS} characters: {text!r}")
    return value


def parse_serial_tail(text: str) -> tuple[int, int]:
    """Reads the last characters of a serial, typed as parse_serial reads a whole one.

    Returns their value and how many there are: a serial ends in them when
    `serial % 32**chars == value` (each character is five bits)."""
    cleaned = "".join(text.split()).replace("-", "").upper()
    cleaned = cleaned.replace("I", "1").replace("L", "1").replace("O", "0")
    if len(cleaned) > _SERIAL_CHARS or not cleaned.isascii():
        raise SerialFormatError(f"a serial has {_SERIAL_CHARS} characters: {text!r}")
    value = 0
    for char in cleaned:
        digit = _SERIAL_ALPHABET.find(char)
        if digit < 0:
            raise SerialFormatError(f"{char!r} is not a serial character")
        value = value << 5 | digit
    return value, len(cleaned)


def encode(claims: CardClaims, private_key: Ed25519PrivateKey) -> str:
    """The QR text for claims, signed with private_key."""
    name = claims.short_name
    body = b"".join(
        (
            key_id(private_key.public_key()),
            int(claims.kpj).to_bytes(5, "big"),
            claims.serial.to_bytes(8, "big"),
            (claims.issued - EPOCH).days.to_bytes(2, "big"),
            len(name).to_bytes(1, "big"),
            _pack_name(name),
        )
    )
    signature = private_key.sign(PREFIX.encode("ascii") + body)
    return PREFIX + base64.b32encode(body + signature).decode("ascii").rstrip("=")


def decode_and_verify(text: str, trusted: Mapping[bytes, Ed25519PublicKey]) -> VerifiedCard:
    """The verified claims in a scanned text, or a PayloadError subclass saying why not.

    trusted maps key ids (printing.keys.key_id) to public keys. No other exception escapes
    for any text.
    """
    data, canonical = _decode_body(_body_text(text))
    if len(data) < _HEADER_SIZE:
        raise TruncatedError("the text ends before the card's header does")
    name_length = data[_HEADER_SIZE - 1]
    if name_length > SHORT_NAME_MAX:
        raise MalformedError(f"a short name of {name_length} characters")
    expected = _HEADER_SIZE + _name_size(name_length) + SIGNATURE_SIZE
    if len(data) < expected:
        raise TruncatedError(f"{len(data)} of {expected} bytes")
    if len(data) > expected or not canonical:
        raise MalformedError(f"more than the {expected} bytes of this card")
    kid = data[:KEY_ID_SIZE]
    public_key = trusted.get(kid)
    if public_key is None:
        raise UnknownKeyError(kid)
    signed, signature = data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]
    try:
        public_key.verify(signature, PREFIX.encode("ascii") + signed)
    except InvalidSignature:
        raise BadSignatureError("the signature does not match the card's content") from None
    try:
        claims = CardClaims(
            kpj=f"{int.from_bytes(signed[4:9], 'big'):0{KPJ_LENGTH}d}",
            serial=int.from_bytes(signed[9:17], "big"),
            issued=EPOCH + timedelta(days=int.from_bytes(signed[17:19], "big")),
            short_name=_unpack_name(signed[_HEADER_SIZE:], name_length),
        )
    except InvalidClaimsError as error:
        # Only a signer that skipped CardClaims' checks gets here: genuine key, broken card.
        raise MalformedError(f"signed, but {error}") from None
    return VerifiedCard(claims=claims, key_id=kid)


def _ascii_upper(text: str) -> str:
    # str.upper() would turn "ı" into "I" and "ß" into "SS": only ASCII letters change case.
    return "".join(c.upper() if c.isascii() else c for c in text)


def _body_text(text: object) -> str:
    """The base32 part after the prefix, upper-cased; rejects anything else with a reason."""
    if not isinstance(text, str):
        raise NotACardError(f"not text but {type(text).__name__}")
    stripped = text.strip()
    if not stripped:
        raise NotACardError("nothing was scanned")
    colon = stripped.find(":", 0, _HEAD_MAX)
    head = _ascii_upper(stripped[:colon] if colon >= 0 else stripped[:_HEAD_MAX])
    if not head.startswith(FAMILY):
        if colon < 0 and FAMILY.startswith(head):
            raise TruncatedError("the text stops inside the card prefix")
        raise NotACardError("the text does not start with the card prefix")
    version = head[len(FAMILY) :]
    if version and not (version.isascii() and version.isdigit()):
        raise NotACardError("the card prefix has no version number")
    if colon < 0:
        if len(stripped) == len(head) and len(version) <= _VERSION_DIGITS_MAX:
            raise TruncatedError("the text stops inside the card prefix")
        raise NotACardError("the card prefix does not end with ':'")
    if version != str(VERSION):
        raise BadVersionError(f"card format {version or '(none)'}; this kiosk reads {VERSION}")
    body = stripped[colon + 1 :]
    if len(body) > _base32_chars(MAX_BODY_SIZE):
        raise MalformedError(f"{len(body)} characters is longer than any card")
    return _ascii_upper(body)


def _decode_body(body: str) -> tuple[bytes, bool]:
    """RFC 4648 base32 without padding, and whether body is the bytes' one canonical spelling.

    Lengths are left to the caller, which can tell a cut-short text by the layout.
    """
    value = 0
    for char in body:
        digit = _BASE32.find(char)
        if digit < 0:
            raise MalformedError(f"{char!r} is not a base32 character")
        value = value << 5 | digit
    bits = 5 * len(body)
    spare = bits % 8
    # Spare bits must be zero and fewer than a character, or two texts would be one card.
    canonical = spare < 5 and value & ((1 << spare) - 1) == 0
    return (value >> spare).to_bytes(bits // 8, "big"), canonical


def _pack_name(name: str) -> bytes:
    value = 0
    for char in name:
        value = value << 5 | NAME_ALPHABET.index(char)
    size = _name_size(len(name))
    return (value << (8 * size - 5 * len(name))).to_bytes(size, "big")


def _unpack_name(data: bytes, length: int) -> str:
    padding = 8 * len(data) - 5 * length
    value = int.from_bytes(data, "big")
    if value & ((1 << padding) - 1):
        raise InvalidClaimsError("the short name's padding bits are not zero")
    value >>= padding
    symbols = [(value >> 5 * i) & 31 for i in reversed(range(length))]
    if any(symbol >= len(NAME_ALPHABET) for symbol in symbols):
        raise InvalidClaimsError("the short name has a symbol outside the alphabet")
    return "".join(NAME_ALPHABET[symbol] for symbol in symbols)
