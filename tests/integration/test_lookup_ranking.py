"""Name search lists the closest matches first, ranked over every match, not one page."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db import name_search
from db.models import Sex, Worker
from db.names import fold, within_one_edit
from db.workers import WorkerRecord, insert_workers
from kiosk.usecases.audit import Auditor, Workstation
from kiosk.usecases.demo import create_demo
from kiosk.usecases.lookup import Lookup
from tests.helpers.clock import FakeClock

LEWA_KAMBUHAPANG = "53.11.03.2002"
WAINGAPU_HAMBALA = "53.11.01.1002"
NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)


def _lookup(sessions: sessionmaker[Session], names: list[str]) -> Lookup:
    records = [
        WorkerRecord(
            nik=f"53110305039{serial:05d}",
            kpj=f"{25000000000 + serial:011d}",
            full_name=name,
            birth_date=dt.date(1990, 3, 5),
            sex=Sex.MALE,
            desa_code=LEWA_KAMBUHAPANG if serial % 2 else WAINGAPU_HAMBALA,
        )
        for serial, name in enumerate(names, start=1)
    ]
    with sessions.begin() as session:
        insert_workers(session, records)
    return Lookup(sessions, Auditor(sessions, Workstation("Waingapu", "meja-01"), FakeClock()))


def _names(lookup: Lookup, query: str, limit: int = 50) -> list[str]:
    return [h.full_name for h in lookup.search(query, limit=limit).hits]


# Alphabetically, "Umbu Ndaku" comes after every "Umbu <A to M> ... Ndaku".
UMBU_NDAKU = [
    "Umbu Ama Ndaku",
    "Umbu Bili Ndaku",
    "Umbu Hamu Ndaku",
    "Umbu Hina Kapita Ndaku",
    "Umbu Kahi Ndaku",
    "Umbu Kareri Tamu Ndaku",
    "Umbu Lunda Ndaku",
    "Umbu Mehang Ndaku",
    "Umbu Ndaku",
    "Umbu Ndaku Lewa",
    "Umba Ndaku",  # a typo away from "Umbu"
    "Umbukaru Ndaku",  # starts with "Umbu"
    "Rambu Ndaku",  # no "Umbu"
    "Umbu Ndakularak",  # "ndku" is no typo of it
]


def test_the_closest_match_comes_first(sessions: sessionmaker[Session]) -> None:
    lookup = _lookup(sessions, UMBU_NDAKU)
    assert _names(lookup, "umbu ndku") == [
        # "umbu" exactly and "ndku" one typo from "ndaku": the shortest name first, then
        # fewer other words, alphabetical only among equals.
        "Umbu Ndaku",
        "Umbu Ama Ndaku",
        "Umbu Bili Ndaku",
        "Umbu Hamu Ndaku",
        "Umbu Kahi Ndaku",
        "Umbu Lunda Ndaku",
        "Umbu Mehang Ndaku",
        "Umbu Ndaku Lewa",
        "Umbu Hina Kapita Ndaku",
        "Umbu Kareri Tamu Ndaku",
        # Two typos.
        "Umba Ndaku",
        # A typo and a prefix.
        "Umbukaru Ndaku",
    ]


def test_the_closest_match_is_on_a_page_of_one(sessions: sessionmaker[Session]) -> None:
    # Ranked before the page is cut: the best match is never left on a later page.
    lookup = _lookup(sessions, UMBU_NDAKU)
    result = lookup.search("umbu ndku", limit=1)
    assert [h.full_name for h in result.hits] == ["Umbu Ndaku"]
    assert result.truncated
    assert _names(lookup, "ndaku umbu", limit=1) == ["Umbu Ndaku"]


def test_exact_beats_typo_beats_prefix_whatever_the_alphabet(
    sessions: sessionmaker[Session],
) -> None:
    lookup = _lookup(
        sessions,
        ["Agus Umbukaru Ndaku", "Lukas Umba Ndaku", "Yosef Umbu Ndaku", "Yosef Umbu Ndakularak"],
    )
    assert _names(lookup, "umbu ndku") == [
        "Yosef Umbu Ndaku",  # exact, one typo
        "Lukas Umba Ndaku",  # two typos
        "Agus Umbukaru Ndaku",  # a prefix, one typo
    ]
    # Without typos: every word exact, then one prefix (either word), alphabetically.
    assert _names(lookup, "umbu ndaku") == [
        "Yosef Umbu Ndaku",
        "Agus Umbukaru Ndaku",
        "Yosef Umbu Ndakularak",
    ]


def test_a_whole_word_beats_a_shorter_name_that_only_starts_with_it(
    sessions: sessionmaker[Session],
) -> None:
    lookup = _lookup(sessions, ["Ama Ndakularak", "Umbu Kahi Hina Ndaku", "Ndaku"])
    assert _names(lookup, "ndaku") == ["Ndaku", "Umbu Kahi Hina Ndaku", "Ama Ndakularak"]


# ---------------------------------------------------------------- against a slow reference


def _closeness(word: str, name_words: list[str], typos: bool) -> int | None:
    """0 exact, 1 one typo, 2 a prefix: the closest any word of the name gives."""
    best = None
    for name_word in name_words:
        if name_word == word:
            return 0
        if typos and len(word) >= 4 and within_one_edit(word, name_word):
            best = 1
        elif name_word.startswith(word) and best is None:
            best = 2
    return best


def _reference(workers: list[tuple[int, str]], query: str, limit: int) -> list[int]:
    """Every worker scored, sorted, cut: what ids_by_name must give, however it does it."""
    words = list(dict.fromkeys(fold(query).split()))
    for typos in (False, True):
        ranked = []
        for worker_id, key in workers:
            name_words = key.split()
            found = [_closeness(w, name_words, typos) for w in words]
            if any(c is None for c in found):
                continue
            if typos and 1 not in found:
                continue
            rank = (found.count(2), found.count(1), len(name_words), key, worker_id)
            ranked.append(rank)
        if ranked:
            return [r[-1] for r in sorted(ranked)[:limit]]
    return []


def _queries(names: list[str], rng: random.Random) -> list[str]:
    queries = []
    for name in rng.sample(names, 40):
        words = fold(name).split()
        word = rng.choice(words)
        at = rng.randrange(1, len(word) - 1)
        typo = word[:at] + word[at + 1 :]
        queries += [
            word,
            word[:2],
            word[:3],
            typo,
            f"{words[0]} {words[-1]}",
            f"{words[-1]} {words[0][:3]}",
            f"{words[0]} {typo}",
            " ".join(words),
        ]
    return queries


@pytest.mark.slow
@pytest.mark.parametrize(
    ("small_class_pages", "probe_postings"),
    [
        (name_search.SMALL_CLASS_PAGES, name_search.PROBE_POSTINGS),  # as configured
        (0, 20),  # every class read a name length at a time, probes cut short
        (10**9, name_search.PROBE_POSTINGS),  # every class sorted in one pass
    ],
)
def test_ranking_matches_a_full_sort_of_every_match(
    sessions: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
    small_class_pages: int,
    probe_postings: int,
) -> None:
    # However the search reads the postings, the answer is the one a full sort gives.
    monkeypatch.setattr(name_search, "SMALL_CLASS_PAGES", small_class_pages)
    monkeypatch.setattr(name_search, "PROBE_POSTINGS", probe_postings)
    create_demo(sessions, workers=3000, seed=5, today=NOW.date(), now=NOW)
    with sessions() as session:
        workers = [(i, k) for i, k in session.execute(select(Worker.id, Worker.name_key))]
        names = list(session.execute(select(Worker.full_name)).scalars())
    for query in _queries(names, random.Random(3)):
        for limit in (3, 51):  # a page cut early and late: both paths of the search
            with sessions() as session:
                got = name_search.ids_by_name(session, query, None, limit)
            assert got == _reference(workers, query, limit), (query, limit)
