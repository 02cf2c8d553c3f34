"""What a feature asks of the window it works in, and how it opens a dialog over it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from kiosk.usecases.audit import Actor

if TYPE_CHECKING:
    # The lookup loads a moment after signing in works (the first-run feature comes first).
    from kiosk.usecases.lookup import WorkerDetail

# Who is signed in at this moment (None when nobody is): each dialog is made for them.
SignedIn = Callable[[], Actor | None]


class Desk(Protocol):
    """The main window as the features see it. Features never import the window (nor each
    other): the composition root hands them this, and a test can hand them a stub."""

    def window(self) -> QWidget:
        """The widget dialogs open over (QWidget.window())."""
        ...

    def return_focus(self) -> None:
        """A dialog closed: the keyboard goes back to the page."""
        ...

    def show_message(self, text: str, msecs: int = ...) -> None: ...

    def current_worker(self) -> WorkerDetail | None:
        """The worker whose details are on screen, if any."""
        ...

    def refresh_worker(self, worker_id: int) -> None:
        """This worker changed: show their details and result row afresh."""
        ...

    def refresh_results(self) -> None:
        """The registry changed: search again."""
        ...


def open_dialog(dialog: QDialog, desk: Desk) -> None:
    """Show a dialog for one use, giving the keyboard back to the desk when it closes."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(desk.return_focus)
    dialog.open()
    dialog.activateWindow()  # no window manager may do it


def worker_on_screen(
    desk: Desk, signed_in: SignedIn, worker_id: int
) -> tuple[Actor, WorkerDetail] | None:
    """The operator and the worker, if someone is signed in and that worker is on screen."""
    actor = signed_in()
    detail = desk.current_worker()
    if actor is None or detail is None or detail.id != worker_id:
        return None
    return actor, detail
