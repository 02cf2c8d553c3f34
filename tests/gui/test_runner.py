"""The background runner: work on a pool thread, callbacks back on the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from kiosk.ui.common.runner import Runner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Runner]:
    pool = QThreadPool()
    runner = Runner(pool)
    yield runner
    pool.waitForDone()


def test_success_comes_back_on_the_ui_thread(qtbot: QtBot, runner: Runner) -> None:
    ui_thread = threading.get_ident()
    worked_on: list[int] = []
    called_back_on: list[int] = []
    results: list[int] = []

    def work() -> int:
        worked_on.append(threading.get_ident())
        return 42

    def done(value: int) -> None:
        called_back_on.append(threading.get_ident())
        results.append(value)

    runner.run(work, done)

    qtbot.waitUntil(lambda: results == [42])
    assert worked_on != [ui_thread]
    assert called_back_on == [ui_thread]
    assert runner.pending() == 0


def test_failure_comes_back_with_the_exception(qtbot: QtBot, runner: Runner) -> None:
    errors: list[Exception] = []

    def work() -> int:
        raise ValueError("no such worker")

    runner.run(work, lambda _value: pytest.fail("no success expected"), errors.append)

    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ValueError)
    assert str(errors[0]) == "no such worker"


def test_callbacks_are_dropped_once_their_context_is_deleted(qtbot: QtBot, runner: Runner) -> None:
    go = threading.Event()
    context = QObject()
    called: list[object] = []

    runner.run(lambda: go.wait(10), called.append, called.append, context=context)
    Shiboken.delete(context)  # as a dialog closed with WA_DeleteOnClose while its job ran
    go.set()

    qtbot.waitUntil(lambda: runner.pending() == 0)
    assert called == []


def test_callbacks_run_while_their_context_lives(qtbot: QtBot, runner: Runner) -> None:
    context = QObject()
    results: list[int] = []

    runner.run(lambda: 7, results.append, context=context)

    qtbot.waitUntil(lambda: results == [7])
