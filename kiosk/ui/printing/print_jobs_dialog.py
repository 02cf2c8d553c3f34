"""The print jobs: what went out, what failed, sending a failed job again, settling a lost one."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.models import JobStatus, PrintKind
from kiosk.config import WITA
from kiosk.texts.operators import not_allowed_for_role
from kiosk.texts.printing import (
    print_refusal_text,
    printer_error_text,
    printer_in_words,
    stored_error_text,
)
from kiosk.ui.common.approval_dialog import ApprovalCheck, ApprovalDialog
from kiosk.ui.common.destination import DestinationNote, open_file
from kiosk.ui.common.printers import folder_printer
from kiosk.ui.common.runner import Runner
from kiosk.ui.common.table_model import RowTableModel
from kiosk.usecases.audit import Actor, PermissionDeniedError
from kiosk.usecases.job_records import JobNotRetryableError, JobOutcome, JobRow

log = logging.getLogger(__name__)

ListJobs = Callable[[bool], list[JobRow]]  # only the jobs to look at (failed or queued)?
RetryJob = Callable[[int, str], JobOutcome]  # job id, printer URL ("" for the same)
ResolveJob = Callable[[int, bool, Actor], None]  # job id, printed?, the approving supervisor

TO_LOOK_AT = (JobStatus.FAILED, JobStatus.QUEUED)  # to retry, or to settle by hand


def jobs_to_look_at(jobs_in: Callable[[JobStatus], list[JobRow]]) -> list[JobRow]:
    """The failed and the queued jobs in one list, newest first, for a ListJobs."""
    rows = [row for status in TO_LOOK_AT for row in jobs_in(status)]
    return sorted(rows, key=lambda row: (row.updated_at, row.job_id), reverse=True)


class JobColumn(enum.IntEnum):
    TIME = 0
    STATUS = 1
    KIND = 2
    NAME = 3
    KPJ = 4
    SERIAL = 5
    PRINTER = 6
    ATTEMPTS = 7
    PROBLEM = 8


class JobsModel(RowTableModel[JobRow, JobColumn]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(JobColumn, parent)

    def column_title(self, column: JobColumn) -> str:
        match column:
            case JobColumn.TIME:
                return self.tr("Time")
            case JobColumn.STATUS:
                return self.tr("Status")
            case JobColumn.KIND:
                return self.tr("Kind")
            case JobColumn.NAME:
                return self.tr("Name")
            case JobColumn.KPJ:
                return self.tr("KPJ")
            case JobColumn.SERIAL:
                return self.tr("Card serial")
            case JobColumn.PRINTER:
                return self.tr("Printer")
            case JobColumn.ATTEMPTS:
                return self.tr("Attempts")
            case JobColumn.PROBLEM:
                return self.tr("Problem")

    def display(self, row: JobRow, column: JobColumn) -> str:
        match column:
            case JobColumn.TIME:
                return row.updated_at.astimezone(WITA).strftime("%d-%m %H:%M")
            case JobColumn.STATUS:
                return self.status_text(row)
            case JobColumn.KIND:
                return self.tr("Card") if row.kind is PrintKind.CARD else self.tr("Receipt")
            case JobColumn.NAME:
                return row.worker_name
            case JobColumn.KPJ:
                return row.kpj
            case JobColumn.SERIAL:
                return row.serial_text
            case JobColumn.PRINTER:
                return printer_in_words(row.printer, row.kind)
            case JobColumn.ATTEMPTS:
                return str(row.attempts)
            case JobColumn.PROBLEM:
                return stored_error_text(row.error)

    def status_text(self, row: JobRow) -> str:
        match row.status:
            case JobStatus.QUEUED:
                return self.tr("Sending or interrupted")
            case JobStatus.SENT if folder_printer(row.printer) is not None:
                return self.tr("Saved as PDF")  # a file in a folder, nothing on paper
            case JobStatus.SENT:
                return self.tr("Printed")
            case JobStatus.FAILED:
                return self.tr("Failed")

    def cell(self, row: JobRow, column: JobColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column is JobColumn.STATUS:
            return {
                JobStatus.FAILED: QColor("#9a3b32"),
                JobStatus.SENT: QColor("#1b7a43"),
                JobStatus.QUEUED: QColor("#8a5a00"),
            }[row.status]
        if role == Qt.ItemDataRole.ToolTipRole and column is JobColumn.PROBLEM:
            return stored_error_text(row.error) or None
        if role == Qt.ItemDataRole.ToolTipRole and column is JobColumn.PRINTER:
            return row.printer  # the address itself, for whoever types another one
        if role == Qt.ItemDataRole.ToolTipRole and column is JobColumn.NAME:
            return row.worker_name  # whole, where the column is too narrow for it
        return None


NAME_WIDTH = 260  # px
PRINTER_WIDTH = 220  # px


class PrintJobsDialog(QDialog):
    """Lists the print jobs (those to look at first of all) and retries the chosen one.

    A job whose outcome is unknown (queued: the kiosk stopped while sending it) is settled
    by hand once someone has looked at the printer: it printed, or it did not. A supervisor
    approves either, as for a reprint; without resolve and approve the choice is not offered.

    Signals:
        printed(int): a retried job reached its printer, or a lost one is settled as
            printed; the worker's id.
    """

    printed = Signal(int)

    def __init__(
        self,
        list_jobs: ListJobs,
        retry: RetryJob,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        resolve: ResolveJob | None = None,
        approve: ApprovalCheck | None = None,
        opener: Callable[[str], bool] = open_file,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printJobsDialog")
        self.setModal(True)
        self.resize(1320, 660)
        self._list_jobs = list_jobs
        self._retry = retry
        self._resolve = resolve
        self._approve = approve
        self._runner = runner
        self._busy = False
        self._filled_printer = ""  # what the address box was last filled with, not typed
        self.approval: ApprovalDialog | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.look_at_only = QCheckBox()
        self.look_at_only.setChecked(True)
        self.look_at_only.toggled.connect(self.refresh)
        self.refresh_button = QPushButton()
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)

        self.model = JobsModel(self)
        self.table = QTableView()
        self.table.setObjectName("jobsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A long name or folder must not push the problem off the screen: those two get a
        # fixed room (the whole text on hover) and the problem takes the rest.
        for column, width in ((JobColumn.NAME, NAME_WIDTH), (JobColumn.PRINTER, PRINTER_WIDTH)):
            header.setSectionResizeMode(column.value, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column.value, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.status_label = QLabel()
        self.status_label.setObjectName("printStatus")
        self.status_label.setWordWrap(True)
        self.destination = DestinationNote(opener=opener)  # where a retried job went
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("primaryButton")
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self._on_retry)
        self.other_edit = QLineEdit()
        self.other_edit.setObjectName("otherPrinter")
        self.other_edit.setPlaceholderText("tcp://192.168.1.50:9100, cups://QUEUE …")
        self.other_button = QPushButton()
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self._on_other_printer)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.settle_label = QLabel()
        self.printed_button = QPushButton()
        self.printed_button.setObjectName("jobPrintedButton")
        self.printed_button.setAutoDefault(False)
        self.printed_button.clicked.connect(lambda: self._on_settle(printed=True))
        self.not_printed_button = QPushButton()
        self.not_printed_button.setObjectName("jobNotPrintedButton")
        self.not_printed_button.setAutoDefault(False)
        self.not_printed_button.clicked.connect(lambda: self._on_settle(printed=False))
        self._settle_widgets = (self.settle_label, self.printed_button, self.not_printed_button)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.look_at_only)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.retry_button)
        actions.addWidget(self.other_edit, 1)
        actions.addWidget(self.other_button)
        actions.addSpacing(24)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        settle = QHBoxLayout()
        settle.addWidget(self.settle_label)
        settle.addWidget(self.printed_button)
        settle.addWidget(self.not_printed_button)
        settle.addStretch(1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.destination)
        layout.addLayout(settle)
        layout.addLayout(actions)
        self.retranslate()
        self._update_buttons()
        self.refresh()

    def selected(self) -> JobRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def is_busy(self) -> bool:
        return self._busy

    def can_settle(self) -> bool:
        """Whether this dialog settles jobs of unknown outcome (it was given the means)."""
        return self._resolve is not None and self._approve is not None

    def refresh(self) -> None:
        to_look_at = self.look_at_only.isChecked()
        self._runner.run(
            lambda: self._list_jobs(to_look_at), self._on_jobs, self._on_error, context=self
        )

    def _on_jobs(self, rows: list[JobRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _on_error(self, error: Exception) -> None:
        log.error("Print jobs could not be listed: %s", type(error).__name__)
        self._show(self.tr("The print jobs cannot be read. Call a supervisor."), "problem")

    def _on_selection_changed(self) -> None:
        row = self.selected()
        typed = self.other_edit.text()
        # The box follows the chosen job's printer (a card job must not go to the receipt
        # printer of the row before), unless the operator typed an address of their own.
        if row is not None and (not typed or typed == self._filled_printer):
            self._filled_printer = row.printer
            self.other_edit.setText(row.printer)
            self.other_edit.setCursorPosition(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        can_retry = not self._busy and row is not None and row.status is JobStatus.FAILED
        self.retry_button.setEnabled(can_retry)
        self.other_button.setEnabled(can_retry)
        self.other_edit.setEnabled(can_retry)
        queued = row is not None and row.status is JobStatus.QUEUED
        for widget in self._settle_widgets:
            widget.setVisible(queued and self.can_settle())
            widget.setEnabled(not self._busy)

    def _on_retry(self) -> None:
        self._send("")

    def _on_other_printer(self) -> None:
        printer = self.other_edit.text().strip()
        if printer:
            self._send(printer)

    def _send(self, printer: str) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        self._busy = True
        self._update_buttons()
        self.close_button.setEnabled(False)
        self._show(self.tr("Sending the card to the printer…"), "")
        job = row.job_id
        self._runner.run(
            lambda: self._retry(job, printer), self._on_outcome, self._on_refused, context=self
        )

    def _on_outcome(self, outcome: JobOutcome) -> None:
        self._done_sending()
        if outcome.error is None:
            if outcome.kind is PrintKind.CARD:
                text = self.tr("The job of %1, card %2, went through.")
            else:
                text = self.tr("The job of %1, tanda terima of card %2, went through.")
            text = text.replace("%1", outcome.worker_name).replace("%2", outcome.serial_text)
            self._show(text, "ok")
            self.destination.show_outcome(outcome)  # where it is: a printer, or a PDF file
            self.printed.emit(outcome.worker_id)
        else:
            self._show(printer_error_text(outcome.error), "problem")
        self.refresh()

    def _on_refused(self, error: Exception) -> None:
        self._done_sending()
        text = print_refusal_text(error)
        if text is None:
            log.error("Retrying a print job failed: %s", type(error).__name__)
            text = self.tr("The job could not be sent: the kiosk met an error. Call a supervisor.")
        self._show(text, "problem")
        self.refresh()

    # ---------------------------------------------------------------- settling a lost job

    def _on_settle(self, *, printed: bool) -> None:
        row = self.selected()
        if row is None or row.status is not JobStatus.QUEUED or self._busy:
            return
        if self._resolve is None or self._approve is None:
            return
        resolve = self._resolve
        job = row.job_id
        if printed:
            title = self.tr("A supervisor confirms that the job printed")
            explanation = self.tr(
                "The job of %1 (card %2) was being sent to %3 when the kiosk stopped."
                " Approve only if it came out of the printer: it is then recorded as printed."
            )
        else:
            title = self.tr("A supervisor confirms that the job did not print")
            explanation = self.tr(
                "The job of %1 (card %2) was being sent to %3 when the kiosk stopped."
                " Approve only if nothing came out and nothing waits in the printer: the job"
                " can then be retried. If it did print, a second card would be made."
            )
        explanation = (
            explanation.replace("%1", row.worker_name)
            .replace("%2", row.serial_text)
            .replace("%3", printer_in_words(row.printer, row.kind))
        )
        approval = ApprovalDialog(
            self._approve, self._runner, title=title, explanation=explanation, parent=self
        )
        approval.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        approval.approved.connect(
            lambda approver: self._settle(
                lambda: resolve(job, printed, approver), row.worker_id, printed=printed
            )
        )
        approval.finished.connect(self._on_approval_finished)
        self.approval = approval
        approval.open()
        approval.activateWindow()  # no window manager may do it

    def _on_approval_finished(self, _result: int) -> None:
        self.approval = None

    def _settle(self, action: Callable[[], None], worker_id: int, *, printed: bool) -> None:
        self._busy = True
        self._update_buttons()
        self.close_button.setEnabled(False)
        self._show(self.tr("Recording what became of the job…"), "")
        self._runner.run(
            action,
            lambda _none: self._on_settled(worker_id, printed=printed),
            self._on_settle_refused,
            context=self,
        )

    def _on_settled(self, worker_id: int, *, printed: bool) -> None:
        self._done_sending()
        if printed:
            self._show(self.tr("The job is recorded as printed."), "ok")
            self.printed.emit(worker_id)
        else:
            self._show(self.tr("The job is recorded as not printed: it can be retried now."), "ok")
        self.refresh()

    def _on_settle_refused(self, error: Exception) -> None:
        self._done_sending()
        if isinstance(error, PermissionDeniedError):
            text = not_allowed_for_role()  # and the refusal is in the audit trail
        elif isinstance(error, JobNotRetryableError):
            text = self.tr("This job was settled already; the list shows it as it is now.")
        else:
            log.error("Settling a print job failed: %s", type(error).__name__)
            log.debug("Settling a print job failure", exc_info=error)
            text = self.tr(
                "The job could not be settled: the kiosk met an error. Call a supervisor."
            )
        self._show(text, "problem")
        self.refresh()

    def _done_sending(self) -> None:
        self._busy = False
        self.close_button.setEnabled(True)
        self._update_buttons()

    def _show(self, text: str, kind: str) -> None:
        self.destination.clear()  # a new word on the list: where the last job went is past
        self.status_label.setText(text)
        self.status_label.setProperty("state", kind)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print jobs"))
        self.title_label.setText(self.tr("Print jobs"))
        self.look_at_only.setText(self.tr("Only jobs to look at"))
        self.look_at_only.setToolTip(
            self.tr("Failed jobs, and jobs that were being sent when the kiosk stopped")
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.retry_button.setText(self.tr("Retry"))
        self.other_button.setText(self.tr("Send to this printer"))
        self.close_button.setText(self.tr("Close"))
        self.settle_label.setText(self.tr("Check the printer: did this job print?"))
        self.printed_button.setText(self.tr("It printed"))
        self.not_printed_button.setText(self.tr("It did not print"))
        self.model.retranslate()
