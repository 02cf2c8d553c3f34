"""A supervisor's approval in place, and corrections of a worker's data that use it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from db.models import Role
from kiosk.config import Config
from kiosk.security.roles import Permission
from kiosk.services import build_services
from kiosk.ui.common.approval_dialog import ApprovalDialog
from kiosk.ui.common.runner import Runner
from kiosk.ui.lookup.correction_dialog import CorrectionDialog
from kiosk.ui.shell.i18n import Translations
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.operators import Operators
from tests.gui.conftest import (
    DESK,
    DESK_2,
    SUPERVISOR,
    TELLER,
    Registry,
    Staff,
    cheap_hasher,
)
from tests.gui.helpers import events, submit


@pytest.fixture
def operators(registry: Registry, config: Config, staff: tuple[Staff, ...]) -> Operators:
    return build_services(config, registry.sessions, hasher=cheap_hasher()).operators


@pytest.fixture
def runner(translations: Translations) -> Iterator[Runner]:
    pool = QThreadPool()
    yield Runner(pool)
    pool.waitForDone()


def _approval(qtbot: QtBot, operators: Operators, runner: Runner) -> ApprovalDialog:
    dialog = ApprovalDialog(
        lambda username, pin: operators.approve(
            username, pin, Permission.CORRECT_WORKER, requested_by=DESK.actor()
        ),
        runner,
        title="Supervisor menyetujui koreksi ini",
        explanation="Data akan dikoreksi.",
        not_allowed="Hanya supervisor selain Anda yang dapat menyetujui ini.",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_supervisor_approves(qtbot: QtBot, operators: Operators, runner: Runner) -> None:
    dialog = _approval(qtbot, operators, runner)

    with qtbot.waitSignal(dialog.approved) as approved:
        submit(qtbot, dialog.form, SUPERVISOR.username, SUPERVISOR.pin)

    assert approved.args == [SUPERVISOR.actor()]
    assert dialog.approver() == SUPERVISOR.actor()
    assert not dialog.isVisible()
    assert dialog.result() == ApprovalDialog.DialogCode.Accepted


@pytest.mark.parametrize("person", [DESK_2, TELLER, DESK])
def test_anyone_else_is_refused(
    qtbot: QtBot, operators: Operators, runner: Runner, registry: Registry, person: Staff
) -> None:
    dialog = _approval(qtbot, operators, runner)

    submit(qtbot, dialog.form, person.username, person.pin)

    assert dialog.isVisible()
    assert dialog.approver() is None
    assert dialog.form.message_label.text() == (
        "Hanya supervisor selain Anda yang dapat menyetujui ini."
    )
    denied = events(registry.sessions)[-1]
    assert (denied.action, denied.operator) == ("denied", person.username)


def test_a_wrong_supervisor_pin_is_refused(
    qtbot: QtBot, operators: Operators, runner: Runner
) -> None:
    dialog = _approval(qtbot, operators, runner)

    submit(qtbot, dialog.form, SUPERVISOR.username, "999888")

    assert dialog.approver() is None
    assert dialog.form.message_label.text().startswith("Nama pengguna atau PIN salah.")


# ---------------------------------------------------------------- corrections


def _open_correction(qtbot: QtBot, window: MainWindow, name: str) -> CorrectionDialog:
    page = window.lookup_page
    with qtbot.waitSignal(page.worker_opened):
        QTest.keyClicks(page.search_panel.query_edit, name)
        QTest.keyClick(page.search_panel.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail_panel.name_label.text() == name)
    assert page.detail_panel.correct_button.text() == "Koreksi data…"
    page.detail_panel.correct_button.click()
    dialog = window.findChild(CorrectionDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.desa_combo.isEnabled)
    return dialog


def _detail_value(window: MainWindow, key: str) -> str:
    label = window.lookup_page.detail_panel.findChild(QLabel, f"detail_{key}")
    assert label is not None
    return label.text()


def test_desk_staff_correct_with_a_supervisors_approval(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    name = "Umbu Ndaku Lewa"
    before = registry.records[name].phone
    dialog = _open_correction(qtbot, window, name)
    assert dialog.save_button.text() == "Minta persetujuan supervisor…"
    dialog.phone_edit.clear()
    QTest.keyClicks(dialog.phone_edit, "0813 3900 1234")

    dialog.save_button.click()
    approval = dialog.approval
    assert approval is not None
    assert "Umbu Ndaku Lewa" in approval.explanation_label.text()
    with qtbot.waitSignal(dialog.corrected):
        submit(qtbot, approval.form, SUPERVISOR.username, SUPERVISOR.pin)

    qtbot.waitUntil(lambda: _detail_value(window, "phone") == "081339001234")
    correction = events(registry.sessions)[-1]
    assert correction.action == "correction"
    assert (correction.operator, correction.approver) == (DESK.username, SUPERVISOR.username)
    assert correction.target == f"worker:{registry.ids[name]}"
    assert json.loads(correction.details) == {
        "before": {"phone": before},
        "after": {"phone": "081339001234"},
    }


def test_nothing_changed_asks_nobody(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_correction(qtbot, window, "Umbu Ndaku Lewa")

    dialog.save_button.click()

    assert dialog.approval is None
    assert dialog.message_label.text() == "Tidak ada data yang diubah."
    dialog.reject()


@pytest.mark.parametrize("signed_in_role", [Role.SUPERVISOR])
def test_a_supervisor_corrects_at_once_and_is_told_what_is_wrong(
    qtbot: QtBot, window: MainWindow, registry: Registry, signed_in_role: Role
) -> None:
    name = "Rambu Kahi Ndima"
    record = registry.records[name]
    dialog = _open_correction(qtbot, window, name)
    assert dialog.save_button.text() == "Simpan"
    assert dialog.birth_edit.displayFormat() == "dd/MM/yyyy"

    other = record.birth_date + dt.timedelta(days=1)
    dialog.birth_edit.setDate(QDate(other.year, other.month, other.day))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.message_label.isVisible())
    assert dialog.message_label.text().startswith("Tanggal lahir tidak sesuai dengan NIK.")
    assert dialog.approval is None

    born = record.birth_date
    dialog.birth_edit.setDate(QDate(born.year, born.month, born.day))
    dialog.name_edit.setText("Rambu Kahi  Ndima Praing")
    index = dialog.desa_combo.findText("Tana Rara")
    assert index >= 0
    dialog.desa_combo.setCurrentIndex(index)
    with qtbot.waitSignal(dialog.corrected):
        dialog.save_button.click()

    page = window.lookup_page
    qtbot.waitUntil(lambda: page.detail_panel.name_label.text() == "Rambu Kahi Ndima Praing")
    assert _detail_value(window, "region") == "Tana Rara, Lewa"
    correction = events(registry.sessions)[-1]
    assert (correction.action, correction.operator, correction.approver) == (
        "correction",
        SUPERVISOR.username,
        "",
    )
    assert json.loads(correction.details)["after"] == {
        "full_name": "Rambu Kahi Ndima Praing",
        "desa_code": "53.11.03.2007",
    }
