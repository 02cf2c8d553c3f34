"""The pieces the account form is built of: its sections, its fields and their red marks,
words that wrap beside a check box, and a scroll page that scrolls only when it must."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.usecases.bank_form import MAX_TEXT

ADDRESS_LINES = 3  # a desa, a kecamatan and a kabupaten, read whole


def section(title: QLabel, body: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("accountStep")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(8)
    title.setObjectName("stepTitle")
    title.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(body, 1)
    return frame


def _restyle(widget: QWidget, name: str, value: bool) -> None:
    """Set a dynamic property the style sheet selects on, and apply the style again."""
    if bool(widget.property(name)) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def mark(widget: QWidget, invalid: bool) -> None:
    """A red border on a field to put right (the style sheet's [invalid="true"])."""
    _restyle(widget, "invalid", invalid)


def choice_combo(name: str) -> QComboBox:
    """A closed list whose placeholder, while nothing is chosen, is grey as a line edit's
    (the style sheet's colour for combo boxes would make it look like a chosen answer)."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.currentIndexChanged.connect(lambda index: _restyle(combo, "placeholder", index < 0))
    _restyle(combo, "placeholder", True)
    return combo


def editable_combo(name: str, choices: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(choices))
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    return combo


class AddressEdit(QPlainTextEdit):
    """One address over a few lines, so a long one is read whole: QLineEdit's text(),
    setText() and length limit; Enter adds no line (the address is one line to the bank)."""

    def __init__(self, max_length: int = MAX_TEXT, lines: int = ADDRESS_LINES) -> None:
        super().__init__()
        self._max_length = max_length
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._on_text_changed)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def _on_text_changed(self) -> None:
        text = self.toPlainText()
        if len(text) > self._max_length:  # typed or pasted past the limit: cut, as QLineEdit
            self.setPlainText(text[: self._max_length])
            self.moveCursor(self.textCursor().MoveOperation.End)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        # Room for the lines whatever the font the style sheet gives.
        margins = self.contentsMargins()
        document = 2 * self.document().documentMargin()
        height = self._lines * self.fontMetrics().lineSpacing() + document
        return QSize(super().sizeHint().width(), round(height) + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # the style sheet's font and padding: a new height


class FittedPage(QWidget):
    """A scroll area's page that asks for no more height than its contents cannot do without.

    A page with wrapped labels asks the scroll area for its preferred height, so it would
    scroll while everything still fits; this one scrolls only on a screen truly too small.
    """

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


class WrappedText(QLabel):
    """A word-wrapped label that never gets less height than its lines need at its width
    (a layout that squeezes a column would otherwise cut its last line)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


class CheckText(QLabel):
    """A check box's words, wrapped over as many lines as they need; a click ticks the box."""

    def __init__(self, check: QCheckBox) -> None:
        super().__init__()
        self._check = check
        self.setObjectName("checkText")
        self.setWordWrap(True)
        self.setBuddy(check)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._check.isEnabled():
            self._check.click()
        super().mouseReleaseEvent(event)


def check_row(check: QCheckBox, text: CheckText) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(6)
    row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(text, 1)
    return row
