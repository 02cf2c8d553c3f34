"""The handover desk: identity checked, the card bound, a signature, confirmed.

Four steps on one screen, each ready as soon as the one before is done, so the common case
takes five interactions from the worker found: "Hand over the card", "KTP matches", a scan
of the card's QR code, the signature, "Confirm". Then the dialog prints the tanda terima and
says where it went (a PDF file is not a paper in the tray) until the desk closes it. Every
call to the registry or a printer runs on the pool.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.engine import connection_lost
from db.models import CardCheck, HandoverKind, IdDocument, PrintKind
from kiosk.config import WITA
from kiosk.texts.handover import (
    card_check_label,
    handed_over_text,
    handover_problem_text,
    has_site,
    kind_label,
    prior_handover_text,
    receipt_failed_text,
)
from kiosk.texts.printing import (
    print_refusal_text,
    printer_error_text,
    printer_in_words,
    where_it_went,
)
from kiosk.ui.common.destination import DestinationNote, open_file
from kiosk.ui.common.runner import Runner
from kiosk.ui.handover.steps import (
    CardStep,
    HandoverSummary,
    IdentityStep,
    SignatureStep,
    WorkerFacts,
    section,
)
from kiosk.usecases.handover import (
    AlreadyHandedOverError,
    CardForHandover,
    HandoverDone,
    HandoverProblem,
    HandoverRefusedError,
    HandoverRequest,
)
from kiosk.usecases.handover_records import PriorHandover
from kiosk.usecases.job_records import JobOutcome
from kiosk.usecases.lookup import WorkerDetail
from kiosk.usecases.settle import HubUnreachableError, new_client_id

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HandoverActions:
    """What the desk asks of the registry and the printers; each runs on the pool."""

    card_for: Callable[[], CardForHandover | None]
    card_from_scan: Callable[[str], CardForHandover]
    card_from_serial: Callable[[str], CardForHandover]
    print_card: Callable[[], JobOutcome]
    hand_over: Callable[[HandoverRequest], HandoverDone]
    print_receipt: Callable[[], JobOutcome]  # the tanda terima, after the handover
    retry_receipt: Callable[[int], JobOutcome]  # a failed tanda terima's job, sent again


class HandoverDialog(QDialog):
    """Hands one worker their card.

    Signals:
        handed_over(object): the HandoverDone, once committed (the dialog stays open to
            print the tanda terima and say where it went).
        receipt_printed(str): the tanda terima went to a receipt printer; the text says
            which. The dialog then closes by itself, the desk ready for the next worker: only
            a PDF to open, or a failure, keeps it open.
    """

    handed_over = Signal(object)
    receipt_printed = Signal(str)

    def __init__(
        self,
        worker: WorkerDetail,
        actions: HandoverActions,
        runner: Runner,
        *,
        can_print: bool,
        card_printer: str = "",
        opener: Callable[[str], bool] = open_file,
        parent: QWidget | None = None,
    ) -> None:
        """card_printer: the URL a card printed now goes to, to say it before and after."""
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setModal(True)
        self.setMinimumSize(1240, 700)
        self.resize(1320, 730)  # the screen's room under a title bar: the pad's height
        self._worker = worker
        self._actions = actions
        self._runner = runner
        self._can_print = can_print
        self._card_printer = card_printer
        self._card: CardForHandover | None = None
        self._card_check: CardCheck | None = None
        self._done: HandoverDone | None = None
        # One handover attempt per dialog: a try again after the hub was away sends the same
        # id, so a handover that did reach the hub is told as such, never recorded twice.
        self._client_id = new_client_id()
        self._receipt_text = ""
        self._identity_done = False
        self._busy = False
        self._closed = False
        self._card_offer: CardForHandover | None = None
        self._card_loaded = False
        self._after_update: Callable[[], None] | None = None
        # The card printed at the desk went to a folder as a PDF: not a card in hand until
        # it is printed and scanned (or its serial typed).
        self._card_file: str | None = None
        self._receipt_failed = False
        self._receipt_job: int | None = None  # the failed tanda terima's job, to retry
        self._prior: PriorHandover | None = None  # handed over already: a summary only

        # -- the worker, to compare with the KTP, and the three steps ----------------------
        worker_box = WorkerFacts(worker, self.locale())
        self.name_label = worker_box.name_label
        self._captions = worker_box.captions
        self.identity_title = QLabel()
        identity_body = self._identity_step = IdentityStep()
        self.identity_button = identity_body.identity_button
        self.identity_button.clicked.connect(self._on_identity_checked)

        self.card_title = QLabel()
        card_body = self._card_step = CardStep(opener)
        self.scan_edit = card_body.scan_edit
        self.serial_edit = card_body.serial_edit
        self.serial_button = card_body.serial_button
        self.print_button = card_body.print_button
        self.card_destination = card_body.destination
        # Enter in the scan or serial field (a scanner ends in one) checks the card; it must
        # not press "Open file" as the dialog's default button.
        self.card_destination.open_button.setAutoDefault(False)
        self._last_input: QLineEdit = self.scan_edit  # where a refused card is tried again
        self.scan_edit.returnPressed.connect(self._on_scanned)
        self.serial_edit.returnPressed.connect(self._on_serial_typed)
        self.serial_button.clicked.connect(self._on_serial_typed)
        self.print_button.clicked.connect(self._on_print_now)
        self._card_step.activate_check.toggled.connect(self._update)

        self.signature_title = QLabel()
        signature_body = self._signature_step = SignatureStep()
        self._extra_labels = signature_body.extra_labels
        self.signature_field = signature_body.signature_field
        self.witness_edit = signature_body.witness_edit
        self.representative_edit = signature_body.representative_edit
        self.signature_field.changed.connect(self._update)

        # -- confirm -------------------------------------------------------------------------
        self.message_label = QLabel()
        self.message_label.setObjectName("handoverMessage")
        self.message_label.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("primaryButton")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self._on_confirm)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        # After the handover: where the tanda terima went, and the way out.
        self.receipt_label = QLabel()
        self.receipt_label.setObjectName("handoverReceipt")
        self.receipt_label.setWordWrap(True)
        self.receipt_label.hide()
        self.receipt_destination = DestinationNote(opener=opener)
        self.receipt_destination.setObjectName("receiptDestination")
        self.receipt_destination.open_button.setAutoDefault(False)
        self.close_button = QPushButton()
        self.close_button.setObjectName("primaryButton")
        self.close_button.setDefault(True)  # shown only at the end: Enter, next worker
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        # The tanda terima that did not print: sent again from here (the job is retried).
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryReceiptButton")
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self._on_retry_receipt)
        self.retry_button.hide()
        said = QVBoxLayout()
        said.setSpacing(4)
        said.addWidget(self.message_label)
        said.addWidget(self.receipt_label)
        said.addWidget(self.receipt_destination)
        buttons = QHBoxLayout()
        buttons.addLayout(said, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.close_button)

        steps_widget = QWidget()
        steps_widget.setObjectName("handoverSteps")
        steps = QVBoxLayout(steps_widget)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.setSpacing(10)
        steps.addWidget(section(self.identity_title, identity_body))
        steps.addWidget(section(self.card_title, card_body))
        steps.addWidget(section(self.signature_title, signature_body), 1)
        # A long message below, or a representative's fields, can leave the steps less room
        # than they need: they scroll rather than squeeze the pad or cut its buttons.
        self.steps_area = QScrollArea()
        self.steps_area.setObjectName("handoverStepsArea")
        self.steps_area.setWidgetResizable(True)
        self.steps_area.setFrameShape(QFrame.Shape.NoFrame)
        self.steps_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_area.setWidget(steps_widget)
        steps_widget.setAutoFillBackground(False)
        self.steps_area.viewport().setAutoFillBackground(False)
        # A worker handed over already: what was recorded, read only, instead of the steps.
        self.summary = HandoverSummary()
        self.summary.hide()
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(worker_box, 2)
        body.addWidget(self.steps_area, 5)
        body.addWidget(self.summary, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        for button in self._signature_step.kind_buttons.values():
            button.toggled.connect(self._on_kind_changed)
        self.retranslate()
        self._on_kind_changed()
        self._update()
        self.identity_button.setFocus()
        self._run(self._actions.card_for, self._on_card, self._on_failure)

    # ---------------------------------------------------------------- state for tests

    def card(self) -> CardForHandover | None:
        return self._card

    def is_ready(self) -> bool:
        return self.confirm_button.isEnabled()

    def is_busy(self) -> bool:
        return self._busy

    def is_done(self) -> bool:
        """The handover is recorded: the dialog only says where the tanda terima went."""
        return self._done is not None

    def kind_button(self, kind: HandoverKind) -> QRadioButton:
        return self._signature_step.kind_buttons[kind]

    def chosen_kind(self) -> HandoverKind:
        for kind, button in self._signature_step.kind_buttons.items():
            if button.isChecked():
                return kind
        return HandoverKind.SIGNED

    # ---------------------------------------------------------------- steps

    def _on_identity_checked(self) -> None:
        self._identity_done = True
        self._update()
        self._focus_scan()

    def _focus_scan(self) -> None:
        """A scanner types where the focus is: put it in the scan field whenever the card is
        the step to do (after the identity, when the card arrives, after a refused scan);
        a refused typed serial keeps the focus in the serial field, to be put right."""
        field = self._last_input if self._last_input.isEnabled() else self.scan_edit
        if field.isEnabled():
            field.selectAll()
            field.setFocus()

    def _on_card(self, card: CardForHandover | None) -> None:
        self._card = None
        self._card_offer = card
        self._card_loaded = True
        self._after_update = self._focus_scan
        if card is not None and card.prior is not None:
            self._show_summary(card.prior)
        self._update()

    def _show_summary(self, prior: PriorHandover) -> None:
        """The card was handed over already: what was recorded, read only; nothing to do."""
        self._prior = prior
        self._show_message("", "")
        self.steps_area.hide()
        self.summary.show()
        self.retranslate()  # the summary's words, and Cancel becomes Close
        self.cancel_button.setFocus()

    def _retranslate_summary(self) -> None:
        prior = self._prior
        if prior is None:
            return
        at = prior.at.astimezone(WITA)
        self.summary.title.setText(self.tr("This worker's card was handed over already."))
        rows = [
            (self.tr("Handed over by"), prior.operator_name),
            (
                self.tr("When"),
                self.tr("%1 at %2 WITA")
                .replace("%1", at.strftime("%d-%m-%Y"))
                .replace("%2", at.strftime("%H:%M")),
            ),
        ]
        if has_site(prior.site):
            rows.append((self.tr("Site"), prior.site))
        rows += [
            (self.tr("Desk (device)"), prior.device),
            (self.tr("Card"), prior.serial_text),
            (self.tr("Card checked by"), card_check_label(prior.card_check)),
        ]
        if prior.kind is not None:
            rows.append((self.tr("How"), kind_label(prior.kind)))
        if prior.kind is HandoverKind.THUMBPRINT and prior.witness_name:
            rows.append((self.tr("Witness"), prior.witness_name))
        if prior.kind is HandoverKind.REPRESENTATIVE and prior.representative_name:
            who = prior.representative_name
            if prior.relationship:
                who = f"{who} ({prior.relationship})"
            rows.append((self.tr("Representative"), who))
        self.summary.set_rows(rows)

    def _on_scanned(self) -> None:
        text = self.scan_edit.text().strip()
        if not text or self._busy:
            return
        self._last_input = self.scan_edit
        self._run(lambda: self._actions.card_from_scan(text),
                  lambda card: self._on_card_bound(card, CardCheck.QR_SCAN),
                  self._on_failure)  # fmt: skip

    def _on_serial_typed(self) -> None:
        """No scanner at the desk: the serial printed on the card, typed, must match."""
        text = self.serial_edit.text().strip()
        if self._busy or not self.serial_edit.isEnabled():
            return
        self._last_input = self.serial_edit
        if not text:
            self._show_message(handover_problem_text(HandoverProblem.SERIAL_TOO_SHORT), "problem")
            self.serial_edit.setFocus()
            return
        self._run(lambda: self._actions.card_from_serial(text),
                  lambda card: self._on_card_bound(card, CardCheck.SERIAL_TYPED),
                  self._on_failure)  # fmt: skip

    def _on_print_now(self) -> None:
        self._show_message(self.tr("Printing the card…"), "")
        self.card_destination.clear()
        self._run(self._actions.print_card, self._on_printed, self._on_failure)

    def _on_printed(self, outcome: JobOutcome) -> None:
        if outcome.error is not None:
            self._show_message(printer_error_text(outcome.error), "problem")
            return
        self._show_message("", "")
        self.card_destination.show_outcome(outcome)  # on paper, or a PDF to print
        if outcome.file is not None:
            # A PDF in a folder is no card in hand: the desk prints it, then checks the
            # printed card like any other (scanned, or its serial typed).
            self._card_file = outcome.file
            self._run(self._actions.card_for, self._on_card, self._on_failure)
            return
        self._run(self._actions.card_for, self._on_card_bound_if_any, self._on_failure)

    def _on_card_bound_if_any(self, card: CardForHandover | None) -> None:
        self._card_offer = card
        if card is not None:
            self._on_card_bound(card, CardCheck.PRINTED_HERE)

    def _on_card_bound(self, card: CardForHandover, check: CardCheck) -> None:
        if card.prior is not None:
            self._show_message(prior_handover_text(card.prior), "problem")
            return
        self._card = card
        self._card_check = check
        self.scan_edit.clear()  # the scanned text is long and says nothing to a person
        self.serial_edit.clear()
        self._show_message("", "")
        self._update()
        self.signature_field.pad.setFocus()

    def _activating(self) -> bool:
        card = self._card
        return (
            card is not None
            and card.account_to_activate is not None
            and self.chosen_kind() is HandoverKind.SIGNED
            and self._card_step.activate_check.isChecked()
        )

    def _on_kind_changed(self) -> None:
        # Whoever signs now is someone else: strokes already on the pad are not theirs.
        if not self.signature_field.pad.is_empty():
            self.signature_field.pad.clear()
        kind = self.chosen_kind()
        self._signature_step.witness_box.setVisible(kind is HandoverKind.THUMBPRINT)
        self._signature_step.representative_box.setVisible(kind is HandoverKind.REPRESENTATIVE)
        self._retranslate_signature_title()
        self._update()

    def _on_confirm(self) -> None:
        if self._busy or self._card is None or not self._identity_done:
            return
        signature = self.signature_field.check()
        if signature is None:
            return
        request = HandoverRequest(
            worker_id=self._worker.id,
            card_serial=self._card.serial,
            document=IdDocument(self._identity_step.document_combo.currentData()),
            kind=self.chosen_kind(),
            signature=signature,
            card_check=self._card_check,
            witness_name=self._signature_step.witness_edit.text(),
            representative_name=self._signature_step.representative_edit.text(),
            representative_nik=self._signature_step.representative_nik_edit.text(),
            relationship=self._signature_step.relationship_edit.text(),
            reason=self._signature_step.reason_edit.text(),
            activate_account=self._activating(),
            passbook_given=self._activating() and self._card_step.passbook_check.isChecked(),
            atm_card_given=self._activating() and self._card_step.atm_check.isChecked(),
            client_id=self._client_id,
        )
        self._show_message(self.tr("Recording the handover…"), "")
        self._run(lambda: self._actions.hand_over(request), self._on_done, self._on_failure)

    def _on_done(self, done: HandoverDone) -> None:
        self._done = done
        self.handed_over.emit(done)
        text = handed_over_text(done.worker_name)
        if done.settled_after_retry:
            text += " " + self.tr(
                "(The connection to the hub broke while it was being recorded; it was"
                " recorded, once.)"
            )
        self._show_message(text, "done")
        self._receipt_text = self.tr("Printing the tanda terima…")
        self._run(self._actions.print_receipt, self._on_receipt, self._on_receipt_failure)

    def _on_retry_receipt(self) -> None:
        if self._busy or not self._receipt_failed:
            return
        job = self._receipt_job
        self._receipt_failed = False
        self._receipt_text = self.tr("Printing the tanda terima…")
        self._run(
            (lambda: self._actions.retry_receipt(job))
            if job is not None
            else self._actions.print_receipt,
            self._on_receipt,
            self._on_receipt_failure,
        )

    def _on_receipt(self, outcome: JobOutcome) -> None:
        """The tanda terima went through, or waits in Print jobs: say so, and where."""
        if outcome.error is not None:
            self._receipt_text = receipt_failed_text(printer_error_text(outcome.error))
            self._receipt_failed = True
            self._receipt_job = outcome.job_id
            self._after_update = self.retry_button.setFocus
            return
        self._receipt_text = ""
        self.receipt_destination.show_outcome(outcome)
        if outcome.file is None:  # on paper, at the printer beside the desk
            self.receipt_printed.emit(where_it_went(outcome))
            self._after_update = self.accept
            return
        self._after_update = self.close_button.setFocus

    def _on_receipt_failure(self, error: Exception) -> None:
        text = print_refusal_text(error)
        if text is None:
            log.error("Receipt failed: %s", type(error).__name__)
            log.debug("Receipt failure", exc_info=error)
            text = self.tr("The tanda terima could not be printed. Call a supervisor.")
        self._receipt_text = text
        self._receipt_failed = True
        self._after_update = self.retry_button.setFocus

    def _on_failure(self, error: Exception) -> None:
        if isinstance(error, HandoverRefusedError):
            text = handover_problem_text(error.problem, error.detail)
        elif isinstance(error, AlreadyHandedOverError):
            text = prior_handover_text(error.prior)
        elif isinstance(error, HubUnreachableError) or connection_lost(error):
            text = self.tr(
                "Hub unreachable: this handover is NOT recorded. Check the network cable or"
                " Wi-Fi, then press the button again; it is never recorded twice."
            )
        else:
            text = print_refusal_text(error) or ""
            if not text:
                log.error("Handover step failed: %s", type(error).__name__)
                log.debug("Handover failure", exc_info=error)
                text = self.tr("The kiosk met an error; nothing was recorded. Call a supervisor.")
        self._show_message(text, "problem")
        stale = isinstance(error, AlreadyHandedOverError) or (
            isinstance(error, HandoverRefusedError)
            and error.problem in (HandoverProblem.CARD_NOT_CURRENT, HandoverProblem.NO_CARD)
        )
        if stale and self._card is not None:
            # The card changed under us (a reprint, another desk): look it up again; the
            # signature and the identity check stay.
            self._card = None
            self._card_loaded = False
            self._run(self._actions.card_for, self._on_card_again, lambda e: None)
        else:
            self._after_update = self._focus_scan

    def _on_card_again(self, card: CardForHandover | None) -> None:
        message = self.message_label.text()
        self._on_card(card)
        if card is not None and card.prior is None:
            self._show_message(message, "problem")

    # ---------------------------------------------------------------- plumbing

    def _run(
        self,
        fn: Callable[[], object],
        on_success: Callable[..., None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        self._busy = True
        self._update()

        def success(value: object) -> None:
            if self._closed:
                return
            self._busy = False
            on_success(value)
            self._update()
            self._run_after_update()

        def failure(error: Exception) -> None:
            if self._closed:
                return
            self._busy = False
            on_failure(error)
            self._update()
            self._run_after_update()

        self._runner.run(fn, success, failure)

    def _run_after_update(self) -> None:
        then, self._after_update = self._after_update, None
        if then is not None:
            then()

    def _update(self) -> None:
        offer = self._card_offer
        blocked = offer is not None and offer.prior is not None
        bound = self._card is not None
        done = self._done is not None
        identity_step = not self._identity_done and not blocked and not done
        self.identity_button.setEnabled(identity_step)
        self._identity_step.document_combo.setEnabled(identity_step)
        self._identity_step.identity_state.setText(
            self.tr("✓ Identity checked") if self._identity_done else ""
        )
        card_step = self._identity_done and not bound and not blocked and not self._busy
        self.scan_edit.setEnabled(card_step and offer is not None)
        # A checked card needs no more scanning: the room goes to the signature.
        self.scan_edit.setVisible(not bound)
        # Typing the serial is for a card the registry knows: none yet, nothing to match.
        self._card_step.serial_box.setVisible(offer is not None and not blocked and not bound)
        self.serial_edit.setEnabled(card_step and offer is not None)
        self.serial_button.setEnabled(card_step and offer is not None)
        self.print_button.setVisible(self._card_loaded and offer is None and self._can_print)
        self.print_button.setEnabled(card_step and offer is None)
        self._update_card_state(offer, blocked)
        account = self._card.account_to_activate if self._card is not None else None
        if self.chosen_kind() is not HandoverKind.SIGNED:
            account = None
        self._card_step.account_box.setVisible(account is not None)
        if account is not None:
            self._card_step.activate_check.setText(
                self.tr(
                    "Activate Bank NTT account %1: the worker agrees that this signature is "
                    "the bank's specimen"
                ).replace("%1", account)
            )
        self._card_step.activate_check.setEnabled(not done)
        self._card_step.passbook_check.setEnabled(self._activating() and not done)
        self._card_step.atm_check.setEnabled(self._activating() and not done)
        signing = bound and not self._busy and not done
        self.signature_field.setEnabled(signing)
        self.signature_field.set_buttons_visible(not done)  # the signature is recorded
        for button in self._signature_step.kind_buttons.values():
            button.setEnabled(signing)
        self.confirm_button.setEnabled(
            signing and self._identity_done and not self.signature_field.pad.is_empty()
        )
        self.cancel_button.setEnabled(not self._busy)
        summary = self._prior is not None and not done
        self.confirm_button.setVisible(not done and not summary)
        self.cancel_button.setVisible(not done)
        self.close_button.setVisible(done)
        self.close_button.setEnabled(done and not self._busy)
        self.retry_button.setVisible(done and self._receipt_failed)
        self.retry_button.setEnabled(not self._busy)
        self.receipt_label.setText(self._receipt_text)
        self.receipt_label.setVisible(bool(self._receipt_text))
        _set_state(self.receipt_label, "" if self._busy else "problem")

    def _update_card_state(self, offer: CardForHandover | None, blocked: bool) -> None:
        """Step 2 in words, coloured by what it asks: green only for a card that is checked,
        amber for a card still to print, red for a card that cannot be handed over."""
        label = self._card_step.card_state
        if not self._card_loaded:
            text, state = self.tr("Looking for the worker's card…"), ""
        elif self._card is not None:
            text = self.tr("✓ Card %1 is this worker's card.").replace("%1", self._card.serial_text)
            state = "done"
        elif offer is not None and self._card_file is not None and not blocked:
            text = self.tr(
                "The card was saved as a PDF, not printed: print it, then scan its QR code"
                " or type its serial."
            )
            state = "note"
        elif offer is None:
            if not self._can_print:
                text = self.tr("This worker has no card yet; the printing desk prints it.")
            elif self._card_printer:
                text = self.tr("This worker has no card yet. Print it now (it goes to %1).")
                text = text.replace("%1", printer_in_words(self._card_printer, PrintKind.CARD))
            else:
                text = self.tr("This worker has no card yet. Print it now.")
            state = "note"
        elif blocked:
            text, state = self.tr("This card was handed over already."), "problem"
        else:
            # The serial is not shown here: the desk reads it from the card in hand.
            text = self.tr(
                "Scan the QR code on the card. No scanner: type the serial printed on the card."
            )
            state = ""
        label.setText(text)
        _set_state(label, state)

    def _show_message(self, text: str, kind: str) -> None:
        self.message_label.setText(text)
        _set_state(self.message_label, kind)

    def reject(self) -> None:
        if self._busy:
            return  # an answer is on its way; it decides
        if self._done is not None:
            self.accept()  # Esc after the handover: it is done all the same
            return
        self._closed = True
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    # ---------------------------------------------------------------- words

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _retranslate_signature_title(self) -> None:
        match self.chosen_kind():
            case HandoverKind.SIGNED:
                text = self.tr("3. The worker signs")
            case HandoverKind.THUMBPRINT:
                text = self.tr("3. Thumbprint on the form; the witness signs")
            case HandoverKind.REPRESENTATIVE:
                text = self.tr("3. The representative signs")
        self.signature_title.setText(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over the card"))
        captions = {
            "nik": self.tr("NIK"),
            "kpj": self.tr("KPJ number"),
            "born": self.tr("Place, date of birth"),
            "region": self.tr("Village, district"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        self.identity_title.setText(self.tr("1. Compare the identity document with these data"))
        documents = {
            IdDocument.KTP: self.tr("KTP"),
            IdDocument.KK: self.tr("Family card (KK)"),
            IdDocument.OTHER: self.tr("Other document"),
        }
        for index in range(self._identity_step.document_combo.count()):
            self._identity_step.document_combo.setItemText(
                index, documents[IdDocument(self._identity_step.document_combo.itemData(index))]
            )
        self.identity_button.setText(self.tr("Identity matches"))
        self.card_title.setText(self.tr("2. The card"))
        self.scan_edit.setPlaceholderText(self.tr("Scan the card's QR code here"))
        self._card_step.serial_label.setText(self.tr("No scanner:"))
        self.serial_edit.setPlaceholderText(
            self.tr("Serial printed on the card (the last 4 characters or more)")
        )
        self.serial_button.setText(self.tr("Check the serial"))
        self.print_button.setText(self.tr("Print the card now"))
        for kind, button in self._signature_step.kind_buttons.items():
            button.setText(kind_label(kind))
        labels = {
            "witness": self.tr("Witness"),
            "representative": self.tr("Representative"),
            "representative_nik": self.tr("Their NIK"),
            "relationship": self.tr("Relationship"),
            "reason": self.tr("Reason"),
        }
        for key, text in labels.items():
            self._extra_labels[key].setText(text)
        self._retranslate_signature_title()
        self._card_step.passbook_check.setText(self.tr("Passbook handed over"))
        self._card_step.atm_check.setText(self.tr("ATM card handed over"))
        self.confirm_button.setText(self.tr("Confirm the handover"))
        self.cancel_button.setText(
            self.tr("Close") if self._prior is not None else self.tr("Cancel")
        )
        self.retry_button.setText(self.tr("Retry"))
        self._retranslate_summary()
        self.close_button.setText(self.tr("Done: next worker"))
        if self._done is not None:
            self._show_message(handed_over_text(self._done.worker_name), "done")
        self._update()


def _set_state(label: QLabel, state: str) -> None:
    """Colour a status label by what it says (the style sheet's "state" property)."""
    if label.property("state") != state:
        label.setProperty("state", state)
        label.style().unpolish(label)
        label.style().polish(label)
