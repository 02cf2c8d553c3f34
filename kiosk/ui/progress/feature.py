"""The event's progress, and the BAST for those who close the day."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session, sessionmaker

from kiosk.security.roles import Permission
from kiosk.ui.common.desk import Desk, SignedIn, open_dialog
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Auditor

if TYPE_CHECKING:
    from kiosk.usecases.progress import EventProgress
    from printing.bast import BastSummary


class ProgressFeature(QObject):
    """Opens the progress dialog; the BAST is offered only to those who may close the day."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        auditor: Auditor,
        runner: Runner,
        signed_in: SignedIn,
        desk: Desk,
        *,
        event: int | None,
        site: str,
    ) -> None:
        super().__init__(desk.window())
        self._sessions = sessions
        self._auditor = auditor
        self._runner = runner
        self._signed_in = signed_in
        self._desk = desk
        self._event = event
        self._site = site

    def open_progress(self) -> None:
        actor = self._signed_in()
        if actor is None:
            return

        # Imported on first use: the BAST's reportlab platypus need not load at start-up.
        from kiosk.ui.progress.progress_dialog import EventProgressDialog
        from kiosk.usecases.bast import NoEventError, bast_content, write_bast
        from kiosk.usecases.progress import event_progress

        def progress() -> EventProgress:
            return event_progress(self._sessions, self._event, self._auditor, actor)

        def make_bast(path: Path) -> BastSummary:
            content = bast_content(
                self._sessions, self._auditor, actor, configured_event=self._event
            )
            if not content.entries:
                raise NoEventError("no handovers yet")
            return write_bast(self._sessions, self._auditor, actor, content, path, site=self._site)

        dialog = EventProgressDialog(
            progress,
            self._runner,
            make_bast=make_bast if actor.may(Permission.CLOSE_DAY) else None,
            default_folder=Path.home(),
            parent=self._desk.window(),
        )
        open_dialog(dialog, self._desk)
