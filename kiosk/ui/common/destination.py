"""Where a print went, in words, with a button to open the file when it became a PDF."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.texts.printing import where_it_went
from kiosk.usecases.job_records import JobOutcome

ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    """The text with a place to break after each "/", so that a long path wraps at its
    folders instead of running past the label's edge."""
    return text.replace("/", "/" + ZERO_WIDTH_SPACE)


def open_file(path: str) -> bool:
    """Open a file with the desktop's viewer (a PDF viewer prints it too)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class DestinationNote(QWidget):
    """ "The card was saved as a PDF file, not printed: …  [Buka file]", or "The card went to
    the printer: Card printer KartuCR80". Hidden until a job went through."""

    def __init__(
        self, parent: QWidget | None = None, *, opener: Callable[[str], bool] = open_file
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._file: str | None = None
        self.label = QLabel()
        self.label.setObjectName("destination")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open the file"))
        self.open_button.setObjectName("open-file")
        self.open_button.setToolTip(self.tr("Opens the PDF, from where it can be printed"))
        self.open_button.clicked.connect(self._open)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("destinationProblem")
        self.problem_label.setProperty("state", "problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        self.clear()

    def text(self) -> str:
        """What the note says, as words (without the places to break)."""
        return self.label.text().replace(ZERO_WIDTH_SPACE, "")

    @property
    def file(self) -> str | None:
        return self._file

    def show_outcome(self, outcome: JobOutcome) -> None:
        """Say where a job that went through is; nothing for one that failed."""
        if not outcome.sent:
            self.clear()
            return
        self._file = outcome.file
        self.label.setText(breakable(where_it_went(outcome)))
        self.label.setToolTip(outcome.file or "")
        self.open_button.setVisible(outcome.file is not None)
        self.setVisible(True)

    def clear(self) -> None:
        self._file = None
        self.problem_label.clear()
        self.problem_label.hide()
        self.label.clear()
        self.open_button.setVisible(False)
        self.setVisible(False)

    def _open(self) -> None:
        if self._file is None:
            return
        if self._opener(self._file):
            self.problem_label.hide()
            return
        # No PDF viewer on this computer (or none the desktop knows): say what to do.
        text = self.tr(
            "This computer has no program to open PDF files. Copy the file to a computer"
            " that prints, or ask a supervisor."
        )
        self.problem_label.setText(text)
        self.problem_label.show()
