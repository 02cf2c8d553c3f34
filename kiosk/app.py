"""Composition root of the GUI, first half: the Qt application and the window's sign-in page.

Read it top to bottom: run_gui makes the Qt application and shows the window's sign-in page,
which takes input at once; meanwhile the pool imports kiosk/wiring.py (SQLAlchemy, the
operators' use cases) and opens the database. Once it is open the window gets the session
(wiring.wire_sign_in): a sign-in is answered from then on. The pool then loads the lookup
and the features (wiring.load_desk), and the window gets them (wiring.wire_desk), each step
on the UI thread short. Nothing here loads the registry's libraries: the kiosk is ready
about as soon as a bare Qt window is.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import APP_NAME, RESOURCES_DIR, TRANSLATIONS_DIR, Config
from kiosk.ui.common.runner import Runner
from kiosk.ui.shell.i18n import Translations
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.shell.style import apply_style

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from kiosk.wiring import Wiring

log = logging.getLogger(__name__)

STYLE_SHEET = RESOURCES_DIR / "style" / "kiosk.qss"
FONTS_DIR = RESOURCES_DIR / "fonts"
# Lookups are short reads; a few threads keep a slow query from holding up a detail view.
POOL_THREADS = 3


def run_gui(
    config: Config,
    argv: list[str],
    *,
    kiosk_mode: bool = False,
    on_ready: Callable[[MainWindow], None] | None = None,
    on_wired: Callable[[MainWindow], None] | None = None,
) -> int:
    """Run the kiosk's window until it is closed; returns the exit status.

    kiosk_mode: full screen without window chrome; closing needs a supervisor.
    on_ready(window) is called once the window is shown with the keyboard in the sign-in
    page's username field (the start-up benchmark uses it): before the registry is open. A
    sign-in typed meanwhile goes ahead once it is; a registry without operators brings up
    the first-run dialog then. on_wired(window) is called once the registry is open and the
    session wired: a sign-in is answered from then on (the benchmark reports that moment
    too). The lookup page and the features follow a moment later; a sign-in answered before
    them shows the lookup once they are there.
    """
    # No garbage collection until the window is whole: the libraries and the widgets that
    # start-up makes are never garbage, and the collector's passes over them slow start-up
    # by a tenth. They are frozen then, out of every later pass (a search's too).
    gc.disable()
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Kiosk BPJS Ketenagakerjaan NTT")
    apply_style(app, STYLE_SHEET, FONTS_DIR)
    translations = Translations(app, TRANSLATIONS_DIR)
    translations.switch(config.language)

    pool = QThreadPool()
    pool.setMaxThreadCount(POOL_THREADS)
    window = MainWindow(
        language=config.language, site=config.site, device=config.device, kiosk_mode=kiosk_mode
    )
    window.language_requested.connect(translations.switch)
    failure: list[Exception] = []

    def load() -> sessionmaker[Session]:
        # On the pool: the libraries behind the lookup load while the sign-in page shows.
        from kiosk.wiring import open_registry

        return open_registry(config)

    def loaded(sessions: sessionmaker[Session]) -> None:
        from kiosk.wiring import load_desk, wire_sign_in

        wiring = wire_sign_in(window, config, sessions, pool, kiosk_mode=kiosk_mode)
        if on_wired is not None:
            on_wired(window)
        # The lookup's and the features' modules load on the pool; the window gets them next.
        wiring.runner.run(lambda: load_desk(wiring), lambda _none: desk_loaded(wiring), failed)

    def desk_loaded(wiring: Wiring) -> None:
        from kiosk.wiring import wire_desk

        wire_desk(wiring)
        gc.freeze()
        gc.enable()

    def failed(error: Exception) -> None:
        # No registry, no kiosk: the error leaves run_gui as it would have without a window.
        failure.append(error)
        app.exit(1)

    def shown() -> None:
        if on_ready is not None:
            on_ready(window)
        Runner(pool, window).run(load, loaded, failed)

    try:
        # Without a window manager (a bare X server at an event) "maximised" means nothing:
        # fill the screen ourselves.
        window.setGeometry(app.primaryScreen().availableGeometry())
        if kiosk_mode:
            window.showFullScreen()
        else:
            window.showMaximized()
        QTimer.singleShot(0, shown)
        status = app.exec()
        if failure:
            raise failure[0]
        if window.is_attached():
            window.session.end()
        return status
    finally:
        # No job may still be reading when the interpreter tears the database down.
        pool.waitForDone()
        gc.enable()
