"""GUI fixtures: offscreen Qt, a SQLite registry of synthetic Sumba workers, its operators,
and the kiosk window, signed in."""

from __future__ import annotations

import os

# Before any QApplication exists: the tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory
from db.models import Role, Sex, Worker, WorkerStatus
from db.workers import WorkerRecord, insert_workers
from kiosk.app import FONTS_DIR, STYLE_SHEET
from kiosk.config import TRANSLATIONS_DIR, Config
from kiosk.security.pins import PinHasher
from kiosk.services import build_services
from kiosk.ui.shell.i18n import Translations
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.shell.style import apply_style
from kiosk.usecases.audit import Actor
from kiosk.wiring import build_main_window

LEWA = "53.11.03"
KAMBUHAPANG = "53.11.03.2002"
TANA_RARA = "53.11.03.2007"
WAINGAPU = "53.11.01"
KAMBAJAWA = "53.11.01.1001"
HAHARU = "53.11.02"
WUNGA = "53.11.02.2007"

_NIK_PREFIX = {LEWA: "531103", WAINGAPU: "531101", HAHARU: "531102"}

# (given names, sex, desa): Sumba names, men "Umbu", women "Rambu".
_PEOPLE: tuple[tuple[str, Sex, str], ...] = (
    ("Umbu Ndaku Lewa", Sex.MALE, KAMBUHAPANG),
    ("Rambu Kahi Ndima", Sex.FEMALE, KAMBUHAPANG),
    ("Umbu Hina Pekuwali", Sex.MALE, KAMBUHAPANG),
    ("Rambu Tamu Hunggu", Sex.FEMALE, TANA_RARA),
    ("Umbu Rihi Mbani", Sex.MALE, TANA_RARA),
    ("Rambu Lika Kareri", Sex.FEMALE, TANA_RARA),
    ("Umbu Dapa Landu", Sex.MALE, KAMBUHAPANG),
    ("Rambu Yuliana Njurumana", Sex.FEMALE, KAMBUHAPANG),
    ("Umbu Tanggu Hamba", Sex.MALE, TANA_RARA),
    ("Rambu Ana Humba", Sex.FEMALE, TANA_RARA),
    ("Umbu Kahumbu Meha", Sex.MALE, KAMBUHAPANG),
    ("Rambu Hada Eti", Sex.FEMALE, KAMBUHAPANG),
    ("Umbu Pati Nggiku", Sex.MALE, KAMBAJAWA),
    ("Rambu Konda Lunggi", Sex.FEMALE, KAMBAJAWA),
    ("Umbu Wulang Rihi", Sex.MALE, KAMBAJAWA),
    ("Rambu Padu Ndapa", Sex.FEMALE, KAMBAJAWA),
    ("Umbu Maramba Hau", Sex.MALE, KAMBAJAWA),
    ("Rambu Kareni Nday", Sex.FEMALE, KAMBAJAWA),
    ("Umbu Tunggu Djawa", Sex.MALE, KAMBAJAWA),
    ("Rambu Ata Ngguna", Sex.FEMALE, KAMBAJAWA),
    ("Umbu Neka Manu", Sex.MALE, WUNGA),
    ("Rambu Haru Panda", Sex.FEMALE, WUNGA),
    ("Umbu Lapu Hawu", Sex.MALE, WUNGA),
    ("Rambu Ninggi Reda", Sex.FEMALE, WUNGA),
    ("Umbu Kaborang Njaka", Sex.MALE, WUNGA),
    ("Rambu Mila Kambaru", Sex.FEMALE, WUNGA),
    ("Yohanes Landu Praing", Sex.MALE, KAMBUHAPANG),
    ("Maria Hamu Ndjuka", Sex.FEMALE, TANA_RARA),
    ("Petrus Kareri Ndima", Sex.MALE, KAMBAJAWA),
    ("Agustina Rihi Lewa", Sex.FEMALE, WUNGA),
)
_OCCUPATIONS = ("Petani", "Nelayan", "Buruh harian", "Pedagang kaki lima", "Tukang ojek")
_STATUSES = (
    WorkerStatus.REGISTERED,
    WorkerStatus.CARD_PRINTED,
    WorkerStatus.HANDED_OVER,
    WorkerStatus.REGISTERED,
    WorkerStatus.CARD_PRINTED,
    WorkerStatus.INACTIVE,
)


def _nik(desa: str, born: dt.date, sex: Sex, serial: int) -> str:
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    prefix = _NIK_PREFIX[desa.rsplit(".", 1)[0]]
    return f"{prefix}{day:02d}{born:%m%y}{serial:04d}"


def synthetic_workers() -> list[WorkerRecord]:
    """Thirty synthetic workers of Sumba Timur, valid NIKs and KPJ numbers, all different."""
    records = []
    for i, (name, sex, desa) in enumerate(_PEOPLE):
        born = dt.date(1960 + i % 40, 1 + i % 12, 1 + (i * 7) % 28)
        records.append(
            WorkerRecord(
                nik=_nik(desa, born, sex, i + 1),
                kpj=f"2507{i + 1:07d}",
                full_name=name,
                birth_date=born,
                sex=sex,
                birth_place="Waingapu" if i % 3 else "Lewa",
                occupation=_OCCUPATIONS[i % len(_OCCUPATIONS)],
                address=f"RT {1 + i % 5:03d} / RW {1 + i % 3:03d}, Dusun {1 + i % 4}",
                desa_code=desa,
                phone=f"0812{3700_0000 + i * 1379:08d}",
            )
        )
    return records


