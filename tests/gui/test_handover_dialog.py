"""The handover desk, driven as staff drive it: found worker to signed card, counted."""

from __future__ import annotations

import dataclasses
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QInputDevice, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken
from sqlalchemy import func, select

from db.models import (
    Card,
    CardCheck,
    CardStatus,
    Handover,
    HandoverKind,
    IdDocument,
    JobStatus,
    PrintJob,
    PrintKind,
    Role,
    Worker,
    WorkerStatus,
)
from kiosk.config import Config
from kiosk.services import build_services
from kiosk.signing import open_signing_keys
from kiosk.texts.handover import prior_handover_text
from kiosk.ui.common.printers import Printers
from kiosk.ui.handover.handover_dialog import HandoverDialog
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.handover import HandoverRequest, Handovers
from kiosk.usecases.job_records import JobOutcome
from kiosk.usecases.print_jobs import PrintJobs
from kiosk.usecases.printing_services import build_printing
from printing.payload import format_serial
from printing.signature import Signature, synthetic_signature
from tests.gui.conftest import ROLE_STAFF, Registry, cheap_hasher
from tests.gui.test_print_dialog import open_worker
from tests.gui.test_signature_pad import _mouse, _tablet
from tests.helpers.printer_listener import Mode, PrinterListener

FIRST = "Umbu Ndaku Lewa"  # registered: the printing desk printed their card before the event


class Interactions(QObject):
    """Counts what a person does once the worker is found: a press on a button or a field,
    a scan (a burst ending in Enter), and the signature, however many strokes it takes.

    Only events for widgets count (Qt also shows them to the window first), and an event
    passed on to a parent counts once.
    """

    PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TabletPress)

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.pad: QWidget | None = None
        self.signed = False
        self._last: tuple[int, QEvent.Type, int] | None = None
        self.log: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(watched, QWidget):
            return False
        kind = event.type()
        enter = kind == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )
        if kind not in self.PRESSES and not enter:
            return False
        # The same event passed on to a parent comes straight after, at the same address.
        key = (Shiboken.getCppPointer(event)[0], kind, event.timestamp())  # type: ignore[attr-defined]
        if key == self._last:
            return False
        self._last = key
        self.log.append(f"{kind.name} {type(watched).__name__} {watched.objectName()}")
        pad = self.pad
        if pad is not None and (watched is pad or pad.isAncestorOf(watched)):
            if not self.signed:
                self.signed = True
                self.count += 1
        else:
            self.count += 1
        return False


@pytest.fixture
def config(sqlite_url: str, tmp_path: Path) -> Iterator[Config]:
    previous = os.environ.get("KIOSK_SIGNING_KEY")
    os.environ["KIOSK_SIGNING_KEY"] = str(tmp_path / "keys" / "signing-key.pem")
    (tmp_path / "kartu").mkdir()
    (tmp_path / "struk").mkdir()
    yield Config(
        database_url=sqlite_url,
        language="id",
        site="Aula Kantor Bupati, Waingapu",
        device="meja-01",
        card_printer=f"folder://{tmp_path / 'kartu'}",
        receipt_printer=f"folder://{tmp_path / 'struk'}",
    )
    if previous is None:
        os.environ.pop("KIOSK_SIGNING_KEY", None)
    else:
        os.environ["KIOSK_SIGNING_KEY"] = previous


@pytest.fixture
def card_payload(registry: Registry, config: Config, staff: object) -> str:
    """The printing desk printed the worker's card before the event: its QR text."""
    services = build_services(config, registry.sessions, hasher=cheap_hasher())
    keys = open_signing_keys(Path(os.environ["KIOSK_SIGNING_KEY"]))
    printing = build_printing(registry.sessions, services.auditor, config, keys)
    printer = ROLE_STAFF[Role.PRINTING].actor()
    worker_id = registry.ids[FIRST]
    assert printing.jobs.print_card(printer, worker_id, config.card_printer).sent
    active = select(Card).where(Card.worker_id == worker_id, Card.status == CardStatus.ACTIVE)
    with registry.sessions() as session:
        row = session.scalars(active).one()
        worker = session.get_one(Worker, worker_id)
        return printing.cards.card_data(row, worker).qr_payload


