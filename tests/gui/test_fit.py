"""Every dialog and page fits the kiosk's 1366x768 screen, with long names, long addresses
and every message shown: no text cut, no window past the screen, no widget outside it.

Each screen is opened the way staff open it (through the window and its features, over a
registry with a worker whose name and address are as long as real ones get) and measured by
tests/gui/fit.py. A new dialog class in kiosk/ui must be added to FIT_TESTS, or
test_every_dialog_is_measured fails.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import os
import random
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar, cast

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.cluster.hub import ClusterStatus
from db.cluster.joincode import Address, JoinCode
from db.models import Card, CardStatus, HandoverKind, Role, Sex, Worker
from db.workers import WorkerRecord, insert_workers
from kiosk.config import Config
from kiosk.services import build_services
from kiosk.signing import open_signing_keys
from kiosk.texts.operators import pin_rules
from kiosk.ui.admin.import_dialog import ImportDialog
from kiosk.ui.bank.account_dialog import AccountDialog
from kiosk.ui.common.approval_dialog import ApprovalDialog
from kiosk.ui.common.runner import Runner
from kiosk.ui.handover.handover_dialog import HandoverDialog
from kiosk.ui.handover.paper_dialog import PaperHandoverDialog
from kiosk.ui.hub.laptop import LaptopHub
from kiosk.ui.lookup.correction_dialog import CorrectionDialog
from kiosk.ui.printing.batch_dialog import BatchPrintDialog
from kiosk.ui.printing.print_dialog import PrintDialog
from kiosk.ui.printing.print_jobs_dialog import PrintJobsDialog
from kiosk.ui.printing.verify_dialog import Verdict, VerifyDialog
from kiosk.ui.progress.progress_dialog import EventProgressDialog
from kiosk.ui.report.report_dialog import ReportDialog
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.signin.first_run_dialog import FirstRunDialog
from kiosk.ui.signin.operators_dialog import OperatorsDialog
from kiosk.usecases.printing_services import build_printing
from printing.payload import format_serial
from printing.report_data import SiteFreshness
from printing.signature import synthetic_signature
from tests.gui.conftest import ROLE_STAFF, Registry, Staff, cheap_hasher, sign_in
from tests.gui.fit import SCREEN, assert_fits, misfits
from tests.gui.helpers import submit
from tests.gui.test_handover_dialog import sign_with_mouse
from tests.helpers.report_sample import KABUPATEN, sample_report

D = TypeVar("D", bound=QDialog)

KIOSK_UI = Path(__file__).resolve().parents[2] / "kiosk" / "ui"

# As long as they come at a Sumba Timur event.
LONG_NAME = "Umbu Kareri Tamu Ama Ndaku Lewa Hamu"
LONG_ADDRESS = "RT 008/RW 006, Desa Mbatakapidu, Kecamatan Kota Waingapu, Kabupaten Sumba Timur"
LONG_PLACE = "Kambata Mapambuhang"
LONG_OCCUPATION = "Pedagang kaki lima keliling"
LONG_DESA = "53.11.14.2008"  # Matawai Maringgu, kecamatan Kambata Mapambuhang's neighbour
LONG_SITE = "Aula Kantor Bupati Sumba Timur, Waingapu"
LONG_DEVICE = "meja-serah-terima-01"
HUB_CODE = JoinCode(
    (Address("192.168.100.250", 5432), Address("192.168.100.251", 5432)),
    "kiosk", "kiosk", "x" * 32, "ab" * 32,
).encode()  # fmt: skip
LONG_OPERATOR = Staff("maria.goreti", "Maria Goreti Rambu Kahi Ndapa Lewa", Role.SUPERVISOR,
                      "918273")  # fmt: skip


@pytest.fixture
def config(sqlite_url: str, tmp_path: Path) -> Iterator[Config]:
    previous = os.environ.get("KIOSK_SIGNING_KEY")
    os.environ["KIOSK_SIGNING_KEY"] = str(tmp_path / "keys" / "signing-key.pem")
    (tmp_path / "kartu").mkdir()
    yield Config(
        database_url=sqlite_url,
        language="id",
        site=LONG_SITE,
        device=LONG_DEVICE,
        card_printer=f"folder://{tmp_path / 'kartu'}",
        # Nobody listens there: a receipt fails at once, and the print jobs list has a job.
        receipt_printer="tcp://127.0.0.1:9?timeout=1",
    )
    if previous is None:
        os.environ.pop("KIOSK_SIGNING_KEY", None)
    else:
        os.environ["KIOSK_SIGNING_KEY"] = previous


@pytest.fixture
def long_worker(registry: Registry) -> int:
    """A worker whose every field is as long as real ones get."""
    born = dt.date(1971, 8, 17)
    record = WorkerRecord(
        nik=f"531114{born:%d%m%y}0012",
        kpj="25079990012",
        full_name=LONG_NAME,
        birth_date=born,
        sex=Sex.MALE,
        birth_place=LONG_PLACE,
        occupation=LONG_OCCUPATION,
        address=LONG_ADDRESS,
        desa_code=LONG_DESA,
        phone="0812 3456 7890 12",
    )
    with registry.sessions.begin() as session:
        (worker_id,) = insert_workers(session, [record])
    return worker_id


@pytest.fixture
def long_operator(staff: tuple[Staff, ...], registry: Registry, config: Config) -> Staff:
    operators = build_services(config, registry.sessions, hasher=cheap_hasher()).operators
    admin = staff[0]
    operators.add(admin.actor(), LONG_OPERATOR.username, LONG_OPERATOR.full_name,
                  LONG_OPERATOR.role, LONG_OPERATOR.pin)  # fmt: skip
    return LONG_OPERATOR


def open_long_worker(qtbot: QtBot, window: MainWindow, worker_id: int) -> None:
    page = window.lookup_page
    with qtbot.waitSignal(page.worker_opened):
        QTest.keyClicks(page.search_panel.query_edit, LONG_NAME)
        QTest.keyClick(page.search_panel.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail_panel.name_label.text() == LONG_NAME)


def dialog_of(qtbot: QtBot, window: QWidget, kind: type[D]) -> D:
    qtbot.waitUntil(lambda: window.findChild(kind) is not None)
    dialog = window.findChild(kind)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def settle() -> None:
    """Layouts catch up before the screen is painted: measure what would be painted. Twice:
    a result that arrives from the pool while events are processed (the desk's counts) sets
    a text whose layout request is only posted then."""
    for _ in range(2):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def measure(
    window: QWidget,
    name: str,
    *,
    within: QWidget | None = None,
    excluding: Sequence[QWidget] = (),
    scrolling: Sequence[QLineEdit] = (),
) -> None:
    settle()
    # FIT_GRABS=folder keeps a picture of each screen measured, to look at.
    folder = os.environ.get("FIT_GRABS")
    if folder:
        window.grab().save(str(Path(folder) / f"{name.replace(' ', '-').replace('/', '-')}.png"))
    assert_fits(window, name, within=within, excluding=excluding, scrolling=scrolling)


# -------------------------------------------------------------------- the measuring itself


def test_the_screen_and_font_are_the_kiosks(qapp: QApplication) -> None:
    """The measure means something only on the kiosk's screen, in the kiosk's font."""
    screen = QGuiApplication.primaryScreen()
    assert screen.size() == SCREEN
    assert screen.logicalDotsPerInch() == 96
    font = QApplication.font()
    assert QFontInfo(font).family() == "DejaVu Sans"
    assert font.pointSize() == 12


def test_a_cut_text_is_found_and_named(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel(LONG_ADDRESS)
    label.setObjectName("addressLabel")
    button = QPushButton("Konfirmasi serah terima kartu peserta")
    edit = QLineEdit(LONG_NAME)
    layout = QVBoxLayout(window)
    for widget in (label, button, edit):
        widget.setMinimumWidth(0)
        widget.setMaximumWidth(200)
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    found = misfits(window, "probe")
    assert [m.widget.split(" ")[0] for m in found] == [
        "QLabel#addressLabel",
        "QPushButton#-",
        "QLineEdit#-",
    ]
    assert all(m.shortfall > 100 for m in found)
    assert str(found[0]).startswith('probe: QLabel#addressLabel "RT 008/RW 006')

    label.setMaximumWidth(16_777_215)
    button.setMaximumWidth(16_777_215)
    edit.setMaximumWidth(16_777_215)
    window.resize(1000, 300)
    settle()
    assert misfits(window, "probe") == []


# -------------------------------------------------------------------- sign-in and the shell


def test_sign_in_page(qtbot: QtBot, staff: object, unsigned_window: MainWindow) -> None:
    page = unsigned_window.sign_in_page
    page.show_refusal(
        "Nama pengguna atau PIN salah. Setelah 5 kali salah, akun dikunci sampai supervisor"
        " membukanya."
    )
    measure(unsigned_window, "sign-in page")


def test_first_run_dialog(qtbot: QtBot, unsigned_window: MainWindow) -> None:
    dialog = dialog_of(qtbot, unsigned_window, FirstRunDialog)
    form = dialog.form
    form.username_edit.setText("maria.goreti.ndapa")
    form.name_edit.setText(LONG_OPERATOR.full_name)
    form.show_problem(pin_rules())
    measure(dialog, "first-run dialog")


@pytest.mark.parametrize("role", list(Role))
def test_the_window_of_each_role(
    qtbot: QtBot,
    unsigned_window: MainWindow,
    staff: tuple[Staff, ...],
    long_operator: Staff,
    long_worker: int,
    role: Role,
) -> None:
    """The header's buttons of the role, the footer with a long name, the search panel and
    the results; the detail panel and the results' columns are measured apart. A monitor
    has no lookup: the report's page."""
    sign_in(qtbot, unsigned_window, ROLE_STAFF[role])
    window = unsigned_window
    if role is Role.MONITOR:
        measure(window, "main window (monitor)")
        return
    open_long_worker(qtbot, window, long_worker)
    page = window.lookup_page
    measure(window, f"main window ({role.value})",
            excluding=[page.detail_panel, page.results_view])  # fmt: skip


def test_the_footer_with_a_long_operator_name(
    qtbot: QtBot, unsigned_window: MainWindow, long_operator: Staff
) -> None:
    sign_in(qtbot, unsigned_window, long_operator)
    page = unsigned_window.lookup_page
    measure(unsigned_window, "main window footer",
            excluding=[page.detail_panel, page.results_view])  # fmt: skip


def test_printing_menu(qtbot: QtBot, window: MainWindow) -> None:
    menu = window.printing_menu
    assert menu.sizeHint().width() <= SCREEN.width()
    assert not window.printing_button.isHidden()


@pytest.mark.parametrize("role", [Role.DESK, Role.SUPERVISOR, Role.PRINTING])
def test_lookup_detail_panel(
    qtbot: QtBot,
    unsigned_window: MainWindow,
    staff: tuple[Staff, ...],
    long_worker: int,
    role: Role,
) -> None:
    sign_in(qtbot, unsigned_window, ROLE_STAFF[role])
    open_long_worker(qtbot, unsigned_window, long_worker)
    page = unsigned_window.lookup_page
    measure(unsigned_window, "lookup detail panel", within=page.detail_panel)


def test_the_notice_after_a_handover(qtbot: QtBot, window: MainWindow, long_worker: int) -> None:
    open_long_worker(qtbot, window, long_worker)
    page = window.lookup_page
    page.show_notice(
        f"✓ Kartu diserahkan kepada {LONG_NAME}. Tanda terima dikirim ke printer: "
        "Printer struk 192.168.100.250:9100."
    )
    measure(window, "lookup notice", within=page.notice_label)


def test_lookup_results(qtbot: QtBot, window: MainWindow, long_worker: int) -> None:
    open_long_worker(qtbot, window, long_worker)
    measure(window, "lookup results", within=window.lookup_page.results_view)


def test_lock_page(
    qtbot: QtBot, window: MainWindow, long_operator: Staff, idle_clock: object
) -> None:
    window.session.sign_out()
    sign_in(qtbot, window, long_operator)
    window.session.lock()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.lock_page)
    window.lock_page.show_refusal(
        "Nama pengguna atau PIN salah. Setelah 5 kali salah, akun dikunci sampai supervisor"
        " membukanya."
    )
    measure(window, "lock page")


