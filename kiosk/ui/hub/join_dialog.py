"""Joining this kiosk to the event's hub: the join code from the barcode scanner, or pasted."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.common.runner import Runner

if TYPE_CHECKING:
    from kiosk.usecases.hub import Joined

log = logging.getLogger(__name__)

# Joins with the code and keeps the hub's URL in the settings file; runs on the pool.
JoinWith = Callable[[str], "Joined"]


class JoinDialog(QDialog):
    """One field for the code (a scanner types it and presses Enter); the join runs in the
    background with a busy bar; then what went wrong, or that the kiosk must be restarted.

    Signals:
        joined(Joined): the settings file now names the hub.
    """

    joined = Signal(object)

    def __init__(self, join: JoinWith, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setModal(True)
        self.setMinimumSize(760, 500)  # room for the intro and a three-line problem
        self._join = join
        self._runner = runner
        self._busy = False
        self._done = False

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.code_label = QLabel()
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("joinCodeEdit")
        self.code_edit.returnPressed.connect(self._on_join_clicked)
        self.code_label.setBuddy(self.code_edit)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no end known: it moves while the hub is asked
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.message_label = QLabel()
        self.message_label.setObjectName("joinMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.join_button = QPushButton()
        self.join_button.setObjectName("primaryButton")
        self.join_button.setAutoDefault(False)
        self.join_button.clicked.connect(self._on_join_clicked)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.code_label)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show_message("", "")
        self.retranslate()
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def is_busy(self) -> bool:
        return self._busy

    def _on_join_clicked(self) -> None:
        code = self.code_edit.text().strip()
        if self._busy or self._done:
            return
        if not code:
            self._show_message(self.tr("Scan the join code first, or paste it."), "problem")
            return
        self._set_busy(True)
        self._show_message(self.tr("Connecting to the hub…"), "")
        self._runner.run(lambda: self._join(code), self._on_joined, self.show_failure, context=self)

    def _on_joined(self, joined: Joined) -> None:
        self._set_busy(False)
        self._done = True
        addresses = ", ".join(str(a) for a in joined.addresses)
        self._show_message(
            self.tr(
                "Done: this kiosk is now a desk of the hub at %1. Close the kiosk and start"
                " it again: it then works on the hub's registry, and its operators sign in"
                " there."
            ).replace("%1", addresses),
            "done",
        )
        self.code_edit.setEnabled(False)
        self.join_button.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.joined.emit(joined)

    def show_failure(self, error: Exception) -> None:
        """Why the join did not happen (a JoinProblem in the same words as `kiosk join`)."""
        from kiosk.texts.hub import describe_join_error
        from kiosk.usecases.hub import JoinError

        self._set_busy(False)
        if isinstance(error, JoinError):
            text = describe_join_error(error)
        else:
            log.error("Joining the hub failed: %s", type(error).__name__, exc_info=error)
            text = self.tr(
                "Joining failed for a technical reason (%1). Nothing was changed: try again,"
                " or ask the organisers."
            ).replace("%1", type(error).__name__)
        self._show_message(text, "problem")
        self.code_edit.selectAll()
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.code_edit.setReadOnly(busy)
        self.join_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def _show_message(self, text: str, state: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self.message_label.setProperty("state", state)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join the event's hub"))
        self.title_label.setText(self.tr("Join the event's hub"))
        self.intro_label.setText(
            self.tr(
                "Every desk at the event works on one registry, on the hub laptop at the"
                " organisers' table. Ask there for the join code: scan its QR code with the"
                " barcode scanner, or paste the code (one line beginning with KIOSKHUB1:)."
                " This laptop must be on the event's network."
            )
        )
        self.code_label.setText(self.tr("&Join code"))
        self.code_edit.setPlaceholderText(self.tr("Scan or paste the join code here"))
        self.join_button.setText(self.tr("Join the hub"))
        if not self._done:
            self.close_button.setText(self.tr("Cancel"))
