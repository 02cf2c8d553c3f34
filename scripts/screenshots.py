"""Render the kiosk's main screens at 1366x768, offscreen, over a synthetic demo registry, and
save them as the README's pictures: docs/sign-in.png, lookup.png, print-dialog.png,
handover.png and progress.png (older ones are replaced).

Usage: .venv/bin/python scripts/screenshots.py [--out docs]   (or `make screenshots`)

Everything is made up: a demo registry of Sumba Timur in a temporary folder, demo operators,
a throwaway signing key. No real registry is opened.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.ui.lookup.lookup_page import LookupPage
    from printing.signature import Signature

REPO = Path(__file__).resolve().parent.parent
SCREEN = {"name": "kiosk", "x": 0, "y": 0, "width": 1366, "height": 768,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
WORKERS = 400
SEED = 2025
WAIT_S = 30.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs", help="where the PNGs go")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kiosk-screenshots-") as temp:
        folder = Path(temp)
        # Before Qt starts: the offscreen platform with the kiosk's screen, and the demo's key.
        screen = folder / "screen.json"
        screen.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
        os.environ["KIOSK_SIGNING_KEY"] = str(folder / "keys" / "signing-key.pem")
        return _render(folder, args.out)


def _render(folder: Path, out: Path) -> int:
    import datetime as dt

    from argon2 import PasswordHasher
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from db.models import Card, CardStatus, Role
    from kiosk.app import FONTS_DIR, STYLE_SHEET
    from kiosk.bootstrap import open_database
    from kiosk.config import TRANSLATIONS_DIR, WITA, Config
    from kiosk.security.pins import PinHasher
    from kiosk.services import build_services
    from kiosk.signing import open_signing_keys
    from kiosk.ui.handover.handover_dialog import HandoverDialog
    from kiosk.ui.printing.print_dialog import PrintDialog
    from kiosk.ui.progress.progress_dialog import EventProgressDialog
    from kiosk.ui.shell.i18n import Translations
    from kiosk.ui.shell.style import apply_style
    from kiosk.usecases.demo import create_demo
    from kiosk.wiring import build_main_window
    from printing.keys import key_id
    from printing.payload import format_serial
    from printing.signature import synthetic_signature

    # A fixed day and hour: the pictures do not change with the day they are made.
    now = dt.datetime(2025, 8, 16, 10, 30, tzinfo=WITA)
    cards = folder / "kartu"
    cards.mkdir()
    config = Config(
        database_url=f"sqlite:///{folder / 'demo.sqlite'}",
        language="id",
        site="Waingapu",
        device="meja-01",
        card_printer=f"folder://{cards}",
        # Nobody listens there: the print dialog shows what a failed receipt looks like.
        receipt_printer="tcp://127.0.0.1:9?timeout=1",
    )
    app = QApplication(["kiosk-screenshots"])
    apply_style(app, STYLE_SHEET, FONTS_DIR)
    translations = Translations(app, TRANSLATIONS_DIR)
    translations.switch("id")
    sessions = open_database(config)
    keys = open_signing_keys(Path(os.environ["KIOSK_SIGNING_KEY"]))
    create_demo(sessions, workers=WORKERS, seed=SEED, today=now.date(),
                now=now.astimezone(dt.UTC), handed_over=0.6,
                key_id=key_id(keys.private_key.public_key()).hex())  # fmt: skip
    hasher = PinHasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    operators = build_services(config, sessions, hasher=hasher).operators
    admin = operators.create_first_admin("admin", "Admin Kiosk", "204863")
    operators.add(admin, "marthen", "Marthen Umbu Hina", Role.DESK, "583920")

    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    window = build_main_window(config, sessions, translations, pool, today=now.date,
                               hasher=hasher, clock=lambda: now.astimezone(dt.UTC))  # fmt: skip
    window.resize(1366, 768)
    window.show()
    _wait(window.is_ready)
    out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        _settle()
        widget.grab().save(str(out / name))
        print(out / name)

    save(window, "sign-in.png")

    window.session.sign_in("marthen", "583920")
    _wait(lambda: window.pages.currentWidget() is window.lookup_page)
    page = window.lookup_page
    _wait(lambda: page.search_panel.kecamatan_combo.count() > 1)
    # A worker still waiting for a card, then one whose card is printed.
    waiting = _open_first(page, "Umbu", lambda: page.detail_panel.print_button.isVisible()
                          and page.detail_panel.print_button.text() == "Cetak kartu…")  # fmt: skip
    page.detail_panel.reveal_button.click()  # the README's picture shows a full NIK
    _wait(page.detail_panel.is_nik_revealed)
    save(window, "lookup.png")

    page.detail_panel.print_button.click()
    printing = _dialog(window, PrintDialog)
    _wait(lambda: not printing.preview_label.pixmap().isNull())
    printing.receipt_radio.click()
    printing.print_button.click()
    _wait(lambda: printing.status_label.property("state") == "problem")
    save(printing, "print-dialog.png")
    printing.close_button.click()
    _wait(lambda: window.findChild(PrintDialog) is None)

    page.open_worker(waiting)
    _wait(lambda: page.detail_panel.handover_button.isVisible())
    # The card is printed first, at the desk, as staff do when the worker has none yet.
    page.detail_panel.handover_button.click()
    handover = _dialog(window, HandoverDialog)
    _wait(lambda: not handover.is_busy())
    handover.identity_button.click()
    if handover.print_button.isVisible():
        handover.print_button.click()
        _wait(lambda: not handover.is_busy() and not handover.print_button.isVisible())
    _settle()
    # A card printed here is checked already; else the serial is typed as read off the card.
    if handover.card() is None:
        with sessions() as session:
            serial = session.scalars(
                select(Card.serial).where(
                    Card.worker_id == waiting, Card.status == CardStatus.ACTIVE
                )
            ).one()
        handover._card_step.serial_edit.setText(format_serial(serial)[-6:])
        handover._card_step.serial_button.click()
    _wait(lambda: handover.card() is not None)
    _sign(handover.signature_field.pad, synthetic_signature(random.Random(SEED)))
    save(handover, "handover.png")
    handover.cancel_button.click()
    _wait(lambda: window.findChild(HandoverDialog) is None)

    window.progress_button.click()
    progress = _dialog(window, EventProgressDialog)
    _wait(lambda: progress.progress() is not None)
    save(progress, "progress.png")
    progress.close_button.click()

    window.session.sign_out()
    pool.waitForDone()
    window.leave()
    return 0


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _wait(done: Callable[[], bool]) -> None:
    """Turn the event loop until done() (a script may wait; a test may not sleep)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + WAIT_S
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(getattr(done, "__name__", "a condition"))
        QApplication.processEvents()
        time.sleep(0.01)
    _settle()


