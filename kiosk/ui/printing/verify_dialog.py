"""Checking a card's QR code at the desk: genuine or not, and whether it is still the valid one."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.signing import SigningKeyError
from kiosk.texts.operators import could_not_check
from kiosk.ui.common.runner import Runner
from kiosk.usecases.cards import CardState, Verification
from printing.payload import Rejection, SerialFormatError, parse_serial

log = logging.getLogger(__name__)

# verify_card with the registry and the trusted keys bound in; never raises for bad input.
Verify = Callable[[str], Verification]

NO_VALUE = "—"
_FIELDS = ("serial", "name", "nik", "kpj", "issued")

# The result's colours carry the answer, and the symbol carries it for those who see no colour.
# Kept with the dialog (kiosk.qss styles the rest): green, amber, red as on a traffic light.
STYLE_SHEET = """
#verifyInput {
    font-size: 14pt;
    min-height: 52px;
    border: 2px solid #9aa39c;
}
#verifyInput:focus {
    border-color: #1b7a43;
}
#verifyResult {
    background: #ffffff;
    border: 2px solid #cfd5cf;
    border-radius: 8px;
}
#verifyResult[verdict="genuine"] { border-color: #1b7a43; }
#verifyResult[verdict="caution"], #verifyResult[verdict="rescan"],
#verifyResult[verdict="not_a_qr"] { border-color: #c98a00; }
#verifyResult[verdict="not_genuine"], #verifyResult[verdict="failed"] { border-color: #9a3b32; }
#verifyHeadline {
    font-size: 22pt;
    font-weight: 700;
    color: #4a5560;
    border-radius: 6px;
    padding: 10px 16px;
}
#verifyHeadline[verdict="genuine"] { background: #1b7a43; color: #ffffff; }
#verifyHeadline[verdict="caution"], #verifyHeadline[verdict="rescan"],
#verifyHeadline[verdict="not_a_qr"] {
    background: #f2b705;
    color: #2b2100;
}
#verifyHeadline[verdict="not_genuine"] { background: #9a3b32; color: #ffffff; }
#verifyHeadline[verdict="failed"] { color: #9a3b32; }
#verifyExplanation {
    font-size: 14pt;
    color: #1d2327;
}
#verifyCaption {
    font-size: 13pt;
    color: #5d6862;
}
#verify_serial, #verify_nik, #verify_kpj, #verify_issued {
    font-size: 15pt;
    color: #102017;
}
#verify_name {
    font-size: 17pt;
    font-weight: 700;
    color: #102017;
}
"""


class Verdict(enum.StrEnum):
    """What the result area shows; also its style-sheet property (kiosk.qss)."""

    WAITING = "waiting"  # nothing scanned yet, or a new scan is being typed
    CHECKING = "checking"
    GENUINE = "genuine"  # genuine and the worker's active card
    CAUTION = "caution"  # genuine, but replaced, voided or not issued here
    RESCAN = "rescan"  # cut short: says nothing about the card, scan again
    NOT_A_QR = "not_a_qr"  # no card's QR text at all (a typed serial, say): says nothing either
    NOT_GENUINE = "not_genuine"
    FAILED = "failed"  # the check itself could not run


def verdict_of(result: Verification) -> Verdict:
    if not result.genuine:
        if result.reason is Rejection.TRUNCATED:
            return Verdict.RESCAN
        # Text without the card's prefix is no card at all, so no forgery either: only a card's
        # QR code that fails its check is called not genuine.
        return Verdict.NOT_A_QR if result.reason is Rejection.NOT_A_CARD else Verdict.NOT_GENUINE
    return Verdict.GENUINE if result.status is CardState.ACTIVE else Verdict.CAUTION


def _is_serial(text: str) -> bool:
    """Whether text reads as a card's serial number (as printed, typed from the card)."""
    try:
        parse_serial(text)
    except SerialFormatError:
        return False
    return True


