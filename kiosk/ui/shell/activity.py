"""Noticing that someone is at the kiosk: every key, click, touch or pen event of the app."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


class ActivityFilter(QObject):
    """An application-wide event filter that reports input and lets every event through.

    Installed on the QApplication it sees the events of every window and dialog; Qt removes
    it when it is deleted with its parent.
    """

    def __init__(self, on_activity: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._on_activity()
        return False