# -------------------------------------------------------------------- dialogs


@pytest.mark.parametrize("signed_in_role", [Role.ADMIN])
def test_operators_dialog(qtbot: QtBot, window: MainWindow, long_operator: Staff) -> None:
    window.operators_button.click()
    dialog = dialog_of(qtbot, window, OperatorsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    form = dialog.form
    form.username_edit.setText("maria.goreti.ndapa")
    form.name_edit.setText(LONG_OPERATOR.full_name)
    form.show_problem(pin_rules())
    dialog.status_label.setText("maria.goreti.ndapa sudah ditambahkan.")
    measure(dialog, "operators dialog")


@pytest.mark.parametrize("signed_in_role", [Role.DESK, Role.SUPERVISOR])
def test_correction_dialog(qtbot: QtBot, window: MainWindow, long_worker: int) -> None:
    open_long_worker(qtbot, window, long_worker)
    window.lookup_page.detail_panel.correct_button.click()
    dialog = dialog_of(qtbot, window, CorrectionDialog)
    qtbot.waitUntil(lambda: dialog.desa_combo.count() > 1)
    dialog.phone_edit.setText("0812 3456 7890 1234")
    dialog.save_button.click()
    measure(dialog, "correction dialog")


def test_correction_approval_dialog(qtbot: QtBot, window: MainWindow, long_worker: int) -> None:
    open_long_worker(qtbot, window, long_worker)
    window.lookup_page.detail_panel.correct_button.click()
    correction = dialog_of(qtbot, window, CorrectionDialog)
    correction.phone_edit.setText("0812 3456 7890")
    correction.save_button.click()
    dialog = dialog_of(qtbot, correction, ApprovalDialog)
    submit(qtbot, dialog.form, "marthen", "000000")
    qtbot.waitUntil(lambda: dialog.form.message_label.isVisible())
    measure(dialog, "approval dialog")


@pytest.mark.parametrize("kiosk_mode", [True])
def test_kiosk_mode_leave_dialog(qtbot: QtBot, window: MainWindow, kiosk_mode: bool) -> None:
    window.leave_button.click()
    dialog = dialog_of(qtbot, window, ApprovalDialog)
    submit(qtbot, dialog.form, "agnes", "640271")
    qtbot.waitUntil(lambda: dialog.form.message_label.isVisible())
    measure(dialog, "kiosk leave dialog")


@pytest.mark.parametrize("signed_in_role", [Role.SUPERVISOR])
def test_import_dialog_with_problems(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.import_button.click()
    dialog = dialog_of(qtbot, window, ImportDialog)
    measure(dialog, "import dialog (choose)")
    path = tmp_path / "daftar_peserta_kecamatan_kambata_mapambuhang_2025.csv"
    path.write_text(
        "nik;nama;tempat_lahir;tanggal_lahir;jenis_kelamin;desa;kecamatan;kpj;telepon\n"
        f"5.31103E+15;{LONG_NAME};{LONG_PLACE};01/01/1980;L;Matawai Maringgu;"
        "Kambata Mapambuhang;26010000003;\n"
        f"5311036208770004;{LONG_NAME};{LONG_PLACE};22/08/1977;P;Desa Yang Tidak Ada;"
        "Kambata Mapambuhang;2601000004;\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        dialog.start_import(path)
    measure(dialog, "import dialog (done, with problems)")


def test_progress_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.progress_button.click()
    dialog = dialog_of(qtbot, window, EventProgressDialog)
    qtbot.waitUntil(lambda: dialog.progress() is not None)
    measure(dialog, "progress dialog")


@pytest.mark.parametrize("signed_in_role", [Role.SUPERVISOR])
def test_report_dialog(qtbot: QtBot, window: MainWindow, pool: QThreadPool) -> None:
    """Each tab with the sample report (22 kabupaten, a double, a site never heard of) and
    long site names; a failure and a saved file's long path in the foot."""
    long_site = SiteFreshness("Kantor Cabang Pembantu Waingapu Sumba Timur", None)
    report = dataclasses.replace(sample_report(), freshness=(*sample_report().freshness, long_site))
    dialog = ReportDialog(
        lambda _scope: report,
        Runner(pool),
        kabupaten_choices=lambda: KABUPATEN,
        save_pdf=lambda _report, _path: None,
        save_xlsx=lambda _report, _path: None,
        default_folder=Path("/tmp"),
        parent=window,
    )
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report() is not None)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        measure(dialog, f"report dialog tab {tab}",
                excluding=[dialog.progress_scroll, dialog.doubles.table])  # fmt: skip
    dialog._say(
        "Laporan tidak dapat dibuat: terjadi kesalahan di kios (OperationalError). Coba lagi,"
        " atau panggil supervisor.",
        "problem",
    )
    measure(dialog, "report dialog failure", excluding=[dialog.progress_scroll])
    dialog.save_to("pdf", Path("/media/usb-flashdisk/LAPORAN/provinsi/laporan-ntt-2026-12-04.pdf"))
    qtbot.waitUntil(lambda: not dialog.is_saving())
    measure(dialog, "report dialog saved", excluding=[dialog.progress_scroll])


# -------------------------------------------------------------------- printing


def open_print(qtbot: QtBot, window: MainWindow, worker_id: int) -> PrintDialog:
    open_long_worker(qtbot, window, worker_id)
    window.lookup_page.detail_panel.print_button.click()
    dialog = dialog_of(qtbot, window, PrintDialog)
    qtbot.waitUntil(lambda: not dialog.preview_label.pixmap().isNull())
    return dialog


def print_card(qtbot: QtBot, window: MainWindow, worker_id: int) -> None:
    dialog = open_print(qtbot, window, worker_id)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.status_label.property("state") == "ok")
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.findChild(PrintDialog) is None)


