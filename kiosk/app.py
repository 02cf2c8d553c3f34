"""Composition root of the GUI: builds the database, the use cases and the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session, sessionmaker

from kiosk.bootstrap import open_database
from kiosk.config import APP_NAME, RESOURCES_DIR, TRANSLATIONS_DIR, Config, today_in_ntt
from kiosk.ui.i18n import Translations
from kiosk.ui.import_dialog import ImportDialog, Importer
from kiosk.ui.lookup_controller import LookupController
from kiosk.ui.main_window import MainWindow
from kiosk.ui.runner import Runner
from kiosk.ui.style import apply_style
from kiosk.usecases.importing import (
    Describer,
    ImportSummary,
    ProgressCallback,
    RejectsLabels,
    import_file,
)
from kiosk.usecases.lookup import Lookup

STYLE_SHEET = RESOURCES_DIR / "style" / "kiosk.qss"
# Lookups are short reads; a few threads keep a slow query from holding up a detail view.
POOL_THREADS = 3


def make_importer(sessions: sessionmaker[Session], today: Callable[[], dt.date]) -> Importer:
    """The import use case with the registry and the calendar bound in."""

    def run(
        path: Path, progress: ProgressCallback, describe: Describer, labels: RejectsLabels
    ) -> ImportSummary:
        return import_file(
            sessions,
            path,
            today=today(),
            progress=progress,
            describe=describe,
            rejects_labels=labels,
        )

    return run


def build_main_window(
    config: Config,
    sessions: sessionmaker[Session],
    translations: Translations,
    pool: QThreadPool,
    *,
    today: Callable[[], dt.date] = today_in_ntt,
) -> MainWindow:
    """Wire the lookup screen: runner -> controller -> window, the language and the import."""
    runner = Runner(pool)
    controller = LookupController(Lookup(sessions), runner)
    runner.setParent(controller)
    window = MainWindow(
        controller, language=config.language, site=config.site, device=config.device
    )
    controller.setParent(window)
    window.language_requested.connect(translations.switch)
    importer = make_importer(sessions, today)

    def open_import_dialog() -> None:
        dialog = ImportDialog(importer, runner, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(window.refresh)
        dialog.open()

    window.import_requested.connect(open_import_dialog)
    return window


def run_gui(
    config: Config, argv: list[str], *, on_ready: Callable[[MainWindow], None] | None = None
) -> int:
    """Run the kiosk's window until it is closed; returns the exit status.

    on_ready is called once the window is shown and its search box takes input (the start-up
    benchmark uses it).
    """
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Kiosk BPJS Ketenagakerjaan NTT")
    apply_style(app, STYLE_SHEET)
    translations = Translations(app, TRANSLATIONS_DIR)
    translations.switch(config.language)

    # Migrating and loading the regions happen once, before there is a window to freeze.
    sessions = open_database(config)
    pool = QThreadPool()
    pool.setMaxThreadCount(POOL_THREADS)
    try:
        window = build_main_window(config, sessions, translations, pool)
        # Without a window manager (a bare X server at an event) "maximised" means nothing:
        # fill the screen ourselves.
        window.setGeometry(app.primaryScreen().availableGeometry())
        window.showMaximized()
        if on_ready is not None:
            QTimer.singleShot(0, lambda: on_ready(window))
        return app.exec()
    finally:
        # No job may still be reading when the interpreter tears the database down.
        pool.waitForDone()
