"""Signing in: the first admin, wrong PINs, the lockout, and who sees which buttons."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from db.models import Operator, Role
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.signin.first_run_dialog import FirstRunDialog
from kiosk.ui.signin.operators_dialog import OperatorsDialog
from tests.gui.conftest import DESK, SUPERVISOR, Registry, Staff, sign_in
from tests.gui.helpers import actions, events, focus, on_lookup, submit


def _first_run_dialog(qtbot: QtBot, window: MainWindow) -> FirstRunDialog:
    qtbot.waitUntil(lambda: window.findChild(FirstRunDialog) is not None)
    dialog = window.findChild(FirstRunDialog)
    assert dialog is not None
    return dialog


def _fill(dialog: FirstRunDialog, username: str, name: str, pin: str, again: str) -> None:
    form = dialog.form
    for edit, text in (
        (form.username_edit, username),
        (form.name_edit, name),
        (form.pin_edit, pin),
        (form.pin_again_edit, again),
    ):
        edit.clear()
        QTest.keyClicks(edit, text)


def test_the_first_start_creates_the_first_admin(
    qtbot: QtBot, unsigned_window: MainWindow, registry: Registry
) -> None:
    window = unsigned_window
    dialog = _first_run_dialog(qtbot, window)
    assert dialog.isVisible()
    assert "minimal 6 angka" in dialog.form.rules_label.text()
    assert not window.sign_in_page.form.isVisible()
    assert window.sign_in_page.first_run_button.isVisible()
    form = dialog.form

    _fill(dialog, "admin", "Admin Kiosk", "111111", "111111")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: form.message_label.isVisible() and form.isEnabled())
    assert form.message_label.text().startswith("PIN terlalu mudah ditebak")

    _fill(dialog, "admin", "Admin Kiosk", "204863", "204836")
    dialog.create_button.click()
    assert form.message_label.text() == "Kedua PIN tidak sama."

    _fill(dialog, "Admin Baru!", "Admin Kiosk", "204863", "204863")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: form.isEnabled() and "Nama pengguna" in form.message_label.text())

    _fill(dialog, "admin", "Admin Kiosk", "204863", "204863")
    with qtbot.waitSignal(dialog.finished):
        QTest.keyClick(form.pin_again_edit, Qt.Key.Key_Return)

    sign_in_form = window.sign_in_page.form
    assert sign_in_form.isVisible()
    assert sign_in_form.username_edit.text() == "admin"
    assert sign_in_form.message_label.text() == "Admin sudah dibuat. Masuk dengan PIN yang baru."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sign_in_form.pin_edit)
    assert actions(registry.sessions) == ["operator_added"]

    QTest.keyClicks(sign_in_form.pin_edit, "204863")
    QTest.keyClick(sign_in_form.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: on_lookup(window))
    assert window.operator_label.text() == "Admin Kiosk · Admin"
    assert window.operators_button.isVisible()


def test_a_kiosk_with_operators_asks_nobody_to_create_one(
    qtbot: QtBot, staff: tuple[Staff, ...], unsigned_window: MainWindow
) -> None:
    assert unsigned_window.findChild(FirstRunDialog) is None
    assert unsigned_window.sign_in_page.form.isVisible()
    assert not unsigned_window.sign_in_page.first_run_button.isVisible()


def test_a_wrong_pin_and_an_unknown_name_get_the_same_answer(
    qtbot: QtBot, staff: tuple[Staff, ...], unsigned_window: MainWindow, registry: Registry
) -> None:
    form = unsigned_window.sign_in_page.form

    submit(qtbot, form, DESK.username, "999888")

    assert form.message_label.text() == (
        "Nama pengguna atau PIN salah. Setelah 5 kali salah PIN, akun dikunci sementara."
    )
    assert form.pin_edit.text() == ""
    assert focus() is form.pin_edit
    assert not on_lookup(unsigned_window)

    submit(qtbot, form, "nobody", "999888")
    assert form.message_label.text() == (
        "Nama pengguna atau PIN salah. Setelah 5 kali salah PIN, akun dikunci sementara."
    )
    failures = [e for e in events(registry.sessions) if e.action == "sign_in_failed"]
    assert len(failures) == 2
    assert all("999888" not in e.details for e in failures)


def test_five_wrong_pins_lock_the_operator_until_a_supervisor_unlocks(
    qtbot: QtBot, staff: tuple[Staff, ...], unsigned_window: MainWindow, registry: Registry
) -> None:
    form = unsigned_window.sign_in_page.form
    for _ in range(4):
        submit(qtbot, form, DESK.username, "999888")
        assert form.message_label.text().startswith("Nama pengguna atau PIN salah.")

    submit(qtbot, form, DESK.username, "999888")

    locked = form.message_label.text()
    assert re.fullmatch(
        r"Terlalu banyak PIN salah: akun ini dikunci sampai pukul \d\d:\d\d WITA\."
        r" Supervisor dapat membukanya lebih cepat\.",
        locked,
    )
    submit(qtbot, form, DESK.username, DESK.pin)  # the right PIN does not help now
    assert form.message_label.text() == locked
    assert "operator_locked" in actions(registry.sessions)

    sign_in(qtbot, unsigned_window, SUPERVISOR)
    unsigned_window.operators_button.click()
    dialog = unsigned_window.findChild(OperatorsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(staff))
    dialog.select(DESK.username)
    assert dialog.unlock_button.isEnabled()
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.status_label.text() == "marthen dapat masuk lagi.")
    dialog.accept()
    qtbot.waitUntil(unsigned_window.isActiveWindow)
    unsigned_window.sign_out_button.click()

    submit(qtbot, form, DESK.username, DESK.pin)
    qtbot.waitUntil(lambda: on_lookup(unsigned_window))


def test_an_inactive_operator_cannot_sign_in(
    qtbot: QtBot, staff: tuple[Staff, ...], unsigned_window: MainWindow, registry: Registry
) -> None:
    with registry.sessions.begin() as session:
        session.execute(
            update(Operator).where(Operator.username == DESK.username).values(active=False)
        )
    form = unsigned_window.sign_in_page.form

    submit(qtbot, form, DESK.username, DESK.pin)

    assert form.message_label.text() == "Akun ini sudah tidak aktif. Hubungi admin."
    assert not on_lookup(unsigned_window)


def test_messages_follow_the_language(
    qtbot: QtBot, staff: tuple[Staff, ...], unsigned_window: MainWindow
) -> None:
    window = unsigned_window
    window.language_combo.setCurrentIndex(window.language_combo.findData("en"))
    qtbot.waitUntil(lambda: window.sign_in_page.title_label.text() == "Sign in")
    form = window.sign_in_page.form

    submit(qtbot, form, DESK.username, "999888")

    assert form.message_label.text() == (
        "Wrong username or PIN. After 5 wrong PINs the operator is locked for a while."
    )
    submit(qtbot, form, DESK.username, DESK.pin)
    qtbot.waitUntil(lambda: on_lookup(window))
    assert window.operator_label.text() == "Marthen Umbu Hina · Desk staff"
    assert window.sign_out_button.text() == "Sign out"
    window.language_combo.setCurrentIndex(window.language_combo.findData("id"))
    qtbot.waitUntil(lambda: window.sign_in_page.title_label.text() == "Masuk")


@pytest.mark.parametrize(
    ("signed_in_role", "imports", "operators", "reveals", "corrects"),
    [
        (Role.DESK, False, False, True, True),
        (Role.TELLER, False, False, True, True),
        (Role.PRINTING, False, False, False, False),
        (Role.SUPERVISOR, True, True, True, True),
        (Role.ADMIN, True, True, False, False),
    ],
)
def test_each_role_sees_the_buttons_it_may_use(
    qtbot: QtBot,
    window: MainWindow,
    signed_in_role: Role,
    imports: bool,
    operators: bool,
    reveals: bool,
    corrects: bool,
) -> None:
    page = window.lookup_page
    with qtbot.waitSignal(page.worker_opened):
        QTest.keyClicks(page.search_panel.query_edit, "ndaku lewa")
        QTest.keyClick(page.search_panel.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail_panel.detail() is not None)

    assert window.import_button.isVisible() is imports
    assert window.operators_button.isVisible() is operators
    assert page.detail_panel.reveal_button.isVisible() is reveals
    assert page.detail_panel.correct_button.isVisible() is corrects
