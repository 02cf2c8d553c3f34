"""Joining a hub from the window, and the admin's hub dialog, against real clusters: a good
code writes the hub's URL into the settings file, a bad one says why in Indonesian and
writes nothing; the hub dialog makes a hub whose QR code on screen reads as its join code."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from db.cluster import hub as cluster_hub
from db.cluster.server import ClusterDir
from db.models import Role
from kiosk.config import Config, read_settings
from kiosk.texts.hub import describe_join_error
from kiosk.ui.common.runner import Runner
from kiosk.ui.hub.hub_dialog import HubDialog
from kiosk.ui.hub.join_dialog import JoinDialog
from kiosk.ui.hub.laptop import LaptopHub
from kiosk.ui.shell.i18n import Translations
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.signin.first_run_dialog import FirstRunDialog
from kiosk.usecases.audit import Workstation
from kiosk.usecases.hub import JoinError, JoinProblem, is_hub_url
from tests.helpers.hub import EventNet, event_network, free_port, require_binaries

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def net() -> Iterator[EventNet]:
    with event_network(with_standby=False) as network:
        yield network


@pytest.fixture
def config(sqlite_url: str, tmp_path: Path) -> Config:
    """This desk's own settings file (never the user's)."""
    return Config(
        database_url=sqlite_url,
        language="id",
        site="Waingapu",
        device="meja-07",
        settings_file=tmp_path / "meja-07.toml",
    )


def join_dialog_of(qtbot: QtBot, window: MainWindow) -> JoinDialog:
    qtbot.waitUntil(lambda: window.findChild(JoinDialog) is not None)
    dialog = window.findChild(JoinDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def scan(qtbot: QtBot, dialog: JoinDialog, code: str) -> None:
    """As a barcode scanner does: the text typed, then Enter."""
    dialog.code_edit.setText(code)
    QTest.keyClick(dialog.code_edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("signed_in_role", [Role.ADMIN])
def test_an_admin_joins_the_hub_with_a_scanned_code(
    qtbot: QtBot, window: MainWindow, config: Config, net: EventNet
) -> None:
    window.join_hub_action.trigger()
    dialog = join_dialog_of(qtbot, window)
    assert dialog.windowTitle() == "Gabung ke hub acara"

    scan(qtbot, dialog, net.code)
    assert dialog.is_busy()
    assert dialog.busy_bar.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)

    assert dialog.message_label.property("state") == "done"
    assert dialog.message_label.text().startswith("Selesai: kios ini sekarang menjadi meja")
    assert "Tutup kios lalu buka lagi" in dialog.message_label.text()
    assert config.settings_file is not None
    stored = read_settings(config.settings_file)
    url = str(stored["database_url"])
    assert is_hub_url(url)
    assert "application_name=meja-07" in url
    assert (config.settings_file.parent / "meja-07-hub.pgpass").exists()


@pytest.mark.parametrize("signed_in_role", [Role.ADMIN])
def test_a_bad_code_is_told_in_indonesian_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, config: Config, net: EventNet
) -> None:
    window.join_hub_action.trigger()
    dialog = join_dialog_of(qtbot, window)

    scan(qtbot, dialog, net.code[:40])  # a scan cut short
    qtbot.waitUntil(lambda: dialog.message_label.property("state") == "problem", timeout=30_000)

    expected = describe_join_error(JoinError(JoinProblem.BAD_CODE))
    assert dialog.message_label.text() == expected
    assert expected.startswith("Ini bukan kode gabung hub")
    assert config.settings_file is not None
    assert not config.settings_file.exists()
    assert list(config.settings_file.parent.glob("meja-07-hub*")) == []
    # The field is ready for the next scan.
    assert dialog.code_edit.hasSelectedText()
    assert not dialog.is_busy()


def test_the_first_run_screen_offers_to_join_a_hub(
    qtbot: QtBot, unsigned_window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: unsigned_window.findChild(FirstRunDialog) is not None)
    first_run = unsigned_window.findChild(FirstRunDialog)
    assert first_run is not None
    assert first_run.join_button.text() == "Gabung ke hub acara…"
    first_run.join_button.click()
    dialog = join_dialog_of(qtbot, unsigned_window)
    assert dialog.parent() is first_run
    dialog.reject()


@pytest.fixture
def hub_folder() -> Iterator[Path]:
    """A folder the 'postgres' user can reach (as tests.helpers.hub makes its own)."""
    require_binaries()
    root = Path(tempfile.mkdtemp(prefix="kiosk-hubui-"))
    root.chmod(0o755)
    try:
        yield root / "hub"
    finally:
        cluster = ClusterDir(root / "hub")
        if cluster.exists():
            cluster_hub.stop_watchdog(cluster)
            cluster.kill()
        shutil.rmtree(root, ignore_errors=True)


def test_the_hub_dialog_makes_a_hub_and_shows_its_code_as_a_readable_qr(
    qtbot: QtBot,
    translations: Translations,
    pool: QThreadPool,
    hub_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runner = Runner(pool)
    laptop = LaptopHub(hub_folder, Workstation("Gladi", "hub-laptop"),
                       port=free_port(), listen="127.0.0.1")  # fmt: skip
    dialog = HubDialog(laptop, None, runner, refresh_ms=60_000)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.hub_screen is not None)
    assert "Belum ada hub di laptop ini" in dialog.state_label.text()
    assert dialog.start_button.text() == "Buat dan nyalakan hub"
    assert not dialog.qr_label.isVisible()

    dialog.start_button.click()
    assert dialog.busy_bar.isVisible()
    assert dialog.message_label.text().startswith("Membuat hub")
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=120_000)

    screen = dialog.hub_screen
    assert screen is not None
    assert screen.report is not None
    assert screen.report.status.running
    assert dialog.state_label.text() == "Hub berjalan: meja-meja bisa bergabung dan bekerja."
    assert dialog.code_edit.text() == screen.code
    (read,) = zxingcpp.read_barcodes(dialog.qr_label.pixmap().toImage())
    assert read.text == screen.code
    assert dialog.stop_button.isVisible()
    assert not dialog.promote_button.isVisible()
    if os.environ.get("HUB_GRABS"):
        dialog.grab().save(str(Path(os.environ["HUB_GRABS"]) / "hub-dialog.png"))

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    assert dialog.state_label.text() == "Mati: meja-meja tidak bisa bekerja sekarang."
    assert dialog.start_button.text() == "Nyalakan hub"
    assert not ClusterDir(hub_folder).is_running()
    runner.wait_for_done()
