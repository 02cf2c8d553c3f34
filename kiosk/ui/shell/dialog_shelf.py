"""The dialogs of a window, set aside while its screen is locked and closed at sign-out."""

from __future__ import annotations

from functools import partial
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import Shiboken


@runtime_checkable
class EndsWithSession(Protocol):
    """A dialog with work that must not outlive its operator's session (a batch printing)."""

    def stop_and_close(self) -> None:
        """Stop the work at the next safe point, then close; hidden meanwhile."""


class DialogShelf:
    """Hides a window's open dialogs (a correction, an import) and shows them again.

    A dialog that finishes while shelved (its background job ended) is not shown again.
    """

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._shelved: list[QDialog] = []

    def open_dialogs(self) -> list[QDialog]:
        return [d for d in self._window.findChildren(QDialog) if d.isVisible()]

    def shelve(self) -> bool:
        """Hide every open dialog; True when there were any."""
        dialogs = self.open_dialogs()
        for dialog in dialogs:
            dialog.hide()
            dialog.finished.connect(partial(self._forget, dialog))
            self._shelved.append(dialog)
        return bool(dialogs)

    def restore(self) -> None:
        dialogs, self._shelved = self._shelved, []
        for dialog in dialogs:
            if Shiboken.isValid(dialog):
                dialog.show()

    def close_all(self) -> bool:
        """Reject every dialog, open or shelved; True when there were any."""
        dialogs, self._shelved = self.open_dialogs() + self._shelved, []
        for dialog in dialogs:
            if not Shiboken.isValid(dialog):
                continue
            if isinstance(dialog, EndsWithSession):
                dialog.stop_and_close()  # a batch refuses reject() while it prints
            else:
                dialog.reject()  # a running import is stopped rather than left
            dialog.hide()
        return bool(dialogs)

    def _forget(self, dialog: QDialog, _result: int) -> None:
        if dialog in self._shelved:
            self._shelved.remove(dialog)
