"""What each role may do, the NIK masked everywhere, and the banner of a broken audit trail."""

from __future__ import annotations

import datetime as dt
import json
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from db.models import Role
from kiosk.config import Config
from kiosk.services import build_services
from kiosk.ui.admin.feature import make_importer
from kiosk.ui.admin.import_dialog import ImportDialog
from kiosk.ui.common.runner import Runner
from kiosk.ui.lookup.results_model import Column
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.importing import ImportAudit
from tests.gui.conftest import DESK, PRINTING, Registry, Staff, sign_in
from tests.gui.helpers import events, visible_texts


def _shows(window: MainWindow, name: str) -> bool:
    return window.lookup_page.detail_panel.name_label.text() == name


def _open(qtbot: QtBot, window: MainWindow, name: str) -> int:
    page = window.lookup_page
    with qtbot.waitSignal(page.worker_opened) as opened:
        QTest.keyClicks(page.search_panel.query_edit, name)
        QTest.keyClick(page.search_panel.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail_panel.name_label.text() == name)
    assert opened.args is not None
    worker_id: int = opened.args[0]
    return worker_id


@pytest.mark.parametrize("signed_in_role", [Role.PRINTING])
def test_a_printing_operator_has_no_show_nik_button(
    qtbot: QtBot, window: MainWindow, signed_in_role: Role
) -> None:
    _open(qtbot, window, "Umbu Ndaku Lewa")
    panel = window.lookup_page.detail_panel

    assert not panel.reveal_button.isVisible()
    assert "Tampilkan NIK" not in visible_texts(window)
    assert not window.import_button.isVisible()


@pytest.mark.parametrize("signed_in_role", [Role.PRINTING])
def test_a_refusal_by_the_use_case_is_said_in_words_and_recorded(
    qtbot: QtBot, window: MainWindow, registry: Registry, signed_in_role: Role
) -> None:
    worker_id = _open(qtbot, window, "Umbu Ndaku Lewa")
    nik = registry.records["Umbu Ndaku Lewa"].nik

    window.lookup_page.controller.reveal_nik(worker_id)  # as if the button were there

    status = window.lookup_page.search_panel.status_label
    qtbot.waitUntil(lambda: status.text() == "Tindakan ini tidak diizinkan untuk peran Anda.")
    assert window.statusBar().currentMessage() == status.text()
    assert nik not in visible_texts(window)
    denied = events(registry.sessions)[-1]
    assert (denied.action, denied.operator, denied.target) == (
        "denied",
        PRINTING.username,
        f"worker:{worker_id}",
    )
    assert json.loads(denied.details) == {"permission": "view_full_nik"}


def test_import_is_hidden_from_desk_staff(window: MainWindow) -> None:
    assert window.session.actor == DESK.actor()
    assert not window.import_button.isVisible()
    assert not window.operators_button.isVisible()


def test_the_import_refuses_desk_staff_even_past_the_hidden_button(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    config: Config,
    pool: QThreadPool,
    today: dt.date,
    tmp_path: Path,
) -> None:
    auditor = build_services(config, registry.sessions).auditor
    importer = make_importer(registry.sessions, lambda: today, ImportAudit(auditor, DESK.actor()))
    dialog = ImportDialog(importer, Runner(pool, window), window)
    dialog.show()

    dialog.start_import(tmp_path / "daftar.csv")

    qtbot.waitUntil(lambda: not dialog.is_running())
    assert dialog.outcome_label.text() == "Tindakan ini tidak diizinkan untuk peran Anda."
    denied = events(registry.sessions)[-1]
    assert (denied.action, denied.operator) == ("denied", DESK.username)
    assert json.loads(denied.details) == {"permission": "import"}


def test_no_full_nik_in_the_results_or_the_detail_unless_shown(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    page = window.lookup_page
    QTest.keyClicks(page.search_panel.query_edit, "umbu")
    qtbot.waitUntil(lambda: not page.controller.is_busy() and page.results_model.rowCount() > 5)
    model = page.results_model
    shown = {model.summary(row).full_name for row in range(model.rowCount())}
    niks = {registry.records[name].nik for name in shown}

    for row in range(model.rowCount()):
        cell = model.data(model.index(row, Column.NIK))
        assert "••••••••" in cell
    for row in range(model.rowCount()):
        page.results_view.select_row(row)
        name = model.summary(row).full_name
        qtbot.waitUntil(partial(_shows, window, name))
        texts = visible_texts(window)
        assert not any(nik in texts for nik in niks)
        label = page.detail_panel.findChild(QLabel, "detail_nik")
        assert label is not None
        assert "••••••••" in label.text()


def test_a_broken_audit_trail_shows_a_red_banner(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    assert not window.audit_banner.isVisible()
    with registry.sessions.begin() as session:
        session.execute(text("DROP TRIGGER audit_event_no_update"))
        session.execute(text("UPDATE audit_event SET details = '{}' WHERE seq = 3"))

    window.sign_out_button.click()
    sign_in(qtbot, window, DESK)  # each sign-in checks the trail

    qtbot.waitUntil(window.audit_banner.isVisible)
    assert window.audit_banner.text() == (
        "Jejak audit rusak mulai peristiwa #3 — hubungi supervisor"
    )
    window.language_combo.setCurrentIndex(window.language_combo.findData("en"))
    qtbot.waitUntil(
        lambda: (
            window.audit_banner.text()
            == "The audit trail is broken from event #3: call a supervisor"
        )
    )
    window.language_combo.setCurrentIndex(window.language_combo.findData("id"))


def test_the_banner_shows_at_start_too(
    qtbot: QtBot, staff: tuple[Staff, ...], registry: Registry, request: pytest.FixtureRequest
) -> None:
    with registry.sessions.begin() as session:
        session.execute(text("DROP TRIGGER audit_event_no_delete"))
        session.execute(text("DELETE FROM audit_event WHERE seq = 2"))

    window: MainWindow = request.getfixturevalue("unsigned_window")

    qtbot.waitUntil(window.audit_banner.isVisible)
    assert "#2" in window.audit_banner.text()
