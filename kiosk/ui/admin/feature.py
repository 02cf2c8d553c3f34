"""Importing registration lists, for the operator signed in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session, sessionmaker

from kiosk.ui.common.desk import Desk, SignedIn, open_dialog
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Auditor

if TYPE_CHECKING:
    from kiosk.ui.admin.import_dialog import Importer
    from kiosk.usecases.importing import (
        Describer,
        ImportAudit,
        ImportSummary,
        ProgressCallback,
        RejectsLabels,
    )


def make_importer(
    sessions: sessionmaker[Session], today: Callable[[], dt.date], audit: ImportAudit
) -> Importer:
    """The import use case with the registry, the calendar and the importing operator."""

    def run(
        path: Path, progress: ProgressCallback, describe: Describer, labels: RejectsLabels
    ) -> ImportSummary:
        # openpyxl comes with the import, not with the window.
        from kiosk.usecases.importing import import_file

        return import_file(
            sessions,
            path,
            today=today(),
            progress=progress,
            describe=describe,
            rejects_labels=labels,
            audit=audit,
        )

    return run


class ImportFeature(QObject):
    """Opens the import dialog; what it imports shows in the results at once."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        auditor: Auditor,
        today: Callable[[], dt.date],
        runner: Runner,
        signed_in: SignedIn,
        desk: Desk,
    ) -> None:
        super().__init__(desk.window())
        self._sessions = sessions
        self._auditor = auditor
        self._today = today
        self._runner = runner
        self._signed_in = signed_in
        self._desk = desk

    def open_import(self) -> None:
        actor = self._signed_in()
        if actor is None:
            return
        # Imported on first use: the file readers (openpyxl) need not load at start-up.
        from kiosk.ui.admin.import_dialog import ImportDialog
        from kiosk.usecases.importing import ImportAudit

        audit = ImportAudit(self._auditor, actor)
        importer = make_importer(self._sessions, self._today, audit)
        dialog = ImportDialog(importer, self._runner, self._desk.window())
        dialog.imported.connect(self._desk.refresh_results)
        open_dialog(dialog, self._desk)