def test_print_dialog(qtbot: QtBot, window: MainWindow, long_worker: int) -> None:
    dialog = open_print(qtbot, window, long_worker)
    measure(dialog, "print dialog (preview)")
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.status_label.property("state") == "ok")
    measure(dialog, "print dialog (printed to a folder)")


def test_print_dialog_with_a_failed_receipt(
    qtbot: QtBot, window: MainWindow, long_worker: int
) -> None:
    dialog = open_print(qtbot, window, long_worker)
    dialog.receipt_radio.click()
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.status_label.property("state") == "problem")
    measure(dialog, "print dialog (receipt failed)")


@pytest.mark.parametrize("signed_in_role", [Role.PRINTING])
def test_reprint_dialog(qtbot: QtBot, window: MainWindow, long_worker: int) -> None:
    print_card(qtbot, window, long_worker)
    panel = window.lookup_page.detail_panel
    qtbot.waitUntil(lambda: panel.print_button.text() == "Cetak ulang kartu…")
    panel.print_button.click()
    dialog = dialog_of(qtbot, window, PrintDialog)
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.count() - 1)
    measure(dialog, "reprint dialog")


def test_print_jobs_dialog(qtbot: QtBot, window: MainWindow, long_worker: int) -> None:
    dialog = open_print(qtbot, window, long_worker)
    dialog.receipt_radio.click()
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.status_label.property("state") == "problem")
    dialog.close_button.click()
    window.print_jobs_action.trigger()
    jobs = dialog_of(qtbot, window, PrintJobsDialog)
    qtbot.waitUntil(lambda: jobs.model.rowCount() == 1)
    measure(jobs, "print jobs dialog")
    # Every column in view: the problem is never scrolled off to the right.
    assert jobs.table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("signed_in_role", [Role.PRINTING])
