"""Printing from the window: a preview, the printer, and a failed job retried elsewhere."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken
from sqlalchemy import select

from db.models import Card, CardStatus, JobStatus, PrintJob, Role, Worker, WorkerStatus
from kiosk.config import Config
from kiosk.signing import load_trusted_keys
from kiosk.ui.common.runner import Runner
from kiosk.ui.printing.batch_dialog import BatchPrintDialog
from kiosk.ui.printing.print_dialog import PrintActions, PrintDialog
from kiosk.ui.printing.print_jobs_dialog import PrintJobsDialog
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.audit import Actor
from kiosk.usecases.job_records import JobOutcome
from printing.payload import decode_and_verify
from tests.gui.conftest import SUPERVISOR, Registry
from tests.gui.helpers import events, submit
from tests.helpers.printer_listener import Mode, PrinterListener, read_job
from tests.integration.test_card_pdf import rasterise

FIRST = "Umbu Ndaku Lewa"  # registered, no card yet


@pytest.fixture
def cards_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "kartu"
    folder.mkdir()
    return folder


@pytest.fixture
def receipt_printer() -> Iterator[PrinterListener]:
    """A receipt printer that accepts connections and never reads: every job times out."""
    with PrinterListener(Mode.STALLED) as printer:
        yield printer


@pytest.fixture
def config(
    sqlite_url: str, cards_folder: Path, receipt_printer: PrinterListener, tmp_path: Path
) -> Iterator[Config]:
    key = tmp_path / "keys" / "signing-key.pem"
    previous = os.environ.get("KIOSK_SIGNING_KEY")
    os.environ["KIOSK_SIGNING_KEY"] = str(key)
    yield Config(
        database_url=sqlite_url,
        language="id",
        site="Waingapu",
        device="meja-01",
        card_printer=f"folder://{cards_folder}",
        receipt_printer=f"{receipt_printer.url}?timeout=1",
    )
    if previous is None:
        os.environ.pop("KIOSK_SIGNING_KEY", None)
    else:
        os.environ["KIOSK_SIGNING_KEY"] = previous


def open_worker(qtbot: QtBot, window: MainWindow, name: str) -> None:
    page = window.lookup_page
    with qtbot.waitSignal(page.worker_opened):
        QTest.keyClicks(page.search_panel.query_edit, name)
        QTest.keyClick(page.search_panel.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail_panel.name_label.text() == name)


def open_print_dialog(qtbot: QtBot, window: MainWindow, name: str) -> PrintDialog:
    open_worker(qtbot, window, name)
    button = window.lookup_page.detail_panel.print_button
    assert button.isVisible()
    button.click()
    dialog = window.findChild(PrintDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview_label.pixmap() is not None
                    and not dialog.preview_label.pixmap().isNull())  # fmt: skip
    return dialog


def jobs_of(registry: Registry, name: str) -> list[PrintJob]:
    with registry.sessions() as session:
        return list(
            session.scalars(
                select(PrintJob)
                .where(PrintJob.worker_id == registry.ids[name])
                .order_by(PrintJob.id)
            )
        )


def test_desk_staff_see_the_card_then_print_it_on_the_card_printer(
    qtbot: QtBot, window: MainWindow, registry: Registry, cards_folder: Path
) -> None:
    panel = window.lookup_page.detail_panel
    dialog = open_print_dialog(qtbot, window, FIRST)
    assert panel.print_button.text() == "Cetak kartu…"
    assert dialog.preview_label.pixmap().width() > 400
    # The card on screen shows the worker's data: the preview is in the audit trail.
    previews = [e for e in events(registry.sessions) if e.action == "preview_card"]
    assert [e.target for e in previews] == [f"worker:{registry.ids[FIRST]}"]
    assert dialog.card_radio.isChecked()
    assert dialog.chosen_printer() == f"folder://{cards_folder}"
    # The printer reads as words, not as a URL; the folder says it makes files, not cards.
    # (A long path keeps its start and its end; the whole is in the tooltip.)
    assert dialog.card_radio.text().startswith("Folder kartu: /")
    assert dialog.card_radio.text().endswith("/kartu")
    assert "folder:" not in dialog.card_radio.text()
    assert dialog.card_radio.toolTip().startswith(f"Folder kartu: {cards_folder}\n")
    assert dialog.receipt_radio.text().startswith("Printer struk 127.0.0.1")
    assert "tcp:" not in dialog.receipt_radio.text()
    assert dialog.card_folder_note.isVisibleTo(dialog)
    assert dialog.card_folder_note.text() == (
        "Kartu disimpan sebagai file PDF di folder ini, tidak dicetak."
    )
    assert not dialog.receipt_folder_note.isVisibleTo(dialog)  # a real receipt printer
    assert dialog.shown_document() is None

    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.status_label.property("state") == "ok")
    assert dialog.status_label.text().startswith("Kartu ")
    (pdf,) = cards_folder.glob("*.pdf")
    (code,) = zxingcpp.read_barcodes(rasterise(pdf, 1))
    trusted = load_trusted_keys(Path(os.environ["KIOSK_SIGNING_KEY"]))
    assert decode_and_verify(code.text, trusted).claims.kpj == registry.records[FIRST].kpj
    # A card that became a PDF in a folder is never called printed: it says where the file
    # is, with a button to open it.
    note = dialog.destination
    assert note.isVisibleTo(dialog)
    assert note.text().startswith("Kartu disimpan sebagai file PDF, belum tercetak: ")
    assert str(pdf) in note.text()
    assert note.file == str(pdf)
    assert note.open_button.isVisibleTo(dialog)
    assert note.open_button.text() == "Buka file"
    assert "folder:" not in dialog.status_label.text() + note.text()
    # The preview now shows the card as printed: drawn from the printed PDF, its own QR.
    qtbot.waitUntil(lambda: dialog.shown_document() is not None)
    assert dialog.shown_document() == pdf.read_bytes()
    serial = pdf.stem.removeprefix("kartu-")
    assert serial in dialog.preview_note.text()
    assert "Pratinjau" not in dialog.preview_note.text()
    shown = dialog.preview_label.pixmap().toImage()
    (on_screen,) = zxingcpp.read_barcodes(shown)
    assert on_screen.text == code.text
    (job,) = jobs_of(registry, FIRST)
    assert job.status is JobStatus.SENT
    # The detail now shows the card printed, and the button offers a reprint.
    qtbot.waitUntil(lambda: panel.print_button.text() == "Cetak ulang kartu…" or
                    not panel.print_button.isVisible())  # fmt: skip
    with registry.sessions() as session:
        assert session.get_one(Worker, registry.ids[FIRST]).status is WorkerStatus.CARD_PRINTED
    dialog.close_button.click()


def test_a_silent_receipt_printer_fails_without_freezing_and_the_job_goes_elsewhere(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    dialog = open_print_dialog(qtbot, window, FIRST)
    dialog.receipt_radio.click()
    dialog.print_button.click()
    assert dialog.is_busy()
    # The printer takes up to its timeout; the window keeps answering meanwhile.
    started = time.monotonic()
    ticks = 0
    while dialog.is_busy() and time.monotonic() - started < 10:
        qtbot.wait(20)
        ticks += 1
    assert ticks > 10  # the event loop ran all along
    assert dialog.status_label.property("state") == "problem"
    assert "tidak menerima seluruh pekerjaan" in dialog.status_label.text()
    assert dialog.retry_button.isVisible()
    (job,) = jobs_of(registry, FIRST)
    assert (job.status, job.attempts) == (JobStatus.FAILED, 1)

    with PrinterListener() as working:
        dialog.other_edit.setText(working.url)
        dialog.other_button.click()
        qtbot.waitUntil(lambda: dialog.status_label.property("state") == "ok", timeout=10_000)
        assert read_job(working.next_job()).rasters
    (job,) = jobs_of(registry, FIRST)
    assert (job.status, job.attempts) == (JobStatus.SENT, 2)
    assert job.printer.startswith(working.url + "?")
    dialog.close_button.click()


@pytest.mark.parametrize("signed_in_role", [Role.PRINTING])
def test_a_reprint_needs_a_reason_and_a_supervisor(
    qtbot: QtBot, window: MainWindow, registry: Registry, cards_folder: Path, signed_in_role: Role
) -> None:
    first = open_print_dialog(qtbot, window, FIRST)
    first.print_button.click()
    qtbot.waitUntil(lambda: first.status_label.property("state") == "ok")
    first.close_button.click()
    panel = window.lookup_page.detail_panel
    qtbot.waitUntil(lambda: panel.print_button.text() == "Cetak ulang kartu…")

    qtbot.waitUntil(lambda: window.findChild(PrintDialog) is None)  # the first one is gone
    panel.print_button.click()
    dialog = window.findChild(PrintDialog)
    assert dialog is not None
    assert dialog.reason_combo.isVisible()
    assert not dialog.receipt_radio.isVisible()
    dialog.reason_combo.setCurrentIndex(3)  # spoiled in the printer
    dialog.print_button.click()
    approval = dialog.approval
    assert approval is not None
    submit(qtbot, approval.form, SUPERVISOR.username, SUPERVISOR.pin)
    qtbot.waitUntil(lambda: dialog.status_label.property("state") == "ok")

    with registry.sessions() as session:
        cards = session.scalars(
            select(Card).where(Card.worker_id == registry.ids[FIRST]).order_by(Card.created_at)
        ).all()
    assert sorted(c.status for c in cards) == [CardStatus.ACTIVE, CardStatus.REPLACED]
    assert len(list(cards_folder.glob("*.pdf"))) == 2
    dialog.close_button.click()


def test_the_print_jobs_list_retries_a_failed_job_on_another_printer(
    qtbot: QtBot, window: MainWindow, registry: Registry
) -> None:
    dialog = open_print_dialog(qtbot, window, FIRST)
    dialog.receipt_radio.click()
    dialog.print_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    dialog.close_button.click()

    window.print_jobs_action.trigger()
    jobs = window.findChild(PrintJobsDialog)
    assert jobs is not None
    qtbot.waitUntil(lambda: jobs.model.rowCount() == 1)
    row = jobs.selected()
    assert row is not None
    assert (row.status, row.worker_name) == (JobStatus.FAILED, FIRST)
    assert jobs.retry_button.isEnabled()
    with PrinterListener() as working:
        jobs.other_edit.setText(working.url)
        jobs.other_button.click()
        qtbot.waitUntil(lambda: jobs.status_label.property("state") == "ok", timeout=10_000)
        assert read_job(working.next_job()).rasters
    qtbot.waitUntil(lambda: jobs.model.rowCount() == 0)  # only failed jobs are listed
    jobs.close_button.click()


@pytest.mark.parametrize("signed_in_role", [Role.PRINTING])
def test_the_printing_menu_opens_the_batch_dialog_with_the_card_printer(
    qtbot: QtBot, window: MainWindow, cards_folder: Path, signed_in_role: Role
) -> None:
    assert window.printing_button.isVisible()
    window.batch_print_action.trigger()
    dialog = window.findChild(BatchPrintDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.kecamatan_combo.count() > 1)
    assert str(cards_folder) in dialog.printer_radio.toolTip()
    dialog.close_button.click()


@pytest.mark.parametrize("signed_in_role", [Role.ADMIN])
def test_admins_do_not_print(window: MainWindow, signed_in_role: Role) -> None:
    assert not window.printing_button.isVisible()


def _refused(*_args: object) -> JobOutcome:
    raise AssertionError("nothing is printed in this test")


def _no_approval(_username: str, _pin: str) -> Actor:
    raise AssertionError("nothing is approved in this test")


def _no_render(_pdf: bytes, _width: int) -> bytes:
    raise AssertionError("nothing is printed, so nothing drawn, in this test")


def test_closing_the_dialog_during_its_preview_leaves_no_callback_behind(
    qtbot: QtBot, pool: QThreadPool
) -> None:
    runner = Runner(pool)
    go = threading.Event()

    def slow_preview(_width: int) -> bytes:
        go.wait(10)
        return b""

    actions = PrintActions(
        preview=slow_preview,
        render=_no_render,
        print_card=_refused,
        print_receipt=_refused,
        retry=_refused,
        reprint_card=_refused,
        approve=_no_approval,
    )
    dialog = PrintDialog(1, FIRST, actions, runner, card_printer="", receipt_printer="")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog))

    with qtbot.captureExceptions() as exceptions:
        go.set()
        qtbot.waitUntil(lambda: runner.pending() == 0)
    assert exceptions == []
