"""Opening a worker's Bank NTT savings account: the form, the consent, the specimen signature.

The registry's data stand on the left to compare with the KTP; the customer due-diligence
fields, the consent and the signature on the right, all on one screen. Saving puts the
application in the outbox; the dialog then watches its standing until the bank answers.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.models import Sex
from kiosk.bank.model import IncomeBand, MaritalStatus
from kiosk.texts.bank import (
    account_state_text,
    form_problem_text,
    income_band_label,
    marital_status_label,
    rejection_text,
)
from kiosk.texts.labels import sex_label
from kiosk.texts.operators import not_allowed_for_role
from kiosk.ui.common.runner import Runner
from kiosk.ui.common.signature_pad import SignatureField
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.bank import (
    CONSENT_TEXT,
    AccountForm,
    AccountStanding,
    AccountState,
    FormProblem,
    FormRefusedError,
    Prefill,
)
from printing.signature import Signature

log = logging.getLogger(__name__)

POLL_MS = 2000
# Common answers, in the words the bank's own forms use; the desk may type another.
SOURCES_OF_FUNDS = ("Hasil usaha", "Gaji/upah", "Kiriman keluarga", "Lainnya")
PURPOSES = ("Tabungan", "Menerima manfaat BPJS", "Kredit usaha mikro")
_HAS_ACCOUNT = (AccountState.OPENED, AccountState.PRE_OPENED, AccountState.ACTIVATED)


@dataclass(frozen=True)
class AccountActions:
    """What the dialog asks of the bank use case for one worker; each runs on the pool.

    apply takes (form, consented, signature, reuse_handover_signature).
    """

    prefill: Callable[[], Prefill]
    apply: Callable[[AccountForm, bool, Signature | None, bool], AccountStanding]
    standing: Callable[[], AccountStanding]


def _section(title: QLabel, body: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("accountStep")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(8)
    title.setObjectName("stepTitle")
    title.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(body, 1)
    return frame


def _mark(widget: QWidget, invalid: bool) -> None:
    """A red border on a field to put right (the style sheet's [invalid="true"])."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def _choice_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    return combo


def _editable_combo(name: str, choices: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(choices))
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    return combo


class AccountDialog(QDialog):
    """Opens one worker's Bank NTT savings account, or shows the one they have.

    Signals:
        applied(int): the worker's application was saved for sending (worker id).
        opened(int): the bank opened the account while the dialog watched (worker id).
    """

    applied = Signal(int)
    opened = Signal(int)

    def __init__(
        self,
        worker_id: int,
        actions: AccountActions,
        runner: Runner,
        *,
        poll_ms: int = POLL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setModal(True)
        self.setMinimumSize(1180, 600)
        self.resize(1300, 700)  # a 1366x768 laptop, with room for the task bar
        self._worker_id = worker_id
        self._actions = actions
        self._runner = runner
        self._prefill: Prefill | None = None
        self._standing: AccountStanding | None = None
        self._problems: tuple[tuple[str, FormProblem], ...] = ()
        self._message: tuple[str, str] = ("", "")  # (text, state) not from a problem list
        self._saving = False
        self._checking = False
        self._closed = False
        self._watched_pending = False  # saw it pending: its opening is news worth a signal

        # -- the registry's data, to compare with the KTP -----------------------------------
        self.name_label = QLabel()
        self.name_label.setObjectName("detailName")
        self.name_label.setWordWrap(True)
        self._facts: dict[str, QLabel] = {}
        self._fact_captions: dict[str, QLabel] = {}
        # Caption above value: a narrow column, and a NIK never cut in two.
        facts = QVBoxLayout()
        facts.setSpacing(2)
        for key in ("nik", "born", "sex", "address"):
            caption = QLabel()
            caption.setObjectName("detailCaption")
            value = QLabel()
            value.setObjectName(f"account_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fact_captions[key] = caption
            self._facts[key] = value
            facts.addSpacing(6)
            facts.addWidget(caption)
            facts.addWidget(value)
        self.previous_label = QLabel()  # a refusal of an earlier application, to put right
        self.previous_label.setObjectName("accountPrevious")
        self.previous_label.setWordWrap(True)
        self.previous_label.hide()
        worker_body = QWidget()
        worker_layout = QVBoxLayout(worker_body)
        worker_layout.setContentsMargins(0, 0, 0, 0)
        worker_layout.addWidget(self.name_label)
        worker_layout.addLayout(facts)
        worker_layout.addWidget(self.previous_label)
        self.compare_note = QLabel()
        self.compare_note.setObjectName("hint")
        self.compare_note.setWordWrap(True)
        worker_layout.addSpacing(8)
        worker_layout.addWidget(self.compare_note)
        worker_layout.addStretch(1)
        self.worker_title = QLabel()

        # -- 2. customer due diligence ------------------------------------------------------
        self.mother_edit = QLineEdit()
        self.mother_edit.setObjectName("motherEdit")
        self.marital_combo = _choice_combo("maritalCombo")
        for status in MaritalStatus:
            self.marital_combo.addItem("", status)
        self.marital_combo.setCurrentIndex(-1)  # read from the KTP, never assumed
        self.occupation_edit = QLineEdit()
        self.occupation_edit.setObjectName("occupationEdit")
        self.source_combo = _editable_combo("sourceCombo", SOURCES_OF_FUNDS)
        self.income_combo = _choice_combo("incomeCombo")
        for band in IncomeBand:
            self.income_combo.addItem("", band)
        self.income_combo.setCurrentIndex(-1)
        self.purpose_combo = _editable_combo("purposeCombo", PURPOSES)
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("currentAddressEdit")
        self.same_address_check = QCheckBox()
        self.same_address_check.setObjectName("sameAddressCheck")
        self.same_address_check.toggled.connect(self._on_same_address_toggled)
        address_row = QVBoxLayout()
        address_row.setSpacing(4)
        address_row.addWidget(self.address_edit)
        address_row.addWidget(self.same_address_check)
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phoneEdit")
        self.phone_edit.setMaxLength(20)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        for edit in (self.mother_edit, self.occupation_edit, self.address_edit):
            edit.setMaxLength(120)
        # Each field by the name the use case gives it, to mark the ones to put right.
        self.fields: dict[str, QWidget] = {
            "mother_maiden_name": self.mother_edit,
            "marital_status": self.marital_combo,
            "occupation": self.occupation_edit,
            "source_of_funds": self.source_combo,
            "average_income": self.income_combo,
            "purpose": self.purpose_combo,
            "current_address": self.address_edit,
            "phone": self.phone_edit,
        }
        self._captions = {key: QLabel() for key in self.fields}
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in self.fields.items():
            caption = self._captions[key]
            caption.setObjectName("formCaption")
            caption.setBuddy(field)
            if key == "current_address":
                form.addRow(caption, address_row)
            else:
                form.addRow(caption, field)
        cdd_body = QWidget()
        cdd_body.setLayout(form)
        self.cdd_title = QLabel()

        # -- 3. consent ------------------------------------------------------------------------
        self.consent_view = QPlainTextEdit(CONSENT_TEXT)  # the words stored, in Indonesian
        self.consent_view.setObjectName("consentText")
        self.consent_view.setReadOnly(True)
        self.consent_view.setMinimumHeight(176)
        self.consent_view.setMaximumHeight(200)
        self.consent_check = QCheckBox()
        self.consent_check.setObjectName("consentCheck")
        self.fields["consent"] = self.consent_check
        consent_body = QWidget()
        consent_layout = QVBoxLayout(consent_body)
        consent_layout.setContentsMargins(0, 0, 0, 0)
        consent_layout.addWidget(self.consent_view)
        consent_layout.addWidget(self.consent_check)
        self.consent_title = QLabel()

        # -- 4. specimen signature -------------------------------------------------------------
        self.reuse_check = QCheckBox()
        self.reuse_check.setObjectName("reuseSignatureCheck")
        self.reuse_check.hide()
        self.reuse_check.toggled.connect(self._on_reuse_toggled)
        self.signature_field = SignatureField()
        self.signature_field.setMinimumHeight(170)
        self.signature_frame = QFrame()
        self.signature_frame.setObjectName("signatureFrame")
        frame_layout = QVBoxLayout(self.signature_frame)
        frame_layout.setContentsMargins(2, 2, 2, 2)
        frame_layout.addWidget(self.signature_field)
        self.fields["signature"] = self.signature_frame
        signature_body = QWidget()
        signature_layout = QVBoxLayout(signature_body)
        signature_layout.setContentsMargins(0, 0, 0, 0)
        signature_layout.addWidget(self.reuse_check)
        signature_layout.addWidget(self.signature_frame, 1)
        self.signature_title = QLabel()

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(_section(self.worker_title, worker_body), 1)
        middle = QVBoxLayout()
        middle.addWidget(_section(self.cdd_title, cdd_body), 1)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(_section(self.consent_title, consent_body))
        right.addWidget(_section(self.signature_title, signature_body), 1)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        for column, stretch in ((left, 5), (middle, 10), (right, 9)):
            column.setContentsMargins(0, 0, 0, 0)
            holder = QWidget()
            holder.setLayout(column)
            # The widths follow the stretch, not the longest text: labels wrap, fields shrink.
            holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            columns.addWidget(holder, stretch)
        form_page = QWidget()
        form_page.setLayout(columns)
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("accountForm")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(form_page)

        # -- the standing, once saved (or when there is nothing to apply for) ----------------
        self.standing_name = QLabel()
        self.standing_name.setObjectName("detailName")
        self.standing_label = QLabel()
        self.standing_label.setObjectName("accountOutcome")
        self.standing_label.setWordWrap(True)
        self.standing_note = QLabel()
        self.standing_note.setObjectName("hint")
        self.standing_note.setWordWrap(True)
        self.again_button = QPushButton()
        self.again_button.setObjectName("applyAgainButton")
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(self._on_apply_again)
        again_row = QHBoxLayout()
        again_row.addWidget(self.again_button)
        again_row.addStretch(1)
        self.standing_page = QWidget()
        standing_layout = QVBoxLayout(self.standing_page)
        standing_layout.setContentsMargins(24, 24, 24, 24)
        standing_layout.setSpacing(16)
        standing_layout.addWidget(self.standing_name)
        standing_layout.addWidget(self.standing_label)
        standing_layout.addWidget(self.standing_note)
        standing_layout.addLayout(again_row)
        standing_layout.addStretch(1)

        self.loading_label = QLabel()
        self.loading_label.setObjectName("hint")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.loading_label)
        self.pages.addWidget(self.form_scroll)
        self.pages.addWidget(self.standing_page)

        # -- the message and the buttons -------------------------------------------------------
        self.message_label = QLabel()
        self.message_label.setObjectName("accountMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._on_poll)

        self.retranslate()
        self._update()
        self._runner.run(
            self._actions.prefill, self._on_prefill, self._on_load_failed, context=self
        )

    # ---------------------------------------------------------------- state for tests

    def standing(self) -> AccountStanding | None:
        """The standing last seen, or None before the data are loaded."""
        return self._standing

    def is_loaded(self) -> bool:
        return self._prefill is not None

    def is_saving(self) -> bool:
        return self._saving

    def is_watching(self) -> bool:
        return self._timer.isActive()

    def marked_fields(self) -> list[str]:
        """The fields marked red, to put right."""
        return [key for key, widget in self.fields.items() if widget.property("invalid")]

    def form(self) -> AccountForm | None:
        """The form as typed, or None while a choice is missing."""
        if self.marital_combo.currentIndex() < 0 or self.income_combo.currentIndex() < 0:
            return None
        # Qt hands the enums back as their plain values.
        marital = MaritalStatus(self.marital_combo.currentData())
        income = IncomeBand(self.income_combo.currentData())
        return AccountForm(
            mother_maiden_name=self.mother_edit.text(),
            marital_status=marital,
            occupation=self.occupation_edit.text(),
            source_of_funds=self.source_combo.currentText(),
            average_income=income,
            purpose=self.purpose_combo.currentText(),
            current_address=self.address_edit.text(),
            phone=self.phone_edit.text(),
        )

    # ---------------------------------------------------------------- loading

    def _on_prefill(self, prefill: Prefill) -> None:
        if self._closed:
            return
        self._prefill = prefill
        self._standing = prefill.standing
        self.name_label.setText(prefill.full_name)
        self.standing_name.setText(prefill.full_name)
        self._facts["nik"].setText(prefill.nik_masked)
        self._facts["address"].setText(prefill.address or "—")
        self.mother_edit.setText(prefill.mother_maiden_name)
        self.occupation_edit.setText(prefill.occupation)
        self.phone_edit.setText(prefill.phone)
        self.address_edit.setText(prefill.address)
        self.same_address_check.setEnabled(bool(prefill.address))
        self.same_address_check.setChecked(bool(prefill.address))
        self.reuse_check.setVisible(prefill.has_handover_signature)
        state = prefill.standing.state
        if state in (AccountState.NONE, AccountState.REJECTED, AccountState.FAILED):
            self.pages.setCurrentWidget(self.form_scroll)
            self.mother_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.pages.setCurrentWidget(self.standing_page)
            self._watched_pending = state is AccountState.PENDING
        self._retranslate_facts()
        self._retranslate_standing()
        self._watch()
        self._update()

    def _on_load_failed(self, error: Exception) -> None:
        if self._closed:
            return
        log.error("Loading the account form failed: %s", type(error).__name__)
        log.debug("Account form failure", exc_info=error)
        self._set_message(
            self.tr("The worker's data could not be read. Close this window and try again."),
            "problem",
        )
        self.loading_label.setText("")

    # ---------------------------------------------------------------- the form

    def _on_same_address_toggled(self, same: bool) -> None:
        if same and self._prefill is not None:
            self.address_edit.setText(self._prefill.address)
        self.address_edit.setReadOnly(same)
        self.address_edit.setEnabled(not same)
        if not same:
            self.address_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.address_edit.selectAll()

    def _on_reuse_toggled(self, reuse: bool) -> None:
        self.signature_field.setEnabled(not reuse)
        if reuse:
            _mark(self.signature_frame, False)

    def _on_save_clicked(self) -> None:
        if self._saving or self._prefill is None:
            return
        form = self.form()
        if form is None:
            # The bank's form has no "unknown": the desk reads it from the KTP or asks.
            missing = [
                (key, FormProblem.REQUIRED)
                for key, combo in (
                    ("marital_status", self.marital_combo),
                    ("average_income", self.income_combo),
                )
                if combo.currentIndex() < 0
            ]
            self._show_problems(tuple(missing))
            return
        reuse = self.reuse_check.isVisible() and self.reuse_check.isChecked()
        pad = self.signature_field.pad
        signature = None if reuse or pad.is_empty() else pad.signature()
        consented = self.consent_check.isChecked()
        self._saving = True
        self._problems = ()  # the marks stay until the answer says what is still wrong
        self._set_message(self.tr("Saving the application…"), "")
        self._update()
        # The job must not hold the dialog: the last reference dropped on a pool thread would
        # destroy the widgets there.
        apply = self._actions.apply
        self._runner.run(
            lambda: apply(form, consented, signature, reuse),
            self._on_saved,
            self._on_save_failed,
            context=self,
        )

    def _on_saved(self, standing: AccountStanding) -> None:
        self._saving = False
        if self._closed:
            return
        self._standing = standing
        self._watched_pending = True
        self._show_problems(())
        self._set_message("", "")
        self.pages.setCurrentWidget(self.standing_page)
        self._retranslate_standing()
        self._watch()
        self._update()
        self.applied.emit(self._worker_id)

    def _on_save_failed(self, error: Exception) -> None:
        self._saving = False
        if self._closed:
            return
        self._update()  # the form enabled again, so the first field to put right takes focus
        if isinstance(error, FormRefusedError):
            self._show_problems(error.problems)
            if any(field == "signature" for field, _ in error.problems):
                self.signature_field.check()  # says under the pad what is wrong with it
        elif isinstance(error, PermissionDeniedError):
            self._show_problems(())
            self._set_message(not_allowed_for_role(), "problem")
        else:
            self._show_problems(())
            log.error("Saving the account application failed: %s", type(error).__name__)
            log.debug("Account application failure", exc_info=error)
            self._set_message(
                self.tr("The kiosk met an error; nothing was saved. Call a supervisor."),
                "problem",
            )
        self._update()

    def _show_problems(self, problems: tuple[tuple[str, FormProblem], ...]) -> None:
        self._problems = problems
        wrong = {field for field, _ in problems}
        for key, widget in self.fields.items():
            _mark(widget, key in wrong)
        self._retranslate_problems()
        for key in self.fields:  # the first field to put right takes the focus
            if key in wrong and key not in ("consent", "signature"):
                self.fields[key].setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def _on_apply_again(self) -> None:
        """After a refusal: the form as it was sent, to correct and send again."""
        self._timer.stop()
        self.consent_check.setChecked(False)  # a new application is agreed to anew
        self.pages.setCurrentWidget(self.form_scroll)
        self._update()

    # ---------------------------------------------------------------- watching the outbox

    def _waiting(self) -> bool:
        standing = self._standing
        return standing is not None and standing.state is AccountState.PENDING

    def _watch(self) -> None:
        if self._waiting() and self.isVisible() and not self._closed:
            self._timer.start()
        else:
            self._timer.stop()

    def _on_poll(self) -> None:
        if self._checking or self._closed:
            return
        self._checking = True
        self._runner.run(
            self._actions.standing, self._on_standing, self._on_poll_failed, context=self
        )

    def _on_standing(self, standing: AccountStanding) -> None:
        self._checking = False
        if self._closed or self.pages.currentWidget() is self.form_scroll:
            return
        self._standing = standing
        self._retranslate_standing()
        self._watch()
        self._update()
        if standing.state in _HAS_ACCOUNT and self._watched_pending:
            self._watched_pending = False
            self.opened.emit(self._worker_id)

    def _on_poll_failed(self, error: Exception) -> None:
        # The next tick asks again; the outbox itself is not affected.
        self._checking = False
        log.warning("Reading the account standing failed: %s", type(error).__name__)

    # ---------------------------------------------------------------- plumbing

    def _update(self) -> None:
        on_form = self.pages.currentWidget() is self.form_scroll
        self.save_button.setVisible(on_form)
        self.save_button.setEnabled(on_form and not self._saving)
        self.form_scroll.setEnabled(not self._saving)
        self.close_button.setEnabled(not self._saving)
        standing = self._standing
        rejected = standing is not None and standing.state in (
            AccountState.REJECTED,
            AccountState.FAILED,
        )
        self.again_button.setVisible(rejected and not on_form)
        saved = self.pages.currentWidget() is self.standing_page
        self.close_button.setText(self.tr("Close") if saved else self.tr("Cancel"))

    def _set_message(self, text: str, state: str) -> None:
        self._message = (text, state)
        self._show_message(text, state)

    def _show_message(self, text: str, state: str) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("state", state)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)

    def reject(self) -> None:
        if self._saving:
            return  # the answer is on its way; it decides what the dialog shows
        self._closed = True
        self._timer.stop()
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        self._timer.stop()
        super().done(result)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    # ---------------------------------------------------------------- words

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a Bank NTT savings account"))
        self.compare_note.setText(
            self.tr(
                "The bank checks these data against the population records. If the KTP says"
                " otherwise, correct the worker's data before sending."
            )
        )
        self.loading_label.setText(self.tr("Reading the worker's data…"))
        self.worker_title.setText(self.tr("1. Compare with the KTP"))
        self.cdd_title.setText(self.tr("2. Customer data"))
        self.consent_title.setText(self.tr("3. Consent"))
        self.signature_title.setText(self.tr("4. Specimen signature"))
        captions = {
            "nik": self.tr("NIK"),
            "born": self.tr("Place, date of birth"),
            "sex": self.tr("Sex"),
            "address": self.tr("Address on the KTP"),
        }
        for key, text in captions.items():
            self._fact_captions[key].setText(text)
        field_captions = {
            "mother_maiden_name": self.tr("&Mother's maiden name"),
            "marital_status": self.tr("Marital s&tatus"),
            "occupation": self.tr("&Occupation"),
            "source_of_funds": self.tr("Source of &funds"),
            "average_income": self.tr("Average monthly &income"),
            "purpose": self.tr("Pu&rpose of the account"),
            "current_address": self.tr("Current &address"),
            "phone": self.tr("&Phone"),
        }
        for key, text in field_captions.items():
            self._captions[key].setText(text)
        for index in range(self.marital_combo.count()):
            status = MaritalStatus(self.marital_combo.itemData(index))
            self.marital_combo.setItemText(index, marital_status_label(status))
        for index in range(self.income_combo.count()):
            band = IncomeBand(self.income_combo.itemData(index))
            self.income_combo.setItemText(index, income_band_label(band))
        self.marital_combo.setPlaceholderText(self.tr("Choose, as on the KTP"))
        self.income_combo.setPlaceholderText(self.tr("Ask the worker"))
        for combo in (self.source_combo, self.purpose_combo):
            edit = combo.lineEdit()
            if edit is not None:
                edit.setPlaceholderText(self.tr("Choose or type"))
        self.same_address_check.setText(self.tr("Same as KTP"))
        self.consent_check.setText(self.tr("The worker agrees (read to them aloud)"))
        self.reuse_check.setText(
            self.tr("Use the signature given at the card handover (the worker agrees)")
        )
        self.save_button.setText(self.tr("Save and send to the bank"))
        self.again_button.setText(self.tr("Correct the form and send again"))
        self._retranslate_facts()
        self._retranslate_standing()
        self._retranslate_problems()
        self._update()

    def _retranslate_facts(self) -> None:
        prefill = self._prefill
        if prefill is None:
            return
        born: dt.date = prefill.birth_date
        day = self.locale().toString(QDate(born.year, born.month, born.day), "d MMMM yyyy")
        self._facts["born"].setText(", ".join(p for p in (prefill.birth_place, day) if p))
        self._facts["sex"].setText(sex_label(Sex(prefill.sex)))
        previous = prefill.standing
        refused = previous.state in (AccountState.REJECTED, AccountState.FAILED)
        self.previous_label.setVisible(refused)
        if refused:
            self.previous_label.setText(account_state_text(previous))

    def _retranslate_standing(self) -> None:
        standing = self._standing
        if standing is None:
            return
        note = ""
        match standing.state:
            case AccountState.PENDING:
                text = self.tr("Saved: application %1.").replace(
                    "%1", standing.application_no or ""
                )
                note = self.tr(
                    "It is sent to the bank as soon as the network allows; you may close this"
                    " window."
                )
                state = "pending"
            case AccountState.OPENED:
                text = self.tr("Account opened: %1").replace("%1", standing.account_number or "")
                state = "opened"
            case AccountState.REJECTED:
                text = rejection_text(standing.reject_code or "")
                note = self.tr("The bank refused application %1.").replace(
                    "%1", standing.application_no or ""
                )
                state = "rejected"
            case AccountState.PRE_OPENED | AccountState.ACTIVATED:
                text = account_state_text(standing)
                state = "opened"
            case AccountState.FAILED:
                text = account_state_text(standing)
                state = "rejected"
            case AccountState.NONE:
                text = account_state_text(standing)
                state = ""
        self.standing_label.setText(text)
        self.standing_note.setText(note)
        self.standing_note.setVisible(bool(note))
        self.standing_label.setProperty("state", state)
        self.standing_label.style().unpolish(self.standing_label)
        self.standing_label.style().polish(self.standing_label)
        self.standing_label.updateGeometry()  # a bigger font needs more height

    def _retranslate_problems(self) -> None:
        if self._problems:
            lines = [form_problem_text(field, problem) for field, problem in self._problems]
            self._show_message("\n".join(lines), "problem")
        else:
            self._show_message(*self._message)
