"""Validators for the identifiers staff deal with: NIK, KPJ number and phone numbers."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Collection
from dataclasses import dataclass

from db.models import Sex

NIK_LENGTH = 16
KPJ_LENGTH = 11
NTT_PROVINCE = "53"
MASK_CHAR = "•"

_SEPARATORS = re.compile(r"[\s.\-()/]+")


class NikProblem(enum.StrEnum):
    """Why a NIK is not valid (errors) or is doubtful (warnings)."""

    EMPTY = "empty"
    SCIENTIFIC_NOTATION = "scientific_notation"
    NOT_DIGITS = "not_digits"
    WRONG_LENGTH = "wrong_length"
    BAD_REGION = "bad_region"
    IMPOSSIBLE_DATE = "impossible_date"
    ZERO_SERIAL = "zero_serial"
    # Warnings: the NIK stays valid.
    UNKNOWN_REGION = "unknown_region"
    SEX_MISMATCH = "sex_mismatch"
    BIRTH_DATE_MISMATCH = "birth_date_mismatch"


NIK_WARNINGS = frozenset(
    {NikProblem.UNKNOWN_REGION, NikProblem.SEX_MISMATCH, NikProblem.BIRTH_DATE_MISMATCH}
)


@dataclass(frozen=True)
class NikInfo:
    """What a structurally valid NIK encodes."""

    nik: str
    district_code: str  # dotted kecamatan code, e.g. 53.11.03
    birth_date: dt.date
    sex: Sex
    serial: int


@dataclass(frozen=True)
class NikCheck:
    nik: str | None
    info: NikInfo | None
    errors: tuple[NikProblem, ...]
    warnings: tuple[NikProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


_SCIENTIFIC = re.compile(r"^[0-9]+([.,][0-9]+)?[eE][+]?[0-9]+$")


def looks_like_scientific_notation(raw: str) -> bool:
    """True for what Excel makes of a long number: 5.31101E+15, 5,31101E+15."""
    return bool(_SCIENTIFIC.match(raw.strip()))


def decode_nik_date(ddmmyy: str, today: dt.date) -> tuple[dt.date, Sex] | None:
    """Birth date and sex from NIK digits 7-12; women have 40 added to the day."""
    day, month, yy = int(ddmmyy[0:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    sex = Sex.MALE
    if day > 40:
        day -= 40
        sex = Sex.FEMALE
    # Two-digit years: the most recent century that does not put the birth in the future.
    century = today.year // 100 * 100
    year = century + yy
    if year > today.year:
        year -= 100
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return None
    if born > today:
        born = born.replace(year=born.year - 100)
    return born, sex


def check_nik(
    raw: str,
    *,
    today: dt.date,
    known_districts: Collection[str] | None = None,
    birth_date: dt.date | None = None,
    sex: Sex | None = None,
) -> NikCheck:
    """Validate a NIK's structure, and compare it with the birth date and sex given."""
    text = raw.strip()
    if not text:
        return NikCheck(None, None, (NikProblem.EMPTY,), ())
    if looks_like_scientific_notation(text):
        return NikCheck(None, None, (NikProblem.SCIENTIFIC_NOTATION,), ())
    digits = _SEPARATORS.sub("", text)
    if digits.startswith("'"):  # a text-forcing apostrophe from a spreadsheet
        digits = digits[1:]
    if not digits.isdigit() or not digits.isascii():
        return NikCheck(None, None, (NikProblem.NOT_DIGITS,), ())
    if len(digits) != NIK_LENGTH:
        return NikCheck(None, None, (NikProblem.WRONG_LENGTH,), ())
    if digits[0:2] == "00" or digits[2:4] == "00" or digits[4:6] == "00":
        return NikCheck(digits, None, (NikProblem.BAD_REGION,), ())
    decoded = decode_nik_date(digits[6:12], today)
    if decoded is None:
        return NikCheck(digits, None, (NikProblem.IMPOSSIBLE_DATE,), ())
    serial = int(digits[12:16])
    if serial == 0:
        return NikCheck(digits, None, (NikProblem.ZERO_SERIAL,), ())
    district = f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}"
    info = NikInfo(digits, district, decoded[0], decoded[1], serial)
    warnings: list[NikProblem] = []
    if known_districts is not None and district not in known_districts:
        warnings.append(NikProblem.UNKNOWN_REGION)
    if sex is not None and sex != info.sex:
        warnings.append(NikProblem.SEX_MISMATCH)
    if birth_date is not None and birth_date != info.birth_date:
        warnings.append(NikProblem.BIRTH_DATE_MISMATCH)
    return NikCheck(digits, info, (), tuple(warnings))


def mask_nik(nik: str) -> str:
    """Show only the region prefix and the serial: 5311••••••••0001."""
    if len(nik) != NIK_LENGTH:
        return MASK_CHAR * len(nik)
    return nik[:4] + MASK_CHAR * 8 + nik[12:]


def normalize_kpj(raw: str) -> str | None:
    """An 11-digit KPJ number, or None when raw is not one."""
    text = raw.strip()
    if looks_like_scientific_notation(text):
        return None
    digits = _SEPARATORS.sub("", text)
    if len(digits) == KPJ_LENGTH and digits.isdigit() and digits.isascii():
        return digits
    return None


_PHONE_ALLOWED = re.compile(r"^\+?[0-9][0-9\s\-.()]*$")


def normalize_phone(raw: str) -> str | None:
    """An Indonesian mobile number as 08…, from 08…, 8…, 62… or +62…, spaces and dashes allowed.

    Returns None when raw is not a plausible number (10 to 13 digits in the 08… form).
    """
    text = raw.strip()
    if not text or not _PHONE_ALLOWED.match(text):
        return None
    digits = _SEPARATORS.sub("", text.lstrip("+"))
    if text.startswith("+") and not digits.startswith("62"):
        return None
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    elif digits.startswith("8"):
        digits = "0" + digits
    if not digits.startswith("08") or not 10 <= len(digits) <= 13:
        return None
    return digits