def test_batch_dialog(qtbot: QtBot, window: MainWindow, long_worker: int) -> None:
    window.batch_print_action.trigger()
    dialog = dialog_of(qtbot, window, BatchPrintDialog)
    qtbot.waitUntil(lambda: dialog.kecamatan_combo.count() > 1)
    measure(dialog, "batch dialog (nothing chosen)")
    kecamatan = LONG_DESA.rsplit(".", 1)[0]
    dialog.kecamatan_combo.setCurrentIndex(dialog.kecamatan_combo.findData(kecamatan))
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=15_000)
    measure(dialog, "batch dialog (a kecamatan's plan)")


def qr_text_of_card(registry: Registry, config: Config, worker_id: int) -> str:
    """The printing desk printed the worker's card: its QR text."""
    services = build_services(config, registry.sessions, hasher=cheap_hasher())
    keys = open_signing_keys(Path(os.environ["KIOSK_SIGNING_KEY"]))
    printing = build_printing(registry.sessions, services.auditor, config, keys)
    assert printing.jobs.print_card(ROLE_STAFF[Role.PRINTING].actor(), worker_id,
                                    config.card_printer).sent  # fmt: skip
    with registry.sessions() as session:
        card = session.scalars(
            select(Card).where(Card.worker_id == worker_id, Card.status == CardStatus.ACTIVE)
        ).one()
        return printing.cards.card_data(card, session.get_one(Worker, worker_id)).qr_payload


