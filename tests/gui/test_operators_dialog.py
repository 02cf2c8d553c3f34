"""Managing operators: admins add them, supervisors and admins unlock a locked one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import cast

import pytest
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.models import Role
from kiosk.config import Config
from kiosk.services import build_services
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.signin.operators_dialog import OperatorsDialog
from kiosk.ui.signin.operators_model import OperatorColumn, OperatorsModel
from kiosk.usecases.operators import OperatorInfo, SignInError
from tests.gui.conftest import DESK, Registry, Staff, cheap_hasher
from tests.gui.helpers import events


def _dialog(qtbot: QtBot, window: MainWindow, count: int) -> OperatorsDialog:
    assert window.operators_button.isVisible()
    window.operators_button.click()
    dialog = window.findChild(OperatorsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == count)
    return dialog


def _column(dialog: OperatorsDialog, column: OperatorColumn) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


@pytest.mark.parametrize("signed_in_role", [Role.ADMIN])
def test_an_admin_adds_an_operator(
    qtbot: QtBot, window: MainWindow, registry: Registry, staff: tuple[Staff, ...]
) -> None:
    dialog = _dialog(qtbot, window, len(staff))
    assert dialog.add_section.isVisible()
    assert _column(dialog, OperatorColumn.USERNAME) == sorted(s.username for s in staff)
    assert "Petugas serah terima" in _column(dialog, OperatorColumn.ROLE)
    assert set(_column(dialog, OperatorColumn.STATE)) == {"Aktif"}
    form = dialog.form
    roles = [form.role_combo.itemText(i) for i in range(form.role_combo.count())]
    assert roles == [
        "Petugas serah terima", "Operator cetak", "Teller", "Supervisor", "Admin",
        "Pemantau provinsi",
    ]  # fmt: skip

    QTest.keyClicks(form.username_edit, "rambu.ana")
    QTest.keyClicks(form.name_edit, "Rambu Ana Humba")
    form.set_role(Role.TELLER)
    QTest.keyClicks(form.pin_edit, "123456")
    QTest.keyClicks(form.pin_again_edit, "123456")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: form.message_label.isVisible() and dialog.add_button.isEnabled())
    assert form.message_label.text().startswith("PIN terlalu mudah ditebak")

    QTest.keyClicks(form.pin_edit, "730194")
    QTest.keyClicks(form.pin_again_edit, "730194")
    dialog.add_button.click()

    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(staff) + 1)
    assert dialog.status_label.text() == "rambu.ana sudah ditambahkan."
    added = events(registry.sessions)[-1]
    assert (added.action, added.operator, added.target) == (
        "operator_added",
        "admin",
        "operator:rambu.ana",
    )
    assert "730194" not in added.details


@pytest.mark.parametrize("signed_in_role", [Role.SUPERVISOR])
def test_a_supervisor_sees_the_list_and_unlocks_but_adds_nobody(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    config: Config,
    staff: tuple[Staff, ...],
) -> None:
    operators = build_services(config, registry.sessions, hasher=cheap_hasher()).operators
    for _ in range(5):
        with pytest.raises(SignInError):
            operators.sign_in(DESK.username, "999888")

    dialog = _dialog(qtbot, window, len(staff))

    assert not dialog.add_section.isVisible()
    states = dict(
        zip(
            _column(dialog, OperatorColumn.USERNAME),
            _column(dialog, OperatorColumn.STATE),
            strict=True,
        )
    )
    assert states[DESK.username].startswith("Terkunci sampai ")
    assert states[DESK.username].endswith(" WITA")
    dialog.select("yohana")
    assert not dialog.unlock_button.isEnabled()
    dialog.select(DESK.username)
    assert dialog.unlock_button.isEnabled()

    dialog.unlock_button.click()

    qtbot.waitUntil(lambda: dialog.status_label.text() == "marthen dapat masuk lagi.")
    qtbot.waitUntil(lambda: set(_column(dialog, OperatorColumn.STATE)) == {"Aktif"})
    unlocked = events(registry.sessions)[-1]
    assert (unlocked.action, unlocked.operator, unlocked.target) == (
        "operator_unlocked",
        "yohana",
        "operator:marthen",
    )
    assert operators.sign_in(DESK.username, DESK.pin) == DESK.actor()


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    now = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)
    model = OperatorsModel()
    model.set_operators(
        [
            OperatorInfo("admin", "Admin Kiosk", Role.ADMIN, True, None),
            OperatorInfo("marthen", "Marthen", Role.DESK, True, now + dt.timedelta(minutes=15)),
            OperatorInfo("old", "Old", Role.TELLER, True, now - dt.timedelta(minutes=1)),
            OperatorInfo("gone", "Gone", Role.PRINTING, False, None),
        ],
        now,
    )
    cast(Callable[[object], None], qtmodeltester.check)(model)
    states = [model.data(model.index(row, OperatorColumn.STATE)) for row in range(4)]
    assert states == ["Active", "Locked until 10:15 WITA", "Active", "Inactive"]
