"""Kiosk mode: the window cannot be closed or left without a supervisor, and leaving is audited."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt

from kiosk.security.roles import Permission
from kiosk.texts.operators import could_not_check
from kiosk.ui.common.approval_dialog import ApprovalCheck, ApprovalDialog
from kiosk.ui.common.runner import Runner
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.audit import Actor, AuditAction, Auditor
from kiosk.usecases.operators import Operators

log = logging.getLogger(__name__)

# Records that the approver (first) let the kiosk leave kiosk mode while the operator (second,
# or None) was signed in; runs on the pool.
RecordLeaving = Callable[[Actor, Actor | None], None]


def authorize_leaving(operators: Operators, username: str, pin: str) -> Actor:
    return operators.authorize(username, pin, Permission.LEAVE_KIOSK_MODE)


def record_leaving(auditor: Auditor, approver: Actor, signed_in: Actor | None) -> None:
    details = {"signed_in": signed_in.username} if signed_in is not None else None
    auditor.record_now(approver, AuditAction.KIOSK_MODE_LEFT, details=details)


class KioskGuard(QObject):
    """Answers the window's leave_requested: a supervisor or an admin approves, the trail
    records it, and only then does the window close."""

    def __init__(
        self,
        window: MainWindow,
        authorize: ApprovalCheck,
        record_leaving: RecordLeaving,
        runner: Runner,
        *,
        signed_in: Callable[[], Actor | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._signed_in = signed_in
        self._authorize = authorize
        self._record_leaving = record_leaving
        self._runner = runner
        self.dialog: ApprovalDialog | None = None
        window.leave_requested.connect(self._on_leave_requested)

    def _on_leave_requested(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = ApprovalDialog(
            self._authorize,
            self._runner,
            title=self.tr("Close the kiosk?"),
            explanation=self.tr(
                "The kiosk runs in kiosk mode. A supervisor or an administrator types their"
                " username and PIN to close it; closing is recorded under their name."
            ),
            not_allowed=self.tr("Only a supervisor or an administrator can close the kiosk."),
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.approved.connect(self._on_approved)
        dialog.finished.connect(self._on_finished)
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()  # no window manager may do it

    def _on_finished(self, _result: int) -> None:
        self.dialog = None

    def _on_approved(self, approver: Actor) -> None:
        signed_in = self._signed_in()
        self._runner.run(
            lambda: self._record_leaving(approver, signed_in),
            lambda _none: self._window.leave(),
            self._on_failed,
        )

    def _on_failed(self, error: Exception) -> None:
        # Leaving unrecorded is not leaving: the trail must say who closed the kiosk.
        log.error("Recording the end of kiosk mode failed: %s", type(error).__name__)
        self._window.statusBar().showMessage(could_not_check(), 30_000)
