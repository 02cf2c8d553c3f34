"""Table model over the workers a search found."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from kiosk.texts.labels import status_label
from kiosk.ui.palette import status_colour
from kiosk.usecases.lookup import WorkerSummary

_Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    NIK = 1
    KPJ = 2
    DESA = 3
    STATUS = 4


class ResultsModel(QAbstractTableModel):
    """A thin adapter: one row per WorkerSummary, in the order the use case ranked them."""

    WorkerIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WorkerSummary] = []
        self._mono = QFont("DejaVu Sans Mono")
        self._mono.setStyleHint(QFont.StyleHint.Monospace)

    def set_hits(self, hits: Sequence[WorkerSummary]) -> None:
        self.beginResetModel()
        self._rows = list(hits)
        self.endResetModel()

    def summary(self, row: int) -> WorkerSummary:
        return self._rows[row]

    def row_of(self, worker_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == worker_id:
                return row
        return None

    def retranslate(self) -> None:
        """The headers and status words are translated: repaint them in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.STATUS),
                self.index(len(self._rows) - 1, Column.STATUS),
                [Qt.ItemDataRole.DisplayRole],
            )

    # ---------------------------------------------------------------- Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(Column):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.DESA:
            return f"{summary.desa}, {summary.kecamatan}" if summary.kecamatan else summary.desa
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS:
            return status_colour(summary.status)
        if role == Qt.ItemDataRole.FontRole and column in (Column.NIK, Column.KPJ):
            return self._mono
        if role == self.WorkerIdRole:
            return summary.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if 0 <= section < len(self._rows) else None
        if not 0 <= section < len(Column):
            return None
        match Column(section):
            case Column.NAME:
                return self.tr("Name")
            case Column.NIK:
                return self.tr("NIK")
            case Column.KPJ:
                return self.tr("KPJ")
            case Column.DESA:
                return self.tr("Village")
            case Column.STATUS:
                return self.tr("Status")

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    @staticmethod
    def _display(summary: WorkerSummary, column: Column) -> str:
        match column:
            case Column.NAME:
                return summary.full_name
            case Column.NIK:
                return summary.nik_masked
            case Column.KPJ:
                return summary.kpj
            case Column.DESA:
                return summary.desa
            case Column.STATUS:
                return status_label(summary.status)
