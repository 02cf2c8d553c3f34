"""Properties of the NIK, KPJ and phone validators, over generated input."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from db.models import Sex
from kiosk.registry.identifiers import (
    KPJ_LENGTH,
    NIK_LENGTH,
    NikProblem,
    check_nik,
    mask_nik,
    normalize_kpj,
    normalize_phone,
)

TODAY = dt.date(2026, 11, 25)
# Two-digit NIK years are read as the latest century that keeps the birth in the past, so
# they round-trip for anyone born in the last hundred years.
BORN = st.dates(min_value=dt.date(TODAY.year - 99, 1, 1), max_value=TODAY)
SEPARATORS = st.sampled_from([" ", "-", ".", ""])


def _nonzero_pair() -> st.SearchStrategy[str]:
    return st.integers(1, 99).map(lambda n: f"{n:02d}")


DISTRICTS = st.tuples(_nonzero_pair(), _nonzero_pair(), _nonzero_pair()).map("".join)


def build_nik(district: str, born: dt.date, sex: Sex, serial: int) -> str:
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    return f"{district}{day:02d}{born:%m%y}{serial:04d}"


def with_separators(digits: str, data: st.DataObject, groups: int = 4) -> str:
    """The digits in groups of `groups`, joined by whatever separators people type."""
    parts = [digits[i : i + groups] for i in range(0, len(digits), groups)]
    out = parts[0]
    for part in parts[1:]:
        out += data.draw(SEPARATORS) + part
    return out


@given(DISTRICTS, BORN, st.sampled_from(Sex), st.integers(1, 9999))
def test_a_built_nik_round_trips(district: str, born: dt.date, sex: Sex, serial: int) -> None:
    nik = build_nik(district, born, sex, serial)
    dotted = f"{district[:2]}.{district[2:4]}.{district[4:]}"
    check = check_nik(nik, today=TODAY, known_districts={dotted}, birth_date=born, sex=sex)
    assert check.ok
    assert check.warnings == ()
    assert check.info is not None
    assert (check.info.nik, check.info.district_code) == (nik, dotted)
    assert (check.info.birth_date, check.info.sex, check.info.serial) == (born, sex, serial)


@given(DISTRICTS, BORN, st.sampled_from(Sex), st.integers(1, 9999), st.data())
def test_separators_and_a_text_apostrophe_are_ignored(
    district: str, born: dt.date, sex: Sex, serial: int, data: st.DataObject
) -> None:
    nik = build_nik(district, born, sex, serial)
    typed = data.draw(st.sampled_from(["", "'"])) + with_separators(nik, data)
    assert check_nik(typed, today=TODAY).nik == nik


@given(DISTRICTS, BORN, st.sampled_from(Sex), st.integers(1, 9999))
def test_what_the_row_says_is_compared_with_the_nik(
    district: str, born: dt.date, sex: Sex, serial: int
) -> None:
    nik = build_nik(district, born, sex, serial)
    other_sex = Sex.FEMALE if sex is Sex.MALE else Sex.MALE
    other_day = born + dt.timedelta(days=1)
    check = check_nik(nik, today=TODAY, known_districts=set(), birth_date=other_day, sex=other_sex)
    assert check.ok, "doubts are warnings, not errors"
    assert set(check.warnings) == {
        NikProblem.UNKNOWN_REGION,
        NikProblem.SEX_MISMATCH,
        NikProblem.BIRTH_DATE_MISMATCH,
    }


@given(st.text(alphabet="0123456789", max_size=40))
def test_digit_strings_of_another_length_are_rejected(digits: str) -> None:
    assume(len(digits) != NIK_LENGTH)
    check = check_nik(digits, today=TODAY)
    assert not check.ok
    assert check.errors in ((NikProblem.EMPTY,), (NikProblem.WRONG_LENGTH,))


@given(st.text())
@example("5311014501900001x")
@example("５３１１０１４５０１９００００１")  # full-width digits are not a NIK
@example("٥٣١١٠١٤٥٠١٩٠٠٠٠١")
def test_anything_but_sixteen_ascii_digits_is_rejected(text: str) -> None:
    digits = re.sub(r"[\s.\-()/]+", "", text).removeprefix("'")
    assume(not re.fullmatch(r"[0-9]{16}", digits))
    assert not check_nik(text, today=TODAY).ok


@given(st.floats(min_value=1e15, max_value=9.9e15), st.sampled_from(["E+", "e+", "E"]))
def test_excel_scientific_notation_is_named(value: float, marker: str) -> None:
    mantissa, exponent = f"{value:.5E}".split("E+")
    check = check_nik(f"{mantissa}{marker}{exponent}", today=TODAY)
    assert check.errors == (NikProblem.SCIENTIFIC_NOTATION,)
    assert check_nik(f"{mantissa.replace('.', ',')}E+{exponent}", today=TODAY).errors == (
        NikProblem.SCIENTIFIC_NOTATION,
    )


def test_impossible_dates_and_zero_serials_are_errors() -> None:
    assert check_nik("5311033102900001", today=TODAY).errors == (NikProblem.IMPOSSIBLE_DATE,)
    assert check_nik("5311037102900001", today=TODAY).errors == (NikProblem.IMPOSSIBLE_DATE,)
    assert check_nik("5311030501900000", today=TODAY).errors == (NikProblem.ZERO_SERIAL,)
    assert check_nik("0011030501900001", today=TODAY).errors == (NikProblem.BAD_REGION,)


@given(st.from_regex(r"\A[0-9]{16}\Z"))
def test_masking_keeps_region_and_serial_only(nik: str) -> None:
    masked = mask_nik(nik)
    assert len(masked) == NIK_LENGTH
    assert masked[:4] == nik[:4]
    assert masked[12:] == nik[12:]
    assert set(masked[4:12]) == {"•"}


# Mobile numbers: 8 then 8 to 11 digits, so 10 to 13 digits in the 08… form.
NATIONAL = st.from_regex(r"\A8[0-9]{8,11}\Z")


@given(NATIONAL, st.sampled_from(["0", "62", "+62", "+62 ", ""]), st.data())
def test_phone_forms_normalise_to_zero_eight(
    national: str, prefix: str, data: st.DataObject
) -> None:
    body = with_separators(national, data, groups=3)
    if prefix.endswith("2") and data.draw(st.booleans()):
        prefix += data.draw(SEPARATORS)
    assert normalize_phone(f"  {prefix}{body} ") == "0" + national


@given(st.text())
def test_phone_is_none_or_zero_eight_form(text: str) -> None:
    result = normalize_phone(text)
    assert result is None or re.fullmatch(r"08[0-9]{8,11}", result)


@pytest.mark.parametrize(
    "typed", ["", "0812345", "08123456789012", "+1 812 3456 7890", "021-555-0100", "08xx12345678"]
)
def test_phone_rejects(typed: str) -> None:
    assert normalize_phone(typed) is None


@given(st.from_regex(r"\A[0-9]{11}\Z"), st.data())
def test_kpj_is_eleven_digits_with_separators_allowed(kpj: str, data: st.DataObject) -> None:
    assert normalize_kpj(with_separators(kpj, data, groups=3)) == kpj


@given(st.text(alphabet="0123456789", max_size=20))
def test_kpj_of_another_length_is_rejected(digits: str) -> None:
    assume(len(digits) != KPJ_LENGTH)
    assert normalize_kpj(digits) is None


def test_kpj_in_scientific_notation_is_rejected() -> None:
    assert normalize_kpj("2.5E+10") is None
