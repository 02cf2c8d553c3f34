"""What staff type or scan is recognised as the right kind of query."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.usecases.lookup import QueryKind, parse_query


@pytest.mark.parametrize(
    ("typed", "kind", "text"),
    [
        ("", QueryKind.EMPTY, ""),
        ("   ", QueryKind.EMPTY, ""),
        ("5311014501900001", QueryKind.NIK, "5311014501900001"),
        ("5311 0145 0190 0001", QueryKind.NIK, "5311014501900001"),
        ("25000000001", QueryKind.KPJ, "25000000001"),
        ("08123456780", QueryKind.PHONE, "08123456780"),
        ("+62 812-3456-7801", QueryKind.PHONE, "081234567801"),
        ("6281234567801", QueryKind.PHONE, "081234567801"),
        ("531101", QueryKind.DIGITS, "531101"),
        ("53", QueryKind.TOO_SHORT, "53"),
        ("a", QueryKind.TOO_SHORT, "a"),
        ("umbu  ndaku", QueryKind.NAME, "umbu ndaku"),
    ],
)
def test_kinds(typed: str, kind: QueryKind, text: str) -> None:
    parsed = parse_query(typed)
    assert (parsed.kind, parsed.text) == (kind, text)


@given(st.text())
def test_never_crashes(typed: str) -> None:
    assert parse_query(typed).kind in QueryKind


@given(st.from_regex(r"\A[0-9]{16}\Z"))
def test_every_sixteen_digits_is_a_nik(digits: str) -> None:
    assert parse_query(digits).kind is QueryKind.NIK
