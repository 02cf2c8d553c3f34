"""The event progress dialog: the numbers, by kecamatan and desa, refreshing itself, the BAST."""

from __future__ import annotations

import datetime as dt
import errno
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QLocale, Qt, QThreadPool
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from kiosk.config import WITA
from kiosk.ui.common.runner import Runner
from kiosk.ui.progress.progress_dialog import EventProgressDialog
from kiosk.ui.progress.progress_model import ProgressColumn
from kiosk.usecases.progress import EventProgress, ProgressRow
from printing.bast import BastSummary

NOW = dt.datetime(2025, 8, 14, 9, 30, 15, tzinfo=WITA)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def lewa_progress(handed_in_kambuhapang: int = 300) -> EventProgress:
    """Three kecamatan of Sumba Timur; 4,000 registered, 2,400 handed over (by default)."""
    return EventProgress(
        "Penyerahan Kartu Sumba Timur",
        "Sumba Timur",
        (
            ProgressRow("Haharu", "Wunga", "53.11.02.2007", 500, 450, 400),
            ProgressRow("Lewa", "Kambuhapang", "53.11.03.2002", 1200, 700, handed_in_kambuhapang),
            ProgressRow("Lewa", "Tana Rara", "53.11.03.2007", 800, 650, 600),
            ProgressRow("Waingapu", "Kambajawa", "53.11.01.1001", 1000, 1000, 1000),
            ProgressRow("Waingapu", "Mau Hau", "53.11.01.1002", 500, 200, 100),
        ),
    )


class FakeLoad:
    """The use case: returns whatever the test set; may hold each read until released."""

    def __init__(self, progress: EventProgress) -> None:
        self.progress = progress
        self.calls = 0
        self.gate: threading.Event | None = None
        self.error: Exception | None = None

    def __call__(self) -> EventProgress:
        self.calls += 1
        if self.gate is not None:
            assert self.gate.wait(10), "the test never released the read"
        if self.error is not None:
            raise self.error
        return self.progress


class FakeBast:
    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.paths: list[Path] = []

    def __call__(self, path: Path) -> BastSummary:
        self.paths.append(path)
        if self.error is not None:
            raise self.error
        path.write_bytes(b"%PDF-1.4 a BAST\n")
        return BastSummary(pages=3, rows=2400, by_desa=(), by_kind=())


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Runner]:
    pool = QThreadPool()
    yield Runner(pool)
    pool.waitForDone()


@pytest.fixture
def load() -> Iterator[FakeLoad]:
    fake = FakeLoad(lewa_progress())
    yield fake
    if fake.gate is not None:
        fake.gate.set()  # never leave a pool thread waiting


def make_dialog(
    qtbot: QtBot,
    load: FakeLoad,
    runner: Runner,
    tmp_path: Path,
    *,
    make_bast: FakeBast | None = None,
    refresh_ms: int = 60_000,
    show: bool = True,
) -> EventProgressDialog:
    dialog = EventProgressDialog(
        load,
        runner,
        make_bast=make_bast,
        default_folder=tmp_path,
        refresh_ms=refresh_ms,
        now=lambda: NOW,
    )
    dialog.setLocale(ENGLISH)
    qtbot.addWidget(dialog)
    if show:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.progress() is not None)
    return dialog


def column(dialog: EventProgressDialog, table: str, col: ProgressColumn) -> list[str]:
    model = dialog.kecamatan_model if table == "kecamatan" else dialog.desa_model
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def test_the_totals_and_the_share_handed_over(
    qtbot: QtBot, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, load, runner, tmp_path)

    assert dialog.registered.number.text() == "4,000"
    assert dialog.printed.number.text() == "3,000"
    assert dialog.handed_over.number.text() == "2,400"
    assert dialog.remaining.number.text() == "1,600"
    assert dialog.percent_label.text() == "60% handed over"
    assert (dialog.progress_bar.maximum(), dialog.progress_bar.value()) == (4000, 2400)
    assert dialog.title_label.text() == "Event progress: Penyerahan Kartu Sumba Timur"
    assert dialog.scope_label.text().startswith("Area: Sumba Timur   ·   Bank NTT accounts: ")
    assert dialog.updated_label.text() == "Last updated 09:30:15"