@pytest.mark.parametrize("scanned", ["genuine", "not a card"])
def test_verify_dialog(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    config: Config,
    long_worker: int,
    scanned: str,
) -> None:
    text = (
        qr_text_of_card(registry, config, long_worker)
        if scanned == "genuine"
        else ("BPJSTK1:" + "A" * 120)
    )
    window.verify_button.click()
    dialog = dialog_of(qtbot, window, VerifyDialog)
    dialog.check(text)
    qtbot.waitUntil(lambda: dialog.verdict() not in (Verdict.WAITING, Verdict.CHECKING))
    measure(dialog, f"verify dialog ({scanned})", scrolling=[dialog.input_edit])


# -------------------------------------------------------------------- handover and bank


def test_handover_dialog_each_step(
    qtbot: QtBot, window: MainWindow, registry: Registry, config: Config, long_worker: int
) -> None:
    qr_text = qr_text_of_card(registry, config, long_worker)
    open_long_worker(qtbot, window, long_worker)
    window.lookup_page.detail_panel.handover_button.click()
    dialog = dialog_of(qtbot, window, HandoverDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    measure(dialog, "handover dialog (identity)")
    dialog.identity_button.click()
    dialog.scan_edit.setText("BPJSTK1:" + "A" * 120)
    QTest.keyClick(dialog.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.message_label.isVisible())
    measure(dialog, "handover dialog (card refused)", scrolling=[dialog.scan_edit])
    # No scanner: a serial typed that is not this worker's card's.
    serial = format_serial(active_serial(registry, long_worker))
    dialog.serial_edit.setText("0000" if not serial.endswith("0000") else "1111")
    dialog.serial_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy() and "nomor seri" in dialog.message_label.text())
    measure(dialog, "handover dialog (wrong serial typed)", scrolling=[dialog.scan_edit])
    dialog.scan_edit.setText(qr_text)
    QTest.keyClick(dialog.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.card() is not None)
    measure(dialog, "handover dialog (signature)", scrolling=[dialog.scan_edit])
    dialog.kind_button(HandoverKind.THUMBPRINT).click()
    dialog.witness_edit.setText(LONG_OPERATOR.full_name)
    measure(dialog, "handover dialog (thumbprint and a witness)")
    assert_pad_usable(dialog)
    dialog.kind_button(HandoverKind.REPRESENTATIVE).click()
    dialog.representative_edit.setText(LONG_NAME)
    measure(dialog, "handover dialog (a representative collects)")
    assert_pad_usable(dialog)