D = TypeVar("D")


def _dialog(window: object, kind: type[D]) -> D:
    found: list[D] = []

    def opened() -> bool:
        child = window.findChild(kind)  # type: ignore[attr-defined]
        if child is not None:
            found.append(child)
        return bool(found)

    _wait(opened)
    return found[0]


def _open_first(page: LookupPage, query: str, suitable: Callable[[], bool]) -> int:
    """Search, then open the results one by one until one is suitable; its worker id."""
    from PySide6.QtTest import QTest

    QTest.keyClicks(page.search_panel.query_edit, query)
    model = page.results_model
    _wait(lambda: model.rowCount() > 0)
    detail = page.detail_panel
    for row in range(model.rowCount()):
        worker = model.summary(row).id
        page.open_worker(worker)

        def shown(worker: int = worker) -> bool:
            current = detail.detail()
            return current is not None and current.id == worker

        _wait(shown)
        if suitable():
            return worker
    raise LookupError(f"no suitable worker for {query!r}")


def _sign(pad: QWidget, signature: Signature) -> None:
    """Draw a synthetic signature on the pad with the mouse, as a person would."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    for stroke in signature.strokes:
        points = list(stroke)
        for i, point in enumerate(points):
            kind = (
                QEvent.Type.MouseButtonPress
                if i == 0
                else QEvent.Type.MouseButtonRelease
                if i == len(points) - 1
                else QEvent.Type.MouseMove
            )
            position = QPointF(point.x, point.y)
            buttons = (
                Qt.MouseButton.NoButton
                if kind is QEvent.Type.MouseButtonRelease
                else Qt.MouseButton.LeftButton
            )
            event = QMouseEvent(kind, position, position, Qt.MouseButton.LeftButton, buttons,
                                Qt.KeyboardModifier.NoModifier)  # fmt: skip
            QApplication.sendEvent(pad, event)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main(sys.argv[1:]))
