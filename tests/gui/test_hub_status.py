"""The desk's hub status: the logic in plain Python over a fake hub, then its widget in the
window (the banner says at once when the hub is away), then who sees the hub's menu."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from db.cluster.joincode import Address
from db.models import Role
from kiosk.config import read_settings, write_settings
from kiosk.ui.hub.status_widget import HubStatus
from kiosk.ui.hub.watch import (
    HubCondition,
    HubView,
    HubWatch,
    ReadState,
    looks_like_hub_url,
    url_addresses,
)
from kiosk.ui.shell.i18n import Translations
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.hub import DeskHubState, is_hub_url
from kiosk.usecases.hub_desk import remember_url
from tests.gui.conftest import ROLE_STAFF, Staff, sign_in

HUB = "192.168.1.10:5432"
STANDBY = Address("192.168.1.11", 5432)
URL = (
    "postgresql+psycopg://kiosk@/kiosk?host=192.168.1.10&port=5432"
    "&target_session_attrs=read-write&sslmode=verify-ca&sslrootcert=/cfg/desk-hub-ca.pem"
    "&passfile=/cfg/desk-hub.pgpass&connect_timeout=3&application_name=meja-01"
)


class FakeHub:
    """desk_hub_state as a desk would see it: answering, or not; the URLs it was asked with."""

    def __init__(self, state: DeskHubState | None) -> None:
        self.state = state
        self.asked: list[str] = []

    def __call__(self, url: str) -> DeskHubState:
        self.asked.append(url)
        if self.state is None:
            raise OperationalError("SELECT 1", {}, Exception("connection timeout expired"))
        return self.state


def state(
    *,
    standby_known: bool = False,
    synchronous: bool = False,
    addresses: tuple[Address, ...] = (Address("192.168.1.10", 5432),),
) -> DeskHubState:
    return DeskHubState(HUB, standby_known, synchronous, addresses)


class Remembered:
    def __init__(self) -> None:
        self.urls: list[tuple[str, str]] = []

    def __call__(self, old: str, new: str) -> None:
        self.urls.append((old, new))


# -------------------------------------------------------------------- the logic, no Qt


def test_the_url_of_a_joined_desk_is_watched_and_no_other() -> None:
    assert looks_like_hub_url(URL)
    assert is_hub_url(URL)
    assert not looks_like_hub_url("sqlite:////data/kiosk.sqlite")
    assert not looks_like_hub_url("postgresql+psycopg://kiosk:pw@db/kiosk")


def test_an_unreachable_hub_is_said_at_the_first_failed_look() -> None:
    watch = HubWatch(URL, FakeHub(None), Remembered())
    assert watch.initial() == HubView(HubCondition.CHECKING, HUB)
    assert watch.check() == HubView(HubCondition.UNREACHABLE, HUB)


def test_a_hub_that_lost_its_standby_is_amber_and_one_with_it_is_fine() -> None:
    hub = FakeHub(state(standby_known=True, synchronous=False))
    watch = HubWatch(URL, hub, Remembered())
    assert watch.check().condition is HubCondition.NO_STANDBY
    hub.state = state(standby_known=True, synchronous=True)
    assert watch.check().condition is HubCondition.WORKING
    hub.state = state(standby_known=False)  # never had one: nothing to say
    assert watch.check().condition is HubCondition.WORKING
    hub.state = None
    assert watch.check().condition is HubCondition.UNREACHABLE


def test_a_standby_that_came_later_is_learned_once_and_used_from_then_on() -> None:
    hub = FakeHub(state(standby_known=True, synchronous=True,
                        addresses=(Address("192.168.1.10", 5432), STANDBY)))  # fmt: skip
    remembered = Remembered()
    watch = HubWatch(URL, hub, remembered)

    view = watch.check()
    assert view.learned == (str(STANDBY),)
    ((old, new),) = remembered.urls
    assert old == URL
    assert url_addresses(new) == [HUB, str(STANDBY)]
    assert watch.url == new

    assert watch.check().learned == ()
    assert len(remembered.urls) == 1
    assert hub.asked == [URL, new]


def test_the_settings_file_learns_the_url_only_when_it_holds_the_old_one(tmp_path: Path) -> None:
    settings = tmp_path / "meja-01.toml"
    write_settings(settings, {"database_url": URL, "site": "Waingapu"})
    assert remember_url(settings, URL, URL + "&x=1")
    assert read_settings(settings) == {"database_url": URL + "&x=1", "site": "Waingapu"}
    # A URL given in the environment is not the file's to change.
    assert not remember_url(settings, "postgresql://elsewhere", "postgresql://other")
    assert read_settings(settings)["database_url"] == URL + "&x=1"


# -------------------------------------------------------------------- the widget


@pytest.fixture
def shown_status(qtbot: QtBot, translations: Translations) -> tuple[MainWindow, FakeHub]:
    window = MainWindow(language="id", site="Waingapu", device="meja-01")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window, FakeHub(None)


def _status(window: MainWindow, read: ReadState, **timers: int) -> HubStatus:
    status = HubStatus(HubWatch(URL, read, Remembered()), window, **timers)
    window.show_hub_status(status.label, status.banner)
    return status


def test_the_window_says_which_hub_and_at_once_when_it_is_away(
    qtbot: QtBot, shown_status: tuple[MainWindow, FakeHub]
) -> None:
    window, hub = shown_status
    hub.state = state()
    status = _status(window, hub)
    assert status.label.text() == f"Hub {HUB}"
    assert not status.banner.isVisible()

    status.start()
    qtbot.waitUntil(lambda: status.view.condition is HubCondition.WORKING)
    assert not status.banner.isVisible()
    assert status.label.property("state") == "ok"

    hub.state = None
    status.look()
    qtbot.waitUntil(lambda: status.banner.isVisible())
    assert status.banner.text() == "Hub tidak terjangkau — mencoba lagi"
    assert status.banner.property("state") == "problem"
    assert status.label.text() == f"Hub {HUB}"
    # It keeps trying: the hub answers again and the banner goes.
    hub.state = state()
    qtbot.waitUntil(lambda: not status.banner.isVisible(), timeout=10_000)
    status.stop()
    status.wait()


def test_without_its_standby_the_banner_is_amber(
    qtbot: QtBot, shown_status: tuple[MainWindow, FakeHub]
) -> None:
    window, hub = shown_status
    hub.state = state(standby_known=True, synchronous=False)
    status = _status(window, hub)
    status.look()
    qtbot.waitUntil(lambda: status.banner.isVisible())
    assert status.banner.text() == "Acara berjalan tanpa standby"
    assert status.banner.property("state") == "note"
    assert status.label.property("state") == "note"
    status.wait()


def test_a_look_that_hangs_is_an_absent_hub_at_once(
    qtbot: QtBot, shown_status: tuple[MainWindow, FakeHub]
) -> None:
    window, _hub = shown_status
    release = threading.Event()
    started = threading.Event()

    def slow(url: str) -> DeskHubState:
        started.set()
        release.wait(30)
        return state()

    status = _status(window, slow, stuck_ms=50)
    status.look()
    qtbot.waitUntil(started.is_set)
    qtbot.waitUntil(lambda: status.banner.isVisible())
    assert status.view.condition is HubCondition.UNREACHABLE
    # The window stays responsive meanwhile: a second look is not piled up on the first.
    status.look()
    release.set()
    qtbot.waitUntil(lambda: status.view.condition is HubCondition.WORKING)
    assert not status.banner.isVisible()
    status.wait()


# -------------------------------------------------------------------- in the whole window


@pytest.mark.parametrize("role", [Role.ADMIN, Role.DESK, Role.SUPERVISOR])
def test_only_an_admin_has_the_event_hub_menu_and_a_sqlite_desk_no_hub_status(
    qtbot: QtBot, unsigned_window: MainWindow, staff: tuple[Staff, ...], role: Role
) -> None:
    sign_in(qtbot, unsigned_window, ROLE_STAFF[role])
    assert unsigned_window.hub_button.isVisible() is (role is Role.ADMIN)
    assert unsigned_window.findChild(QLabel, "hubLabel") is None
    if role is Role.ADMIN:
        assert unsigned_window.hub_button.text() == "Hub acara"
