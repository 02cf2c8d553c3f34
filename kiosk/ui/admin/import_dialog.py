"""Importing a registration list: choose the file, watch it run, read what was rejected."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.texts.imports import describe_file_error, describe_problem, rejects_labels
from kiosk.texts.operators import not_allowed_for_role
from kiosk.ui.admin.problems_model import ProblemColumn, ProblemsModel
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.importing import (
    Describer,
    ImportCancelledError,
    ImportFileError,
    ImportSummary,
    ProgressCallback,
    RejectsLabels,
)

log = logging.getLogger(__name__)

MAX_FITTED_ROWS = 300

# The use case with the registry and the date bound in: (file, progress, describe, labels).
Importer = Callable[[Path, ProgressCallback, Describer, RejectsLabels], ImportSummary]


class _ProgressRelay(QObject):
    """Lives on the UI thread; the import's pool thread emits on it, the dialog receives."""

    progressed = Signal(int, object)  # rows done, estimated total or None


class ImportDialog(QDialog):
    """Runs one import at a time on the runner's pool; the registry changes all at once or not.

    Signals:
        imported(ImportSummary): an import finished and the registry has its rows.
    """

    imported = Signal(object)

    def __init__(self, importer: Importer, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setModal(True)
        self.setMinimumSize(1000, 600)
        self._importer = importer
        self._runner = runner
        self._cancel: threading.Event | None = None
        self._path: Path | None = None
        self._summary: ImportSummary | None = None
        self._failure: str | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._on_progressed)

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choose_page())
        self.pages.addWidget(self._build_running_page())
        self.pages.addWidget(self._build_done_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(self.title_label)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def _build_choose_page(self) -> QWidget:
        page = QWidget()
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("primaryButton")
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.choose_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_running_page(self) -> QWidget:
        page = QWidget()
        self.running_label = QLabel()
        self.running_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMinimumHeight(32)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.running_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("importOutcome")
        self.outcome_label.setWordWrap(True)
        self.counts = QWidget()
        self.counts_form = QFormLayout(self.counts)
        self.counts_form.setContentsMargins(0, 0, 0, 0)
        self.counts_form.setHorizontalSpacing(24)
        self._count_captions: dict[str, QLabel] = {}
        self._count_values: dict[str, QLabel] = {}
        for key in ("rows", "inserted", "updated", "unchanged", "rejected", "warnings"):
            caption, value = QLabel(), QLabel()
            value.setObjectName(f"count_{key}")
            self._count_captions[key] = caption
            self._count_values[key] = value
            self.counts_form.addRow(caption, value)
        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView()
        self.problems_view.setObjectName("problemsTable")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setAlternatingRowColors(True)
        self.problems_view.setWordWrap(True)
        self.problems_view.verticalHeader().setVisible(False)
        self.problems_view.verticalHeader().setDefaultSectionSize(36)
        header = self.problems_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in ProblemColumn:
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column is ProblemColumn.REASON
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.rejects_label = QLabel()
        self.rejects_label.setWordWrap(True)
        self.rejects_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_rejects_button = QPushButton()
        self.show_rejects_button.clicked.connect(self._on_show_rejects_clicked)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self._on_choose_clicked)
        self.done_button = QPushButton()
        self.done_button.setObjectName("primaryButton")
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_rejects_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.counts)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.rejects_label)
        layout.addLayout(buttons)
        return page

    # ---------------------------------------------------------------- actions

    def is_running(self) -> bool:
        return self._cancel is not None

    def start_import(self, path: Path) -> None:
        """Import a file in the background; the dialog shows its progress, then its outcome."""
        if self.is_running():
            return
        cancel = threading.Event()
        self._cancel = cancel
        self._path = path
        self._summary = None
        self._failure = None
        self.progress_bar.setRange(0, 0)
        self.progress_label.clear()
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentIndex(1)
        self._show_texts()
        relay = self._relay
        labels = rejects_labels()

        def progress(done: int, total: int | None) -> None:  # on the pool thread
            if cancel.is_set():
                raise ImportCancelledError
            relay.progressed.emit(done, total)

        self._runner.run(
            lambda: self._importer(path, progress, describe_problem, labels),
            self._on_import_done,
            self._on_import_failed,
            context=self,
        )

    def reject(self) -> None:
        """Esc or the window's close button: cancel a running import rather than leave it."""
        if self.is_running():
            self._on_cancel_clicked()
            return
        super().reject()

    # ---------------------------------------------------------------- events

    def _on_choose_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a registration list"),
            str(self._path.parent if self._path else Path.home()),
            self.tr("Registration lists (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.start_import(Path(name))

    def _on_cancel_clicked(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping…"))

    def _on_progressed(self, done: int, total: int | None) -> None:
        if not self.is_running():
            return
        locale = self.locale()
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            text = self.tr("%1 of about %2 rows").replace("%1", locale.toString(done))
            self.progress_label.setText(text.replace("%2", locale.toString(total)))
        else:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("%1 rows").replace("%1", locale.toString(done)))

    def _on_import_done(self, summary: ImportSummary) -> None:
        self._cancel = None
        self._summary = summary
        self.problems_model.set_problems(summary.problems)
        # Long reasons wrap; measuring every row is only affordable for a short list.
        rows = self.problems_view.verticalHeader()
        fit = len(summary.problems) <= MAX_FITTED_ROWS
        rows.setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if fit else QHeaderView.ResizeMode.Fixed
        )
        self._show_outcome(None)
        self.imported.emit(summary)

    def _on_import_failed(self, error: Exception) -> None:
        self._cancel = None
        self._summary = None
        self.problems_model.set_problems(())
        if isinstance(error, ImportCancelledError):
            message = self.tr("The import was stopped. Nothing in the registry was changed.")
        elif isinstance(error, ImportFileError):
            message = describe_file_error(error)
        elif isinstance(error, PermissionDeniedError):
            message = not_allowed_for_role()  # and the refusal is in the audit trail
        else:
            # Database errors quote the rows they failed on: NIKs stay out of the error log.
            log.error("Import failed: %s", type(error).__name__)
            log.debug("Import failure", exc_info=error)
            message = self.tr("The import failed (%1). Nothing in the registry was changed.")
            message = message.replace("%1", type(error).__name__)
        self._show_outcome(message)

    def _on_show_rejects_clicked(self) -> None:
        if self._summary is not None and self._summary.rejects_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._summary.rejects_path.parent)))

    # ---------------------------------------------------------------- texts

    def _show_outcome(self, failure: str | None) -> None:
        self.pages.setCurrentIndex(2)
        self.outcome_label.setProperty("problem", failure is not None)
        self.outcome_label.style().unpolish(self.outcome_label)
        self.outcome_label.style().polish(self.outcome_label)
        self._failure = failure
        self._show_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a registration list"))
        self.title_label.setText(self.tr("Import a registration list"))
        self.intro_label.setText(
            self.tr(
                "Choose the list of registered workers: a CSV file or an Excel workbook (.xlsx)."
                "\n\nIt needs at least the columns NIK, name, date of birth and KPJ number."
                " Workers already in the registry are updated by their NIK. Rows with"
                " mistakes are not imported: they are listed afterwards, and saved in a file"
                " next to the list, so that they can be corrected and imported again."
            )
        )
        self.choose_button.setText(self.tr("Choose file…"))
        self.close_button.setText(self.tr("Close"))
        self.cancel_button.setText(self.tr("Stop"))
        self.again_button.setText(self.tr("Import another file…"))
        self.done_button.setText(self.tr("Done"))
        self.show_rejects_button.setText(self.tr("Show the rejected rows' file"))
        captions = {
            "rows": self.tr("Rows read"),
            "inserted": self.tr("New workers"),
            "updated": self.tr("Updated"),
            "unchanged": self.tr("Already up to date"),
            "rejected": self.tr("Rejected"),
            "warnings": self.tr("Imported with a warning"),
        }
        for key, text in captions.items():
            self._count_captions[key].setText(text)
        self.problems_model.retranslate()
        self._show_texts()

    def _show_texts(self) -> None:
        name = self._path.name if self._path else ""
        self.running_label.setText(self.tr("Importing %1…").replace("%1", name))
        summary = self._summary
        failure = self._failure
        self.counts.setVisible(summary is not None)
        self.problems_view.setVisible(summary is not None and bool(summary.problems))
        has_rejects = summary is not None and summary.rejects_path is not None
        self.show_rejects_button.setVisible(has_rejects)
        self.rejects_label.setVisible(has_rejects)
        if summary is None:
            self.outcome_label.setText(failure or "")
            return
        self.outcome_label.setText(self.tr("%1 is imported.").replace("%1", summary.source))
        locale = self.locale()
        values = {
            "rows": summary.rows,
            "inserted": summary.inserted,
            "updated": summary.updated,
            "unchanged": summary.unchanged,
            "rejected": summary.rejected,
            "warnings": summary.warnings,
        }
        for key, value in values.items():
            self._count_values[key].setText(locale.toString(value))
        rejected = self._count_values["rejected"]
        rejected.setProperty("problem", summary.rejected > 0)
        rejected.style().unpolish(rejected)
        rejected.style().polish(rejected)
        # The file's name only: a whole path is one word too wide to wrap. The button opens
        # its folder, and the tooltip has the path.
        rejects = summary.rejects_path
        self.rejects_label.setToolTip(str(rejects) if rejects is not None else "")
        if rejects is not None and summary.rejected:
            self.rejects_label.setText(
                self.tr(
                    "The rejected rows, with the reasons, are saved in the list's folder, in"
                    " %1. Correct them there and import that file."
                ).replace("%1", rejects.name)
            )
        elif rejects is not None:  # only differences from desk corrections
            self.rejects_label.setText(
                self.tr(
                    "Rows that differ from corrections made at the desk are listed in the"
                    " list's folder, in %1; the corrections are kept until a supervisor decides."
                ).replace("%1", rejects.name)
            )
