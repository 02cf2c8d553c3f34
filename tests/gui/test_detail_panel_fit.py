"""The worker's detail at 1366x768: every word of it whole, whatever the worker's state and
however long their name and address, for the desk staff and the supervisor alike."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from db.models import AccountStatus, BankAccount, Role, Worker, WorkerStatus
from kiosk.ui.lookup.detail_panel import DetailPanel
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.bank_form import AccountStanding, AccountState
from tests.gui.conftest import Registry

MBATAKAPIDU = "53.11.01.2013"  # in Kota Waingapu
LONG_NAME = "Umbu Kareri Tamu Ama Ndaku Lewa Hamu"
LONG_VALUES = {
    "full_name": LONG_NAME,
    "name_key": LONG_NAME.lower(),
    "birth_place": "Kampung Kambaniru, Kecamatan Kambera",
    "occupation": "Pedagang kaki lima",
    "address": "RT 008/RW 006, Desa Mbatakapidu, Kecamatan Kota Waingapu",
    "desa_code": MBATAKAPIDU,
}
WORKER = "Umbu Ndaku Lewa"  # registered, with no card yet


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _where_seen(widget: QWidget, panel: DetailPanel) -> tuple[QWidget, QRect]:
    """The widget it is seen in and the part of it where it can be seen: the panel inside its
    frame, or the content of a scroll area in the panel (which scrolls to any of it)."""
    for ancestor in _ancestors(widget, panel):
        content = ancestor.widget() if isinstance(ancestor, QScrollArea) else None
        if content is not None:
            return content, content.rect()
    return panel, panel.contentsRect()


def _cut(panel: DetailPanel) -> list[str]:
    """What of the panel a person cannot read whole."""
    problems = []
    shown = [
        w
        for w in panel.findChildren(QWidget)
        if isinstance(w, QLabel | QPushButton | QScrollArea) and w.isVisible()
    ]
    for widget in shown:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel | QPushButton):
            name += f" {widget.text()!r}"
        if isinstance(widget, QPushButton):
            hint = widget.sizeHint()
            if hint.width() > widget.width() or hint.height() > widget.height():
                problems.append(f"{name}: needs {hint.toTuple()}, has {widget.size().toTuple()}")
        elif isinstance(widget, QLabel) and widget.text():
            room = widget.contentsRect()
            metrics = QFontMetrics(widget.font())
            if widget.wordWrap():
                needs = widget.heightForWidth(widget.width())
                if needs > widget.height():
                    problems.append(f"{name}: needs {needs} px high, has {widget.height()}")
                longest = max(metrics.horizontalAdvance(w) for w in widget.text().split())
                if longest > room.width():
                    problems.append(f"{name}: a word needs {longest} px, has {room.width()}")
            else:
                hint = widget.sizeHint()
                advance = max(metrics.horizontalAdvance(t) for t in widget.text().splitlines())
                if advance > room.width() or hint.width() > widget.width():
                    problems.append(f"{name}: needs {hint.width()} px wide, has {widget.width()}")
                if hint.height() > widget.height():
                    problems.append(f"{name}: needs {hint.height()} px high, has {widget.height()}")
        seen_in, area = _where_seen(widget, panel)
        rect = QRect(widget.mapTo(seen_in, QPoint(0, 0)), widget.size())
        if not area.contains(rect):
            problems.append(f"{name}: at {rect.getRect()}, outside {area.getRect()}")
    return problems


def _settle() -> None:
    """Let the layouts take the new texts' sizes (they do so in posted events)."""
    for _ in range(3):
        QApplication.processEvents()


def _set_worker(registry: Registry, worker_id: int, **values: object) -> None:
    with registry.sessions.begin() as session:
        session.execute(update(Worker).where(Worker.id == worker_id).values(**values))


def _open(qtbot: QtBot, window: MainWindow, kpj: str, name: str) -> DetailPanel:
    """Find the worker by their KPJ number, as the desk does, and open them."""
    page = window.lookup_page
    page.search_panel.query_edit.clear()
    QTest.keyClicks(page.search_panel.query_edit, kpj)
    QTest.keyClick(page.search_panel.query_edit, Qt.Key.Key_Return)
    panel = page.detail_panel
    qtbot.waitUntil(lambda: panel.name_label.text() == name and not page.controller.is_busy())
    _settle()
    return panel


