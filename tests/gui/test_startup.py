"""Start-up: the sign-in page takes input before the registry's libraries load; signing in is
wired with the operators' use cases alone, the lookup and the features a moment later; the
started kiosk has loaded no dialog, nor the use cases and heavy libraries only a dialog needs.

What each stage has imported is read in a fresh process, so that nothing this test run
imported before counts: a regression (an import moved back to the top of a feature, a use
case built at start) fails here without any timing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import Config
from kiosk.ui.shell.i18n import Translations
from kiosk.ui.shell.main_window import MainWindow
from kiosk.wiring import load_desk, wire, wire_desk, wire_sign_in
from tests.gui.conftest import DESK, Registry, Staff, cheap_hasher

ROOT = Path(__file__).resolve().parents[2]
# Loaded by the dialog (or the command) that needs them, never at start-up; Qt's charts with
# the report's dialog.
HEAVY = (
    "openpyxl",
    "pypdfium2",
    "reportlab.platypus",
    "alembic",
    "escpos",
    "qrcode",
    "PySide6.QtCharts",
    "kiosk.ui.report.charts",
)
DIALOGS = tuple(
    sorted(
        f"kiosk.ui.{path.parent.name}.{path.stem}" for path in ROOT.glob("kiosk/ui/*/*_dialog.py")
    )
)
# Use cases that only a dialog, the handover counts after a sign-in or the outbox need, and
# what they load (the card's code, the signature pictures, the keys): built on the pool on
# first use, never on the way to a wired window.
ON_FIRST_USE = (
    "kiosk.usecases.handover",
    "kiosk.usecases.bank",
    "kiosk.usecases.corrections",
    "kiosk.usecases.cards",
    "kiosk.usecases.progress",
    "kiosk.signing",
    "printing.card",
    "reportlab",
    "PIL",
    "cryptography",
)
# Signing in needs none of the lookup: it loads on the pool once a sign-in is answered.
LOOKUP = ("kiosk.usecases.lookup", "db.search", "kiosk.ui.lookup.lookup_page")

# run_gui up to the moment the sign-in page takes input, as the start-up benchmark runs it.
_SHOWN = """
import json, sys
from PySide6.QtWidgets import QApplication, QLineEdit
from kiosk.app import run_gui
from kiosk.config import Config

def ready(window):
    box = window.focusWidget()
    print(json.dumps({
        "modules": sorted(sys.modules),
        "typing_in_sign_in": isinstance(box, QLineEdit) and box.isEnabled() and box.isVisible()
            and window.sign_in_page.isAncestorOf(box),
    }), flush=True)
    QApplication.quit()

run_gui(Config(database_url=sys.argv[1], language="id"), sys.argv[:1], on_ready=ready)
"""

# The kiosk wired over an up-to-date registry, its background jobs held back: what start-up
# itself imported, before any job (the start-up purge, the first queries) ran. argv[2] says
# how far: "sign-in" (wire_sign_in, as run_gui's on_wired sees it) or "all" (wire).
_WIRED = """
import json, sys, threading
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QApplication
from kiosk.config import Config
from kiosk.ui.shell.main_window import MainWindow
from kiosk.wiring import open_registry, wire, wire_sign_in

class Hold(QRunnable):
    def __init__(self, release):
        super().__init__()
        self.release = release
    def run(self):
        self.release.wait()

app = QApplication(sys.argv[:1])
config = Config(database_url=sys.argv[1], language="id")
sessions = open_registry(config)
release = threading.Event()
pool = QThreadPool()
pool.setMaxThreadCount(1)
hold = Hold(release)
hold.setAutoDelete(False)
pool.start(hold)
window = MainWindow(language="id", site="", device="")
(wire_sign_in if sys.argv[2] == "sign-in" else wire)(window, config, sessions, pool)
print(json.dumps({"modules": sorted(sys.modules), "attached": window.is_attached(),
                  "lookup": window.has_lookup()}), flush=True)
release.set()
pool.waitForDone()
"""

# run_gui until the window is whole: the garbage collector, off during start-up, is on again.
_WHOLE = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kiosk.app import run_gui
from kiosk.config import Config

seen = {}

def wired(window):
    seen["collecting_while_wiring"] = gc.isenabled()
    seen["lookup_when_wired"] = window.has_lookup()

    def whole():
        if not window.has_lookup():
            QTimer.singleShot(5, whole)
            return
        seen["collecting"] = gc.isenabled()
        seen["frozen"] = gc.get_freeze_count() > 0
        QApplication.quit()

    whole()

run_gui(Config(database_url=sys.argv[1], language="id"), sys.argv[:1], on_wired=wired)
seen["collecting_after"] = gc.isenabled()
print(json.dumps(seen), flush=True)
"""


def focus_or_none() -> QWidget | None:
    return QApplication.focusWidget()