def sign_with_mouse(pad: QWidget, signature: Signature) -> None:
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
            _mouse(pad, kind, point.x, point.y)


def sign_with_touch(pad: QWidget, signature: Signature) -> None:
    device = QTest.createTouchDevice()
    for stroke in signature.strokes:
        points = [pad.mapToGlobal(QPoint(round(p.x), round(p.y))) for p in stroke]
        QTest.touchEvent(pad, device).press(0, points[0]).commit()
        for point in points[1:-1]:
            QTest.touchEvent(pad, device).move(0, point).commit()
        QTest.touchEvent(pad, device).release(0, points[-1]).commit()


def sign_with_stylus(pad: QWidget, signature: Signature) -> None:
    stylus = QPointingDevice(
        "stylus", 4343, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3,
    )  # fmt: skip
    for stroke in signature.strokes:
        points = list(stroke)
        for i, point in enumerate(points):
            kind = (
                QEvent.Type.TabletPress
                if i == 0
                else QEvent.Type.TabletRelease
                if i == len(points) - 1
                else QEvent.Type.TabletMove
            )
            _tablet(pad, stylus, kind, point.x, point.y, point.pressure)


SIGNERS = {"mouse": sign_with_mouse, "touch": sign_with_touch, "stylus": sign_with_stylus}


def open_handover(qtbot: QtBot, window: MainWindow, name: str) -> HandoverDialog:
    window.lookup_page.detail_panel.handover_button.click()
    dialog = window.findChild(HandoverDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.is_busy())
    return dialog


@pytest.mark.parametrize("device", list(SIGNERS))
def test_a_found_worker_is_handed_their_card_in_five_interactions(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    card_payload: str,
    config: Config,
    device: str,
) -> None:
    open_worker(qtbot, window, FIRST)
    counter = Interactions()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(counter)
    try:
        QTest.mouseClick(window.lookup_page.detail_panel.handover_button, Qt.MouseButton.LeftButton)
        dialog = window.findChild(HandoverDialog)
        assert dialog is not None
        counter.pad = dialog.signature_field.pad
        qtbot.waitUntil(lambda: dialog.card() is None and not dialog.is_busy())
        QTest.mouseClick(dialog.identity_button, Qt.MouseButton.LeftButton)
        # A scanner types into whatever has the focus: it must be the scan field.
        scanner = QApplication.focusWidget()
        assert scanner is dialog.scan_edit
        QTest.keyClicks(scanner, card_payload)
        QTest.keyClick(scanner, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.card() is not None)
        SIGNERS[device](dialog.signature_field.pad, synthetic_signature(random.Random(4)))
        assert dialog.is_ready()
        with qtbot.waitSignal(dialog.handed_over, timeout=10_000):
            QTest.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    finally:
        app.removeEventFilter(counter)
    assert counter.count == 5, counter.log

    with registry.sessions() as session:
        (handover,) = session.scalars(select(Handover))
        assert handover.kind is HandoverKind.SIGNED
        assert handover.card_check is CardCheck.QR_SCAN
        assert session.get_one(Worker, registry.ids[FIRST]).status is WorkerStatus.HANDED_OVER
    # The tanda terima goes out after the commit, with the signature, as a PDF here.
    receipts = Path(config.receipt_printer.removeprefix("folder://"))

    def receipt_sent() -> bool:
        with registry.sessions() as session:
            kinds = {j.kind.value: j.status for j in session.scalars(select(PrintJob))}
        return kinds.get("receipt") is JobStatus.SENT

    qtbot.waitUntil(receipt_sent, timeout=10_000)
    assert len(list(receipts.glob("*.pdf"))) == 1
    # The dialog says where the tanda terima went, then the desk closes it.
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.is_done()
    assert dialog.close_button.isEnabled()
    assert QApplication.focusWidget() is dialog.close_button
    QTest.keyClick(dialog.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(HandoverDialog) is None)
    # Ready for the next worker, with the counts in view.
    assert window.lookup_page.search_panel.query_edit.text() == ""
    notice = window.lookup_page.notice_label
    assert notice.isVisible()
    assert notice.text().startswith("✓ Kartu ")
    assert notice.text().endswith(f"diserahkan kepada {FIRST}.")
    qtbot.waitUntil(lambda: window.counts_label.text() == "Meja ini hari ini: 1  ·  Acara: 0")


