"""A supervisor signs in for one action, in place: a correction, leaving kiosk mode."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.texts.operators import could_not_check, sign_in_refusal
from kiosk.ui.common.credentials import CredentialsForm
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Actor
from kiosk.usecases.operators import SignInError

log = logging.getLogger(__name__)

# Checks a username and PIN for this one action; returns the approving operator, or raises
# SignInError (NOT_ALLOWED when they may not approve it). Runs on the pool.
ApprovalCheck = Callable[[str, str], Actor]


class ApprovalDialog(QDialog):
    """Asks for a supervisor's username and PIN; accepted once the check returns them.

    The texts say what is approved, in the caller's words (already translated).

    Signals:
        approved(Actor): the approving operator, to be named in the audit trail.
    """

    approved = Signal(object)

    def __init__(
        self,
        check: ApprovalCheck,
        runner: Runner,
        *,
        title: str,
        explanation: str,
        not_allowed: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setModal(True)
        self.setMinimumSize(520, 500)  # room for a two-line problem
        self._check = check
        self._runner = runner
        self._not_allowed = not_allowed
        self._approver: Actor | None = None
        self._busy = False

        self.title_label = QLabel(title)
        self.title_label.setObjectName("dialogTitle")
        self.title_label.setWordWrap(True)
        self.explanation_label = QLabel(explanation)
        self.explanation_label.setWordWrap(True)
        self.form = CredentialsForm()
        self.form.submitted.connect(self._on_submitted)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.explanation_label)
        layout.addSpacing(4)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self.setWindowTitle(title)
        self.retranslate()
        self.form.focus()

    def approver(self) -> Actor | None:
        return self._approver

    def reject(self) -> None:
        if self._busy:
            return  # the check is running: its answer decides
        super().reject()

    def _on_submitted(self, username: str, pin: str) -> None:
        self._busy = True
        self.form.set_busy(True)
        self._runner.run(
            lambda: self._check(username, pin), self._on_approved, self._on_refused, context=self
        )

    def _on_approved(self, actor: Actor) -> None:
        self._busy = False
        self._approver = actor
        self.form.clear()
        self.approved.emit(actor)
        self.accept()

    def _on_refused(self, error: Exception) -> None:
        self._busy = False
        self.form.set_busy(False)
        self.form.clear_pin()
        if isinstance(error, SignInError):
            self.form.show_message(sign_in_refusal(error, not_allowed=self._not_allowed))
        else:
            log.error("Approval check failed: %s", type(error).__name__)
            log.debug("Approval check failure", exc_info=error)
            self.form.show_message(could_not_check())
        self.form.focus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.form.set_submit_text(self.tr("Approve"))
        self.cancel_button.setText(self.tr("Cancel"))