def active_serial(registry: Registry, worker_id: int) -> int:
    with registry.sessions() as session:
        return session.scalars(
            select(Card.serial).where(Card.worker_id == worker_id, Card.status == CardStatus.ACTIVE)
        ).one()


def assert_pad_usable(dialog: HandoverDialog) -> None:
    """Room to sign, and its Undo and Clear whole, in the steps' scroll area or not."""
    field = dialog.signature_field
    assert field.pad.height() >= 150, f"the pad is {field.pad.height()} px tall"
    for button in field.findChildren(QPushButton):
        if button.isVisibleTo(dialog):
            assert button.height() >= button.sizeHint().height(), button.text()
            bottom = button.mapTo(field, button.rect().bottomLeft()).y()
            assert bottom <= field.height(), f"{button.text()} is cut"


def test_handover_dialog_after_the_handover(
    qtbot: QtBot, window: MainWindow, registry: Registry, config: Config, long_worker: int
) -> None:
    qr_text = qr_text_of_card(registry, config, long_worker)
    open_long_worker(qtbot, window, long_worker)
    panel = window.lookup_page.detail_panel
    panel.handover_button.click()
    dialog = dialog_of(qtbot, window, HandoverDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    dialog.identity_button.click()
    dialog.scan_edit.setText(qr_text)
    QTest.keyClick(dialog.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.card() is not None)
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(8)))
    dialog.confirm_button.click()
    # The receipt printer does not answer: the tanda terima fails, the handover stands.
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=10_000)
    measure(dialog, "handover dialog (tanda terima failed)")
    assert_pad_usable(dialog)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.findChild(HandoverDialog) is None)
    # The same worker again: what was recorded, read only.
    open_long_worker(qtbot, window, long_worker)
    qtbot.waitUntil(lambda: panel.handover_button.text().startswith("Sudah diserahkan"))
    panel.handover_button.click()
    summary = dialog_of(qtbot, window, HandoverDialog)
    qtbot.waitUntil(lambda: summary.summary.isVisible())
    measure(summary, "handover dialog (handed over already)")


