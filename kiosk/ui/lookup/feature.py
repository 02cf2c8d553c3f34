"""Correcting a worker's data, with a supervisor's approval where the change needs one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.security.roles import Permission
from kiosk.ui.common.desk import Desk, SignedIn, open_dialog, worker_on_screen
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Actor
from kiosk.usecases.lookup import Lookup
from kiosk.usecases.operators import Operators

if TYPE_CHECKING:
    # Built on the pool with the first correction: start-up need not load it.
    from kiosk.usecases.corrections import Correction, Corrections


class CorrectionFeature(QObject):
    """Opens the correction dialog for the worker on screen."""

    def __init__(
        self,
        corrections: Callable[[], Corrections],
        operators: Operators,
        lookup: Lookup,
        today: Callable[[], dt.date],
        runner: Runner,
        signed_in: SignedIn,
        desk: Desk,
    ) -> None:
        super().__init__(desk.window())
        self._corrections = corrections
        self._operators = operators
        self._lookup = lookup
        self._today = today
        self._runner = runner
        self._signed_in = signed_in
        self._desk = desk

    def open_correction(self, worker_id: int) -> None:
        found = worker_on_screen(self._desk, self._signed_in, worker_id)
        if found is None:
            return
        actor, detail = found
        from kiosk.ui.lookup.correction_dialog import CorrectionDialog  # on first use

        def correct(change: Correction, approver: Actor | None) -> dict[str, tuple[object, object]]:
            return self._corrections().correct(
                actor, worker_id, change, today=self._today(), approved_by=approver
            )

        def approve(username: str, pin: str) -> Actor:
            return self._operators.approve(
                username, pin, Permission.CORRECT_WORKER, requested_by=actor
            )

        dialog = CorrectionDialog(
            detail,
            actor,
            self._runner,
            correct=correct,
            approve=approve,
            desa_choices=self._lookup.desa_choices,
            parent=self._desk.window(),
        )
        dialog.corrected.connect(self._desk.refresh_worker)
        open_dialog(dialog, self._desk)
