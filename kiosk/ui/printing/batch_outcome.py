"""The lower half of the batch dialog: the run's progress, and what it printed or saved.

Its words belong to the batch dialog: they are translated in the BatchPrintDialog context."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from kiosk.texts.printing import printer_error_text
from kiosk.usecases.print_batch import BatchResult


class BatchOutcome(QWidget):
    """The progress bar and counter while a run goes; afterwards, its outcome and files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMinimumHeight(32)
        self.progress_bar.hide()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("batchProgress")
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("batchOutcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.hide()
        self.files_label = QLabel()
        self.files_label.setObjectName("batchFiles")
        self.files_label.setWordWrap(True)
        self.files_label.hide()
        progress_row = QHBoxLayout()
        progress_row.setSpacing(16)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(progress_row)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.files_label)

    def show_progress(self, done: int, total: int, *, stopping: bool) -> None:
        self.progress_label.show()
        if stopping:
            text = QCoreApplication.translate("BatchPrintDialog", "Stopping after this card…")
            self.progress_label.setText(text)
            return
        self._show_count(done, total)

    def _show_count(self, done: int, total: int) -> None:
        locale = self.locale()
        text = QCoreApplication.translate("BatchPrintDialog", "Card %1 of %2")
        text = text.replace("%1", locale.toString(done)).replace("%2", locale.toString(total))
        self.progress_label.setText(text)

    def show_outcome(
        self, result: BatchResult | None, problem: str | None, card_printer: str, again: str
    ) -> bool:
        """Show how the run ended; returns whether it saved files (to offer their folder)."""
        has_files = result is not None and bool(result.files)
        self.outcome_label.setVisible(result is not None or problem is not None)
        self.files_label.setVisible(
            has_files or (result is not None and result.skipped_changed > 0)
        )
        if result is None:
            self.set_state("failed")
            self.outcome_label.setText(problem or "")
            return has_files
        total = result.plan.to_print
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(result.printed, total))  # the bar says what printed
        self._show_count(result.printed, total)
        self.outcome_label.setText("\n".join(self._outcome_lines(result, card_printer, again)))
        details = []
        if has_files:
            details.append(_files_text(result.files))
        if result.skipped_changed:
            details.append(
                QCoreApplication.translate(
                    "BatchPrintDialog",
                    "%n card(s) were printed at a desk meanwhile and were skipped.",
                    "",
                    result.skipped_changed,
                )
            )
        # Cards issued at another kiosk are told with the plan, counted again after the run.
        self.files_label.setText("\n".join(details))
        return has_files

    def _outcome_lines(self, result: BatchResult, card_printer: str, again: str) -> list[str]:
        printed = QCoreApplication.translate(
            "BatchPrintDialog", "%n card(s) printed.", "", result.printed
        )
        if result.failure is not None:
            self.set_state("failed")
            lines = [printer_error_text(result.failure), again]
            if result.printed:
                lines.insert(0, printed)
            return lines
        if result.cancelled:
            self.set_state("stopped")
            return [
                QCoreApplication.translate(
                    "BatchPrintDialog", "Stopped: %n card(s) printed.", "", result.printed
                ),
                QCoreApplication.translate(
                    "BatchPrintDialog",
                    "The finished files stay printed. Running the batch again continues where"
                    " it stopped and never prints a card twice.",
                ),
            ]
        self.set_state("done")
        lines = [printed]
        if not result.files and result.printed:
            sent = QCoreApplication.translate("BatchPrintDialog", "Sent to %1.")
            lines.append(sent.replace("%1", card_printer))
        return lines

    def set_state(self, state: str) -> None:
        """The outcome's colour: done, stopped, failed, or a note."""
        if self.outcome_label.property("state") == state:
            return
        self.outcome_label.setProperty("state", state)
        self.outcome_label.style().unpolish(self.outcome_label)
        self.outcome_label.style().polish(self.outcome_label)


def _files_text(files: list[Path]) -> str:
    saved = QCoreApplication.translate("BatchPrintDialog", "Saved in the folder %1")
    saved = saved.replace("%1", str(files[0].parent))
    if len(files) == 1:
        return f"{saved}\n{files[0].name}"
    names = QCoreApplication.translate("BatchPrintDialog", "%n files: %1 to %2", "", len(files))
    names = names.replace("%1", files[0].name).replace("%2", files[-1].name)
    return f"{saved}\n{names}"