def test_account_dialog_with_every_error(
    qtbot: QtBot, window: MainWindow, long_worker: int
) -> None:
    open_long_worker(qtbot, window, long_worker)
    window.lookup_page.detail_panel.account_button.click()
    dialog = dialog_of(qtbot, window, AccountDialog)
    qtbot.waitUntil(dialog.is_loaded)
    dialog.occupation_edit.clear()
    dialog.phone_edit.setText("0812 34")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.marked_fields()))
    measure(dialog, "bank account dialog (errors)")


def test_paper_handover_dialog_with_a_problem(
    qtbot: QtBot, window: MainWindow, registry: Registry, config: Config, long_worker: int,
    tmp_path: Path,
) -> None:  # fmt: skip
    qr_text_of_card(registry, config, long_worker)  # a card printed, not handed over
    open_long_worker(qtbot, window, long_worker)
    window.lookup_page.detail_panel.paper_action.trigger()
    dialog = dialog_of(qtbot, window, PaperHandoverDialog)
    measure(dialog, "paper handover dialog")
    scan = tmp_path / "pindaian_tanda_terima_serah_terima_kartu_kambata_mapambuhang_2025.png"
    scan.write_bytes(b"not a scan")
    dialog.set_scan(scan)
    dialog.serial_edit.setText(format_serial(active_serial(registry, long_worker)))
    dialog.save_button.click()
    approval = dialog_of(qtbot, dialog, ApprovalDialog)
    submit(qtbot, approval.form, "yohana", "917364")
    qtbot.waitUntil(lambda: dialog.message_label.isVisible())
    measure(dialog, "paper handover dialog (scan refused)")


# -------------------------------------------------------------------- the event network


def test_the_footer_and_banner_of_a_desk_whose_hub_is_away(
    qtbot: QtBot, unsigned_window: MainWindow, long_operator: Staff
) -> None:
    from kiosk.ui.hub.status_widget import HubStatus
    from kiosk.ui.hub.watch import HubCondition, HubView, HubWatch

    def unreachable(_url: str) -> object:
        raise OSError("no route to host")

    url = "postgresql+psycopg://kiosk@/kiosk?host=192.168.100.250&port=5432&sslrootcert=/c"
    status = HubStatus(HubWatch(url, unreachable, lambda _old, _new: None), unsigned_window)  # type: ignore[arg-type]
    unsigned_window.show_hub_status(status.label, status.banner)
    sign_in(qtbot, unsigned_window, long_operator)
    # The desk's counts come from the pool after the sign-in: measured once they are there.
    qtbot.waitUntil(lambda: bool(unsigned_window.counts_label.text()))
    status.show(HubView(HubCondition.UNREACHABLE, "192.168.100.250:5432"))
    page = unsigned_window.lookup_page
    measure(unsigned_window, "main window of a hub desk",
            excluding=[page.detail_panel, page.results_view])  # fmt: skip
    status.show(HubView(HubCondition.NO_STANDBY, "192.168.100.251:5432"))
    measure(unsigned_window, "main window of a hub desk without standby",
            excluding=[page.detail_panel, page.results_view])  # fmt: skip


@pytest.mark.parametrize("signed_in_role", [Role.ADMIN])
def test_join_dialog_with_its_longest_problem(qtbot: QtBot, window: MainWindow) -> None:
    from kiosk.ui.hub.join_dialog import JoinDialog
    from kiosk.usecases.hub import JoinError, JoinProblem

    window.join_hub_action.trigger()
    dialog = dialog_of(qtbot, window, JoinDialog)
    dialog.code_edit.setText(HUB_CODE)
    addresses = "192.168.100.250:5432, 192.168.100.251:5432"
    dialog.show_failure(JoinError(JoinProblem.WRONG_CERTIFICATE, addresses))
    measure(dialog, "join dialog", scrolling=[dialog.code_edit])