def test_a_share_is_rounded_down_so_100_means_all(
    qtbot: QtBot, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    load.progress = EventProgress("", "", (ProgressRow("Lewa", "Tana Rara", "x", 1000, 999, 999),))
    dialog = make_dialog(qtbot, load, runner, tmp_path)

    assert dialog.percent_label.text() == "99% handed over"
    assert dialog.title_label.text() == "Event progress"
    assert dialog.scope_label.text().startswith("Area: the whole registry   ·   ")


def test_kecamatan_most_remaining_first_and_the_desa_of_the_chosen_one(
    qtbot: QtBot, qtmodeltester: ModelTester, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, load, runner, tmp_path)
    check = cast(Callable[[object], None], qtmodeltester.check)
    check(dialog.kecamatan_model)
    check(dialog.desa_model)

    assert column(dialog, "kecamatan", ProgressColumn.NAME) == ["Lewa", "Waingapu", "Haharu"]
    assert column(dialog, "kecamatan", ProgressColumn.REMAINING) == ["1,100", "400", "100"]
    assert column(dialog, "kecamatan", ProgressColumn.HANDED_OVER) == [
        "900 (45%)",
        "1,100 (73%)",
        "400 (80%)",
    ]
    # The kecamatan where most cards wait is chosen; its desa, most remaining first.
    assert dialog.selected_kecamatan() == "Lewa"
    assert dialog.desa_caption.text() == "Desa of Lewa"
    assert column(dialog, "desa", ProgressColumn.NAME) == ["Kambuhapang", "Tana Rara"]
    assert column(dialog, "desa", ProgressColumn.REGISTERED) == ["1,200", "800"]

    dialog.kecamatan_table.selectRow(1)

    assert dialog.desa_caption.text() == "Desa of Waingapu"
    assert column(dialog, "desa", ProgressColumn.NAME) == ["Mau Hau", "Kambajawa"]
    assert column(dialog, "desa", ProgressColumn.HANDED_OVER) == ["100 (20%)", "1,000 (100%)"]
    done = dialog.desa_model.index(1, ProgressColumn.REMAINING)
    assert dialog.desa_model.data(done, Qt.ItemDataRole.ForegroundRole) == QColor("#1b7a43")
    waiting = dialog.desa_model.index(0, ProgressColumn.REMAINING)
    assert dialog.desa_model.data(waiting, Qt.ItemDataRole.ForegroundRole) is None


def test_it_refreshes_by_itself_and_keeps_the_chosen_kecamatan(
    qtbot: QtBot, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, load, runner, tmp_path, refresh_ms=50)
    dialog.select_kecamatan("Haharu")
    assert dialog.is_refreshing()

    load.progress = lewa_progress(handed_in_kambuhapang=700)  # 400 more handed over

    qtbot.waitUntil(lambda: dialog.handed_over.number.text() == "2,800")
    assert dialog.percent_label.text() == "70% handed over"
    assert dialog.selected_kecamatan() == "Haharu"
    assert column(dialog, "desa", ProgressColumn.NAME) == ["Wunga"]


def test_hidden_it_reads_no_more(
    qtbot: QtBot, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, load, runner, tmp_path, refresh_ms=20)
    qtbot.waitUntil(lambda: load.calls >= 3)

    dialog.hide()

    assert not dialog.is_refreshing()
    qtbot.waitUntil(lambda: runner.pending() == 0)
    calls = load.calls
    qtbot.wait(100)
    assert load.calls == calls


def test_never_two_reads_at_once(
    qtbot: QtBot, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    load.gate = threading.Event()
    dialog = make_dialog(qtbot, load, runner, tmp_path, refresh_ms=10, show=False)
    dialog.show()
    qtbot.waitUntil(lambda: load.calls == 1)

    qtbot.wait(100)  # ten ticks of the timer
    dialog.refresh()

    assert load.calls == 1
    assert dialog.is_loading()
    assert dialog.registered.number.text() == "–"
    load.gate.set()
    qtbot.waitUntil(lambda: dialog.progress() is not None)


def test_a_failed_read_keeps_the_numbers_and_says_so(
    qtbot: QtBot,
    load: FakeLoad,
    runner: Runner,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    dialog = make_dialog(qtbot, load, runner, tmp_path, refresh_ms=20)
    load.error = ConnectionError("the server went away")

    with caplog.at_level(logging.ERROR):
        qtbot.waitUntil(lambda: "could not be read" in dialog.updated_label.text())

    assert dialog.updated_label.text() == (
        "Last updated 09:30:15. The numbers could not be read just now; trying again."
    )
    assert dialog.handed_over.number.text() == "2,400"
    assert "ConnectionError" in caplog.text
    load.error = None
    qtbot.waitUntil(lambda: dialog.updated_label.text() == "Last updated 09:30:15")


def test_closing_while_a_read_runs(
    qtbot: QtBot, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    load.gate = threading.Event()
    dialog = make_dialog(qtbot, load, runner, tmp_path, show=False)
    dialog.show()
    qtbot.waitUntil(lambda: load.calls == 1)

    dialog.close()
    assert not dialog.is_refreshing()
    load.gate.set()

    qtbot.waitUntil(lambda: runner.pending() == 0)
    assert dialog.handed_over.number.text() == "2,400"  # shown again, it is up to date


def test_deleted_while_a_read_runs(
    qtbot: QtBot, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    load.gate = threading.Event()
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = EventProgressDialog(load, runner, default_folder=tmp_path, parent=parent)
    dialog.show()
    qtbot.waitUntil(lambda: load.calls == 1)

    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog))
    load.gate.set()

    qtbot.waitUntil(lambda: runner.pending() == 0)  # the callbacks were dropped, not run


def test_no_bast_button_without_make_bast(
    qtbot: QtBot, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, load, runner, tmp_path)

    assert dialog.bast_button.isHidden()


def test_make_bast_shows_where_it_was_saved(
    qtbot: QtBot, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    bast = FakeBast()
    dialog = make_dialog(qtbot, load, runner, tmp_path, make_bast=bast)
    assert dialog.bast_button.isVisible()
    assert dialog.bast_button.text() == "Make BAST…"
    out = tmp_path / "bast-lewa.pdf"

    dialog.make_bast_to(out)

    assert dialog.is_making_bast()
    assert dialog.bast_busy.isVisible()
    assert not dialog.bast_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_making_bast())
    assert out.read_bytes().startswith(b"%PDF")
    # The source text; kiosk_en.ts gives the English plurals ("2,400 handovers, 3 pages").
    assert dialog.bast_label.text() == f"BAST saved: {out} (2,400 handover(s), 3 page(s))"
    assert dialog.bast_label.property("state") == "ok"
    assert not dialog.bast_busy.isVisible()
    assert dialog.bast_button.isEnabled()


def test_the_button_asks_where_with_todays_name(
    qtbot: QtBot,
    load: FakeLoad,
    runner: Runner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bast = FakeBast()
    dialog = make_dialog(qtbot, load, runner, tmp_path, make_bast=bast)
    asked: list[str] = []

    def get_save_file_name(*args: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(tmp_path / "bast-hari-ini"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))

    dialog.bast_button.click()

    assert asked == [str(tmp_path / "bast-2025-08-14.pdf")]
    qtbot.waitUntil(lambda: not dialog.is_making_bast())
    assert bast.paths == [tmp_path / "bast-hari-ini.pdf"]


def test_cancelling_the_file_dialog_makes_nothing(
    qtbot: QtBot,
    load: FakeLoad,
    runner: Runner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bast = FakeBast()
    dialog = make_dialog(qtbot, load, runner, tmp_path, make_bast=bast)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))

    dialog.bast_button.click()

    assert not dialog.is_making_bast()
    assert bast.paths == []
    assert dialog.bast_label.isHidden()


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (
            PermissionError(errno.EACCES, "Permission denied"),
            "the file could not be written (Permission denied).",
        ),
        (RuntimeError("boom"), "the kiosk met an error (RuntimeError). Call a supervisor."),
    ],
)
def test_a_failed_bast_says_why(
    qtbot: QtBot,
    load: FakeLoad,
    runner: Runner,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    error: Exception,
    reason: str,
) -> None:
    dialog = make_dialog(qtbot, load, runner, tmp_path, make_bast=FakeBast(error))

    with caplog.at_level(logging.ERROR):
        dialog.make_bast_to(tmp_path / "bast.pdf")
        qtbot.waitUntil(lambda: not dialog.is_making_bast())

    assert dialog.bast_label.text() == f"The BAST could not be made: {reason}"
    assert dialog.bast_label.property("state") == "problem"
    assert type(error).__name__ in caplog.text
    assert dialog.bast_button.isEnabled()  # it may be tried again


def test_no_bast_before_any_handover(
    qtbot: QtBot, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    load.progress = EventProgress("", "", (ProgressRow("Lewa", "Tana Rara", "x", 10, 4, 0),))
    dialog = make_dialog(qtbot, load, runner, tmp_path, make_bast=FakeBast())

    assert not dialog.bast_button.isEnabled()
    assert dialog.bast_button.toolTip() == "No card has been handed over yet."


def test_its_window_deleted_while_it_is_open(
    qtbot: QtBot, load: FakeLoad, runner: Runner, tmp_path: Path
) -> None:
    """Its tables may ask for a cell while the dialog is being destroyed: no error then."""
    parent = QWidget()
    parent.resize(1366, 768)
    parent.show()
    dialog = EventProgressDialog(load, runner, default_folder=tmp_path, parent=parent)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.progress() is not None)
    dialog.kecamatan_table.setFocus()

    parent.close()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog))
