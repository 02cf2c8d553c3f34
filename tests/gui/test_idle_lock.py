"""The idle lock: a fake clock moves past the limit, the screen hides the worker, and the same
operator, a supervisor, or another operator takes it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.ui.lookup.correction_dialog import CorrectionDialog
from kiosk.ui.shell.main_window import MainWindow
from tests.gui.conftest import DESK, DESK_2, SUPERVISOR, FakeMonotonic, Registry
from tests.gui.helpers import events, focus, on_lookup, submit, visible_texts

IDLE_LIMIT = 5 * 60  # the config's idle_lock_minutes


def _open_worker(qtbot: QtBot, window: MainWindow, name: str) -> None:
    page = window.lookup_page
    with qtbot.waitSignal(page.worker_opened):
        QTest.keyClicks(page.search_panel.query_edit, name)
        QTest.keyClick(page.search_panel.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail_panel.name_label.text() == name)


def _locked(window: MainWindow) -> bool:
    return window.pages.currentWidget() is window.lock_page


def test_the_screen_locks_after_the_idle_limit_and_hides_the_worker(
    qtbot: QtBot, window: MainWindow, registry: Registry, idle_clock: FakeMonotonic
) -> None:
    name = "Umbu Ndaku Lewa"
    nik = registry.records[name].nik
    _open_worker(qtbot, window, name)
    window.lookup_page.detail_panel.reveal_button.click()
    qtbot.waitUntil(window.lookup_page.detail_panel.is_nik_revealed)

    idle_clock.advance(IDLE_LIMIT - 1)
    window.session.check_idle()
    assert on_lookup(window)

    idle_clock.advance(2)  # the timer checks every few seconds: no call needed
    qtbot.waitUntil(lambda: _locked(window))

    texts = visible_texts(window)
    assert name not in texts
    assert nik not in texts
    assert nik[:4] + "••••••••" + nik[12:] not in texts
    assert not window.lookup_page.isVisible()
    assert not window.lookup_page.detail_panel.is_nik_revealed()
    assert window.lock_page.title_label.text() == "Layar terkunci"
    assert "Marthen Umbu Hina" in window.lock_page.who_label.text()
    assert window.lock_page.form.username_edit.text() == DESK.username
    assert focus() is window.lock_page.form.pin_edit
    assert not window.sign_out_button.isVisible()
    qtbot.waitUntil(lambda: events(registry.sessions)[-1].action == "screen_locked")


def test_input_keeps_the_screen_unlocked(
    qtbot: QtBot, window: MainWindow, idle_clock: FakeMonotonic
) -> None:
    idle_clock.advance(IDLE_LIMIT - 10)
    QTest.keyClicks(window.lookup_page.search_panel.query_edit, "u")
    idle_clock.advance(IDLE_LIMIT - 10)

    window.session.check_idle()

    assert on_lookup(window)


def test_the_same_operator_unlocks_with_their_pin(
    qtbot: QtBot, window: MainWindow, registry: Registry, idle_clock: FakeMonotonic
) -> None:
    _open_worker(qtbot, window, "Umbu Ndaku Lewa")
    idle_clock.advance(IDLE_LIMIT + 1)
    qtbot.waitUntil(lambda: _locked(window))
    form = window.lock_page.form

    submit(qtbot, form, DESK.username, "999888")
    assert form.message_label.text().startswith("Nama pengguna atau PIN salah.")
    assert _locked(window)

    submit(qtbot, form, DESK.username, DESK.pin)

    assert on_lookup(window)
    assert window.lookup_page.detail_panel.name_label.text() == "Umbu Ndaku Lewa"
    assert window.operator_label.text() == "Marthen Umbu Hina · Petugas serah terima"
    unlocked = events(registry.sessions)[-1]
    assert (unlocked.action, unlocked.operator, unlocked.target) == (
        "screen_unlocked",
        DESK.username,
        f"operator:{DESK.username}",
    )


def test_a_supervisor_unlocks_for_the_operator(
    qtbot: QtBot, window: MainWindow, registry: Registry, idle_clock: FakeMonotonic
) -> None:
    idle_clock.advance(IDLE_LIMIT + 1)
    qtbot.waitUntil(lambda: _locked(window))

    submit(qtbot, window.lock_page.form, SUPERVISOR.username, SUPERVISOR.pin)

    assert on_lookup(window)
    # The desk goes on as the operator who was signed in.
    assert window.session.actor == DESK.actor()
    unlocked = events(registry.sessions)[-1]
    assert (unlocked.action, unlocked.operator, unlocked.target) == (
        "screen_unlocked",
        SUPERVISOR.username,
        f"operator:{DESK.username}",
    )


def test_another_desk_operator_cannot_unlock(
    qtbot: QtBot, window: MainWindow, registry: Registry, idle_clock: FakeMonotonic
) -> None:
    idle_clock.advance(IDLE_LIMIT + 1)
    qtbot.waitUntil(lambda: _locked(window))
    form = window.lock_page.form

    submit(qtbot, form, DESK_2.username, DESK_2.pin)

    assert _locked(window)
    assert form.message_label.text() == (
        "Hanya Marthen Umbu Hina atau supervisor yang dapat membuka layar ini."
    )
    assert "screen_unlocked" not in [e.action for e in events(registry.sessions)]


def test_another_operator_takes_over_the_locked_desk(
    qtbot: QtBot, window: MainWindow, registry: Registry, idle_clock: FakeMonotonic
) -> None:
    _open_worker(qtbot, window, "Umbu Ndaku Lewa")
    idle_clock.advance(IDLE_LIMIT + 1)
    qtbot.waitUntil(lambda: _locked(window))

    QTest.mouseClick(window.lock_page.switch_button, Qt.MouseButton.LeftButton)

    assert window.pages.currentWidget() is window.sign_in_page
    assert window.lookup_page.detail_panel.detail() is None
    assert window.lookup_page.search_panel.query() == ""
    qtbot.waitUntil(lambda: events(registry.sessions)[-1].action == "sign_out")
    assert events(registry.sessions)[-1].operator == DESK.username
    submit(qtbot, window.sign_in_page.form, DESK_2.username, DESK_2.pin)
    assert on_lookup(window)
    assert window.operator_label.text() == "Agnes Kahi Lewa · Petugas serah terima"


def test_the_lock_hides_an_open_dialog_and_unlocking_brings_it_back(
    qtbot: QtBot, window: MainWindow, idle_clock: FakeMonotonic
) -> None:
    _open_worker(qtbot, window, "Umbu Ndaku Lewa")
    window.lookup_page.detail_panel.correct_button.click()
    dialog = window.findChild(CorrectionDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)

    idle_clock.advance(IDLE_LIMIT + 1)
    qtbot.waitUntil(lambda: _locked(window))

    assert not dialog.isVisible()
    assert "Umbu Ndaku Lewa" not in visible_texts(window)
    submit(qtbot, window.lock_page.form, DESK.username, DESK.pin)
    assert dialog.isVisible()
    dialog.reject()
