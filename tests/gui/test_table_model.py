"""The table model base: rows, headers, flags and resets behave, whatever the rows are."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kiosk.ui.common.table_model import RowTableModel


@dataclass(frozen=True)
class Desa:
    name: str
    workers: int


class DesaColumn(enum.IntEnum):
    NAME = 0
    WORKERS = 1


class DesaModel(RowTableModel[Desa, DesaColumn]):
    """The smallest subclass: two columns, a tooltip, and a count derived from the rows."""

    def __init__(self) -> None:
        super().__init__(DesaColumn)
        self.total = 0

    def _rows_replaced(self) -> None:
        self.total = sum(desa.workers for desa in self.rows)

    def column_title(self, column: DesaColumn) -> str:
        return {DesaColumn.NAME: "Desa", DesaColumn.WORKERS: "Workers"}[column]

    def display(self, row: Desa, column: DesaColumn) -> str:
        return row.name if column is DesaColumn.NAME else str(row.workers)

    def cell(self, row: Desa, column: DesaColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column is DesaColumn.NAME:
            return f"{row.name}: {row.workers} workers"
        return None


DESA = (Desa("Kambuhapang", 120), Desa("Tana Rara", 45), Desa("Kambajawa", 310))


def test_the_base_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    check = cast(Callable[[DesaModel], None], qtmodeltester.check)
    model = DesaModel()
    check(model)
    model.set_rows(DESA)
    check(model)  # the tester stays connected: what follows is checked as it happens
    model.retranslate()
    model.set_rows(DESA[:1])
    model.set_rows(())
    model.retranslate()
    check(model)


def test_cells_and_headers_come_from_the_subclass(qapp: object) -> None:
    model = DesaModel()
    model.set_rows(iter(DESA))  # any iterable: the model keeps its own tuple

    assert model.rows == DESA
    assert model.row_at(2) == Desa("Kambajawa", 310)
    assert model.rowCount() == 3
    assert model.columnCount() == 2
    assert [model.data(model.index(1, column)) for column in DesaColumn] == ["Tana Rara", "45"]
    assert model.data(model.index(0, DesaColumn.NAME), Qt.ItemDataRole.ToolTipRole) == (
        "Kambuhapang: 120 workers"
    )
    assert model.data(model.index(0, DesaColumn.WORKERS), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None

    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    assert [model.headerData(c, horizontal) for c in range(3)] == ["Desa", "Workers", None]
    assert [model.headerData(r, vertical) for r in range(4)] == [1, 2, 3, None]
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_a_table_is_flat_and_read_only(qapp: object) -> None:
    model = DesaModel()
    model.set_rows(DESA)
    cell = model.index(0, 0)

    assert model.rowCount(cell) == 0
    assert model.columnCount(cell) == 0
    assert model.flags(cell) == (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_derived_state_changes_inside_the_reset(qtbot: QtBot) -> None:
    model = DesaModel()
    model.set_rows(DESA[:1])
    seen: list[tuple[str, int, int]] = []
    model.modelAboutToBeReset.connect(
        lambda: seen.append(("before", model.rowCount(), model.total))
    )
    model.modelReset.connect(lambda: seen.append(("after", model.rowCount(), model.total)))

    with qtbot.waitSignal(model.modelReset):
        model.set_rows(DESA)

    assert seen == [("before", 1, 120), ("after", 3, 475)]


def test_retranslate_repaints_headers_and_every_cell(qtbot: QtBot) -> None:
    model = DesaModel()
    model.set_rows(DESA)
    with (
        qtbot.waitSignal(model.headerDataChanged) as header,
        qtbot.waitSignal(model.dataChanged) as data,
    ):
        model.retranslate()

    assert header.args == [Qt.Orientation.Horizontal, 0, 1]
    assert data.args is not None
    top_left, bottom_right = data.args[0], data.args[1]
    assert (top_left.row(), top_left.column()) == (0, 0)
    assert (bottom_right.row(), bottom_right.column()) == (2, 1)


def test_columns_must_be_numbered_from_zero(qapp: object) -> None:
    class Gappy(enum.IntEnum):
        FIRST = 0
        THIRD = 2

    class GappyModel(RowTableModel[Desa, Gappy]):
        def column_title(self, column: Gappy) -> str:
            return column.name

        def display(self, row: Desa, column: Gappy) -> str:
            return row.name

    with pytest.raises(ValueError, match="Gappy must number its columns"):
        GappyModel(Gappy)
