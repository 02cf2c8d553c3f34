"""Entering a handover made on paper, when no hub could be reached: the receipt signed by hand,
its scan, and a supervisor's approval."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, QTimeZone, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db.models import IdDocument
from kiosk.config import WITA
from kiosk.texts.handover import handover_problem_text, prior_handover_text
from kiosk.texts.operators import could_not_check, not_allowed_for_role
from kiosk.ui.common.approval_dialog import ApprovalCheck, ApprovalDialog
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Actor, PermissionDeniedError
from kiosk.usecases.handover import (
    AlreadyHandedOverError,
    HandoverDone,
    HandoverRefusedError,
)
from kiosk.usecases.lookup import WorkerDetail

log = logging.getLogger(__name__)

# Records the paper handover for this worker and operator: (serial, time, document, scan
# file, approver). Runs on the pool; raises as PaperHandovers.record does, and OSError when
# the scan cannot be read.
RecordPaper = Callable[[str, dt.datetime, IdDocument, Path, Actor], HandoverDone]

_WITA_ZONE = QTimeZone(8 * 3600)  # WITA has no daylight saving


def paper_done_text(done: HandoverDone) -> str:
    """What the desk is told once the paper handover is recorded."""
    text = QCoreApplication.translate(
        "PaperHandoverDialog", "Handover on paper recorded: %1, card %2, %3 WITA."
    )
    return (
        text.replace("%1", done.worker_name)
        .replace("%2", done.serial_text)
        .replace("%3", done.at.astimezone(WITA).strftime("%d-%m-%Y %H:%M"))
    )


class _ElidedLabel(QLabel):
    """One line that shortens a long file name in its middle to the width it is given; the
    whole path is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


