"""Colours that carry meaning on screen: a worker's status, green once the card is handed over."""

from __future__ import annotations

from PySide6.QtGui import QColor

from db.models import WorkerStatus

_STATUS_COLOURS = {
    WorkerStatus.REGISTERED: "#4a5560",
    WorkerStatus.CARD_PRINTED: "#1f5f99",
    WorkerStatus.HANDED_OVER: "#1b7a43",
    WorkerStatus.INACTIVE: "#9a3b32",
}


def status_colour(status: WorkerStatus) -> QColor:
    return QColor(_STATUS_COLOURS[status])