class FakeLaptopHub:
    """The hub dialog's steps, answering at once with a busy event's hub or standby."""

    def __init__(self, role: str) -> None:
        from kiosk.ui.hub.laptop import HubScreen
        from kiosk.usecases.hub import HubReport

        self.folder = Path("/home/panitia/.local/share/ntt-kiosk/hub")
        desks = tuple(f"{LONG_DEVICE[:-2]}{n:02d}" for n in range(1, 13))
        status = ClusterStatus(
            folder=str(self.folder), running=True, role=role, port=5432,
            addresses=("192.168.100.250:5432", "10.42.0.1:5432"),
            desks=desks if role == "primary" else (), standbys=(),
            replay_lag_seconds=0.4 if role == "standby" else None,
            disk_free_bytes=71_000_000_000, disk_total_bytes=250_000_000_000,
        )  # fmt: skip
        report = HubReport(status, 3986 if role == "primary" else None, True, False)
        self.screen = HubScreen(self.folder, report, HUB_CODE)

    def look(self) -> object:
        return self.screen


@pytest.mark.parametrize("role", ["primary", "standby"])
@pytest.mark.parametrize("signed_in_role", [Role.ADMIN])
def test_hub_dialog(qtbot: QtBot, window: MainWindow, role: str) -> None:
    from kiosk.ui.hub.hub_dialog import HubDialog

    runner = window.findChild(Runner)
    assert runner is not None
    laptop = cast(LaptopHub, FakeLaptopHub(role))
    dialog = HubDialog(laptop, None, runner, window, refresh_ms=60_000)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.hub_screen is not None)
    assert dialog.promote_button.isVisible() is (role == "standby")
    dialog.message_label.setText(
        "TIDAK dinyalakan: laptop ini dulu hub, tetapi cadangannya di 192.168.100.251:5432"
        " sudah mengambil alih. Biarkan yang ini mati; untuk punya cadangan lagi, jadikan"
        " laptop ini cadangan dari hub baru (folder baru: kiosk hub standby KODE)."
    )
    dialog.message_label.show()
    measure(dialog, f"hub dialog ({role})", scrolling=[dialog.code_edit])
    dialog.reject()


# -------------------------------------------------------------------- every dialog is here

# Each QDialog subclass in kiosk/ui, and the tests above that open and measure it.
FIT_TESTS: dict[str, tuple[Callable[..., None], ...]] = {
    "FirstRunDialog": (test_first_run_dialog,),
    "OperatorsDialog": (test_operators_dialog,),
    "CorrectionDialog": (test_correction_dialog,),
    "ApprovalDialog": (test_correction_approval_dialog, test_kiosk_mode_leave_dialog),
    "ImportDialog": (test_import_dialog_with_problems,),
    "EventProgressDialog": (test_progress_dialog,),
    "PrintDialog": (
        test_print_dialog,
        test_print_dialog_with_a_failed_receipt,
        test_reprint_dialog,
    ),
    "PrintJobsDialog": (test_print_jobs_dialog,),
    "BatchPrintDialog": (test_batch_dialog,),
    "VerifyDialog": (test_verify_dialog,),
    "HandoverDialog": (test_handover_dialog_each_step, test_handover_dialog_after_the_handover),
    "PaperHandoverDialog": (test_paper_handover_dialog_with_a_problem,),
    "AccountDialog": (test_account_dialog_with_every_error,),
    "JoinDialog": (test_join_dialog_with_its_longest_problem,),
    "HubDialog": (test_hub_dialog,),
    "ReportDialog": (test_report_dialog,),
}


def _dialog_classes() -> set[str]:
    """The classes in kiosk/ui that derive from QDialog, or from one that does."""
    bases: dict[str, set[str]] = {}
    for path in KIOSK_UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases}
    dialogs: set[str] = set()
    grown = True
    while grown:
        grown = False
        for name, parents in bases.items():
            if name not in dialogs and parents & (dialogs | {"QDialog"}):
                dialogs.add(name)
                grown = True
    return dialogs


def test_every_dialog_is_measured() -> None:
    dialogs = _dialog_classes()
    assert "HandoverDialog" in dialogs
    assert "ApprovalDialog" in dialogs
    missing = sorted(dialogs - set(FIT_TESTS))
    assert not missing, f"Add a fit test for {missing} to FIT_TESTS in {Path(__file__).name}"
    for tests in FIT_TESTS.values():
        for test in tests:
            assert globals()[test.__name__] is test
