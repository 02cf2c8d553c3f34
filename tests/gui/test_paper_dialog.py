"""A handover made on paper while no hub could be reached, entered afterwards from the window:
the receipt's serial and time, its scan, and a supervisor's approval."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import Card, CardStatus, Handover, HandoverKind, Worker, WorkerStatus
from kiosk.config import WITA
from kiosk.texts.handover import prior_handover_text
from kiosk.ui.common.approval_dialog import ApprovalDialog
from kiosk.ui.handover.paper_dialog import PaperHandoverDialog
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.handover_records import prior_handover
from printing.payload import format_serial
from tests.gui.conftest import SUPERVISOR, Registry
from tests.gui.helpers import submit
from tests.gui.test_print_dialog import open_worker

WORKER = "Rambu Tamu Hunggu"  # a card printed, not handed over
SERIAL = 2501_0000_4321
# The receipt's time, and a card made long before it: nothing depends on today.
ON_THE_RECEIPT = dt.datetime(2020, 1, 2, 10, 15, tzinfo=WITA)
PNG = b"\x89PNG\r\n\x1a\n" + b"a receipt signed by hand" * 10


def give_card(registry: Registry, worker_id: int) -> None:
    made = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    with registry.sessions.begin() as session:
        session.add(
            Card(
                serial=SERIAL,
                worker_id=worker_id,
                key_id="00000000",
                issued_on=made.date(),
                status=CardStatus.ACTIVE,
                created_at=made,
            )
        )


def open_paper_dialog(qtbot: QtBot, window: MainWindow) -> PaperHandoverDialog:
    qtbot.waitUntil(lambda: window.findChild(PaperHandoverDialog) is not None)
    dialog = window.findChild(PaperHandoverDialog)
    assert dialog is not None
    return dialog


def enter(qtbot: QtBot, dialog: PaperHandoverDialog, scan: Path) -> None:
    """The receipt's serial (its last characters), time and scan; a supervisor approves."""
    dialog.serial_edit.setText(format_serial(SERIAL)[-4:])
    dialog.set_time(ON_THE_RECEIPT)
    dialog.set_scan(scan)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.approval is not None)
    approval = dialog.findChild(ApprovalDialog)
    assert approval is not None
    submit(qtbot, approval.form, SUPERVISOR.username, SUPERVISOR.pin)


def test_a_paper_handover_is_entered_once_and_the_second_names_the_first(
    qtbot: QtBot, window: MainWindow, registry: Registry, tmp_path: Path
) -> None:
    worker_id = registry.ids[WORKER]
    give_card(registry, worker_id)
    scan = tmp_path / "tanda-terima.png"
    scan.write_bytes(PNG)
    open_worker(qtbot, window, WORKER)
    panel = window.lookup_page.detail_panel
    assert panel.handover_more_button.isVisible()
    assert panel.paper_action.isVisible()
    assert panel.paper_action.text() == "Catat serah terima di atas kertas…"
    panel.paper_action.trigger()
    dialog = open_paper_dialog(qtbot, window)
    assert dialog.time_edit.displayFormat() == "dd-MM-yyyy HH:mm"
    dialog.set_scan(scan)
    assert dialog.scan_name() == "tanda-terima.png"
    assert dialog.scan_label.text() == "tanda-terima.png"
    enter(qtbot, dialog, scan)
    qtbot.waitUntil(lambda: window.findChild(PaperHandoverDialog) is None)

    with registry.sessions() as session:
        rows = session.scalars(select(Handover).where(Handover.worker_id == worker_id)).all()
        assert [
            (row.kind, row.paper_scan, row.paper_scan_type, row.approved_by, row.operator)
            for row in rows
        ] == [(HandoverKind.PAPER, PNG, "png", SUPERVISOR.username, "marthen")]
        assert rows[0].handed_over_at.replace(tzinfo=dt.UTC) == ON_THE_RECEIPT
        assert session.get_one(Worker, worker_id).status is WorkerStatus.HANDED_OVER
        prior = prior_handover(session, SERIAL)
    assert prior is not None
    notice = window.lookup_page.notice_label
    qtbot.waitUntil(notice.isVisible)
    assert notice.text() == (
        f"Serah terima di atas kertas tercatat: {WORKER}, kartu {format_serial(SERIAL)},"
        " 02-01-2020 10:15 WITA."
    )
    # Handed over: the worker's panel no longer offers it.
    open_worker(qtbot, window, WORKER)
    qtbot.waitUntil(lambda: panel.status_badge.text() != "")
    assert not panel.paper_action.isVisible()
    assert not panel.handover_more_button.isVisible()

    # A second entry for the same worker (a desk whose screen was not refreshed) is refused,
    # naming the first record.
    panel.paper_handover_requested.emit(worker_id)
    again = open_paper_dialog(qtbot, window)
    enter(qtbot, again, scan)
    qtbot.waitUntil(lambda: again.message_label.isVisible())
    assert again.message_label.text() == prior_handover_text(prior)
    assert "marthen" in again.message_label.text() or "Marthen" in again.message_label.text()
    with registry.sessions() as session:
        count = len(session.scalars(select(Handover).where(Handover.worker_id == worker_id)).all())
    assert count == 1
    again.reject()