def test_another_workers_card_is_refused_by_name_and_the_next_scan_goes_in(
    qtbot: QtBot, window: MainWindow, registry: Registry, card_payload: str, config: Config
) -> None:
    other = "Umbu Dapa Landu"
    services = build_services(config, registry.sessions, hasher=cheap_hasher())
    keys = open_signing_keys(Path(os.environ["KIOSK_SIGNING_KEY"]))
    printing = build_printing(registry.sessions, services.auditor, config, keys)
    printing.jobs.print_card(ROLE_STAFF[Role.PRINTING].actor(), registry.ids[other],
                             config.card_printer)  # fmt: skip
    open_worker(qtbot, window, other)
    dialog = open_handover(qtbot, window, other)
    dialog.identity_button.click()
    scanner = QApplication.focusWidget()
    assert scanner is dialog.scan_edit
    QTest.keyClicks(scanner, card_payload)  # Umbu Ndaku Lewa's card
    QTest.keyClick(scanner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "milik peserta lain" in dialog.message_label.text())
    assert FIRST in dialog.message_label.text()
    assert dialog.card() is None
    assert QApplication.focusWidget() is dialog.scan_edit  # ready for the right card
    dialog.cancel_button.click()


def test_a_dot_is_not_a_signature(
    qtbot: QtBot, window: MainWindow, registry: Registry, card_payload: str
) -> None:
    open_worker(qtbot, window, FIRST)
    dialog = open_handover(qtbot, window, FIRST)
    dialog.identity_button.click()
    QTest.keyClicks(dialog.scan_edit, card_payload)
    QTest.keyClick(dialog.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.card() is not None)
    pad = dialog.signature_field.pad
    _mouse(pad, QEvent.Type.MouseButtonPress, 200, 100)
    _mouse(pad, QEvent.Type.MouseButtonRelease, 201, 100)
    dialog.confirm_button.click()
    assert "terlalu kecil" in dialog.signature_field.problem_text
    with registry.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 0
    dialog.cancel_button.click()


def test_a_worker_without_a_card_gets_it_printed_at_the_desk(
    qtbot: QtBot, window: MainWindow, registry: Registry, config: Config, card_payload: str
) -> None:
    other = "Umbu Dapa Landu"  # registered, nothing printed
    open_worker(qtbot, window, other)
    dialog = open_handover(qtbot, window, other)
    dialog.identity_button.click()
    assert dialog.print_button.isVisible()
    assert not dialog.scan_edit.isEnabled()
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.card_destination.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    cards = Path(config.card_printer.removeprefix("folder://"))
    assert len(list(cards.glob("*.pdf"))) == 2  # the first worker's, and this one
    # A PDF is no card in hand: it is printed, then checked like any other card.
    assert dialog.card() is None
    assert "PDF" in card_state(dialog).text()
    assert _colour(card_state(dialog)) == AMBER
    assert dialog.scan_edit.isEnabled()
    assert dialog.serial_edit.isVisible()
    assert dialog.serial_edit.isEnabled()
    assert not dialog.confirm_button.isEnabled()
    QTest.keyClicks(dialog.serial_edit, active_serial(registry, other))
    QTest.keyClick(dialog.serial_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.card() is not None)
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(8)))
    with qtbot.waitSignal(dialog.handed_over, timeout=10_000):
        dialog.confirm_button.click()
    with registry.sessions() as session:
        assert session.get_one(Worker, registry.ids[other]).status is WorkerStatus.HANDED_OVER
        (handover,) = session.scalars(select(Handover))
        assert handover.card_check is CardCheck.SERIAL_TYPED  # not "printed here": a PDF


