"""The progress tables' model: each kecamatan's numbers, or each desa's of one kecamatan."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QColor, QFont

from kiosk.ui.common.table_model import RowTableModel
from kiosk.usecases.progress import ProgressRow

_DONE = QColor("#1b7a43")


def percent_handed_over(row: ProgressRow) -> int:
    """Whole percent, rounded down: 100% only when every card is handed over."""
    return row.handed_over * 100 // row.registered if row.registered > 0 else 0


def most_remaining_first(rows: Iterable[ProgressRow]) -> tuple[ProgressRow, ...]:
    """Where the most cards still wait comes first: that is where help is needed."""
    return tuple(sorted(rows, key=lambda r: (-r.remaining, r.kecamatan, r.desa)))


class Level(enum.Enum):
    KECAMATAN = "kecamatan"
    DESA = "desa"


class ProgressColumn(enum.IntEnum):
    NAME = 0
    REGISTERED = 1
    PRINTED = 2
    HANDED_OVER = 3
    REMAINING = 4


class ProgressModel(RowTableModel[ProgressRow, ProgressColumn]):
    """The numbers of each kecamatan, or of each desa of one kecamatan."""

    def __init__(self, level: Level, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(ProgressColumn, parent)
        self.level = level
        # A copy of the dialog's, kept up to date by it: a view may still ask for a cell
        # while the dialog is being destroyed, when the dialog can no longer be asked.
        self._locale = QLocale(locale)

    def set_locale(self, locale: QLocale) -> None:
        """The kiosk's language changed: numbers are written its way (retranslate follows)."""
        self._locale = QLocale(locale)

    def column_title(self, column: ProgressColumn) -> str:
        match column:
            case ProgressColumn.NAME:
                return self.tr("Kecamatan") if self.level is Level.KECAMATAN else self.tr("Desa")
            case ProgressColumn.REGISTERED:
                return self.tr("Registered")
            case ProgressColumn.PRINTED:
                return self.tr("Printed")
            case ProgressColumn.HANDED_OVER:
                return self.tr("Handed over")
            case ProgressColumn.REMAINING:
                return self.tr("Remaining")

    def display(self, row: ProgressRow, column: ProgressColumn) -> str:
        locale = self._locale
        match column:
            case ProgressColumn.NAME:
                if self.level is Level.KECAMATAN:
                    return row.kecamatan or self.tr("(kecamatan not given)")
                return row.desa or self.tr("(desa not given)")
            case ProgressColumn.REGISTERED:
                return locale.toString(row.registered)
            case ProgressColumn.PRINTED:
                return locale.toString(row.printed)
            case ProgressColumn.HANDED_OVER:
                # The share beside the number: a sixth column would not fit in half of 1366.
                number = locale.toString(row.handed_over)
                return f"{number} ({percent_handed_over(row)}%)"
            case ProgressColumn.REMAINING:
                return locale.toString(row.remaining)

    def cell(self, row: ProgressRow, column: ProgressColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not ProgressColumn.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column is ProgressColumn.REMAINING:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.remaining == 0 and row.registered:
            return _DONE  # every card of this place is handed over
        if role == Qt.ItemDataRole.ToolTipRole and column is ProgressColumn.NAME:
            return self.display(row, column)  # in case a long name is cut short
        return None