def _run(script: str, *args: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0, done.stderr
    assert lines, done.stderr
    answer = json.loads(lines[-1])
    assert isinstance(answer, dict)
    return answer


def _loaded(modules: object, names: tuple[str, ...]) -> list[str]:
    assert isinstance(modules, list)
    return [name for name in names if name in modules]


def test_the_dialogs_are_there_to_be_checked() -> None:
    assert "kiosk.ui.bank.account_dialog" in DIALOGS
    assert "kiosk.ui.printing.print_dialog" in DIALOGS
    assert len(DIALOGS) >= 10


def test_the_sign_in_page_takes_input_before_the_registry_loads(
    sqlite_url: str, staff: tuple[Staff, ...]
) -> None:
    shown = _run(_SHOWN, sqlite_url)

    assert shown["typing_in_sign_in"] is True
    modules = shown["modules"]
    assert isinstance(modules, list)
    assert _loaded(modules, ("sqlalchemy", "kiosk.wiring", "kiosk.services", *HEAVY)) == []
    assert [m for m in modules if m.startswith("kiosk.usecases")] == []
    assert _loaded(modules, DIALOGS) == []


def test_signing_in_is_wired_without_the_lookup_nor_the_features(
    sqlite_url: str, staff: tuple[Staff, ...]
) -> None:
    wired = _run(_WIRED, sqlite_url, "sign-in")

    assert wired["attached"] is True
    assert wired["lookup"] is False
    modules = wired["modules"]
    assert _loaded(modules, LOOKUP) == []
    assert _loaded(modules, ON_FIRST_USE) == []
    assert _loaded(modules, (*HEAVY, *DIALOGS)) == []
    assert isinstance(modules, list)
    features = [m for m in modules if m.startswith("kiosk.ui.") and m.endswith(".feature")]
    assert features == ["kiosk.ui.signin.feature"]  # the first-run dialog opens from it


def test_the_started_kiosk_has_loaded_no_dialog_nor_what_only_dialogs_need(
    sqlite_url: str, staff: tuple[Staff, ...]
) -> None:
    wired = _run(_WIRED, sqlite_url, "all")

    assert wired["attached"] is True
    assert wired["lookup"] is True
    assert _loaded(wired["modules"], HEAVY) == []
    assert _loaded(wired["modules"], DIALOGS) == []
    assert _loaded(wired["modules"], ON_FIRST_USE) == []


def test_start_up_collects_no_garbage_until_the_window_is_whole(
    sqlite_url: str, staff: tuple[Staff, ...]
) -> None:
    seen = _run(_WHOLE, sqlite_url)

    assert seen["lookup_when_wired"] is False
    assert seen["collecting_while_wiring"] is False
    assert seen["collecting"] is True
    assert seen["frozen"] is True
    assert seen["collecting_after"] is True


def test_the_kiosk_command_loads_no_command_to_start_the_window() -> None:
    script = "import json, sys, kiosk.cli; print(json.dumps({'modules': sorted(sys.modules)}))"
    imported = _run(script)

    assert _loaded(imported["modules"], ("sqlalchemy", "kiosk.cli.admin", "kiosk.app")) == []


def _shown_window(qtbot: QtBot, config: Config) -> MainWindow:
    window = MainWindow(language="id", site=config.site, device=config.device)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    form = window.sign_in_page.form
    qtbot.waitUntil(lambda: focus_or_none() is form.username_edit)
    assert form.username_edit.isEnabled()
    return window


def test_a_sign_in_typed_before_the_registry_is_open_goes_ahead_once_it_is(
    qtbot: QtBot,
    registry: Registry,
    staff: tuple[Staff, ...],
    config: Config,
    translations: Translations,
    pool: QThreadPool,
) -> None:
    window = _shown_window(qtbot, config)
    form = window.sign_in_page.form

    QTest.keyClicks(form.username_edit, DESK.username)
    QTest.keyClicks(form.pin_edit, DESK.pin)
    form.submit_button.click()
    assert not window.is_attached()
    assert not form.username_edit.isEnabled()  # waiting, not lost
    assert form.message_label.text() == "Memeriksa…"

    wire(window, config, registry.sessions, pool, hasher=cheap_hasher(),
         today=lambda: dt.date(2026, 11, 25))  # fmt: skip
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.lookup_page)
    actor = window.session.actor
    assert actor is not None
    assert actor.username == DESK.username


def test_a_sign_in_answered_before_the_lookup_page_waits_for_it(
    qtbot: QtBot,
    registry: Registry,
    staff: tuple[Staff, ...],
    config: Config,
    translations: Translations,
    pool: QThreadPool,
) -> None:
    window = _shown_window(qtbot, config)
    form = window.sign_in_page.form
    wiring = wire_sign_in(window, config, registry.sessions, pool, hasher=cheap_hasher(),
                          today=lambda: dt.date(2026, 11, 25))  # fmt: skip
    qtbot.waitUntil(window.is_ready)

    QTest.keyClicks(form.username_edit, DESK.username)
    QTest.keyClicks(form.pin_edit, DESK.pin)
    form.submit_button.click()
    qtbot.waitUntil(lambda: window.session.actor is not None)
    assert not window.has_lookup()
    assert window.pages.currentWidget() is window.sign_in_page
    assert not form.username_edit.isEnabled()  # still busy: the lookup is on its way

    load_desk(wiring)
    wire_desk(wiring)
    assert window.pages.currentWidget() is window.lookup_page
    assert window.operator_label.text().startswith(DESK.full_name)
    qtbot.waitUntil(lambda: window.lookup_page.search_panel.query_edit.hasFocus())
    # The desk's counts come for whoever signed in before the handover feature was wired.
    qtbot.waitUntil(lambda: window.counts_label.text() != "")