def test_a_card_sent_to_a_card_printer_at_the_desk_is_the_card_in_hand(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    card_payload: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A card printer (CUPS) rather than a folder: the job comes back with no file.
    print_card = PrintJobs.print_card

    def on_a_card_printer(self: PrintJobs, *args: object) -> JobOutcome:
        return dataclasses.replace(print_card(self, *args), file=None)  # type: ignore[arg-type]

    monkeypatch.setattr(PrintJobs, "print_card", on_a_card_printer)
    other = "Umbu Dapa Landu"  # registered, nothing printed
    open_worker(qtbot, window, other)
    dialog = open_handover(qtbot, window, other)
    dialog.identity_button.click()
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.card() is not None, timeout=10_000)
    assert _colour(card_state(dialog)) == GREEN
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(8)))
    with qtbot.waitSignal(dialog.handed_over, timeout=10_000):
        dialog.confirm_button.click()
    with registry.sessions() as session:
        (handover,) = session.scalars(select(Handover))
        assert handover.card_check is CardCheck.PRINTED_HERE
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    dialog.close_button.click()


@pytest.mark.parametrize("signed_in_role", [Role.TELLER])
def test_a_second_handover_says_who_when_and_where(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    card_payload: str,
    config: Config,
    signed_in_role: Role,
) -> None:
    services = build_services(config, registry.sessions, hasher=cheap_hasher())

    desk = Handovers(registry.sessions, services.auditor, lambda: {}, None)
    card = desk.card_for(registry.ids[FIRST])
    assert card is not None
    desk.hand_over(
        ROLE_STAFF[Role.DESK].actor(),
        HandoverRequest(
            registry.ids[FIRST],
            card.serial,
            IdDocument.KTP,
            HandoverKind.SIGNED,
            synthetic_signature(random.Random(2)),
        ),
    )
    open_worker(qtbot, window, FIRST)
    panel = window.lookup_page.detail_panel
    assert panel.handover_button.text() == "Sudah diserahkan — lihat detailnya…"
    assert panel.handover_button.objectName() != "primaryButton"  # nothing to do: neutral
    dialog = open_handover(qtbot, window, FIRST)
    # What was recorded, read only: no form to fill, no red, a way out.
    qtbot.waitUntil(lambda: dialog.summary.isVisible())
    assert not dialog.steps_area.isVisible()
    assert not dialog.signature_field.isVisible()
    assert not dialog.confirm_button.isVisible()
    assert dialog.message_label.text() == ""
    assert dialog.summary.title.text() == "Kartu peserta ini sudah diserahkan."
    assert dict(dialog.summary.rows()) == {
        "Diserahkan oleh": "Marthen Umbu Hina",
        "Waktu": dialog.summary.rows()[1][1],
        "Lokasi": "Aula Kantor Bupati, Waingapu",
        "Meja (perangkat)": "meja-01",
        "Kartu": card.serial_text,
        "Kartu diperiksa dengan": "Tidak tercatat",
        "Cara": "Peserta menandatangani",
    }
    assert dialog.summary.rows()[1][1].endswith(" WITA")
    assert dialog.cancel_button.text() == "Tutup"
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: window.findChild(HandoverDialog) is None)


