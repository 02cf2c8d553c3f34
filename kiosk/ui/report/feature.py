"""Laporan: the programme's report for a supervisor or a monitor.

Light to import: the dialog, Qt's charts module (PySide6.QtCharts) and whatever makes and
writes the report load when the report is first opened, never with the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.security.roles import Permission
from kiosk.ui.common.desk import Desk, SignedIn, open_dialog
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Actor
from printing.report_data import ProgrammeReport, ReportScope

OpenReport = Callable[[Actor, ReportScope], ProgrammeReport]
SaveReport = Callable[[ProgrammeReport, Path], None]


@dataclass(frozen=True)
class ReportSource:
    """What the report window needs of the rest of the kiosk; each is called on the pool.

    open: the report for this operator and scope (refused without VIEW_REPORT, audited);
    kabupaten: (code, name) of the kabupaten the filter offers; save_pdf / save_xlsx: the
    report written to a file (None: not offered).
    """

    open: OpenReport
    kabupaten: Callable[[], Sequence[tuple[str, str]]]
    save_pdf: SaveReport | None = None
    save_xlsx: SaveReport | None = None


class ReportFeature(QObject):
    """Opens the report for whoever is signed in, if their role may see it."""

    def __init__(
        self,
        source: ReportSource,
        runner: Runner,
        signed_in: SignedIn,
        desk: Desk,
        *,
        default_folder: Path | None = None,
    ) -> None:
        super().__init__(desk.window())
        self._source = source
        self._runner = runner
        self._signed_in = signed_in
        self._desk = desk
        self._folder = default_folder or Path.home()

    def open_report(self) -> None:
        actor = self._signed_in()
        if actor is None or not actor.may(Permission.VIEW_REPORT):
            return
        # Imported on first use: the dialog brings Qt's charts module with it.
        from kiosk.ui.report.report_dialog import ReportDialog

        source = self._source

        def load(scope: ReportScope) -> ProgrammeReport:
            return source.open(actor, scope)

        dialog = ReportDialog(
            load,
            self._runner,
            kabupaten_choices=source.kabupaten,
            save_pdf=source.save_pdf,
            save_xlsx=source.save_xlsx,
            default_folder=self._folder,
            parent=self._desk.window(),
        )
        open_dialog(dialog, self._desk)
