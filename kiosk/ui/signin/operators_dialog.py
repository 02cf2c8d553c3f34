"""Managing operators: the list, adding one (admins), unlocking a locked one (and supervisors)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.models import Role
from kiosk.security.roles import Permission
from kiosk.texts.operators import (
    could_not_check,
    not_allowed_for_role,
    operator_problem_text,
)
from kiosk.ui.common.runner import Runner
from kiosk.ui.signin.operator_form import OperatorForm
from kiosk.ui.signin.operators_model import OperatorColumn, OperatorsModel
from kiosk.usecases.audit import Actor, Clock, PermissionDeniedError
from kiosk.usecases.operators import OperatorError, OperatorInfo, Operators

log = logging.getLogger(__name__)


class OperatorsDialog(QDialog):
    """Lists the operators; what the signed-in operator may do decides what is shown."""

    def __init__(
        self,
        operators: Operators,
        actor: Actor,
        runner: Runner,
        *,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("operatorsDialog")
        self.setModal(True)
        self.setMinimumSize(1320, 620)
        self._operators = operators
        self._actor = actor
        self._runner = runner
        self._clock = clock
        self._busy = False

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.model = OperatorsModel(self)
        self.view = QTableView()
        self.view.setObjectName("operatorsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(40)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in OperatorColumn:
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column is OperatorColumn.NAME
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockOperatorButton")
        self.unlock_button.setEnabled(False)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.unlock_button.setVisible(actor.may(Permission.UNLOCK_OPERATOR))
        self.status_label = QLabel()
        self.status_label.setObjectName("formMessage")
        self.status_label.setWordWrap(True)

        self.add_title = QLabel()
        self.add_title.setObjectName("sectionTitle")
        self.form = OperatorForm(with_role=True)
        self.form.set_role(Role.DESK)
        self.add_button = QPushButton()
        self.add_button.setObjectName("primaryButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.add_section = QFrame()
        self.add_section.setObjectName("addOperatorSection")
        add_layout = QVBoxLayout(self.add_section)
        add_layout.setContentsMargins(0, 8, 0, 0)
        add_layout.addWidget(self.add_title)
        add_layout.addWidget(self.form)
        add_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        self.add_section.setVisible(actor.may(Permission.MANAGE_OPERATORS))

        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.status_label, 1)
        list_buttons.addWidget(self.unlock_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        body = QHBoxLayout()
        body.setSpacing(24)
        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        left.addLayout(list_buttons)
        body.addLayout(left, 3)
        body.addWidget(self.add_section, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self.reload()

    # ---------------------------------------------------------------- actions

    def reload(self) -> None:
        self._run(self._operators.list, self._on_listed)

    def selected(self) -> OperatorInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.operator(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        for row, info in enumerate(self.model.rows):
            if info.username == username:
                self.view.selectRow(row)
                return

    def _run(self, fn: Callable[[], object], done: Callable[[object], None]) -> None:
        self._busy = True
        self.add_button.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self._runner.run(
            fn, lambda result: self._finished(done, result), self._on_failed, context=self
        )

    def _finished(self, done: Callable[[object], None], result: object) -> None:
        self._busy = False
        self.add_button.setEnabled(True)
        done(result)
        self._update_unlock()

    # ---------------------------------------------------------------- events

    def _on_listed(self, operators: object) -> None:
        assert isinstance(operators, list)
        selected = self.selected()
        self.model.set_operators(operators, self._clock())
        if selected is not None:
            self.select(selected.username)

    def _on_add_clicked(self) -> None:
        if self._busy:
            return
        pin = self.form.pin()
        if pin is None:
            return
        username, name, role = self.form.username(), self.form.full_name(), self.form.role()
        self.form.show_problem("")
        self._run(
            lambda: self._operators.add(self._actor, username, name, role, pin),
            lambda _none: self._on_added(username),
        )

    def _on_added(self, username: str) -> None:
        self.form.clear()
        self.form.set_role(Role.DESK)
        self.status_label.setText(self.tr("%1 is added.").replace("%1", username.lower()))
        self.reload()

    def _on_unlock_clicked(self) -> None:
        info = self.selected()
        if info is None or self._busy:
            return
        self._run(
            lambda: self._operators.unlock(self._actor, info.username),
            lambda _none: self._on_unlocked(info.username),
        )

    def _on_unlocked(self, username: str) -> None:
        self.status_label.setText(self.tr("%1 can sign in again.").replace("%1", username))
        self.reload()

    def _on_failed(self, error: Exception) -> None:
        self._busy = False
        self.add_button.setEnabled(True)
        self._update_unlock()
        if isinstance(error, OperatorError):
            self.form.clear_pins()
            self.form.show_problem(operator_problem_text(error))
        elif isinstance(error, PermissionDeniedError):
            self.status_label.setText(not_allowed_for_role())
        else:
            log.error("Operators action failed: %s", type(error).__name__)
            log.debug("Operators action failure", exc_info=error)
            self.status_label.setText(could_not_check())

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_unlock()

    def _update_unlock(self) -> None:
        info = self.selected()
        self.unlock_button.setEnabled(
            not self._busy and info is not None and self.model.is_locked(info)
        )

    # ---------------------------------------------------------------- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operators"))
        self.title_label.setText(self.tr("Operators of this kiosk"))
        self.add_title.setText(self.tr("Add an operator"))
        self.add_button.setText(self.tr("Add operator"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.unlock_button.setToolTip(self.tr("Let an operator locked by wrong PINs sign in again"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
