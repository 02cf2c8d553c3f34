"""The operators' dialogs: the first administrator, and managing operators."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.ui.common.desk import Desk, SignedIn, open_dialog
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Clock
from kiosk.usecases.operators import Operators


class OperatorsFeature(QObject):
    """Opens the first-run and operators dialogs over the desk.

    Signals:
        first_admin_created(Actor): the first administrator exists and may sign in.
        join_hub_requested(QWidget): the first-run dialog (this parent) asks to join a hub.
    """

    first_admin_created = Signal(object)
    join_hub_requested = Signal(object)

    def __init__(
        self, operators: Operators, runner: Runner, signed_in: SignedIn, desk: Desk, clock: Clock
    ) -> None:
        super().__init__(desk.window())
        self._operators = operators
        self._runner = runner
        self._signed_in = signed_in
        self._desk = desk
        self._clock = clock

    def open_first_run(self) -> None:
        from kiosk.ui.signin.first_run_dialog import FirstRunDialog  # loaded when first opened

        dialog = FirstRunDialog(
            self._operators.create_first_admin, self._runner, self._desk.window()
        )
        dialog.created.connect(self.first_admin_created)
        dialog.join_hub_requested.connect(lambda: self.join_hub_requested.emit(dialog))
        open_dialog(dialog, self._desk)

    def open_operators(self) -> None:
        actor = self._signed_in()
        if actor is None:
            return
        from kiosk.ui.signin.operators_dialog import OperatorsDialog  # loaded when first opened

        dialog = OperatorsDialog(
            self._operators, actor, self._runner, clock=self._clock, parent=self._desk.window()
        )
        open_dialog(dialog, self._desk)