class PaperHandoverDialog(QDialog):
    """The receipt's card serial, date and time, identity document and scan; a supervisor
    approves entering it, and it is recorded off the UI thread.

    Signals:
        recorded(HandoverDone): the paper handover is in the registry.
    """

    recorded = Signal(object)

    def __init__(
        self,
        detail: WorkerDetail,
        runner: Runner,
        *,
        record: RecordPaper,
        approve: ApprovalCheck,
        now: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paperHandoverDialog")
        self.setModal(True)
        self.setMinimumSize(820, 560)  # room for the file's name, and a two-line problem
        self._detail = detail
        self._runner = runner
        self._record = record
        self._approve = approve
        self._scan: Path | None = None
        self._busy = False
        self.approval: ApprovalDialog | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.title_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)

        self.serial_edit = QLineEdit()
        self.serial_edit.setObjectName("paperSerialEdit")
        self.serial_edit.setMaxLength(40)
        when = (now or dt.datetime.now(WITA)).astimezone(WITA)
        self.time_edit = QDateTimeEdit()
        self.time_edit.setObjectName("paperTimeEdit")
        self.time_edit.setTimeZone(_WITA_ZONE)
        self.time_edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.time_edit.setCalendarPopup(True)
        self.time_edit.setMinimumWidth(220)
        self.set_time(when)
        self.time_zone_label = QLabel("WITA")
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_edit)
        time_row.addWidget(self.time_zone_label)
        time_row.addStretch(1)
        self.document_combo = QComboBox()
        self.document_combo.setObjectName("paperDocumentCombo")
        for document in (IdDocument.KTP, IdDocument.KK, IdDocument.OTHER):
            self.document_combo.addItem("", document.value)
        self.scan_button = QPushButton()
        self.scan_button.setObjectName("paperScanButton")
        self.scan_button.setAutoDefault(False)
        self.scan_button.clicked.connect(self._on_choose_scan)
        self.scan_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.scan_label = _ElidedLabel()
        self.scan_label.setObjectName("paperScanName")
        # The file's name under the button, as wide as the field.
        scan_row = QVBoxLayout()
        scan_row.setSpacing(4)
        scan_row.addWidget(self.scan_button, 0, Qt.AlignmentFlag.AlignLeft)
        scan_row.addWidget(self.scan_label)

        self._captions = {key: QLabel() for key in ("serial", "time", "document", "scan")}
        for caption in self._captions.values():
            caption.setObjectName("formCaption")
        self._captions["serial"].setBuddy(self.serial_edit)
        self._captions["time"].setBuddy(self.time_edit)
        self._captions["document"].setBuddy(self.document_combo)
        self._captions["scan"].setBuddy(self.scan_button)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.addRow(self._captions["serial"], self.serial_edit)
        form.addRow(self._captions["time"], time_row)
        form.addRow(self._captions["document"], self.document_combo)
        form.addRow(self._captions["scan"], scan_row)

        self.message_label = QLabel()
        self.message_label.setObjectName("formMessage")
        self.message_label.setProperty("problem", True)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

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
        self.serial_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- the entry

    def set_time(self, at: dt.datetime) -> None:
        """The time written on the receipt (aware), shown in WITA."""
        at = at.astimezone(WITA)
        self.time_edit.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(at.replace(second=0).timestamp()), _WITA_ZONE)
        )

    def handed_over_at(self) -> dt.datetime:
        """The time entered, in WITA, to the minute."""
        seconds = self.time_edit.dateTime().toSecsSinceEpoch()
        return dt.datetime.fromtimestamp(seconds, WITA).replace(second=0, microsecond=0)

    def document(self) -> IdDocument:
        return IdDocument(self.document_combo.currentData())

    def scan_path(self) -> Path | None:
        return self._scan

    def set_scan(self, path: Path | None) -> None:
        self._scan = path
        name = self.scan_name()
        self.scan_label.set_full_text(name)
        self.scan_label.setToolTip(str(path) if path is not None else name)

    def scan_name(self) -> str:
        """The chosen file's name, in full; or that none was chosen."""
        return self._scan.name if self._scan is not None else self.tr("No file chosen")

    def is_busy(self) -> bool:
        return self._busy

    def _on_choose_scan(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the scan of the receipt"),
            "",
            self.tr("Scans (*.pdf *.png *.PDF *.PNG)"),
        )
        if name:
            self.set_scan(Path(name))

    def _on_save_clicked(self) -> None:
        if self._busy:
            return
        serial = self.serial_edit.text().strip()
        if not serial:
            self._show_problem(self.tr("Type the card's serial, as on the receipt."))
            self.serial_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        scan = self._scan
        if scan is None:
            self._show_problem(self.tr("Choose the scan of the receipt signed by hand."))
            return
        at, document = self.handed_over_at(), self.document()
        approval = ApprovalDialog(
            self._approve,
            self._runner,
            title=self.tr("A supervisor approves this paper handover"),
            explanation=self.tr(
                "A handover on paper to %1 will be recorded. A supervisor (not you) types"
                " their username and PIN to approve; both names are recorded."
            ).replace("%1", self._detail.full_name),
            not_allowed=self.tr("Only a supervisor other than you can approve this."),
            parent=self,
        )
        approval.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        approval.approved.connect(
            lambda approver: self._apply(serial, at, document, scan, approver)
        )
        approval.finished.connect(self._on_approval_finished)
        self.approval = approval
        approval.open()
        approval.activateWindow()  # no window manager may do it

    def _on_approval_finished(self, _result: int) -> None:
        self.approval = None

    def _apply(
        self, serial: str, at: dt.datetime, document: IdDocument, scan: Path, approver: Actor
    ) -> None:
        self._busy = True
        self.save_button.setEnabled(False)
        self._show_problem("")
        record = self._record
        self._runner.run(
            lambda: record(serial, at, document, scan, approver),
            self._on_recorded,
            self._on_failed,
            context=self,
        )

    def _on_recorded(self, done: HandoverDone) -> None:
        self._busy = False
        self.recorded.emit(done)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(error, HandoverRefusedError):
            self._show_problem(handover_problem_text(error.problem, error.detail))
        elif isinstance(error, AlreadyHandedOverError):
            self._show_problem(prior_handover_text(error.prior))
            self.save_button.setEnabled(False)  # nothing this dialog can do about it
        elif isinstance(error, PermissionDeniedError):
            self._show_problem(not_allowed_for_role())
        elif isinstance(error, OSError):
            self._show_problem(
                self.tr("Cannot read the scan %1.").replace(
                    "%1", self._scan.name if self._scan else ""
                )
            )
        else:
            log.error("Paper handover failed: %s", type(error).__name__)
            log.debug("Paper handover failure", exc_info=error)
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
        self.setWindowTitle(self.tr("Enter a handover made on paper"))
        self.title_label.setText(
            self.tr("Handover on paper to %1").replace("%1", self._detail.full_name)
        )
        self.note_label.setText(
            self.tr(
                "For a card handed over with a receipt signed by hand while no hub could be"
                " reached. Copy the serial and the time from the receipt and choose its scan."
                " A supervisor approves."
            )
        )
        self._captions["serial"].setText(self.tr("Card &serial (or its last 4 characters)"))
        self._captions["time"].setText(self.tr("&Date and time on the receipt"))
        self._captions["document"].setText(self.tr("Identity &document"))
        self._captions["scan"].setText(self.tr("S&can (PDF or PNG)"))
        documents = {
            IdDocument.KTP: self.tr("KTP"),
            IdDocument.KK: self.tr("Family card (KK)"),
            IdDocument.OTHER: self.tr("Other document"),
        }
        for index in range(self.document_combo.count()):
            document = IdDocument(self.document_combo.itemData(index))
            self.document_combo.setItemText(index, documents[document])
        self.scan_button.setText(self.tr("Choose scan…"))
        self.set_scan(self._scan)
        self.save_button.setText(self.tr("Ask a supervisor…"))
        self.cancel_button.setText(self.tr("Cancel"))
