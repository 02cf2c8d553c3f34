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
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.models import Sex
from kiosk.texts.bank import (
    account_state_text,
    form_problems_text,
    rejection_text,
)
from kiosk.texts.labels import sex_label
from kiosk.texts.operators import not_allowed_for_role
from kiosk.ui.bank.account_form import AccountFormPage, StandingPage
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.bank_form import (
    AccountForm,
    AccountStanding,
    AccountState,
    FormProblem,
    FormRefusedError,
    Prefill,
    tidy_form,
)
from printing.signature import Signature, signature_problem

log = logging.getLogger(__name__)

POLL_MS = 2000
# Problems with the worker's record and the application as a whole come before the fields.
_RECORD_PROBLEMS = ("account", "nik", "birth_place")
# Common answers, in the words the bank's own forms use; the desk may type another.
_HAS_ACCOUNT = (AccountState.OPENED, AccountState.PRE_OPENED, AccountState.ACTIVATED)


@dataclass(frozen=True)
class AccountActions:
    """What the dialog asks of the bank use case for one worker; each runs on the pool.

    apply takes (form, consented, signature, reuse_handover_signature).
    """

    prefill: Callable[[], Prefill]
    apply: Callable[[AccountForm, bool, Signature | None, bool], AccountStanding]
    standing: Callable[[], AccountStanding]


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
        online: bool = True,
        poll_ms: int = POLL_MS,
        parent: QWidget | None = None,
    ) -> None:
        """online: this kiosk sends applications to the bank's API itself; without it they
        go to the bank as files a supervisor exports (`kiosk bank export`)."""
        super().__init__(parent)
        self._online = online
        self.setObjectName("accountDialog")
        self.setModal(True)
        self.setMinimumSize(1180, 600)
        self.resize(1300, 700)  # a 1366x768 laptop, with room for the task bar
        if parent is not None:
            # Over the whole window (which fills the screen): its footer and buttons never
            # show beside the form, and the form has all the room there is. Without a title
            # bar, which would push it below the screen; Batal and Esc close it.
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
            self.setGeometry(parent.window().geometry())
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

        self.form_scroll = self._page = AccountFormPage()
        self.name_label = self._page.name_label
        self.mother_edit = self._page.mother_edit
        self.marital_combo = self._page.marital_combo
        self.occupation_edit = self._page.occupation_edit
        self.source_combo = self._page.source_combo
        self.income_combo = self._page.income_combo
        self.purpose_combo = self._page.purpose_combo
        self.address_edit = self._page.address_edit
        self.same_address_check = self._page.same_address_check
        self.phone_edit = self._page.phone_edit
        self.fields = self._page.fields
        self.consent_view = self._page.consent_view
        self.consent_check = self._page.consent_check
        self.consent_text = self._page.consent_text
        self.reuse_check = self._page.reuse_check
        self.reuse_text = self._page.reuse_text
        self.signature_field = self._page.signature_field
        self._facts = self._page.facts
        self.reuse_note = self._page.reuse_note
        self.same_address_check.toggled.connect(self._on_same_address_toggled)
        self.reuse_check.toggled.connect(self._on_reuse_toggled)
        # A field put right loses its mark, and its line in the message, as it is put right.
        for edit in (self.mother_edit, self.occupation_edit, self.phone_edit):
            edit.textChanged.connect(self._on_form_edited)
        self.address_edit.textChanged.connect(self._on_form_edited)
        for combo in (self.marital_combo, self.income_combo):
            combo.currentIndexChanged.connect(self._on_form_edited)
        for combo in (self.source_combo, self.purpose_combo):
            combo.currentTextChanged.connect(self._on_form_edited)
        self.consent_check.toggled.connect(self._on_form_edited)
        self.signature_field.changed.connect(self._on_form_edited)

        # -- the standing, once saved (or when there is nothing to apply for) ----------------
        self.standing_page = StandingPage()
        self.standing_name = self.standing_page.standing_name
        self.standing_label = self.standing_page.standing_label
        self.standing_note = self.standing_page.standing_note
        self.again_button = self.standing_page.again_button
        self.again_button.clicked.connect(self._on_apply_again)

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

    def form(self) -> AccountForm:
        """The form as typed; a choice not made is None."""
        return self._page.form()

    # ---------------------------------------------------------------- loading

    def _on_prefill(self, prefill: Prefill) -> None:
        if self._closed:
            return
        self._prefill = prefill
        self._standing = prefill.standing
        self._page.fill(prefill)
        self.standing_name.setText(prefill.full_name)
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
        # The handover signature stands in the pad's place: no empty pad, no "sign here".
        self.signature_field.setEnabled(not reuse)
        self.signature_field.setVisible(not reuse)
        self.reuse_note.setVisible(reuse)
        self.signature_field.clear_problem()
        self._on_form_edited()

    def _reusing(self) -> bool:
        return not self.reuse_check.isHidden() and self.reuse_check.isChecked()

    def _still_wrong(self) -> set[tuple[str, FormProblem]]:
        """What the form as it stands still has wrong, as far as it can tell by itself."""
        _, problems = tidy_form(self.form())
        wrong = set(problems)
        if not self.consent_check.isChecked():
            wrong.add(("consent", FormProblem.CONSENT_MISSING))
        if self._reusing():
            # Only the registry can tell; what it said stands until the next save.
            wrong.add(("signature", FormProblem.NO_HANDOVER_SIGNATURE))
        else:
            pad = self.signature_field.pad
            if pad.is_empty():
                wrong.add(("signature", FormProblem.SIGNATURE_MISSING))
            elif signature_problem(pad.signature()) is not None:
                wrong.add(("signature", FormProblem.SIGNATURE_TRIVIAL))
        return wrong

    def _on_form_edited(self) -> None:
        """A change to the form after a refusal: what is put right is no longer named. Nothing
        new is named while the desk types; the next save checks the whole form again."""
        if not self._problems or self._saving:
            return
        wrong = self._still_wrong()
        problems = tuple(
            problem
            for problem in self._problems
            if problem[0] in _RECORD_PROBLEMS or problem in wrong
        )
        if problems != self._problems:
            self._mark_problems(problems)

    def _on_save_clicked(self) -> None:
        if self._saving or self._prefill is None:
            return
        # Checked whole by the use case, so one press names every field to put right.
        form = self.form()
        reuse = not self.reuse_check.isHidden() and self.reuse_check.isChecked()
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
            self._message = ("", "")  # the problems say it all
            self._show_problems(self._in_form_order(error.problems))
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

    def _in_form_order(
        self, problems: tuple[tuple[str, FormProblem], ...]
    ) -> tuple[tuple[str, FormProblem], ...]:
        """As the desk reads the form: the record, then the fields column by column."""
        order = [*_RECORD_PROBLEMS, *self.fields]
        return tuple(
            sorted(problems, key=lambda p: order.index(p[0]) if p[0] in order else len(order))
        )

    def _mark_problems(self, problems: tuple[tuple[str, FormProblem], ...]) -> None:
        self._problems = problems
        wrong = {field for field, _ in problems}
        for key in self.fields:
            self._page.mark(key, key in wrong)
        self._retranslate_problems()

    def _show_problems(self, problems: tuple[tuple[str, FormProblem], ...]) -> None:
        self._mark_problems(problems)
        wrong = {field for field, _ in problems}
        for key, widget in self.fields.items():  # the first field to put right takes the focus
            if key in wrong:
                target = self.signature_field.pad if key == "signature" else widget
                self.form_scroll.ensureWidgetVisible(widget)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
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
        self.loading_label.setText(self.tr("Reading the worker's data…"))
        self._page.retranslate()
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
        self._page.facts["born"].setText(", ".join(p for p in (prefill.birth_place, day) if p))
        self._page.facts["sex"].setText(sex_label(Sex(prefill.sex)))
        previous = prefill.standing
        refused = previous.state in (AccountState.REJECTED, AccountState.FAILED)
        self._page.previous_label.setVisible(refused)
        if refused:
            self._page.previous_label.setText(account_state_text(previous))

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
                if self._online:
                    note = self.tr(
                        "It is sent to the bank as soon as the network allows; you may close"
                        " this window."
                    )
                else:
                    note = self.tr(
                        "This kiosk is not connected to the bank: a supervisor sends the"
                        " saved applications to the bank as a file (kiosk bank export). You"
                        " may close this window."
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
            self._show_message(form_problems_text(self._problems), "problem")
        else:
            self._show_message(*self._message)
