"""What the GUI tests look at: the audit trail, what a person can read on screen, typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent
from kiosk.ui.common.credentials import CredentialsForm
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.audit import AuditRow, row_of


def events(sessions: sessionmaker[Session]) -> list[AuditRow]:
    """The whole audit trail, oldest first (read directly: the test is no operator)."""
    with sessions() as session:
        return [row_of(e) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))]


def actions(sessions: sessionmaker[Session], operator: str | None = None) -> list[str]:
    return [e.action for e in events(sessions) if operator is None or e.operator == operator]


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_and_enter(text: str) -> None:
    """Type into whatever has the focus, then Enter: as a person (or a scanner) does."""
    QTest.keyClicks(focus(), text)
    QTest.keyClick(focus(), Qt.Key.Key_Return)


def submit(qtbot: QtBot, form: CredentialsForm, username: str, pin: str) -> None:
    """Fill a username and PIN form from the keyboard and wait for its answer."""
    qtbot.waitUntil(form.window().isActiveWindow)  # where the keys of a keyboard go
    form.username_edit.clear()
    QTest.keyClicks(form.username_edit, username)
    QTest.keyClick(form.username_edit, Qt.Key.Key_Return)  # on to the PIN
    assert form.pin_edit.hasFocus()
    QTest.keyClicks(form.pin_edit, pin)
    QTest.keyClick(form.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: not Shiboken.isValid(form) or form.pin_edit.isEnabled() or not form.isVisible()
    )


def visible_texts(window: QWidget) -> str:
    """Every text a person can read in a window: labels, fields, buttons, lists and tables."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(model.index(row, column), role)
                        if value is not None:
                            texts.append(str(value))
    return "\n".join(texts)


def on_lookup(window: MainWindow) -> bool:
    return window.pages.currentWidget() is window.lookup_page
