"""Print one worker's card: see it first, choose the printer, and retry or switch on failure."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.enums import PrintKind
from kiosk.texts.printing import (
    print_refusal_text,
    printer_error_text,
    printer_in_words,
    reprint_reason_label,
)
from kiosk.ui.common.approval_dialog import ApprovalCheck, ApprovalDialog
from kiosk.ui.common.destination import DestinationNote, open_file
from kiosk.ui.common.printers import folder_printer
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Actor
from kiosk.usecases.cards import ReprintReason
from kiosk.usecases.job_records import JobOutcome

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 430  # pixels: a CR80 card at about 1.3 times its real size on a 1366 screen
CHOICE_WIDTH = 470  # pixels: the most a printer's words take beside the preview


@dataclass(frozen=True)
class PrintActions:
    """What the dialog can ask for; each runs on the pool (they print, or render)."""

    preview: Callable[[int], bytes]  # PNG of the card, this many pixels wide
    render: Callable[[bytes, int], bytes]  # PNG of a printed card's PDF, this many pixels wide
    print_card: Callable[[str], JobOutcome]  # printer URL
    print_receipt: Callable[[str], JobOutcome]  # printer URL
    retry: Callable[[int, str], JobOutcome]  # job id, printer URL
    reprint_card: Callable[[ReprintReason, Actor, str], JobOutcome]  # reason, approver, URL
    approve: ApprovalCheck  # a supervisor's name and PIN, for a reprint


def _note_under_choice() -> QLabel:
    label = QLabel()
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setIndent(28)  # under the radio button's text
    return label


def _show_printer(radio: QRadioButton, words: str, url: str) -> None:
    """A printer choice reads as words; a long folder path keeps its start and its end on
    the button, the whole and the URL behind it in the tooltip."""
    metrics = QFontMetrics(radio.font())
    radio.setText(metrics.elidedText(words, Qt.TextElideMode.ElideMiddle, CHOICE_WIDTH))
    radio.setToolTip(f"{words}\n{url}" if url else "")


class PrintDialog(QDialog):
    """The card as it will look, where it goes, and what became of the job.

    A first card prints at once; a reprint asks for a reason and a supervisor's approval.
    The printing runs on the pool: the window never waits for a printer. A failed job is
    kept: Retry sends it again, or the operator types another printer's address. A job that
    went through says where it went, in words (a PDF in a folder is not a printed card),
    and the preview then shows the card as it was printed.

    Signals:
        printed(int): the worker whose card a printer took.
    """

    printed = Signal(int)

    def __init__(
        self,
        worker_id: int,
        worker_name: str,
        actions: PrintActions,
        runner: Runner,
        *,
        card_printer: str,
        receipt_printer: str,
        reprint: bool = False,
        opener: Callable[[str], bool] = open_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setModal(True)
        self.setMinimumSize(1000, 640)
        self._worker_id = worker_id
        self._worker_name = worker_name
        self._actions = actions
        self._runner = runner
        self._card_printer = card_printer
        self._receipt_printer = receipt_printer
        self._reprint = reprint
        self._busy = False
        self._failed_job: int | None = None
        self._done = False
        self._printed_serial: str | None = None  # the card the preview shows, once printed
        self._shown_document: bytes | None = None
        self.approval: ApprovalDialog | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.title_label.setWordWrap(True)

        self.preview_label = QLabel()
        self.preview_label.setObjectName("cardPreview")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumSize(PREVIEW_WIDTH, int(PREVIEW_WIDTH * 53.98 / 85.6))
        self.preview_note = QLabel()
        self.preview_note.setObjectName("hint")
        self.preview_note.setWordWrap(True)
        self.preview_note.setMaximumWidth(PREVIEW_WIDTH)

        self.where_label = QLabel()
        self.card_radio = QRadioButton()
        self.card_radio.setObjectName("cardPrinterChoice")
        self.receipt_radio = QRadioButton()
        self.receipt_radio.setObjectName("receiptPrinterChoice")
        self.printer_group = QButtonGroup(self)
        self.printer_group.addButton(self.card_radio)
        self.printer_group.addButton(self.receipt_radio)
        self.card_radio.setChecked(True)
        self.receipt_radio.setEnabled(bool(receipt_printer) and not reprint)
        self.receipt_radio.setVisible(not reprint)
        # Under a choice that is a folder: it makes a file, nothing is printed.
        self.card_folder_note = _note_under_choice()
        self.card_folder_note.setVisible(folder_printer(card_printer) is not None)
        self.receipt_folder_note = _note_under_choice()
        self.receipt_folder_note.setVisible(
            not reprint and folder_printer(receipt_printer) is not None
        )

        self.reason_label = QLabel()
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("reprintReason")
        for reason in ReprintReason:
            self.reason_combo.addItem("", reason)
        self.reason_label.setBuddy(self.reason_combo)
        self.reason_label.setVisible(reprint)
        self.reason_combo.setVisible(reprint)

        self.status_label = QLabel()
        self.status_label.setObjectName("printStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # busy: how long a printer takes is not known
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.destination = DestinationNote(opener=opener)

        self.other_label = QLabel()
        self.other_edit = QLineEdit()
        self.other_edit.setObjectName("otherPrinter")
        self.other_label.setBuddy(self.other_edit)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self._on_retry)
        self.other_button = QPushButton()
        self.other_button.setObjectName("otherPrinterButton")
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self._on_other_printer)
        self.other_edit.returnPressed.connect(self._on_other_printer)
        retry_row = QHBoxLayout()
        retry_row.addWidget(self.retry_button)
        retry_row.addStretch(1)
        other_row = QHBoxLayout()
        other_row.addWidget(self.other_edit, 1)
        other_row.addWidget(self.other_button)
        self._failure_widgets: tuple[QWidget, ...] = (
            self.retry_button,
            self.other_label,
            self.other_edit,
            self.other_button,
        )
        for widget in self._failure_widgets:
            widget.hide()

        self.print_button = QPushButton()
        self.print_button.setObjectName("primaryButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self._on_print)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.where_label)
        side.addWidget(self.card_radio)
        side.addWidget(self.card_folder_note)
        side.addWidget(self.receipt_radio)
        side.addWidget(self.receipt_folder_note)
        side.addSpacing(6)
        side.addWidget(self.reason_label)
        side.addWidget(self.reason_combo)
        side.addSpacing(6)
        side.addWidget(self.status_label)
        side.addWidget(self.destination)
        side.addWidget(self.busy_bar)
        side.addLayout(retry_row)
        side.addWidget(self.other_label)
        side.addLayout(other_row)
        side.addStretch(1)

        card_column = QVBoxLayout()
        card_column.addWidget(self.preview_label)
        card_column.addWidget(self.preview_note)
        card_column.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(card_column)
        body.addLayout(side, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title_label)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._runner.run(
            lambda: self._actions.preview(PREVIEW_WIDTH),
            self._on_preview,
            self._on_no_preview,
            context=self,
        )

    # ---------------------------------------------------------------- state for tests

    def is_busy(self) -> bool:
        return self._busy

    def failed_job(self) -> int | None:
        return self._failed_job

    def chosen_printer(self) -> str:
        return self._receipt_printer if self.receipt_radio.isChecked() else self._card_printer

    def shown_document(self) -> bytes | None:
        """The printed card's PDF the preview shows; None while it shows the draft."""
        return self._shown_document

    # ---------------------------------------------------------------- the preview

    def _on_preview(self, png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.preview_label.setPixmap(pixmap)

    def _on_no_preview(self, error: Exception) -> None:
        log.warning("No card preview: %s", type(error).__name__)
        self.preview_label.setText(self.tr("The preview cannot be shown."))

    def _show_printed(self, outcome: JobOutcome) -> None:
        """Draw the card as it was printed, from the very bytes the printer took."""
        document = outcome.document
        if outcome.kind is not PrintKind.CARD or document is None:
            return
        render = self._actions.render
        self._runner.run(
            lambda: render(document, PREVIEW_WIDTH),
            lambda png: self._on_printed_preview(outcome.serial_text, document, png),
            self._on_no_printed_preview,
            context=self,
        )

    def _on_printed_preview(self, serial: str, document: bytes, png: bytes) -> None:
        self._on_preview(png)
        self._printed_serial = serial
        self._shown_document = document
        self._retranslate_preview_note()

    def _on_no_printed_preview(self, error: Exception) -> None:
        # The draft stays on screen, still called a preview: the card itself is in its file.
        log.warning("No preview of the printed card: %s", type(error).__name__)

    # ---------------------------------------------------------------- printing

    def _on_print(self) -> None:
        if self._busy or self._done:
            return
        printer = self.chosen_printer()
        if not self._reprint:
            receipt = self.receipt_radio.isChecked()
            action = self._actions.print_receipt if receipt else self._actions.print_card
            self._send(lambda: action(printer))
            return
        reason = ReprintReason(self.reason_combo.currentData())
        approval = ApprovalDialog(
            self._actions.approve,
            self._runner,
            title=self.tr("A supervisor approves the reprint"),
            explanation=self.tr(
                "A new card for %1 replaces the old one, which stops being valid. Reason: %2."
            )
            .replace("%1", self._worker_name)
            .replace("%2", reprint_reason_label(reason)),
            parent=self,
        )
        approval.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        approval.approved.connect(
            lambda approver: self._send(
                lambda: self._actions.reprint_card(reason, approver, printer)
            )
        )
        approval.finished.connect(self._on_approval_finished)
        self.approval = approval
        approval.open()
        approval.activateWindow()  # no window manager may do it

    def _on_approval_finished(self, _result: int) -> None:
        self.approval = None

    def _on_retry(self) -> None:
        if self._failed_job is not None and not self._busy:
            job = self._failed_job
            self._send(lambda: self._actions.retry(job, ""))

    def _on_other_printer(self) -> None:
        printer = self.other_edit.text().strip()
        if self._failed_job is not None and printer and not self._busy:
            job = self._failed_job
            self._send(lambda: self._actions.retry(job, printer))

    def _send(self, action: Callable[[], JobOutcome]) -> None:
        self._set_busy(True)
        self.destination.clear()
        self._show_status(self.tr("Sending the card to the printer…"), "")
        self._runner.run(action, self._on_outcome, self._on_refused, context=self)

    def _on_outcome(self, outcome: JobOutcome) -> None:
        self._set_busy(False)
        if outcome.error is None:
            self._done = True
            self._failed_job = None
            for widget in self._failure_widgets:
                widget.hide()
            if outcome.kind is PrintKind.CARD:
                text = self.tr("Card %1 is made.")
            else:
                text = self.tr("The tanda terima of card %1 is made.")
            self._show_status(text.replace("%1", outcome.serial_text), "ok")
            self.destination.show_outcome(outcome)  # where it is: a printer, or a PDF file
            self._show_printed(outcome)
            self.print_button.hide()
            self.close_button.setDefault(True)
            self.close_button.setFocus()
            self.printed.emit(self._worker_id)
            return
        self._failed_job = outcome.job_id
        more = self.tr("The job is kept: Retry sends it again, or type another printer's address.")
        self._show_status(f"{printer_error_text(outcome.error)}\n{more}", "problem")
        # Left empty, with examples: the failed printer is named above, and its whole URL
        # (every option spelled out) is longer than the field.
        for widget in self._failure_widgets:
            widget.show()
        self.print_button.hide()
        self.retry_button.setFocus()

    def _on_refused(self, error: Exception) -> None:
        self._set_busy(False)
        text = print_refusal_text(error)
        if text is None:
            log.error("Printing failed: %s", type(error).__name__)
            log.debug("Printing failure", exc_info=error)
            text = self.tr(
                "The card could not be printed: the kiosk met an error. Call a supervisor."
            )
        self._show_status(text, "problem")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (
            self.print_button,
            self.close_button,
            self.retry_button,
            self.other_button,
            self.other_edit,
            self.card_radio,
            self.receipt_radio,
            self.reason_combo,
        ):
            widget.setEnabled(not busy)
        self.receipt_radio.setEnabled(not busy and bool(self._receipt_printer))

    def _show_status(self, text: str, kind: str) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("state", kind)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    def reject(self) -> None:
        if self._busy:
            return  # the printer is answering; the job's outcome must be recorded first
        super().reject()

    # ---------------------------------------------------------------- words

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = (
            self.tr("Reprint the card of %1") if self._reprint else self.tr("Print the card of %1")
        )
        self.title_label.setText(title.replace("%1", self._worker_name))
        self.setWindowTitle(self.tr("Print card"))
        self._retranslate_preview_note()
        self.where_label.setText(self.tr("Print on"))
        card = self._card_printer
        if card:
            _show_printer(self.card_radio, printer_in_words(card, PrintKind.CARD), card)
        else:
            _show_printer(self.card_radio, self.tr("Card printer: none is set up"), "")
        receipt = self._receipt_printer
        if receipt:
            _show_printer(self.receipt_radio, printer_in_words(receipt, PrintKind.RECEIPT), receipt)
        else:
            _show_printer(self.receipt_radio, self.tr("Receipt printer: none is set up"), "")
        self.card_folder_note.setText(
            self.tr("The card is saved as a PDF file in this folder, not printed.")
        )
        self.receipt_folder_note.setText(
            self.tr("The tanda terima is saved as a PDF file in this folder, not printed.")
        )
        self.reason_label.setText(self.tr("Why a new card?"))
        for index in range(self.reason_combo.count()):
            reason = ReprintReason(self.reason_combo.itemData(index))
            self.reason_combo.setItemText(index, reprint_reason_label(reason))
        self.other_label.setText(self.tr("Or send it to another printer:"))
        self.other_edit.setPlaceholderText("tcp://192.168.1.51:9100")
        self.retry_button.setText(self.tr("Retry"))
        self.other_button.setText(self.tr("Send there"))
        self.print_button.setText(self.tr("Reprint…") if self._reprint else self.tr("Print"))
        self.close_button.setText(self.tr("Close"))

    def _retranslate_preview_note(self) -> None:
        if self._printed_serial is None:
            self.preview_note.setText(
                self.tr(
                    "Preview. The QR code and the serial number are made when the card is printed."
                )
            )
        else:
            self.preview_note.setText(
                self.tr("The card %1 as it was made.").replace("%1", self._printed_serial)
            )
