"""The lower half of the batch dialog: the run's progress, and what it printed or saved.

Its words belong to the batch dialog: they are translated in the BatchPrintDialog context.
A count is passed to translate() as a plain name: pyside6-lupdate skips a call whose count
is an expression (result.printed, len(files)), and the words would stay in English."""

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
        self,
        result: BatchResult | None,
        problem: str | None,
        printer_words: str,
        saved_in: Path | None,
        again: str,
    ) -> Path | None:
        """Show how the run ended, and where its cards are: on the printer named in
        printer_words, or as PDF files in the folder saved_in (a folder is never called a
        printer). Returns the folder holding the files it made, to offer to open it."""
        folder: Path | None = None
        if result is not None and result.files:
            folder = result.files[0].parent
        elif result is not None and result.printed and saved_in is not None:
            folder = saved_in
        self.outcome_label.setVisible(result is not None or problem is not None)
        self.files_label.setVisible(
            folder is not None or (result is not None and result.skipped_changed > 0)
        )
        if result is None:
            self.set_state("failed")
            self.outcome_label.setText(problem or "")
            return None
        total = result.plan.to_print
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(result.printed, total))  # the bar says what was made
        self._show_count(result.printed, total)
        lines = self._outcome_lines(result, printer_words, saved=saved_in is not None, again=again)
        self.outcome_label.setText("\n".join(lines))
        details = []
        if folder is not None:
            details.append(_files_text(folder, result.files))
        if skipped := result.skipped_changed:
            details.append(
                QCoreApplication.translate(
                    "BatchPrintDialog",
                    "%n card(s) were printed at a desk meanwhile and were skipped.",
                    "",
                    skipped,
                )
            )
        # Cards issued at another kiosk are told with the plan, counted again after the run.
        self.files_label.setText("\n".join(details))
        return folder

    def _outcome_lines(
        self, result: BatchResult, printer_words: str, *, saved: bool, again: str
    ) -> list[str]:
        count = result.printed
        if saved:
            made = QCoreApplication.translate(
                "BatchPrintDialog",
                "%n card(s) saved as PDF files, not printed yet.",
                "",
                count,
            )
        else:
            made = QCoreApplication.translate("BatchPrintDialog", "%n card(s) printed.", "", count)
        if result.failure is not None:
            self.set_state("failed")
            lines = [printer_error_text(result.failure), again]
            if result.printed:
                lines.insert(0, made)
            return lines
        if result.cancelled:
            self.set_state("stopped")
            if saved:
                stopped = QCoreApplication.translate(
                    "BatchPrintDialog",
                    "Stopped: %n card(s) saved as PDF files.",
                    "",
                    count,
                )
                rest = QCoreApplication.translate(
                    "BatchPrintDialog",
                    "The finished files stay in the folder. Running the batch again continues"
                    " where it stopped and never makes a card twice.",
                )
            else:
                stopped = QCoreApplication.translate(
                    "BatchPrintDialog", "Stopped: %n card(s) printed.", "", count
                )
                rest = QCoreApplication.translate(
                    "BatchPrintDialog",
                    "The finished files stay printed. Running the batch again continues where"
                    " it stopped and never prints a card twice.",
                )
            return [stopped, rest]
        self.set_state("done")
        lines = [made]
        if not saved and result.printed:
            sent = QCoreApplication.translate("BatchPrintDialog", "Sent to %1.")
            lines.append(sent.replace("%1", printer_words))
        return lines

    def set_state(self, state: str) -> None:
        """The outcome's colour: done, stopped, failed, or a note."""
        if self.outcome_label.property("state") == state:
            return
        self.outcome_label.setProperty("state", state)
        self.outcome_label.style().unpolish(self.outcome_label)
        self.outcome_label.style().polish(self.outcome_label)


def _files_text(folder: Path, files: list[Path]) -> str:
    saved = QCoreApplication.translate("BatchPrintDialog", "Saved in the folder %1")
    saved = saved.replace("%1", str(folder))
    if not files:
        return saved  # a folder printer's files: named by the printer
    if len(files) == 1:
        return f"{saved}\n{files[0].name}"
    count = len(files)
    names = QCoreApplication.translate("BatchPrintDialog", "%n files: %1 to %2", "", count)
    names = names.replace("%1", files[0].name).replace("%2", files[-1].name)
    return f"{saved}\n{names}"
