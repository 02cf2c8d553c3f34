"""The selected worker's registration data, read-only, with the NIK masked."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.texts.labels import sex_label, status_label
from kiosk.ui.palette import status_colour
from kiosk.usecases.lookup import WorkerDetail

_MISSING = "—"


class DetailPanel(QFrame):
    """Shows one WorkerDetail, or a hint when nobody is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self._detail: WorkerDetail | None = None

        self.placeholder = QLabel()
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.name_label = QLabel()
        self.name_label.setObjectName("detailName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")

        self._captions: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        for key in ("nik", "kpj", "born", "sex", "occupation", "address", "region", "phone"):
            caption = QLabel()
            caption.setObjectName("detailCaption")
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._captions[key] = caption
            self._values[key] = value
            form.addRow(caption, value)

        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.setSpacing(12)
        card_layout.addWidget(self.name_label)
        card_layout.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignLeft)
        card_layout.addSpacing(8)
        card_layout.addLayout(form)
        card_layout.addStretch(1)
        self.privacy_note = QLabel()
        self.privacy_note.setObjectName("privacyNote")
        self.privacy_note.setWordWrap(True)
        card_layout.addWidget(self.privacy_note)

        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(card)
        self._card = card

        self.retranslate()

    def detail(self) -> WorkerDetail | None:
        return self._detail

    def show_detail(self, detail: WorkerDetail | None) -> None:
        self._detail = detail
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        captions = {
            "nik": self.tr("NIK"),
            "kpj": self.tr("KPJ number"),
            "born": self.tr("Place, date of birth"),
            "sex": self.tr("Sex"),
            "occupation": self.tr("Occupation"),
            "address": self.tr("Address"),
            "region": self.tr("Village, district"),
            "phone": self.tr("Phone"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        self.privacy_note.setText(
            self.tr("The NIK is partly hidden to protect the worker's personal data.")
        )
        self.placeholder.setText(
            self.tr("Choose a worker from the list to see their registration here.")
        )
        self._fill()

    def _fill(self) -> None:
        detail = self._detail
        if detail is None:
            self._stack.setCurrentWidget(self.placeholder)
            return
        born = self.locale().toString(
            QDate(detail.birth_date.year, detail.birth_date.month, detail.birth_date.day),
            "d MMMM yyyy",
        )
        values = {
            "nik": detail.nik_masked,
            "kpj": detail.kpj,
            "born": ", ".join(part for part in (detail.birth_place, born) if part),
            "sex": sex_label(detail.sex),
            "occupation": detail.occupation,
            "address": detail.address,
            "region": ", ".join(part for part in (detail.desa, detail.kecamatan) if part),
            "phone": detail.phone,
        }
        for key, text in values.items():
            self._values[key].setText(text or _MISSING)
        self.name_label.setText(detail.full_name)
        self.status_badge.setText(status_label(detail.status))
        colour = status_colour(detail.status).name()
        self.status_badge.setStyleSheet(f"color: {colour}; border-color: {colour};")
        self._stack.setCurrentWidget(self._card)
