"""Does every text fit its widget, and every window the kiosk's 1366x768 screen?

misfits(window, "name") walks the visible widgets of one window and returns what a person
would find cut: a label, button, field or choice whose text is wider (or, word-wrapped,
taller) than the room the widget has; a text the code elided without the full text as a
tooltip; a window larger than the screen; a visible widget outside its window. Each misfit
names the window, the widget (objectName, class, text) and the shortfall in pixels.

The measure is the font the widget paints with (QWidget.fontMetrics() after polishing, so
style-sheet fonts count) against the room the style leaves for text: what Qt itself would
ask for (sizeHint) for buttons and check boxes, contentsRect for labels, the text margins
and frame for line edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTableView,
    QToolButton,
    QWidget,
)

SCREEN = QSize(1366, 768)
# A dialog has a window manager's title bar above it (the kiosk's own window is frameless
# in kiosk mode and maximised otherwise): its frame must fit this much less than the screen.
TITLE_BAR = 32
# Rounding: a pixel is not a cut.
TOLERANCE = 1


@dataclass(frozen=True)
class Misfit:
    window: str
    widget: str
    problem: str
    shortfall: int

    def __str__(self) -> str:
        return f"{self.window}: {self.widget}: {self.problem} ({self.shortfall} px short)"


def describe(widget: QWidget) -> str:
    """objectName, class and text: enough to find the widget in the code."""
    name = widget.objectName() or "-"
    text = _text_of(widget)
    shown = f' "{text[:60]}{"…" if len(text) > 60 else ""}"' if text else ""
    return f"{type(widget).__name__}#{name}{shown}"


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text().replace("\n", " ")
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    """A widget in a scroll area may be larger than what shows: scrolling reaches it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window


def misfits(
    window: QWidget,
    name: str,
    *,
    within: QWidget | None = None,
    excluding: Sequence[QWidget] = (),
    scrolling: Sequence[QLineEdit] = (),
    screen: QSize = SCREEN,
) -> list[Misfit]:
    """What does not fit in this (shown) window; empty when everything does.

    within: only the widgets inside this part of the window (the window itself is then not
    measured); excluding: parts of the window left out (someone else's, measured apart);
    scrolling: fields for machine input (a scanned QR code) whose text may scroll.
    """
    found: list[Misfit] = []
    if within is None:
        found += _window_misfits(window, name, screen)
    part = window if within is None else within
    widgets = [part] if part is not window else []
    for widget in widgets + part.findChildren(QWidget):
        if not _shown(widget, window) or widget.width() <= 0:
            continue
        if any(widget is e or e.isAncestorOf(widget) for e in excluding):
            continue
        found += _outside(widget, window, name)
        if isinstance(widget, QLabel):
            found += _label_misfits(widget, name)
        elif isinstance(widget, QPushButton | QToolButton | QCheckBox | QRadioButton):
            if isinstance(widget.parentWidget(), QLineEdit):
                continue  # a line edit's clear button: an icon Qt sizes itself
            found += _button_misfits(widget, name)
        elif isinstance(widget, QLineEdit) and widget not in scrolling:
            found += _line_edit_misfits(widget, name)
        elif isinstance(widget, QComboBox):
            found += _combo_misfits(widget, name)
        elif isinstance(widget, QTableView):
            found += _table_misfits(widget, name)
    return found


def assert_fits(
    window: QWidget,
    name: str,
    *,
    within: QWidget | None = None,
    excluding: Sequence[QWidget] = (),
    scrolling: Sequence[QLineEdit] = (),
) -> None:
    found = misfits(window, name, within=within, excluding=excluding, scrolling=scrolling)
    assert not found, "Does not fit at 1366x768:\n" + "\n".join(f"  {m}" for m in found)


# -------------------------------------------------------------------- the window


def _window_misfits(window: QWidget, name: str, screen: QSize) -> list[Misfit]:
    found = []
    framed = isinstance(window, QDialog) and not (
        window.windowFlags() & Qt.WindowType.FramelessWindowHint
    )
    room = QSize(screen.width(), screen.height() - (TITLE_BAR if framed else 0))
    # The window's own size: the offscreen platform's frame is no window manager's.
    for label, size in (("size", window.size()), ("least size", _least(window))):
        for extent, have, need in (
            ("wide", room.width(), size.width()),
            ("tall", room.height(), size.height()),
        ):
            if need > have:
                found.append(
                    Misfit(
                        name,
                        describe(window),
                        f"its {label} is too {extent} for the screen",
                        need - have,
                    )
                )
    return found


def _least(window: QWidget) -> QSize:
    """The smallest size its layout allows (what no resizing can go under)."""
    return window.minimumSizeHint().expandedTo(window.minimumSize())


def _outside(widget: QWidget, window: QWidget, name: str) -> list[Misfit]:
    if _inside_scroll_area(widget, window):
        return []
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    room = window.rect()
    over = max(
        room.left() - rect.left(),
        room.top() - rect.top(),
        rect.right() - room.right(),
        rect.bottom() - room.bottom(),
    )
    if over > TOLERANCE:
        return [Misfit(name, describe(widget), "lies outside its window", over)]
    return []


# -------------------------------------------------------------------- labels