def test_a_worker_handed_over_at_a_kiosk_without_a_site_is_summed_up_without_one(
    qtbot: QtBot, window: MainWindow, registry: Registry, card_payload: str, config: Config
) -> None:
    services = build_services(
        dataclasses.replace(config, site=""), registry.sessions, hasher=cheap_hasher()
    )
    desk = Handovers(registry.sessions, services.auditor, lambda: {}, None)
    card = desk.card_for(registry.ids[FIRST])
    assert card is not None
    desk.hand_over(
        ROLE_STAFF[Role.DESK].actor(),
        HandoverRequest(
            registry.ids[FIRST],
            card.serial,
            IdDocument.KTP,
            HandoverKind.REPRESENTATIVE,
            synthetic_signature(random.Random(2)),
            card_check=CardCheck.QR_SCAN,
            representative_name="Rambu Ana",
            representative_nik="5311015505800001",
            relationship="Istri",
            reason="Sakit",
        ),
    )
    open_worker(qtbot, window, FIRST)
    dialog = open_handover(qtbot, window, FIRST)
    qtbot.waitUntil(lambda: dialog.summary.isVisible())
    rows = dict(dialog.summary.rows())
    assert "Lokasi" not in rows
    assert rows["Kartu diperiksa dengan"] == "Pindai kode QR"
    assert rows["Cara"] == "Diambil oleh wakil"
    assert rows["Wakil"] == "Rambu Ana (Istri)"
    assert "—" not in " ".join(v for _, v in dialog.summary.rows())
    # What a second attempt is told leaves the absent site out too.
    again = desk.card_for(registry.ids[FIRST])
    assert again is not None
    assert again.prior is not None
    text = prior_handover_text(again.prior)
    assert "—" not in text
    assert text.endswith(f"oleh Marthen Umbu Hina ({again.prior.device}).")
    dialog.cancel_button.click()


def _colour(label: QWidget) -> str:
    return label.palette().color(label.foregroundRole()).name()


GREEN, AMBER, RED, INK = "#1b7a43", "#7a4b00", "#9a3b32", "#1d2327"  # kiosk.qss


def card_state(dialog: HandoverDialog) -> QLabel:
    """Step 2 in words."""
    label = dialog.findChild(QLabel, "cardState")
    assert label is not None
    return label


def active_serial(registry: Registry, name: str) -> str:
    active = select(Card.serial).where(
        Card.worker_id == registry.ids[name], Card.status == CardStatus.ACTIVE
    )
    with registry.sessions() as session:
        return format_serial(session.scalars(active).one())


def test_without_a_scanner_the_serial_on_the_card_is_typed_and_must_match(
    qtbot: QtBot, window: MainWindow, registry: Registry, card_payload: str
) -> None:
    open_worker(qtbot, window, FIRST)
    dialog = open_handover(qtbot, window, FIRST)
    assert dialog.findChild(QWidget, "inHandButton") is None  # no one-click "it matches"
    # What to do is said in plain ink, not in the green of a card already checked.
    assert _colour(card_state(dialog)) == INK
    serial = active_serial(registry, FIRST)
    assert serial not in card_state(dialog).text()  # to be read from the card in hand
    dialog.identity_button.click()
    assert dialog.serial_edit.isVisible()
    assert dialog.serial_edit.isEnabled()

    dialog.serial_button.click()  # nothing typed: nothing accepted
    assert "paling sedikit 4" in dialog.message_label.text()
    assert dialog.card() is None
    QTest.keyClicks(dialog.serial_edit, "zzzz")
    QTest.keyClick(dialog.serial_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "tidak cocok" in dialog.message_label.text())
    assert dialog.card() is None
    assert QApplication.focusWidget() is dialog.serial_edit  # to be put right
    assert dialog.serial_edit.selectedText() == "zzzz"

    # The end of the serial is enough: lower case, with its hyphen, as people type it.
    QTest.keyClicks(dialog.serial_edit, serial[-6:].lower())
    QTest.keyClick(dialog.serial_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.card() is not None)
    assert _colour(card_state(dialog)) == GREEN
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(6)))
    with qtbot.waitSignal(dialog.handed_over, timeout=10_000):
        dialog.confirm_button.click()
    with registry.sessions() as session:
        (handover,) = session.scalars(select(Handover))
        assert handover.card_check is CardCheck.SERIAL_TYPED
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    dialog.close_button.click()