def cheap_hasher() -> PinHasher:
    """argon2 at its cheapest: a sign-in in a test takes a millisecond, not a tenth of a second."""
    return PinHasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@dataclass(frozen=True)
class Staff:
    """An operator of the test kiosk, with the PIN they sign in with."""

    username: str
    full_name: str
    role: Role
    pin: str

    def actor(self) -> Actor:
        return Actor(self.username, self.full_name, self.role)


ADMIN = Staff("admin", "Admin Kiosk", Role.ADMIN, "204863")
SUPERVISOR = Staff("yohana", "Yohana Rambu Ndapa", Role.SUPERVISOR, "917364")
DESK = Staff("marthen", "Marthen Umbu Hina", Role.DESK, "583920")
DESK_2 = Staff("agnes", "Agnes Kahi Lewa", Role.DESK, "640271")
TELLER = Staff("ina", "Ina Konda Praing", Role.TELLER, "739104")
PRINTING = Staff("daniel", "Daniel Tamu Meha", Role.PRINTING, "851736")
MONITOR = Staff("fransiska", "Fransiska Bria Seran", Role.MONITOR, "462915")
STAFF = (ADMIN, SUPERVISOR, DESK, DESK_2, TELLER, PRINTING, MONITOR)
ROLE_STAFF = {Role.ADMIN: ADMIN, Role.SUPERVISOR: SUPERVISOR, Role.DESK: DESK,
              Role.TELLER: TELLER, Role.PRINTING: PRINTING, Role.MONITOR: MONITOR}  # fmt: skip


class FakeMonotonic:
    """The idle lock's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass(frozen=True)
class Registry:
    """The test database: its session factory, and the workers by name."""

    sessions: sessionmaker[Session]
    records: dict[str, WorkerRecord]
    ids: dict[str, int]


@pytest.fixture(scope="session", autouse=True)
def _kiosk_style(qapp: QApplication) -> None:
    apply_style(qapp, STYLE_SHEET, FONTS_DIR)


@pytest.fixture
def gui_engine(sqlite_url: str) -> Iterator[Engine]:
    engine = make_engine(sqlite_url)
    yield engine
    engine.dispose()


@pytest.fixture
def registry(gui_engine: Engine) -> Registry:
    records = synthetic_workers()
    sessions = make_session_factory(gui_engine)
    with sessions.begin() as session:
        ids = insert_workers(session, records)
        for i, worker_id in enumerate(ids):
            status = _STATUSES[i % len(_STATUSES)]
            session.execute(update(Worker).where(Worker.id == worker_id).values(status=status))
    return Registry(
        sessions=sessions,
        records={r.full_name: r for r in records},
        ids={r.full_name: wid for r, wid in zip(records, ids, strict=True)},
    )


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp, TRANSLATIONS_DIR)
    translations.switch("id")
    yield translations
    translations.remove()


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    yield pool
    pool.waitForDone()


@pytest.fixture
def config(sqlite_url: str) -> Config:
    return Config(database_url=sqlite_url, language="id", site="Waingapu", device="meja-01")


@pytest.fixture
def staff(registry: Registry, config: Config) -> tuple[Staff, ...]:
    """The operators of the test kiosk: an admin first, then one of each role."""
    operators = build_services(config, registry.sessions, hasher=cheap_hasher()).operators
    admin = operators.create_first_admin(ADMIN.username, ADMIN.full_name, ADMIN.pin)
    for person in STAFF[1:]:
        operators.add(admin, person.username, person.full_name, person.role, person.pin)
    return STAFF


@pytest.fixture
def idle_clock() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def kiosk_mode() -> bool:
    return False


@pytest.fixture
def unsigned_window(
    qtbot: QtBot,
    registry: Registry,
    translations: Translations,
    pool: QThreadPool,
    config: Config,
    today: dt.date,
    idle_clock: FakeMonotonic,
    kiosk_mode: bool,
) -> Iterator[MainWindow]:
    """The kiosk as it starts: the sign-in page (no operators unless `staff` comes first)."""
    window = build_main_window(
        config,
        registry.sessions,
        translations,
        pool,
        today=lambda: today,
        hasher=cheap_hasher(),
        idle_clock=idle_clock,
        idle_check_ms=20,  # the clock is fake: checking often costs nothing
        kiosk_mode=kiosk_mode,
    )
    # A kiosk-mode window refuses to close without a supervisor: the test is over.
    qtbot.addWidget(window, before_close_func=lambda w: w.leave())
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.is_ready)
    qtbot.waitUntil(lambda: window.lookup_page.search_panel.kecamatan_combo.count() > 1)
    yield window
    # Callbacks must not arrive at a window that is gone.
    pool.waitForDone()


def sign_in(qtbot: QtBot, window: MainWindow, person: Staff) -> None:
    """Sign in without the keyboard (the sign-in tests type); wait for the lookup (or, for
    a monitor, who may not search, the report's page)."""
    window.session.sign_in(person.username, person.pin)
    home = window.report_home if person.role is Role.MONITOR else window.lookup_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is home)


@pytest.fixture
def signed_in_role() -> Role:
    """Who the `window` fixture signs in; a test may parametrize it."""
    return Role.DESK


@pytest.fixture
def window(
    qtbot: QtBot, staff: tuple[Staff, ...], unsigned_window: MainWindow, signed_in_role: Role
) -> MainWindow:
    """The lookup, signed in (desk staff unless the test says otherwise)."""
    sign_in(qtbot, unsigned_window, ROLE_STAFF[signed_in_role])
    return unsigned_window