def _label_misfits(label: QLabel, name: str) -> list[Misfit]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    metrics = label.fontMetrics()
    rect = label.contentsRect()
    indent = _label_indent(label, metrics)
    width = rect.width() - 2 * label.margin() - indent
    found = []
    plain = _plain(label)
    if "…" in plain.rstrip("…") and not label.toolTip():
        # An ellipsis inside the text: shortened by the code, and nothing shows the rest. (A
        # trailing "…" is the usual "more to come" of "Checking…" or "Import list…".)
        found.append(Misfit(name, describe(label), "text was elided without a tooltip", 0))
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        have = label.height()
        if need > have + TOLERANCE:
            found.append(Misfit(name, describe(label), "wrapped text is taller than the label",
                                need - have))  # fmt: skip
        # A single word longer than the line still overflows.
        # (A zero-width space is where a long path may break, as Qt's line breaking does.)
        words = plain.replace("\u200b", " ").split()
        widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        if widest > width + TOLERANCE:
            found.append(Misfit(name, describe(label), "a word is wider than the label",
                                widest - width))  # fmt: skip
        return found
    need_w = max(_line_widths(label, metrics), default=0)
    if need_w > width + TOLERANCE:
        found.append(Misfit(name, describe(label), "text is wider than the label",
                            need_w - width))  # fmt: skip
    lines = 1 if _is_rich(label) else plain.count("\n") + 1
    need_h = (lines - 1) * metrics.lineSpacing() + metrics.height()
    have_h = rect.height() - 2 * label.margin()
    if need_h > have_h + TOLERANCE:
        found.append(Misfit(name, describe(label), "text is taller than the label",
                            need_h - have_h))  # fmt: skip
    return found


def _plain(label: QLabel) -> str:
    text = label.text()
    if _is_rich(label):
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    if fmt == Qt.TextFormat.AutoText:
        return bool(QtGui.Qt.mightBeRichText(label.text()))
    return False


def _line_widths(label: QLabel, metrics: QFontMetrics) -> list[int]:
    if _is_rich(label):
        # Rich text lays itself out: its natural width is what the label asks for, less
        # what lies around the contents.
        around = label.width() - label.contentsRect().width()
        return [
            label.sizeHint().width() - around - 2 * label.margin() - _label_indent(label, metrics)
        ]
    return [metrics.horizontalAdvance(line) for line in _plain(label).split("\n")]


def _label_indent(label: QLabel, metrics: QFontMetrics) -> int:
    indent = label.indent()
    if indent < 0:
        # Qt: a frame gives half an "x" of indent on the aligned side.
        return metrics.horizontalAdvance("x") // 2 if label.frameWidth() > 0 else 0
    return indent


# -------------------------------------------------------------------- buttons


def _button_misfits(button: QAbstractButton, name: str) -> list[Misfit]:
    if not button.text() and button.icon().isNull():
        return []
    # sizeHint is what the style needs for text, icon, menu arrow, indicator and padding
    # (style sheets included); less width than that cuts the text.
    need = button.sizeHint().width()
    have = button.width()
    found = []
    if need > have + TOLERANCE:
        found.append(Misfit(name, describe(button), "text is wider than the button",
                            need - have))  # fmt: skip
    text_h = button.fontMetrics().height()
    if text_h > button.height() + TOLERANCE:
        found.append(Misfit(name, describe(button), "text is taller than the button",
                            text_h - button.height()))  # fmt: skip
    return found


# -------------------------------------------------------------------- fields


def _line_edit_misfits(edit: QLineEdit, name: str) -> list[Misfit]:
    text = edit.text() if edit.echoMode() == QLineEdit.EchoMode.Normal else ""
    shown = text or edit.placeholderText()
    if not shown:
        return []
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    width = room.width() - margins.left() - margins.right() - 2 * _LINE_EDIT_MARGIN
    for side in edit.findChildren(QToolButton):
        if side.isVisibleTo(edit):
            width -= side.width()  # a clear button or an icon inside the field
    need = edit.fontMetrics().horizontalAdvance(shown)
    if need > width + TOLERANCE:
        what = "text" if text else "placeholder"
        return [Misfit(name, describe(edit), f"{what} is wider than the field", need - width)]
    return []


# QLineEdit's private horizontal margin on each side of the text (qlineedit_p.h).
_LINE_EDIT_MARGIN = 2


def _combo_misfits(combo: QComboBox, name: str) -> list[Misfit]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    width = room.width()
    if not combo.itemIcon(combo.currentIndex()).isNull():
        width -= combo.iconSize().width() + 4
    need = combo.fontMetrics().horizontalAdvance(text)
    if need > width + TOLERANCE:
        return [Misfit(name, describe(combo), "choice is wider than the box", need - width)]
    return []


# -------------------------------------------------------------------- tables


def _table_misfits(view: QTableView, name: str) -> list[Misfit]:
    """Headers and the cells in view: an elided cell must have its whole text as a tooltip."""
    model = view.model()
    if model is None:
        return []
    found = []
    header = view.horizontalHeader()
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    if header.isVisible():
        for column in columns:
            need, have = header.sectionSizeHint(column), header.sectionSize(column)
            if need > have + TOLERANCE:
                text = model.headerData(column, Qt.Orientation.Horizontal)
                found.append(Misfit(name, f"{describe(view)} header \"{text}\"",
                                    "heading is wider than its column", need - have))  # fmt: skip
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    first = max(view.rowAt(0), 0)
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    for row in range(first, last + 1):
        for column in columns:
            index = model.index(row, column)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if text is None or text == "":
                continue
            text = str(text)
            need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + margin
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                need += view.iconSize().width() + 4
            have = view.columnWidth(column)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if need > have + TOLERANCE and not (tip and text in str(tip)):
                where = f'{describe(view)} cell ({row}, {column}) "{text}"'
                problem = "elided, and no tooltip has the whole text"
                found.append(Misfit(name, where, problem, need - have))
    return found
