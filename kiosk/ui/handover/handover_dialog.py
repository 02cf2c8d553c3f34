"""The handover desk: identity checked, the card bound, a signature, confirmed.

Four steps on one screen, each ready as soon as the one before is done, so the common case
takes five interactions from the worker found: "Hand over the card", "KTP matches", a scan
of the card's QR code, the signature, "Confirm". Every call to the registry or a printer
runs on the pool.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.models import HandoverKind, IdDocument
from kiosk.texts.handover import handover_problem_text, kind_label, prior_handover_text
from kiosk.texts.printing import print_refusal_text, printer_error_text
from kiosk.ui.common.runner import Runner
from kiosk.ui.handover.steps import CardStep, IdentityStep, SignatureStep, WorkerFacts, section
from kiosk.usecases.handover import (
    AlreadyHandedOverError,
    CardForHandover,
    HandoverDone,
    HandoverProblem,
    HandoverRefusedError,
    HandoverRequest,
)
from kiosk.usecases.job_records import JobOutcome
from kiosk.usecases.lookup import WorkerDetail

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HandoverActions:
    """What the desk asks of the registry and the printers; each runs on the pool."""

    card_for: Callable[[], CardForHandover | None]
    card_from_scan: Callable[[str], CardForHandover]
    print_card: Callable[[], JobOutcome]
    hand_over: Callable[[HandoverRequest], HandoverDone]


class HandoverDialog(QDialog):
    """Hands one worker their card.

    Signals:
        handed_over(object): the HandoverDone, once committed.
    """

    handed_over = Signal(object)

    def __init__(
        self,
        worker: WorkerDetail,
        actions: HandoverActions,
        runner: Runner,
        *,
        can_print: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setModal(True)
        self.setMinimumSize(1240, 700)
        self._worker = worker
        self._actions = actions
        self._runner = runner
        self._can_print = can_print
        self._card: CardForHandover | None = None
        self._identity_done = False
        self._busy = False
        self._closed = False
        self._card_offer: CardForHandover | None = None
        self._card_loaded = False
        self._after_update: Callable[[], None] | None = None

        # -- the worker, to compare with the KTP, and the three steps ----------------------
        worker_box = WorkerFacts(worker, self.locale())
        self.name_label = worker_box.name_label
        self._captions = worker_box.captions
        self.identity_title = QLabel()
        identity_body = self._identity_step = IdentityStep()
        self.identity_button = identity_body.identity_button
        self.identity_button.clicked.connect(self._on_identity_checked)

        self.card_title = QLabel()
        card_body = self._card_step = CardStep()
        self.scan_edit = card_body.scan_edit
        self.print_button = card_body.print_button
        self.scan_edit.returnPressed.connect(self._on_scanned)
        self._card_step.in_hand_button.clicked.connect(self._on_card_in_hand)
        self.print_button.clicked.connect(self._on_print_now)
        self._card_step.activate_check.toggled.connect(self._update)

        self.signature_title = QLabel()
        signature_body = self._signature_step = SignatureStep()
        self._extra_labels = signature_body.extra_labels
        self.signature_field = signature_body.signature_field
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)

        steps = QVBoxLayout()
        steps.setSpacing(10)
        steps.addWidget(section(self.identity_title, identity_body))
        steps.addWidget(section(self.card_title, card_body))
        steps.addWidget(section(self.signature_title, signature_body), 1)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(worker_box, 2)
        body.addLayout(steps, 5)
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
        the step to do (after the identity, after a refused scan, when the card arrives)."""
        if self.scan_edit.isEnabled():
            self.scan_edit.selectAll()
            self.scan_edit.setFocus()

    def _on_card(self, card: CardForHandover | None) -> None:
        self._card = None
        self._card_offer = card
        self._card_loaded = True
        self._after_update = self._focus_scan
        if card is not None and card.prior is not None:
            self._show_message(prior_handover_text(card.prior), "problem")
        self._update()

    def _on_scanned(self) -> None:
        text = self.scan_edit.text().strip()
        if not text or self._busy:
            return
        self._run(lambda: self._actions.card_from_scan(text), self._on_card_bound,
                  self._on_failure)  # fmt: skip

    def _on_card_in_hand(self) -> None:
        """No scanner at the desk: staff read the serial on the card and confirm it."""
        if self._card_offer is not None and self._card_offer.prior is None:
            self._on_card_bound(self._card_offer)

    def _on_print_now(self) -> None:
        self._show_message(self.tr("Printing the card…"), "")
        self._run(self._actions.print_card, self._on_printed, self._on_failure)

    def _on_printed(self, outcome: JobOutcome) -> None:
        if outcome.error is not None:
            self._show_message(printer_error_text(outcome.error), "problem")
            return
        self._show_message("", "")
        self._run(self._actions.card_for, self._on_card_bound_if_any, self._on_failure)

    def _on_card_bound_if_any(self, card: CardForHandover | None) -> None:
        self._card_offer = card
        if card is not None:
            self._on_card_bound(card)

    def _on_card_bound(self, card: CardForHandover) -> None:
        if card.prior is not None:
            self._show_message(prior_handover_text(card.prior), "problem")
            return
        self._card = card
        self.scan_edit.clear()  # the scanned text is long and says nothing to a person
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
        witness = kind is HandoverKind.THUMBPRINT
        representative = kind is HandoverKind.REPRESENTATIVE
        shown = {
            "witness": witness,
            "representative": representative,
            "representative_nik": representative,
            "relationship": representative,
            "reason": representative,
        }
        edits = {
            "witness": self._signature_step.witness_edit,
            "representative": self._signature_step.representative_edit,
            "representative_nik": self._signature_step.representative_nik_edit,
            "relationship": self._signature_step.relationship_edit,
            "reason": self._signature_step.reason_edit,
        }
        for key, visible in shown.items():
            self._extra_labels[key].setVisible(visible)
            edits[key].setVisible(visible)
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
            witness_name=self._signature_step.witness_edit.text(),
            representative_name=self._signature_step.representative_edit.text(),
            representative_nik=self._signature_step.representative_nik_edit.text(),
            relationship=self._signature_step.relationship_edit.text(),
            reason=self._signature_step.reason_edit.text(),
            activate_account=self._activating(),
            passbook_given=self._activating() and self._card_step.passbook_check.isChecked(),
            atm_card_given=self._activating() and self._card_step.atm_check.isChecked(),
        )
        self._show_message(self.tr("Recording the handover…"), "")
        self._run(lambda: self._actions.hand_over(request), self._on_done, self._on_failure)

    def _on_done(self, done: HandoverDone) -> None:
        self.handed_over.emit(done)
        self.accept()

    def _on_failure(self, error: Exception) -> None:
        if isinstance(error, HandoverRefusedError):
            text = handover_problem_text(error.problem, error.detail)
        elif isinstance(error, AlreadyHandedOverError):
            text = prior_handover_text(error.prior)
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
        self.identity_button.setEnabled(not self._identity_done and not blocked)
        self._identity_step.document_combo.setEnabled(not self._identity_done and not blocked)
        self._identity_step.identity_state.setText(
            self.tr("✓ Identity checked") if self._identity_done else ""
        )
        card_step = self._identity_done and not bound and not blocked and not self._busy
        self.scan_edit.setEnabled(card_step and offer is not None)
        self._card_step.in_hand_button.setEnabled(card_step and offer is not None)
        self.print_button.setVisible(self._card_loaded and offer is None and self._can_print)
        self.print_button.setEnabled(card_step and offer is None)
        if not self._card_loaded:
            self._card_step.card_state.setText(self.tr("Looking for the worker's card…"))
        elif bound and self._card is not None:
            self._card_step.card_state.setText(
                self.tr("✓ Card %1 is this worker's card.").replace("%1", self._card.serial_text)
            )
        elif offer is None:
            self._card_step.card_state.setText(
                self.tr("This worker has no card yet. Print it now on the card printer.")
                if self._can_print
                else self.tr("This worker has no card yet; the printing desk prints it.")
            )
        elif blocked:
            self._card_step.card_state.setText(self.tr("This card was handed over already."))
        else:
            self._card_step.card_state.setText(
                self.tr("Scan the QR code on the card (serial %1).").replace(
                    "%1", offer.serial_text
                )
            )
        # A card that cannot be handed over is said in red, every other state in green.
        if self._card_step.card_state.property("state") != ("problem" if blocked else ""):
            self._card_step.card_state.setProperty("state", "problem" if blocked else "")
            self._card_step.card_state.style().unpolish(self._card_step.card_state)
            self._card_step.card_state.style().polish(self._card_step.card_state)
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
        self._card_step.passbook_check.setEnabled(self._activating())
        self._card_step.atm_check.setEnabled(self._activating())
        signing = bound and not self._busy
        self.signature_field.setEnabled(signing)
        for button in self._signature_step.kind_buttons.values():
            button.setEnabled(signing)
        self.confirm_button.setEnabled(
            signing and self._identity_done and not self.signature_field.pad.is_empty()
        )
        self.cancel_button.setEnabled(not self._busy)

    def _show_message(self, text: str, kind: str) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("state", kind)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)

    def reject(self) -> None:
        if self._busy:
            return  # an answer is on its way; it decides
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
        self._card_step.in_hand_button.setText(self.tr("No scanner: the serial matches"))
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
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()
