"""Lookup finds the right worker for every kind of query, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import psycopg
import pytest
from psycopg.pq import TransactionStatus
from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.models import Sex
from db.workers import WorkerRecord, insert_workers, update_workers
from kiosk.usecases.audit import Auditor, Workstation
from kiosk.usecases.lookup import Lookup, QueryKind, resolve_scope
from tests.helpers.clock import FakeClock

LEWA_KAMBUHAPANG = "53.11.03.2002"
LEWA_KONDAMARA = "53.11.03.2004"
WAINGAPU_HAMBALA = "53.11.01.1002"


def _record(
    serial: int, name: str, desa: str, *, sex: Sex = Sex.MALE, phone: str | None = None
) -> WorkerRecord:
    day = 5 + (40 if sex is Sex.FEMALE else 0)
    district = desa[:8].replace(".", "")
    return WorkerRecord(
        nik=f"{district}{day:02d}0390{serial:04d}",
        kpj=f"{25000000000 + serial:011d}",
        full_name=name,
        birth_date=dt.date(1990, 3, 5),
        sex=sex,
        desa_code=desa,
        phone=phone,
    )


PEOPLE = [
    _record(1, "Umbu Ndaku Lewa", LEWA_KAMBUHAPANG, phone="081234567801"),
    _record(2, "Umbu Hina Kapita", LEWA_KONDAMARA),
    _record(3, "Rambu Kahi Ndima", WAINGAPU_HAMBALA, sex=Sex.FEMALE, phone="085298765432"),
    _record(4, "Yohanes Ndakularak", WAINGAPU_HAMBALA),
    _record(5, "Maria Soekarni Djawa", LEWA_KAMBUHAPANG, sex=Sex.FEMALE),
    _record(6, "Umbu Ndakularak Hina", WAINGAPU_HAMBALA),
]


@pytest.fixture
def lookup(sessions: sessionmaker[Session]) -> Lookup:
    with sessions.begin() as session:
        insert_workers(session, PEOPLE)
    return Lookup(sessions, Auditor(sessions, Workstation("Waingapu", "meja-01"), FakeClock()))


def names(lookup: Lookup, query: str, scope: str | None = None) -> list[str]:
    return [h.full_name for h in lookup.search(query, scope).hits]


def test_nik_finds_exactly_one_and_masks_it(lookup: Lookup) -> None:
    result = lookup.search(PEOPLE[2].nik)
    assert result.kind is QueryKind.NIK
    assert [h.full_name for h in result.hits] == ["Rambu Kahi Ndima"]
    assert result.hits[0].nik_masked == "5311••••••••0003"
    assert PEOPLE[2].nik not in repr(result)


def test_nik_typed_with_spaces_is_still_a_nik(lookup: Lookup) -> None:
    nik = PEOPLE[0].nik
    spaced = f"{nik[:6]} {nik[6:12]} {nik[12:]}"
    assert names(lookup, spaced) == ["Umbu Ndaku Lewa"]


def test_kpj_finds_exactly_one(lookup: Lookup) -> None:
    result = lookup.search("25000000004")
    assert result.kind is QueryKind.KPJ
    assert [h.full_name for h in result.hits] == ["Yohanes Ndakularak"]


@pytest.mark.parametrize("typed", ["081234567801", "+62 812-3456-7801", "62812 3456 7801"])
def test_phone_in_any_common_form(lookup: Lookup, typed: str) -> None:
    result = lookup.search(typed)
    assert result.kind is QueryKind.PHONE
    assert [h.full_name for h in result.hits] == ["Umbu Ndaku Lewa"]


def test_digit_prefix_while_typing(lookup: Lookup) -> None:
    result = lookup.search("2500000000")
    assert result.kind is QueryKind.DIGITS
    assert len(result.hits) == len(PEOPLE)


def test_any_word_any_case_extra_spaces(lookup: Lookup) -> None:
    assert names(lookup, "  KAHI   ") == ["Rambu Kahi Ndima"]
    assert names(lookup, "ndima rambu") == ["Rambu Kahi Ndima"]


def test_prefix_of_a_word(lookup: Lookup) -> None:
    # Equally close matches: the name with fewer other words first.
    assert names(lookup, "ndakul") == ["Yohanes Ndakularak", "Umbu Ndakularak Hina"]


def test_exact_word_ranks_before_prefix(lookup: Lookup) -> None:
    # "Ndaku" is a whole word of one name and the start of "Ndakularak" in two others.
    assert names(lookup, "ndaku") == [
        "Umbu Ndaku Lewa",
        "Yohanes Ndakularak",
        "Umbu Ndakularak Hina",
    ]


@pytest.mark.parametrize("typo", ["ndakulrak", "ndakularka", "ndakuularak", "ndakolarak"])
def test_one_typo_still_finds(lookup: Lookup, typo: str) -> None:
    assert names(lookup, typo) == ["Yohanes Ndakularak", "Umbu Ndakularak Hina"]


def test_typo_in_one_of_two_words(lookup: Lookup) -> None:
    assert names(lookup, "yohanes ndakularka") == ["Yohanes Ndakularak"]


def test_old_spelling_finds_new_and_back(lookup: Lookup) -> None:
    assert names(lookup, "sukarni jawa") == ["Maria Soekarni Djawa"]
    assert names(lookup, "Soekarni") == ["Maria Soekarni Djawa"]


def test_all_words_must_match(lookup: Lookup) -> None:
    assert names(lookup, "umbu kahi") == []


def test_narrow_by_kecamatan_and_desa(lookup: Lookup, sessions: sessionmaker[Session]) -> None:
    lewa = resolve_scope(sessions, "Lewa", None)
    assert lewa == "53.11.03"
    assert names(lookup, "umbu", lewa) == ["Umbu Hina Kapita", "Umbu Ndaku Lewa"]
    kambuhapang = resolve_scope(sessions, "lewa", "kambuhapang")
    assert names(lookup, "umbu", kambuhapang) == ["Umbu Ndaku Lewa"]
    assert names(lookup, "", kambuhapang) == ["Maria Soekarni Djawa", "Umbu Ndaku Lewa"]


def test_unknown_region_is_a_lookup_error(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(LookupError):
        resolve_scope(sessions, "Atlantis", None)


def test_renamed_worker_is_found_by_the_new_name_only(
    lookup: Lookup, sessions: sessionmaker[Session]
) -> None:
    worker_id = lookup.search("kapita").hits[0].id
    renamed = WorkerRecord(**{**PEOPLE[1].__dict__, "full_name": "Umbu Hina Tanggu"})
    with sessions.begin() as session:
        update_workers(
            session, [(worker_id, renamed)], now=dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
        )
    assert names(lookup, "kapita") == []
    assert names(lookup, "tanggu") == ["Umbu Hina Tanggu"]


def test_truncated_when_more_match_than_shown(lookup: Lookup) -> None:
    result = lookup.search("umbu", limit=2)
    assert len(result.hits) == 2
    assert result.truncated


def test_detail_is_masked(lookup: Lookup) -> None:
    hit = lookup.search("kahi").hits[0]
    detail = lookup.detail(hit.id)
    assert detail is not None
    assert detail.full_name == "Rambu Kahi Ndima"
    assert detail.nik_masked == "5311••••••••0003"
    assert detail.desa == "Hambala"
    assert detail.kecamatan == "Kota Waingapu"
    assert lookup.detail(999_999) is None


def test_kecamatan_choices_are_those_with_workers(lookup: Lookup) -> None:
    choices = lookup.kecamatan_choices()
    assert [c.name for c in choices] == ["Kota Waingapu", "Lewa"]
    assert [c.name for c in lookup.desa_choices("53.11.03")][:2] == ["Bidi Hunga", "Kambata Wundut"]


def _in_transaction(dbapi_connection: Any) -> bool:
    if isinstance(dbapi_connection, psycopg.Connection):
        return dbapi_connection.info.transaction_status is not TransactionStatus.IDLE
    return bool(dbapi_connection.in_transaction)  # sqlite3


def test_search_and_detail_read_outside_a_transaction(lookup: Lookup, engine: Engine) -> None:
    # On the hub, a transaction is two more round trips over the desk's network (BEGIN and
    # ROLLBACK) for a NIK lookup of two queries.
    seen: list[bool] = []

    def after(conn: Connection, *_args: object) -> None:
        seen.append(_in_transaction(conn.connection.dbapi_connection))

    event.listen(engine, "after_cursor_execute", after)
    try:
        hits = lookup.search(PEOPLE[2].nik).hits
        lookup.search("ndakulrak umbu")
        lookup.detail(hits[0].id)
    finally:
        event.remove(engine, "after_cursor_execute", after)
    assert len(seen) > 4
    assert not any(seen)


def test_a_one_word_name_costs_few_round_trips(lookup: Lookup, engine: Engine) -> None:
    # Each statement is a round trip to the hub: a word's name words (itself, those it
    # starts) come in one, and the number of workers is asked only with several words.
    statements: list[str] = []

    def before(_conn: Connection, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement.lower())

    event.listen(engine, "before_cursor_execute", before)
    try:
        found = names(lookup, "ndakularak")
    finally:
        event.remove(engine, "before_cursor_execute", before)
    assert found == ["Yohanes Ndakularak", "Umbu Ndakularak Hina"]
    assert sum("from name_token" in s for s in statements) == 1
    assert not any("max(worker.id)" in s for s in statements)
