"""Table model over the kiosk's operators: who they are, their role, whether they are locked."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kiosk.config import WITA
from kiosk.texts.operators import role_label
from kiosk.ui.common.table_model import RowTableModel
from kiosk.usecases.operators import OperatorInfo

_LOCKED_COLOUR = "#9a3b32"


class OperatorColumn(enum.IntEnum):
    USERNAME = 0
    NAME = 1
    ROLE = 2
    STATE = 3


class OperatorsModel(RowTableModel[OperatorInfo, OperatorColumn]):
    """One row per operator, by username; "locked" is judged at the time the list was read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(OperatorColumn, parent)
        self._now = dt.datetime.min.replace(tzinfo=dt.UTC)

    def set_operators(self, operators: Sequence[OperatorInfo], now: dt.datetime) -> None:
        self._now = now
        self.set_rows(operators)

    def operator(self, row: int) -> OperatorInfo:
        return self.row_at(row)

    def is_locked(self, info: OperatorInfo) -> bool:
        return info.locked_until is not None and info.locked_until > self._now

    def column_title(self, column: OperatorColumn) -> str:
        match column:
            case OperatorColumn.USERNAME:
                return self.tr("Username")
            case OperatorColumn.NAME:
                return self.tr("Name")
            case OperatorColumn.ROLE:
                return self.tr("Role")
            case OperatorColumn.STATE:
                return self.tr("State")

    def display(self, row: OperatorInfo, column: OperatorColumn) -> str:
        match column:
            case OperatorColumn.USERNAME:
                return row.username
            case OperatorColumn.NAME:
                return row.full_name
            case OperatorColumn.ROLE:
                return role_label(row.role)
            case OperatorColumn.STATE:
                if not row.active:
                    return self.tr("Inactive")
                if row.locked_until is not None and self.is_locked(row):
                    until = row.locked_until.astimezone(WITA)
                    return self.tr("Locked until %1 WITA").replace("%1", f"{until:%H:%M}")
                return self.tr("Active")

    def cell(self, row: OperatorInfo, column: OperatorColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column is OperatorColumn.NAME:
            return row.full_name  # a long name is elided in its column
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is OperatorColumn.STATE
            and (self.is_locked(row) or not row.active)
        ):
            return QColor(_LOCKED_COLOUR)
        return None