@pytest.fixture
def long_worker(registry: Registry) -> int:
    worker_id = registry.ids[WORKER]
    _set_worker(registry, worker_id, **LONG_VALUES)
    return worker_id


@pytest.fixture
def kpj(registry: Registry) -> str:
    return registry.records[WORKER].kpj


ROLES = pytest.mark.parametrize("signed_in_role", [Role.DESK, Role.SUPERVISOR])


@ROLES
@pytest.mark.parametrize(
    "status", [WorkerStatus.REGISTERED, WorkerStatus.CARD_PRINTED, WorkerStatus.HANDED_OVER]
)
def test_a_worker_of_long_values_is_shown_whole(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    long_worker: int,
    kpj: str,
    status: WorkerStatus,
) -> None:
    _set_worker(registry, long_worker, status=status)

    panel = _open(qtbot, window, kpj, LONG_NAME)

    assert window.size().height() == 768
    assert panel.handover_button.isVisible()
    assert _cut(panel) == []


@ROLES
def test_the_button_under_the_nik_says_it_shows_the_full_nik_and_records_it(
    qtbot: QtBot, window: MainWindow, long_worker: int, kpj: str
) -> None:
    panel = _open(qtbot, window, kpj, LONG_NAME)

    button = panel.reveal_button
    assert button.isVisible()
    assert button.text() == "Tampilkan NIK lengkap (tercatat)"
    assert "dicatat atas nama Anda" in button.toolTip()
    assert _cut(panel) == []

    button.click()
    qtbot.waitUntil(panel.is_nik_revealed)
    assert button.text() == "Sembunyikan NIK lengkap"
    assert _cut(panel) == []


@ROLES
def test_a_handed_over_worker_shows_a_short_whole_button(
    qtbot: QtBot, window: MainWindow, registry: Registry, long_worker: int, kpj: str
) -> None:
    _set_worker(registry, long_worker, status=WorkerStatus.HANDED_OVER)

    panel = _open(qtbot, window, kpj, LONG_NAME)

    assert panel.handover_button.text() == "Sudah diserahkan — lihat detailnya…"
    assert _cut(panel) == []


@ROLES
def test_a_worker_with_a_bank_account_is_shown_whole(
    qtbot: QtBot, window: MainWindow, registry: Registry, long_worker: int, kpj: str
) -> None:
    _set_worker(registry, long_worker, status=WorkerStatus.CARD_PRINTED)
    with registry.sessions.begin() as session:
        session.add(
            BankAccount(
                worker_id=long_worker,
                account_number="0012345678901",
                status=AccountStatus.PRE_OPENED,
                opened_at=dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC),
            )
        )

    panel = _open(qtbot, window, kpj, LONG_NAME)

    assert "0012345678901" in panel.account_label.text()
    assert _cut(panel) == []


@ROLES
@pytest.mark.parametrize(
    "standing",
    [
        AccountStanding(AccountState.NONE),
        AccountStanding(AccountState.PENDING, "BNTT-2025-000123", attempts=4, last_error="timeout"),
        AccountStanding(AccountState.FAILED, "BNTT-2025-000123", last_error="HTTP 503"),
        AccountStanding(AccountState.REJECTED, "BNTT-2025-000123", reject_code="DUPLICATE"),
    ],
    ids=lambda standing: standing.state.value,
)
def test_every_account_standing_is_shown_whole(
    qtbot: QtBot, window: MainWindow, long_worker: int, kpj: str, standing: AccountStanding
) -> None:
    panel = _open(qtbot, window, kpj, LONG_NAME)
    detail = panel.detail()
    assert detail is not None

    panel.show_detail(dataclasses.replace(detail, account=standing))
    _settle()

    assert panel.account_label.text().startswith("Bank NTT: ")
    assert _cut(panel) == []


@ROLES
def test_a_correction_to_long_values_is_shown_whole(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    worker_id = registry.ids[WORKER]
    panel = _open(qtbot, window, registry.records[WORKER].kpj, WORKER)
    assert _cut(panel) == []

    # A supervisor approved the correction: the panel shows the worker again.
    _set_worker(registry, worker_id, **LONG_VALUES)
    window.lookup_page.refresh_worker(worker_id)
    page = window.lookup_page
    qtbot.waitUntil(lambda: panel.name_label.text() == LONG_NAME and not page.controller.is_busy())
    _settle()

    assert _cut(panel) == []
