"""Correcting a worker's name, date of birth, phone or desa, with a supervisor's approval."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.security.roles import Permission
from kiosk.texts.corrections import correction_problem_text
from kiosk.texts.operators import could_not_check, not_allowed_for_role
from kiosk.ui.common.approval_dialog import ApprovalCheck, ApprovalDialog
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Actor, PermissionDeniedError
from kiosk.usecases.corrections import (
    MAX_NAME_LENGTH,
    Correction,
    CorrectionError,
    CorrectionProblem,
)
from kiosk.usecases.lookup import RegionChoice, WorkerDetail, kecamatan_of

log = logging.getLogger(__name__)

# Corrections.correct for this worker and operator: (the change, the approver or None).
Correct = Callable[[Correction, Actor | None], dict[str, tuple[object, object]]]
DesaChoices = Callable[[str], list[RegionChoice]]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CorrectionDialog(QDialog):
    """The worker's current values, editable; only what changed is sent.

    A supervisor's correction applies at once; anyone else's waits for a supervisor to
    approve it in place (ApprovalDialog), for each attempt.

    Signals:
        corrected(int): the worker's data changed.
    """

    corrected = Signal(int)

    def __init__(
        self,
        detail: WorkerDetail,
        actor: Actor,
        runner: Runner,
        *,
        correct: Correct,
        approve: ApprovalCheck,
        desa_choices: DesaChoices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setModal(True)
        self.setMinimumSize(640, 500)  # room for a two-line problem
        self._detail = detail
        self._actor = actor
        self._runner = runner
        self._correct = correct
        self._approve = approve
        self._busy = False
        self.approval: ApprovalDialog | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.title_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.name_edit = QLineEdit(detail.full_name)
        self.name_edit.setObjectName("correctNameEdit")
        self.name_edit.setMaxLength(MAX_NAME_LENGTH + 20)
        self.birth_edit = QDateEdit(_qdate(detail.birth_date))
        self.birth_edit.setObjectName("correctBirthEdit")
        self.birth_edit.setDisplayFormat("dd/MM/yyyy")
        self.birth_edit.setCalendarPopup(True)
        self.birth_edit.setMinimumDate(QDate(1900, 1, 1))
        self.phone_edit = QLineEdit(detail.phone)
        self.phone_edit.setObjectName("correctPhoneEdit")
        self.phone_edit.setMaxLength(20)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.desa_combo = QComboBox()
        self.desa_combo.setObjectName("correctDesaCombo")
        self.desa_combo.setEnabled(False)
        self.message_label = QLabel()
        self.message_label.setObjectName("formMessage")
        self.message_label.setProperty("problem", True)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self._captions = {key: QLabel() for key in ("name", "born", "phone", "desa")}
        for caption in self._captions.values():
            caption.setObjectName("formCaption")
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        for key, field in (
            ("name", self.name_edit),
            ("born", self.birth_edit),
            ("phone", self.phone_edit),
            ("desa", self.desa_combo),
        ):
            self._captions[key].setBuddy(field)
            form.addRow(self._captions[key], field)

        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

        if (kecamatan := kecamatan_of(detail.desa_code)) is not None:
            self._runner.run(
                lambda: desa_choices(kecamatan), self._on_desa_loaded, self._on_failed, context=self
            )

    # ---------------------------------------------------------------- the change

    def change(self) -> Correction:
        """The fields that differ from the registry; None leaves a field as it is."""
        detail = self._detail
        name = self.name_edit.text()
        born = self.birth_edit.date().toPython()
        phone = self.phone_edit.text().strip()
        desa = self.desa_combo.currentData()
        return Correction(
            full_name=name if " ".join(name.split()) != detail.full_name else None,
            birth_date=born if isinstance(born, dt.date) and born != detail.birth_date else None,
            phone=phone if phone != detail.phone else None,
            desa_code=desa if isinstance(desa, str) and desa != detail.desa_code else None,
        )

    def _on_desa_loaded(self, choices: list[RegionChoice]) -> None:
        if not any(c.code == self._detail.desa_code for c in choices):
            # Only the kecamatan is known: nothing is chosen until someone picks a desa.
            self.desa_combo.addItem(self.tr("(desa not given)"), None)
        for choice in choices:
            self.desa_combo.addItem(choice.name, choice.code)
        index = self.desa_combo.findData(self._detail.desa_code)
        self.desa_combo.setCurrentIndex(max(index, 0))
        self.desa_combo.setEnabled(bool(choices))

    def _on_save_clicked(self) -> None:
        if self._busy:
            return
        change = self.change()
        if change == Correction():
            self._show_problem(correction_problem_text(CorrectionProblem.NOTHING_CHANGED))
            return
        if self._actor.may(Permission.CORRECT_WORKER):
            self._apply(change, None)
            return
        approval = ApprovalDialog(
            self._approve,
            self._runner,
            title=self.tr("A supervisor approves this correction"),
            explanation=self.tr(
                "%1's data will be corrected. A supervisor (not you) types their username"
                " and PIN to approve; both names are recorded."
            ).replace("%1", self._detail.full_name),
            not_allowed=self.tr("Only a supervisor other than you can approve this."),
            parent=self,
        )
        approval.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        approval.approved.connect(lambda approver: self._apply(change, approver))
        approval.finished.connect(self._on_approval_finished)
        self.approval = approval
        approval.open()
        approval.activateWindow()  # no window manager may do it

    def _on_approval_finished(self, _result: int) -> None:
        self.approval = None

    def _apply(self, change: Correction, approver: Actor | None) -> None:
        self._busy = True
        self.save_button.setEnabled(False)
        self._show_problem("")
        self._runner.run(
            lambda: self._correct(change, approver),
            self._on_corrected,
            self._on_failed,
            context=self,
        )

    def _on_corrected(self, _diff: dict[str, tuple[object, object]]) -> None:
        self._busy = False
        self.corrected.emit(self._detail.id)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(error, CorrectionError):
            self._show_problem(correction_problem_text(error.problem))
        elif isinstance(error, PermissionDeniedError):
            self._show_problem(not_allowed_for_role())
        else:
            log.error("Correction failed: %s", type(error).__name__)
            log.debug("Correction failure", exc_info=error)
            self._show_problem(could_not_check())

    def _show_problem(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    # ---------------------------------------------------------------- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct a worker's data"))
        self.title_label.setText(
            self.tr("Correct the data of %1").replace("%1", self._detail.full_name)
        )
        if self._actor.may(Permission.CORRECT_WORKER):
            note = self.tr(
                "Change only what is wrong on the registration. The NIK cannot be changed"
                " here. The old and new values are recorded."
            )
        else:
            note = self.tr(
                "Change only what is wrong on the registration. The NIK cannot be changed"
                " here. A supervisor approves the correction; the old and new values are"
                " recorded."
            )
        self.note_label.setText(note)
        self._captions["name"].setText(self.tr("Full &name"))
        self._captions["born"].setText(self.tr("Date of &birth"))
        self._captions["phone"].setText(self.tr("&Phone"))
        self._captions["desa"].setText(self.tr("&Desa"))
        self.save_button.setText(
            self.tr("Save")
            if self._actor.may(Permission.CORRECT_WORKER)
            else self.tr("Ask a supervisor…")
        )
        self.cancel_button.setText(self.tr("Cancel"))
