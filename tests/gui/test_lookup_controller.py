"""Searching in the background: stale answers are dropped, failures are reported."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from db.models import WorkerStatus
from kiosk.ui.common.runner import Runner
from kiosk.ui.lookup.lookup_controller import LookupController, worker_to_open
from kiosk.usecases.audit import Actor
from kiosk.usecases.lookup import (
    Lookup,
    LookupResult,
    QueryKind,
    WorkerSummary,
    parse_query,
)


def _hit(worker_id: int, kpj: str = "25070000001") -> WorkerSummary:
    return WorkerSummary(
        worker_id,
        f"Worker {worker_id}",
        "5311••••••••0001",
        kpj,
        "Kambuhapang",
        "Lewa",
        WorkerStatus.REGISTERED,
    )


def _result(query: str, *hits: WorkerSummary) -> LookupResult:
    return LookupResult(query, None, parse_query(query).kind, hits, truncated=False)


class GatedLookup:
    """Answers at once, except that the query "slow" waits until the test opens the gate."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.asked: list[str] = []

    def search(
        self, query: str, scope: str | None = None, *, audit_as: Actor | None = None
    ) -> LookupResult:
        self.asked.append(query)
        if query == "slow":
            self.gate.wait(10)
        return _result(query, _hit(len(query)))


class BrokenLookup:
    def search(
        self, query: str, scope: str | None = None, *, audit_as: Actor | None = None
    ) -> LookupResult:
        raise OSError("disk I/O error")


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Runner]:
    pool = QThreadPool()
    runner = Runner(pool)
    yield runner
    pool.waitForDone()


def test_an_answer_to_an_old_question_is_dropped(qtbot: QtBot, runner: Runner) -> None:
    lookup = GatedLookup()
    controller = LookupController(cast(Lookup, lookup), runner)
    answers: list[str] = []
    controller.results_ready.connect(lambda result, _open: answers.append(result.query))

    controller.search_now("slow", None)
    controller.search_now("quick", None)  # waits for "slow": one search at a time
    controller.search_now("quicker", None)  # replaces "quick", which never runs
    lookup.gate.set()

    qtbot.waitUntil(lambda: not controller.is_busy())
    assert lookup.asked == ["slow", "quicker"]
    assert answers == ["quicker"]


def test_searching_is_shown_until_the_newest_answer_arrives(qtbot: QtBot, runner: Runner) -> None:
    lookup = GatedLookup()
    controller = LookupController(cast(Lookup, lookup), runner)
    states: list[bool] = []
    controller.searching.connect(states.append)

    controller.search_now("slow", None)
    assert states == [True]
    with qtbot.waitSignal(controller.results_ready):
        lookup.gate.set()
    assert states == [True, False]


def test_typing_waits_for_a_pause(qtbot: QtBot, runner: Runner) -> None:
    lookup = GatedLookup()
    controller = LookupController(cast(Lookup, lookup), runner)

    with qtbot.waitSignal(controller.results_ready) as ready:
        for typed in ("u", "um", "umb", "umbu"):
            controller.search_soon(typed, None)

    assert lookup.asked == ["umbu"]
    assert ready.args is not None
    assert ready.args[1] is False  # typing alone never opens a worker


def test_a_failed_search_is_reported(qtbot: QtBot, runner: Runner) -> None:
    controller = LookupController(cast(Lookup, BrokenLookup()), runner)

    with qtbot.waitSignal(controller.failed) as failed:
        controller.search_now("umbu", None)

    assert failed.args == ["OSError"]
    assert not controller.is_busy()


@pytest.mark.parametrize(
    ("result", "opened"),
    [
        (_result("umbu"), None),
        (_result("umbu ndaku", _hit(4)), 4),
        (_result("umbu", _hit(4), _hit(5)), None),
        (_result("5311030101600001", _hit(4)), 4),
        (_result("25070000001", _hit(4, "25070000001")), 4),
        (_result("0812 3700 0000", _hit(4, "25070000009"), _hit(5)), None),
    ],
)
def test_enter_opens_only_an_unambiguous_match(result: LookupResult, opened: int | None) -> None:
    assert worker_to_open(result) == opened
    if result.hits:
        assert result.kind in {QueryKind.NAME, QueryKind.NIK, QueryKind.KPJ, QueryKind.PHONE}