def test_a_card_printed_at_the_desk_and_the_tanda_terima_say_where_they_went(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    config: Config,
    card_payload: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    other = "Umbu Dapa Landu"  # registered, nothing printed
    open_worker(qtbot, window, other)
    dialog = open_handover(qtbot, window, other)
    state = card_state(dialog)
    assert "belum punya kartu" in state.text()
    assert "Folder kartu" in state.text()  # where the card will go, before it goes
    assert _colour(state) == AMBER  # something to do, not something done
    assert not dialog.serial_edit.isVisible()  # no card, no serial to match
    dialog.identity_button.click()
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.card_destination.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.card() is None  # a PDF: printed and scanned first

    # A PDF in the card folder is not a card in the printer's tray: said, with the file.
    cards = Path(config.card_printer.removeprefix("folder://"))
    note = dialog.card_destination
    assert note.isVisible()
    assert note.file is not None
    assert Path(note.file).parent == cards
    assert Path(note.file).is_file()
    assert "PDF" in note.text()
    assert note.file in note.text()
    assert "belum tercetak" in note.text()
    note.open_button.click()
    assert opened == [note.file]

    QTest.keyClicks(dialog.serial_edit, active_serial(registry, other))
    dialog.serial_button.click()
    qtbot.waitUntil(lambda: dialog.card() is not None)
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(8)))
    with qtbot.waitSignal(dialog.handed_over, timeout=10_000):
        dialog.confirm_button.click()
    with registry.sessions() as session:
        (handover,) = session.scalars(select(Handover))
        assert handover.card_check is CardCheck.SERIAL_TYPED

    # The tanda terima: no receipt printer here, so a PDF, and the dialog says so.
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert dialog.message_label.text() == f"✓ Kartu diserahkan kepada {other}."
    assert _colour(dialog.message_label) == GREEN
    receipt = dialog.receipt_destination
    assert receipt.isVisible()
    assert receipt.file is not None
    assert Path(receipt.file).parent == Path(config.receipt_printer.removeprefix("folder://"))
    assert Path(receipt.file).is_file()
    assert receipt.file in receipt.text()
    assert "tanda terima" in receipt.text().lower()
    receipt.open_button.click()
    assert opened[-1] == receipt.file
    assert not dialog.confirm_button.isVisible()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # done all the same
    qtbot.waitUntil(lambda: window.findChild(HandoverDialog) is None)


def test_a_tanda_terima_that_did_not_print_is_said_in_red_and_the_handover_stands(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    card_payload: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # A receipt printer that refuses the connection at once (nothing listens on port 1).
    monkeypatch.setattr(Printers, "receipt", lambda _self: "tcp://127.0.0.1:1?timeout=2")
    open_worker(qtbot, window, FIRST)
    dialog = open_handover(qtbot, window, FIRST)
    dialog.identity_button.click()
    QTest.keyClicks(dialog.scan_edit, card_payload)
    QTest.keyClick(dialog.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.card() is not None)
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(3)))
    with qtbot.waitSignal(dialog.handed_over, timeout=10_000):
        dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    receipt = dialog.findChild(QLabel, "handoverReceipt")
    assert receipt is not None
    assert receipt.isVisible()
    assert receipt.text().startswith("Tanda terima tidak tercetak")
    assert "Pekerjaan cetak" in receipt.text()
    assert _colour(receipt) == RED
    assert dialog.receipt_destination.isHidden()  # nothing went anywhere
    assert dialog.message_label.text() == f"✓ Kartu diserahkan kepada {FIRST}."
    with registry.sessions() as session:
        assert session.get_one(Worker, registry.ids[FIRST]).status is WorkerStatus.HANDED_OVER
    # The signature is recorded: its Undo and Clear are gone, not idle.
    for name in ("signatureUndo", "signatureClear"):
        button = dialog.signature_field.findChild(QPushButton, name)
        assert button is not None
        assert not button.isVisible()
    # "Coba lagi", as the message says: the same job, sent again (to a folder, this time).
    assert dialog.retry_button.isVisible()
    assert dialog.retry_button.text() == "Coba lagi"
    assert "Pencetakan → Pekerjaan cetak" in receipt.text()
    monkeypatch.setattr(Printers, "receipt", lambda _self: f"folder://{tmp_path}")
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: dialog.receipt_destination.isVisible(), timeout=10_000)
    assert not receipt.isVisible()
    assert not dialog.retry_button.isVisible()
    with registry.sessions() as session:
        (job,) = session.scalars(select(PrintJob).where(PrintJob.kind == PrintKind.RECEIPT))
        assert job.status is JobStatus.SENT
        assert job.attempts == 2
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    dialog.close_button.click()


