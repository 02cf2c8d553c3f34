"""Table model over the problems an import found, one row per problem, in file order."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kiosk.texts.imports import describe_problem
from kiosk.ui.common.table_model import RowTableModel
from kiosk.usecases.importing import RowProblem

_REJECTED = QColor("#9a3b32")
_WARNING = QColor("#8a5a00")


class ProblemColumn(enum.IntEnum):
    LINE = 0
    KIND = 1
    COLUMN = 2
    VALUE = 3
    REASON = 4


class ProblemsModel(RowTableModel[RowProblem, ProblemColumn]):
    """A thin adapter over RowProblem; reasons are described in the current language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ProblemColumn, parent)
        self._rejected_lines: frozenset[int] = frozenset()

    def set_problems(self, problems: Sequence[RowProblem]) -> None:
        self.set_rows(problems)

    def rejected(self, row: int) -> bool:
        return self.row_at(row).line in self._rejected_lines

    def problem(self, row: int) -> RowProblem:
        return self.row_at(row)

    def _rows_replaced(self) -> None:
        # One error is enough to reject a row; its warnings are then about a rejected row too.
        self._rejected_lines = frozenset(p.line for p in self.rows if not p.is_warning)

    def column_title(self, column: ProblemColumn) -> str:
        match column:
            case ProblemColumn.LINE:
                return self.tr("Line")
            case ProblemColumn.KIND:
                return self.tr("Outcome")
            case ProblemColumn.COLUMN:
                return self.tr("Column")
            case ProblemColumn.VALUE:
                return self.tr("Value")
            case ProblemColumn.REASON:
                return self.tr("Problem")

    def display(self, row: RowProblem, column: ProblemColumn) -> str:
        match column:
            case ProblemColumn.LINE:
                return str(row.line)
            case ProblemColumn.KIND:
                if row.line in self._rejected_lines:
                    return self.tr("Rejected")
                return self.tr("Imported, check")
            case ProblemColumn.COLUMN:
                return row.column
            case ProblemColumn.VALUE:
                return row.value
            case ProblemColumn.REASON:
                return describe_problem(row)

    def cell(self, row: RowProblem, column: ProblemColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(row, column)  # the whole text, when the cell is too narrow for it
        if role == Qt.ItemDataRole.ForegroundRole and column is ProblemColumn.KIND:
            return _REJECTED if row.line in self._rejected_lines else _WARNING
        if role == Qt.ItemDataRole.TextAlignmentRole and column is ProblemColumn.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
