"""The first start of a kiosk: creating the first administrator."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.texts.operators import could_not_check, operator_problem_text
from kiosk.ui.common.runner import Runner
from kiosk.ui.signin.operator_form import OperatorForm
from kiosk.usecases.audit import Actor
from kiosk.usecases.operators import OperatorError

log = logging.getLogger(__name__)

# Operators.create_first_admin(username, full_name, pin): runs on the pool.
CreateFirstAdmin = Callable[[str, str, str], Actor]


class FirstRunDialog(QDialog):
    """Asks for the first admin's username, name and PIN (twice), with the PIN rules shown.

    A kiosk that joins the event's hub instead (where the operators already are) asks for
    that with the join button.

    Signals:
        created(Actor): the admin exists; they sign in next.
        join_hub_requested(): join the event's hub instead.
    """

    created = Signal(object)
    join_hub_requested = Signal()

    def __init__(
        self, create: CreateFirstAdmin, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setModal(True)
        self.setMinimumSize(640, 600)  # room for a two-line problem
        self._create = create
        self._runner = runner
        self._busy = False

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.form = OperatorForm(with_role=False)
        self.form.pin_again_edit.returnPressed.connect(self._on_create_clicked)
        self.create_button = QPushButton()
        self.create_button.setObjectName("primaryButton")
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.later_button = QPushButton()
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.reject)
        self.join_button = QPushButton()
        self.join_button.setObjectName("joinHubButton")
        self.join_button.setAutoDefault(False)
        self.join_button.clicked.connect(self.join_hub_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()
        self.form.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def _on_create_clicked(self) -> None:
        if self._busy:
            return
        pin = self.form.pin()
        if pin is None:
            return
        username, full_name = self.form.username(), self.form.full_name()
        self._busy = True
        self.form.set_busy(True)
        self.create_button.setEnabled(False)
        self._runner.run(
            lambda: self._create(username, full_name, pin),
            self._on_created,
            self._on_refused,
            context=self,
        )

    def _on_created(self, actor: Actor) -> None:
        self._busy = False
        self.form.clear()
        self.created.emit(actor)
        self.accept()

    def _on_refused(self, error: Exception) -> None:
        self._busy = False
        self.form.set_busy(False)
        self.create_button.setEnabled(True)
        self.form.clear_pins()
        if isinstance(error, OperatorError):
            self.form.show_problem(operator_problem_text(error))
        else:
            log.error("Creating the first admin failed: %s", type(error).__name__)
            log.debug("First admin failure", exc_info=error)
            self.form.show_problem(could_not_check())
        self.form.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The first administrator"))
        self.title_label.setText(self.tr("Welcome: create the first administrator"))
        self.intro_label.setText(
            self.tr(
                "Nobody can use this kiosk yet. The first administrator signs in next and adds"
                " the other operators: desk staff, printing operators, tellers and"
                " supervisors. Keep the PIN secret: everything done with it is recorded under"
                " this name."
            )
        )
        self.create_button.setText(self.tr("Create administrator"))
        self.later_button.setText(self.tr("Later"))
        self.join_button.setText(self.tr("Join the event's hub…"))
        self.join_button.setToolTip(
            self.tr("A desk at an event: its operators are on the hub, scan its join code")
        )
