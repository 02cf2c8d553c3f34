"""The results table: keyboard-first, one row per worker."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QScroller, QTableView, QWidget

from kiosk.ui.lookup.results_model import Column

ROW_HEIGHT = 40
# Columns whose text may be cut (a tooltip shows it whole) so that a long name is not, and
# about how many letters' width they keep when they give way. The status never gives way:
# "Sudah diserahkan" is what the desk must read at a glance.
_YIELDING = (Column.DESA,)
_YIELDING_MIN_CHARS = 12


class ResultsView(QTableView):
    """Enter opens the selected row, Escape goes back to the search box, and printable keys
    are handed on, so that a scan lands in the search box wherever the focus is."""

    open_requested = Signal(int)  # row
    escape_pressed = Signal()
    up_from_top = Signal()  # Up on the first row: back to the search box
    text_typed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False  # _fit_columns is under way: its resizing calls back
        self.setObjectName("resultsTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionsClickable(False)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.doubleClicked.connect(self._on_double_clicked)
        # A finger drags the list as on a phone.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self._empty_text = ""

    def set_empty_text(self, text: str) -> None:
        """What the empty table says: how to search, or that nothing matched."""
        self._empty_text = text
        self.viewport().update()

    def size_columns(self) -> None:
        """The name takes what is left. NIK and KPJ are as wide as their entries; the village
        and the status too, unless the longest name needs the room: then they give way."""
        header = self.horizontalHeader()
        header.setMinimumSectionSize(60)
        for column in Column:
            if column is Column.NAME:
                mode = QHeaderView.ResizeMode.Stretch
            elif column in _YIELDING:
                mode = QHeaderView.ResizeMode.Fixed  # sized by _fit_columns
            else:
                mode = QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self._fit_columns()

    def updateGeometries(self) -> None:
        # Called on every change of size, rows, texts, or of the scroll bar's presence.
        super().updateGeometries()
        if not self._fitting:
            self._fitting = True
            try:
                self._fit_columns()
            finally:
                self._fitting = False

    def _content_width(self, column: Column) -> int:
        header = self.horizontalHeader()
        return max(self.sizeHintForColumn(column), header.sectionSizeHint(column))

    def _fit_columns(self) -> None:
        """Village and status as wide as their entries where the longest name leaves room;
        else narrower, down to their floor, each in proportion to what it can give."""
        header = self.horizontalHeader()
        model = self.model()
        if model is None or header.sectionResizeMode(Column.DESA) != QHeaderView.ResizeMode.Fixed:
            return
        wants = {c: self._content_width(c) for c in _YIELDING}
        floors = {
            c: min(wants[c], self.fontMetrics().averageCharWidth() * _YIELDING_MIN_CHARS)
            for c in _YIELDING
        }
        others = sum(self._content_width(c) for c in Column if c not in _YIELDING)
        spare = self.viewport().width() - others
        widths = dict(wants)
        over = sum(wants.values()) - max(spare, sum(floors.values()))
        if over > 0:
            # Each gives way in proportion to what it has above its floor.
            room = sum(wants[c] - floors[c] for c in _YIELDING) or 1
            for c in _YIELDING:
                cut = (over * (wants[c] - floors[c]) + room - 1) // room
                widths[c] = max(floors[c], wants[c] - cut)
        for c, width in widths.items():
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)

    def current_row(self) -> int | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        index = self.model().index(row, Column.NAME)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            row = self.current_row()
            if row is not None:
                self.open_requested.emit(row)
            return
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        if key == Qt.Key.Key_Up and self.current_row() in (None, 0):
            self.up_from_top.emit()
            return
        text = event.text()
        no_chord = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if text and text.isprintable() and no_chord:
            self.text_typed.emit(text)
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self._empty_text or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(48, 24, -48, -24)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self._empty_text)
        painter.end()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.row())
