"""Table model over the workers a search found."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from kiosk.texts.labels import status_label
from kiosk.ui.common.table_model import RowTableModel
from kiosk.ui.lookup.palette import status_colour
from kiosk.usecases.lookup import WorkerSummary


class Column(enum.IntEnum):
    NAME = 0
    NIK = 1
    KPJ = 2
    DESA = 3
    STATUS = 4


class ResultsModel(RowTableModel[WorkerSummary, Column]):
    """A thin adapter: one row per WorkerSummary, in the order the use case ranked them."""

    WorkerIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(Column, parent)
        self._mono = QFont("DejaVu Sans Mono")
        self._mono.setStyleHint(QFont.StyleHint.Monospace)

    def set_hits(self, hits: Sequence[WorkerSummary]) -> None:
        self.set_rows(hits)

    def summary(self, row: int) -> WorkerSummary:
        return self.row_at(row)

    def row_of(self, worker_id: int) -> int | None:
        for row, summary in enumerate(self.rows):
            if summary.id == worker_id:
                return row
        return None

    def column_title(self, column: Column) -> str:
        match column:
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

    def display(self, row: WorkerSummary, column: Column) -> str:
        match column:
            case Column.NAME:
                return row.full_name
            case Column.NIK:
                return row.nik_masked
            case Column.KPJ:
                return row.kpj
            case Column.DESA:
                return row.desa
            case Column.STATUS:
                return status_label(row.status)

    def _tooltip(self, row: WorkerSummary, column: Column) -> str | None:
        """The whole text of the columns a narrow table may cut: the name, the village (with
        its kecamatan), the status."""
        match column:
            case Column.NAME:
                return row.full_name
            case Column.DESA:
                return f"{row.desa}, {row.kecamatan}" if row.kecamatan else row.desa
            case Column.STATUS:
                return status_label(row.status)
            case _:
                return None

    def cell(self, row: WorkerSummary, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS:
            return status_colour(row.status)
        if role == Qt.ItemDataRole.FontRole and column in (Column.NIK, Column.KPJ):
            return self._mono
        if role == self.WorkerIdRole:
            return row.id
        return None
