"""Kiosk mode: full screen, no chrome, and no way out without a supervisor or an admin."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.ui.common.approval_dialog import ApprovalDialog
from kiosk.ui.shell.main_window import MainWindow
from tests.gui.conftest import ADMIN, DESK, DESK_2, SUPERVISOR, Registry, Staff
from tests.gui.helpers import actions, events, submit

pytestmark = pytest.mark.parametrize("kiosk_mode", [True])


def _leave_dialog(qtbot: QtBot, window: MainWindow) -> ApprovalDialog:
    qtbot.waitUntil(lambda: window.findChild(ApprovalDialog) is not None)
    dialog = window.findChild(ApprovalDialog)
    assert dialog is not None
    return dialog


def test_closing_is_refused_and_asks_for_a_supervisor(
    qtbot: QtBot, window: MainWindow, registry: Registry, kiosk_mode: bool
) -> None:
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.leave_button.isVisible()

    assert window.close() is False  # the close button, Alt+F4: the event is ignored

    assert window.isVisible()
    dialog = _leave_dialog(qtbot, window)
    assert dialog.title_label.text() == "Tutup kios?"
    submit(qtbot, dialog.form, DESK_2.username, DESK_2.pin)
    assert dialog.form.message_label.text() == (
        "Hanya supervisor atau admin yang dapat menutup kios."
    )
    dialog.reject()
    assert window.isVisible()
    assert "kiosk_mode_left" not in actions(registry.sessions)


def test_escape_does_not_leave(qtbot: QtBot, window: MainWindow, kiosk_mode: bool) -> None:
    # The window takes Esc itself (a plain QMainWindow ignores it and lets it travel on).
    escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    escape.ignore()
    window.keyPressEvent(escape)
    assert escape.isAccepted()

    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert window.findChild(ApprovalDialog) is None


@pytest.mark.parametrize("approver", [SUPERVISOR, ADMIN])
def test_a_supervisor_or_an_admin_lets_the_kiosk_close(
    qtbot: QtBot, window: MainWindow, registry: Registry, kiosk_mode: bool, approver: Staff
) -> None:
    window.leave_button.click()
    dialog = _leave_dialog(qtbot, window)

    submit(qtbot, dialog.form, approver.username, approver.pin)

    qtbot.waitUntil(lambda: not window.isVisible())
    left = events(registry.sessions)[-1]
    assert (left.action, left.operator) == ("kiosk_mode_left", approver.username)
    assert json.loads(left.details) == {"signed_in": DESK.username}


def test_the_sign_in_page_cannot_be_closed_either(
    qtbot: QtBot, staff: tuple[Staff, ...], unsigned_window: MainWindow, kiosk_mode: bool
) -> None:
    assert unsigned_window.close() is False
    dialog = _leave_dialog(qtbot, unsigned_window)
    submit(qtbot, dialog.form, SUPERVISOR.username, SUPERVISOR.pin)
    qtbot.waitUntil(lambda: not unsigned_window.isVisible())
