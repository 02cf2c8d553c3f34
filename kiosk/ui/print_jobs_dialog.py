"""The print jobs: what went out, what failed, and sending a failed job again."""

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
from kiosk.texts.printing import (
    print_refusal_text,
    printer_error_text,
    printer_shown,
    stored_error_text,
)
from kiosk.ui.runner import Runner
from kiosk.ui.table_model import RowTableModel
from kiosk.usecases.print_jobs import JobOutcome, JobRow

log = logging.getLogger(__name__)

ListJobs = Callable[[bool], list[JobRow]]  # only failed ones?
RetryJob = Callable[[int, str], JobOutcome]  # job id, printer URL ("" for the same)


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
                return self.status_text(row.status)
            case JobColumn.KIND:
                return self.tr("Card") if row.kind is PrintKind.CARD else self.tr("Receipt")
            case JobColumn.NAME:
                return row.worker_name
            case JobColumn.KPJ:
                return row.kpj
            case JobColumn.SERIAL:
                return row.serial_text
            case JobColumn.PRINTER:
                return row.printer
            case JobColumn.ATTEMPTS:
                return str(row.attempts)
            case JobColumn.PROBLEM:
                return stored_error_text(row.error)

    def status_text(self, status: JobStatus) -> str:
        match status:
            case JobStatus.QUEUED:
                return self.tr("Sending or interrupted")
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
        return None


class PrintJobsDialog(QDialog):
    """Lists the print jobs (the failed ones first of all) and retries the chosen one.

    Signals:
        printed(int): a retried job reached its printer; the worker's id.
    """

    printed = Signal(int)

    def __init__(
        self, list_jobs: ListJobs, retry: RetryJob, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printJobsDialog")
        self.setModal(True)
        self.resize(1200, 620)
        self._list_jobs = list_jobs
        self._retry = retry
        self._runner = runner
        self._busy = False

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.failed_only = QCheckBox()
        self.failed_only.setChecked(True)
        self.failed_only.toggled.connect(self.refresh)
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
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.status_label = QLabel()
        self.status_label.setObjectName("printStatus")
        self.status_label.setWordWrap(True)
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

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.failed_only)
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
        layout.addWidget(self.status_label)
        layout.addLayout(actions)
        self.retranslate()
        self._update_buttons()
        self.refresh()

    def selected(self) -> JobRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def is_busy(self) -> bool:
        return self._busy

    def refresh(self) -> None:
        failed_only = self.failed_only.isChecked()
        self._runner.run(lambda: self._list_jobs(failed_only), self._on_jobs, self._on_error)

    def _on_jobs(self, rows: list[JobRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _on_error(self, error: Exception) -> None:
        log.error("Print jobs could not be listed: %s", type(error).__name__)
        self._show(self.tr("The print jobs cannot be read. Call a supervisor."), "problem")

    def _update_buttons(self) -> None:
        row = self.selected()
        can_retry = not self._busy and row is not None and row.status is JobStatus.FAILED
        self.retry_button.setEnabled(can_retry)
        self.other_button.setEnabled(can_retry)
        self.other_edit.setEnabled(can_retry)
        if row is not None and not self.other_edit.text():
            self.other_edit.setText(row.printer)

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
        self._runner.run(lambda: self._retry(job, printer), self._on_outcome, self._on_refused)

    def _on_outcome(self, outcome: JobOutcome) -> None:
        self._done_sending()
        if outcome.error is None:
            text = self.tr("Card %1 sent to %2.").replace("%1", outcome.serial_text)
            self._show(text.replace("%2", printer_shown(outcome.printer)), "ok")
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

    def _done_sending(self) -> None:
        self._busy = False
        self.close_button.setEnabled(True)
        self._update_buttons()

    def _show(self, text: str, kind: str) -> None:
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
        self.failed_only.setText(self.tr("Only failed jobs"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.retry_button.setText(self.tr("Retry"))
        self.other_button.setText(self.tr("Send to this printer"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
