"""Table model over the problems an import found, one row per problem, in file order."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kiosk.texts.imports import describe_problem
from kiosk.usecases.importing import RowProblem

_Index = QModelIndex | QPersistentModelIndex
_REJECTED = QColor("#9a3b32")
_WARNING = QColor("#8a5a00")


class ProblemColumn(enum.IntEnum):
    LINE = 0
    KIND = 1
    COLUMN = 2
    VALUE = 3
    REASON = 4


class ProblemsModel(QAbstractTableModel):
    """A thin adapter over RowProblem; reasons are described in the current language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowProblem] = []
        self._rejected_lines: frozenset[int] = frozenset()

    def set_problems(self, problems: Sequence[RowProblem]) -> None:
        self.beginResetModel()
        self._rows = list(problems)
        # One error is enough to reject a row; its warnings are then about a rejected row too.
        self._rejected_lines = frozenset(p.line for p in problems if not p.is_warning)
        self.endResetModel()

    def rejected(self, row: int) -> bool:
        return self._rows[row].line in self._rejected_lines

    def problem(self, row: int) -> RowProblem:
        return self._rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ProblemColumn) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(ProblemColumn) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )

    # ---------------------------------------------------------------- Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(ProblemColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(ProblemColumn):
            return None
        problem = self._rows[index.row()]
        column = ProblemColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(problem, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is ProblemColumn.KIND:
            return _REJECTED if problem.line in self._rejected_lines else _WARNING
        if role == Qt.ItemDataRole.TextAlignmentRole and column is ProblemColumn.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if 0 <= section < len(self._rows) else None
        if not 0 <= section < len(ProblemColumn):
            return None
        match ProblemColumn(section):
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

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def _display(self, problem: RowProblem, column: ProblemColumn) -> str:
        match column:
            case ProblemColumn.LINE:
                return str(problem.line)
            case ProblemColumn.KIND:
                if problem.line in self._rejected_lines:
                    return self.tr("Rejected")
                return self.tr("Imported, check")
            case ProblemColumn.COLUMN:
                return problem.column
            case ProblemColumn.VALUE:
                return problem.value
            case ProblemColumn.REASON:
                return describe_problem(problem)
