"""A read-only table model base: one row per frozen dataclass, one column per IntEnum member."""

from __future__ import annotations

import abc
import enum
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

RowT = TypeVar("RowT")
ColumnT = TypeVar("ColumnT", bound=enum.IntEnum)

_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class RowTableModel(QAbstractTableModel, Generic[RowT, ColumnT]):
    """A thin adapter over a tuple of rows; subclasses say what a cell shows, not how Qt asks.

    Subclasses implement `column_title` and `display` with `self.tr` in their own body, so
    their strings keep the subclass's name as translation context. Shiboken's metaclass does
    not combine with ABCMeta: the abstract methods are enforced by mypy, and at call time.
    """

    def __init__(self, columns: type[ColumnT], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[ColumnT, ...] = tuple(columns)
        if [int(c) for c in self._columns] != list(range(len(self._columns))):
            raise ValueError(f"{columns.__name__} must number its columns 0, 1, 2, ...")
        self._rows: tuple[RowT, ...] = ()

    # ---------------------------------------------------------------- for subclasses

    @abc.abstractmethod
    def column_title(self, column: ColumnT) -> str:
        """The column's header, in the current language."""
        raise NotImplementedError

    @abc.abstractmethod
    def display(self, row: RowT, column: ColumnT) -> str:
        """The text a cell shows (DisplayRole)."""
        raise NotImplementedError

    def cell(self, row: RowT, column: ColumnT, role: int) -> Any:
        """Any other role of a cell: tooltip, colour, font, a UserRole; None when it has none."""
        return None

    def _rows_replaced(self) -> None:
        """Recompute state derived from the rows; it runs inside the model reset."""

    # ---------------------------------------------------------------- the rows

    @property
    def rows(self) -> tuple[RowT, ...]:
        return self._rows

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def set_rows(self, rows: Iterable[RowT]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._rows_replaced()
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and cell texts are words in the current language: repaint them."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self._columns) - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )

    # ---------------------------------------------------------------- Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._columns)):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        return self.cell(row, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if 0 <= section < len(self._rows) else None
        if not 0 <= section < len(self._columns):
            return None
        return self.column_title(self._columns[section])

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