def test_a_tanda_terima_on_a_receipt_printer_closes_the_dialog_and_says_where(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    card_payload: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with PrinterListener(Mode.COLLECT) as printer:
        monkeypatch.setattr(Printers, "receipt", lambda _self: printer.url)
        open_worker(qtbot, window, FIRST)
        dialog = open_handover(qtbot, window, FIRST)
        dialog.identity_button.click()
        QTest.keyClicks(dialog.scan_edit, card_payload)
        QTest.keyClick(dialog.scan_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.card() is not None)
        sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(5)))
        dialog.confirm_button.click()
        # On paper at the desk: nothing to open, so the desk is ready for the next worker
        # without another press, and the notice says where the tanda terima went.
        qtbot.waitUntil(lambda: window.findChild(HandoverDialog) is None, timeout=10_000)
        assert printer.next_job(timeout=5)
    notice = window.lookup_page.notice_label
    assert notice.text() == (
        f"✓ Kartu diserahkan kepada {FIRST}. Tanda terima dikirim ke printer: "
        f"Printer struk 127.0.0.1:{printer.port}."
    )


def test_a_hub_out_of_reach_is_said_and_the_same_attempt_recorded_once_when_back(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    card_payload: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The use case gave up after its retries: the desk is told nothing is recorded; the
    button again sends the same attempt (its client id), recorded once, and said so if the
    first one had gone through after all."""
    from kiosk.usecases.settle import HubUnreachableError

    real = Handovers.hand_over
    sent: list[str] = []

    def away_then_back(self: Handovers, actor: object, request: HandoverRequest) -> object:
        sent.append(request.client_id)
        if len(sent) == 1:
            raise HubUnreachableError(30.0, request.client_id)
        done = real(self, actor, request)  # type: ignore[arg-type]
        return dataclasses.replace(done, settled_after_retry=True)

    monkeypatch.setattr(Handovers, "hand_over", away_then_back)
    open_worker(qtbot, window, FIRST)
    dialog = open_handover(qtbot, window, FIRST)
    dialog.identity_button.click()
    QTest.keyClicks(dialog.scan_edit, card_payload)
    QTest.keyClick(dialog.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.card() is not None)
    sign_with_mouse(dialog.signature_field.pad, synthetic_signature(random.Random(5)))
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert dialog.message_label.text().startswith("Hub tidak terjangkau")
    assert "BELUM tercatat" in dialog.message_label.text()
    with registry.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 0
    with qtbot.waitSignal(dialog.handed_over, timeout=10_000):
        dialog.confirm_button.click()
    assert sent[0] == sent[1]  # the same attempt, sent again
    assert "tercatat satu kali" in dialog.message_label.text()
    with registry.sessions() as session:
        (handover,) = session.scalars(select(Handover))
        assert handover.client_id == sent[0]