class VerifyDialog(QDialog):
    """A scanner's burst (ending in Enter), a paste or typed text plus Enter is checked at once.

    The check runs on the runner's pool; the text is selected afterwards, so the next scan
    replaces it. Only the masked NIK is ever shown: the use case gives no other.

    Signals:
        checked(Verification): a check finished and its result is on screen.
    """

    checked = Signal(object)

    def __init__(self, verify: Verify, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setModal(True)
        self.setMinimumSize(880, 640)
        self.setStyleSheet(STYLE_SHEET)
        self._verify = verify
        self._runner = runner
        self._checks = 0  # only the newest check's answer is shown
        self._checked_text: str | None = None
        self._verdict = Verdict.WAITING
        self._result: Verification | None = None
        self._failure: Exception | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.input_edit = QLineEdit()
        self.input_edit.setObjectName("verifyInput")
        self.input_edit.setClearButtonEnabled(True)
        self.input_edit.returnPressed.connect(self._on_return_pressed)
        self.input_edit.textEdited.connect(self._on_text_edited)
        self._last_length = 0

        self.result_frame = QFrame()
        self.result_frame.setObjectName("verifyResult")
        self.headline_label = QLabel()
        self.headline_label.setObjectName("verifyHeadline")
        self.headline_label.setWordWrap(True)
        self.explanation_label = QLabel()
        self.explanation_label.setObjectName("verifyExplanation")
        self.explanation_label.setWordWrap(True)
        self._captions = {key: QLabel() for key in _FIELDS}
        self._values = {key: QLabel() for key in _FIELDS}
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 4, 0, 0)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(6)
        for key in _FIELDS:
            self._captions[key].setObjectName("verifyCaption")
            value = self._values[key]
            value.setObjectName(f"verify_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self._captions[key], value)
        result_layout = QVBoxLayout(self.result_frame)
        result_layout.setContentsMargins(20, 16, 20, 16)
        result_layout.setSpacing(10)
        result_layout.addWidget(self.headline_label)
        result_layout.addWidget(self.explanation_label)
        result_layout.addWidget(self.details)
        result_layout.addStretch(1)

        self.check_button = QPushButton()
        self.check_button.setObjectName("primaryButton")
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self._on_check_clicked)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        input_row = QHBoxLayout()
        input_row.setSpacing(10)
        input_row.addWidget(self.input_edit, 1)
        input_row.addWidget(self.check_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(input_row)
        layout.addWidget(self.result_frame, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._show(Verdict.WAITING)
        self.input_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- for tests and the window

    def verdict(self) -> Verdict:
        return self._verdict

    def shown_result(self) -> Verification | None:
        """The result on screen; None while waiting, checking, or after a failed check."""
        return self._result

    def is_checking(self) -> bool:
        return self._verdict is Verdict.CHECKING

    def check(self, text: str) -> None:
        """Check text in the background; an empty text clears the result."""
        text = text.strip()
        self._checks += 1
        if not text:
            self._show(Verdict.WAITING)
            return
        number = self._checks
        self._checked_text = text
        self._show(Verdict.CHECKING)
        verify = self._verify
        self._runner.run(
            lambda: verify(text),
            lambda result: self._on_checked(number, text, result),
            lambda error: self._on_failed(number, error),
            context=self,
        )

    # ---------------------------------------------------------------- events

    def _on_return_pressed(self) -> None:
        self.check(self.input_edit.text())

    def _on_check_clicked(self) -> None:
        self.check(self.input_edit.text())
        self.input_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_text_edited(self, text: str) -> None:
        # A key adds one character; a paste adds many at once and is checked without Enter.
        pasted = len(text) - self._last_length > 1
        self._last_length = len(text)
        if pasted:
            self.check(text)
        elif text.strip() != self._checked_text and self._verdict is not Verdict.WAITING:
            # A new scan is arriving: the last card's answer must not stand beside it.
            self._checks += 1
            self._checked_text = None
            self._show(Verdict.WAITING)

    def _on_checked(self, number: int, text: str, result: Verification) -> None:
        if number != self._checks:
            return
        self._show(verdict_of(result), result=result)
        self._select_for_next_scan(text)
        self.checked.emit(result)

    def _on_failed(self, number: int, error: Exception) -> None:
        if number != self._checks:
            return
        if not isinstance(error, SigningKeyError):
            log.error("Card check failed: %s", type(error).__name__)
            log.debug("Card check failure", exc_info=error)
        self._show(Verdict.FAILED, failure=error)
        self._select_for_next_scan(self._checked_text or "")

    def _select_for_next_scan(self, text: str) -> None:
        # Not when the next scan has already begun to arrive: it would be cut in two.
        if self.input_edit.text().strip() == text:
            self.input_edit.selectAll()
            self._last_length = 0  # the next key replaces the whole text

    # ---------------------------------------------------------------- what is shown

    def _show(
        self,
        verdict: Verdict,
        *,
        result: Verification | None = None,
        failure: Exception | None = None,
    ) -> None:
        self._verdict = verdict
        self._result = result
        self._failure = failure
        # A dynamic property only restyles once the style is applied again.
        for widget in (self.result_frame, self.headline_label):
            widget.setProperty("verdict", verdict.value)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self._show_texts()

    def _show_texts(self) -> None:
        verdict, result = self._verdict, self._result
        self.headline_label.setText(self._headline(verdict, result))
        self.explanation_label.setText(self._explanation(verdict, result))
        self.explanation_label.setVisible(bool(self.explanation_label.text()))
        genuine = result is not None and result.genuine and result.claims is not None
        self.details.setVisible(genuine)
        if result is None or result.claims is None:
            for value in self._values.values():
                value.clear()
            return
        claims, worker = result.claims, result.worker
        values = {
            "serial": result.serial_text or NO_VALUE,
            "name": worker.name if worker is not None else claims.short_name,
            "nik": worker.nik_masked if worker is not None else NO_VALUE,
            "kpj": worker.kpj if worker is not None else claims.kpj,
            "issued": self.locale().toString(
                QDate(claims.issued.year, claims.issued.month, claims.issued.day), "d MMMM yyyy"
            ),
        }
        for key, text in values.items():
            self._values[key].setText(text)

    def _headline(self, verdict: Verdict, result: Verification | None) -> str:
        match verdict:
            case Verdict.WAITING:
                return self.tr("Waiting for a card")
            case Verdict.CHECKING:
                return self.tr("Checking…")
            case Verdict.GENUINE:
                return "✔  " + self.tr("GENUINE — active card")
            case Verdict.CAUTION:
                status = result.status if result is not None else None
                if status is CardState.REPLACED:
                    return "⚠  " + self.tr("GENUINE, but REPLACED by a newer card")
                if status is CardState.VOIDED:
                    return "⚠  " + self.tr("GENUINE, but VOIDED")
                return "⚠  " + self.tr("GENUINE, but not issued at this kiosk")
            case Verdict.RESCAN:
                return "↻  " + self.tr("SCAN AGAIN")
            case Verdict.NOT_A_QR:
                return "↻  " + self.tr("SCAN THE QR CODE")
            case Verdict.NOT_GENUINE:
                return "✘  " + self.tr("NOT GENUINE")
            case Verdict.FAILED:
                return self.tr("The card could not be checked")

    def _explanation(self, verdict: Verdict, result: Verification | None) -> str:
        match verdict:
            case Verdict.WAITING:
                return self.tr("Hold the card's QR code under the scanner.")
            case Verdict.CHECKING:
                return ""
            case Verdict.GENUINE:
                return self.tr("This is the worker's valid card.")
            case Verdict.CAUTION:
                return self._caution_text(result)
            case Verdict.NOT_A_QR:
                if _is_serial(self._checked_text or ""):
                    return self.tr(
                        "This is the card's serial number, not its QR code."
                        " Scan the QR code on the card."
                    )
                return self.tr("This is not a QR code. Scan the QR code on the card.")
            case Verdict.RESCAN | Verdict.NOT_GENUINE:
                return self._rejection_text(result.reason if result is not None else None)
            case Verdict.FAILED:
                error = self._failure
                if isinstance(error, SigningKeyError):
                    return self.tr(
                        "The kiosk's card keys cannot be read (%1). Call a supervisor."
                    ).replace("%1", error.path.name)
                return could_not_check()

    def _caution_text(self, result: Verification | None) -> str:
        status = result.status if result is not None else None
        if status is CardState.REPLACED:
            text = self.tr(
                "This card is no longer valid: the worker was given a newer card."
                " Ask for the newest card."
            )
        elif status is CardState.VOIDED:
            text = self.tr("This card was voided and is no longer valid.")
        else:
            text = self.tr(
                "The card is signed with a trusted key, but this kiosk has no record of it."
            )
        if result is not None and result.worker is None:
            text += " " + self.tr("The worker is not in this registry.")
        return text

    def _rejection_text(self, reason: Rejection | None) -> str:
        match reason:
            case Rejection.NOT_A_CARD | None:
                return self.tr("This is not a card's QR code.")
            case Rejection.TRUNCATED:
                return self.tr("The text is cut short. Scan the card again, holding it still.")
            case Rejection.BAD_VERSION:
                return self.tr("A card format this kiosk does not read.")
            case Rejection.UNKNOWN_KEY:
                return self.tr("Signed by a key this kiosk does not trust.")
            case Rejection.BAD_SIGNATURE:
                return self.tr("The signature does not match: the card has been altered.")
            case Rejection.MALFORMED:
                return self.tr("The text is damaged or altered.")

    # ---------------------------------------------------------------- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a card"))
        self.title_label.setText(self.tr("Verify a card"))
        self.intro_label.setText(
            self.tr(
                "Scan the QR code on the card. Pasted text is checked at once; typed text"
                " when you press Enter."
            )
        )
        self.input_edit.setPlaceholderText(self.tr("Scan or paste the card's QR code"))
        self.check_button.setText(self.tr("Check"))
        self.close_button.setText(self.tr("Close"))
        captions = {
            "serial": self.tr("Card serial"),
            "name": self.tr("Name"),
            "nik": self.tr("NIK"),
            "kpj": self.tr("KPJ number"),
            "issued": self.tr("Issued on"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        self._show_texts()
