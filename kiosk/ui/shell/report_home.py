"""The page a monitor lands on: the programme report, and nothing about any worker."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class ReportHomePage(QWidget):
    """One thing to do: open the report. A monitor may not search, so the lookup (names,
    NIKs) is never shown to them.

    Signals:
        report_requested(): open the programme report.
    """

    report_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportHome")
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel()
        self.text_label.setObjectName("reportHomeText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton()
        self.open_button.setObjectName("primaryButton")
        self.open_button.setMinimumWidth(280)
        self.open_button.clicked.connect(self.report_requested)
        layout = QVBoxLayout(self)
        # Wide margins rather than a narrow label: a wrapped label gets the height it needs.
        layout.setContentsMargins(240, 0, 240, 0)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addWidget(self.text_label)
        layout.addSpacing(20)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def focus(self) -> None:
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Programme report"))
        self.text_label.setText(
            self.tr(
                "Registered, printed, handed over and accounts opened, per kabupaten against"
                " its target; handovers per day and per desk; every card accounted for."
                " Counts only: no worker's name or NIK."
            )
        )
        self.open_button.setText(self.tr("Open the report…"))
