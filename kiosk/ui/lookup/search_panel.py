"""The search box, the region filters and the line that says what the search found."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.usecases.lookup import LookupResult, QueryKind, RegionChoice


class SearchBox(QLineEdit):
    """A line edit that hands Down and Escape to the window (keyboard-first navigation)."""

    down_pressed = Signal()
    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """Shows the query, the kecamatan and desa filters, and the result count; emits edits."""

    query_edited = Signal(str)
    submitted = Signal()
    down_pressed = Signal()
    clear_requested = Signal()
    scope_changed = Signal()
    kecamatan_changed = Signal(object)  # str | None: a kecamatan code, or all of them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: LookupResult | None = None
        self._searching = False
        self._error: str | None = None

        self.query_edit = SearchBox()
        self.query_edit.setObjectName("searchBox")
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setMaxLength(120)
        self.query_edit.textEdited.connect(self.query_edited)
        self.query_edit.returnPressed.connect(self.submitted)
        self.query_edit.down_pressed.connect(self.down_pressed)
        self.query_edit.escape_pressed.connect(self.clear_requested)

        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearButton")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear_requested)

        self.kecamatan_label = QLabel()
        self.kecamatan_combo = QComboBox()
        self.kecamatan_combo.setObjectName("kecamatanCombo")
        self.kecamatan_combo.addItem("", None)
        self.kecamatan_combo.currentIndexChanged.connect(self._on_kecamatan_index_changed)
        self.kecamatan_label.setBuddy(self.kecamatan_combo)

        self.desa_label = QLabel()
        self.desa_combo = QComboBox()
        self.desa_combo.setObjectName("desaCombo")
        self.desa_combo.addItem("", None)
        self.desa_combo.setEnabled(False)
        self.desa_combo.currentIndexChanged.connect(self._on_desa_index_changed)
        self.desa_label.setBuddy(self.desa_combo)

        for combo in (self.kecamatan_combo, self.desa_combo):
            # Back to the search box once chosen, so that the next scan lands there.
            combo.activated.connect(self._on_combo_activated)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            combo.setMaxVisibleItems(15)

        self.status_label = QLabel()
        self.status_label.setObjectName("searchStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_label.setWordWrap(True)
        # A long message wraps instead of widening the window past a 1366-pixel screen.
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.kecamatan_label)
        filters.addWidget(self.kecamatan_combo)
        filters.addSpacing(12)
        filters.addWidget(self.desa_label)
        filters.addWidget(self.desa_combo)
        filters.addSpacing(12)
        filters.addWidget(self.status_label, 1)
        # Two lines at most, so that the table does not jump while staff type.
        self.status_label.setMaximumHeight(self.kecamatan_combo.sizeHint().height())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        search_row.addWidget(self.query_edit, 1)
        search_row.addWidget(self.clear_button)
        layout.addLayout(search_row)
        layout.addLayout(filters)

        self.retranslate()

    # ---------------------------------------------------------------- what the window asks

    def query(self) -> str:
        return self.query_edit.text()

    def scope(self) -> str | None:
        """The narrowest region chosen: a desa code, a kecamatan code, or None for all."""
        desa = self.desa_combo.currentData()
        if isinstance(desa, str):
            return desa
        kecamatan = self.kecamatan_combo.currentData()
        return kecamatan if isinstance(kecamatan, str) else None

    def focus_query(self) -> None:
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def select_query(self) -> None:
        """Select the whole query, so that the next scan or keystroke replaces it."""
        self.query_edit.selectAll()

    def clear_query(self) -> None:
        self.query_edit.clear()

    def type_into_query(self, text: str) -> None:
        """Start a new query with keys typed elsewhere (a scan while the table has focus)."""
        self.focus_query()
        self.query_edit.selectAll()
        self.query_edit.insert(text)
        self.query_edited.emit(self.query_edit.text())

    def set_kecamatan_choices(self, choices: Sequence[RegionChoice]) -> None:
        current = self.kecamatan_combo.currentData()
        self.kecamatan_combo.blockSignals(True)
        try:
            while self.kecamatan_combo.count() > 1:
                self.kecamatan_combo.removeItem(1)
            for choice in choices:
                self.kecamatan_combo.addItem(choice.name, choice.code)
            index = self.kecamatan_combo.findData(current) if current else 0
            self.kecamatan_combo.setCurrentIndex(max(index, 0))
        finally:
            self.kecamatan_combo.blockSignals(False)

    def set_desa_choices(self, kecamatan_code: str, choices: Sequence[RegionChoice]) -> None:
        if self.kecamatan_combo.currentData() != kecamatan_code:
            return
        self.desa_combo.blockSignals(True)
        try:
            self._reset_desa()
            for choice in choices:
                self.desa_combo.addItem(choice.name, choice.code)
            self.desa_combo.setEnabled(bool(choices))
        finally:
            self.desa_combo.blockSignals(False)

    def set_searching(self, searching: bool) -> None:
        self._searching = searching
        if searching:
            self._error = None
        self._show_status()

    def show_result(self, result: LookupResult | None) -> None:
        self._result = result
        self._error = None
        self._show_status()

    def show_error(self, message: str) -> None:
        self._error = message
        self._show_status()

    # ---------------------------------------------------------------- events

    def _on_kecamatan_index_changed(self, _index: int) -> None:
        self.desa_combo.blockSignals(True)
        try:
            self._reset_desa()
            self.desa_combo.setEnabled(False)
        finally:
            self.desa_combo.blockSignals(False)
        code = self.kecamatan_combo.currentData()
        self.kecamatan_changed.emit(code if isinstance(code, str) else None)
        self.scope_changed.emit()

    def _on_combo_activated(self, _index: int) -> None:
        self.focus_query()

    def _on_desa_index_changed(self, _index: int) -> None:
        self.scope_changed.emit()

    def _reset_desa(self) -> None:
        while self.desa_combo.count() > 1:
            self.desa_combo.removeItem(1)
        self.desa_combo.setCurrentIndex(0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.query_edit.setPlaceholderText(
            self.tr("Type a name, NIK, KPJ or phone number, or scan a card")
        )
        self.query_edit.setAccessibleName(self.tr("Search"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the search (Esc)"))
        self.kecamatan_label.setText(self.tr("&District"))
        self.desa_label.setText(self.tr("&Village"))
        self.kecamatan_combo.setItemText(0, self.tr("All districts"))
        self.desa_combo.setItemText(0, self.tr("All villages"))
        self._show_status()

    def _show_status(self) -> None:
        self.status_label.setProperty("problem", self._error is not None)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        if self._error is not None:
            self.status_label.setText(self._error)
        elif self._searching:
            self.status_label.setText(self.tr("Searching…"))
        else:
            self.status_label.setText(self._describe(self._result))

    def _describe(self, result: LookupResult | None) -> str:
        if result is None or result.kind is QueryKind.EMPTY:
            return ""
        if result.kind is QueryKind.TOO_SHORT:
            return self.tr("Type at least 2 letters or 4 digits")
        if not result.hits:
            return self.tr("No worker found")
        if result.truncated:
            return self.tr("More than %n found — type more", "", len(result.hits))
        return self.tr("%n result(s)", "", len(result.hits))
