"""The print jobs list: the address box follows the chosen job, a lost job is settled by a
supervisor, and a closed list ignores the answers still on their way."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from db.models import JobStatus, PrintKind
from kiosk.ui.common.runner import Runner
from kiosk.ui.printing.print_jobs_dialog import JobColumn, PrintJobsDialog, jobs_to_look_at
from kiosk.usecases.audit import Actor
from kiosk.usecases.job_records import JobOutcome, JobRow
from tests.gui.conftest import SUPERVISOR
from tests.gui.helpers import submit

AT = dt.datetime(2025, 7, 14, 9, 30, tzinfo=dt.UTC)
RECEIPT_PRINTER = "tcp://192.168.1.40:9100"
CARD_PRINTER = "cups://kartu"


def job(
    job_id: int, status: JobStatus, printer: str, kind: PrintKind = PrintKind.CARD, minutes: int = 0
) -> JobRow:
    return JobRow(
        job_id=job_id,
        kind=kind,
        status=status,
        worker_id=100 + job_id,
        worker_name=f"Umbu Worker {job_id}",
        kpj=f"2507{job_id:07d}",
        serial_text=f"0000-000{job_id}",
        printer=printer,
        attempts=1,
        error="PrinterOfflineError: refused" if status is JobStatus.FAILED else None,
        operator="marthen",
        updated_at=AT + dt.timedelta(minutes=minutes),
    )


class FakeJobs:
    """The jobs as the use case would list them; records what the dialog asks for."""

    def __init__(self, rows: list[JobRow]) -> None:
        self.rows = rows
        self.asked: list[bool] = []
        self.resolved: list[tuple[int, bool, Actor]] = []

    def list_jobs(self, to_look_at: bool) -> list[JobRow]:
        self.asked.append(to_look_at)
        return list(self.rows)

    def retry(self, job_id: int, printer: str) -> JobOutcome:
        raise AssertionError(f"no retry expected ({job_id}, {printer})")

    def resolve(self, job_id: int, printed: bool, approver: Actor) -> None:
        self.resolved.append((job_id, printed, approver))
        self.rows = [
            row
            if row.job_id != job_id
            else job(job_id, JobStatus.SENT if printed else JobStatus.FAILED, row.printer)
            for row in self.rows
        ]


def approve(username: str, pin: str) -> Actor:
    assert (username, pin) == (SUPERVISOR.username, SUPERVISOR.pin)
    return SUPERVISOR.actor()


@pytest.fixture
def runner(qtbot: QtBot, pool: QThreadPool) -> Iterator[Runner]:
    yield Runner(pool)
    pool.waitForDone()


def open_dialog(
    qtbot: QtBot, runner: Runner, jobs: FakeJobs, *, settle: bool = True
) -> PrintJobsDialog:
    dialog = PrintJobsDialog(
        jobs.list_jobs,
        jobs.retry,
        runner,
        resolve=jobs.resolve if settle else None,
        approve=approve if settle else None,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(jobs.rows))
    return dialog


def select(dialog: PrintJobsDialog, row: int) -> JobRow:
    dialog.table.selectRow(row)
    selected = dialog.selected()
    assert selected is not None
    return selected


def test_the_address_box_follows_the_chosen_job_unless_typed_in(
    qtbot: QtBot, runner: Runner
) -> None:
    jobs = FakeJobs(
        [
            job(1, JobStatus.FAILED, RECEIPT_PRINTER, PrintKind.RECEIPT),
            job(2, JobStatus.FAILED, CARD_PRINTER),
        ]
    )
    dialog = open_dialog(qtbot, runner, jobs)
    assert dialog.other_edit.text() == RECEIPT_PRINTER  # the first row, chosen at once

    select(dialog, 1)
    assert dialog.other_edit.text() == CARD_PRINTER  # a card job is not sent to receipts
    select(dialog, 0)
    assert dialog.other_edit.text() == RECEIPT_PRINTER

    dialog.other_edit.clear()
    QTest.keyClicks(dialog.other_edit, "tcp://192.168.1.77:9100")
    select(dialog, 1)
    assert dialog.other_edit.text() == "tcp://192.168.1.77:9100"  # the operator's own


def test_the_list_shows_the_jobs_to_look_at_by_default(qtbot: QtBot, runner: Runner) -> None:
    jobs = FakeJobs([job(1, JobStatus.QUEUED, CARD_PRINTER)])
    dialog = open_dialog(qtbot, runner, jobs)
    assert dialog.look_at_only.isChecked()
    assert dialog.look_at_only.text() == "Only jobs to look at"
    assert jobs.asked == [True]

    dialog.look_at_only.click()
    qtbot.waitUntil(lambda: jobs.asked == [True, False])


def test_jobs_to_look_at_are_the_failed_and_the_queued_newest_first() -> None:
    failed_old = job(1, JobStatus.FAILED, CARD_PRINTER, minutes=0)
    failed_new = job(2, JobStatus.FAILED, CARD_PRINTER, minutes=20)
    queued = job(3, JobStatus.QUEUED, CARD_PRINTER, minutes=10)
    by_status = {JobStatus.FAILED: [failed_new, failed_old], JobStatus.QUEUED: [queued]}

    rows = jobs_to_look_at(lambda status: by_status.get(status, []))

    assert [row.job_id for row in rows] == [2, 3, 1]


@pytest.mark.parametrize(("printed", "status"), [(True, JobStatus.SENT), (False, JobStatus.FAILED)])
def test_a_supervisor_settles_a_job_of_unknown_outcome(
    qtbot: QtBot, runner: Runner, printed: bool, status: JobStatus
) -> None:
    jobs = FakeJobs(
        [job(1, JobStatus.FAILED, RECEIPT_PRINTER), job(2, JobStatus.QUEUED, CARD_PRINTER)]
    )
    dialog = open_dialog(qtbot, runner, jobs)
    assert dialog.printed_button.isHidden()  # a failed job is retried, not settled
    assert dialog.not_printed_button.isHidden()

    select(dialog, 1)
    assert not dialog.printed_button.isHidden()
    assert not dialog.not_printed_button.isHidden()
    assert not dialog.retry_button.isEnabled()
    assert dialog.printed_button.text() == "It printed"
    assert dialog.not_printed_button.text() == "It did not print"

    emitted: list[int] = []
    dialog.printed.connect(emitted.append)
    (dialog.printed_button if printed else dialog.not_printed_button).click()
    approval = dialog.approval
    assert approval is not None
    assert "Umbu Worker 2" in approval.explanation_label.text()
    assert "0000-0002" in approval.explanation_label.text()
    submit(qtbot, approval.form, SUPERVISOR.username, SUPERVISOR.pin)
    qtbot.waitUntil(lambda: dialog.status_label.property("state") == "ok")

    assert jobs.resolved == [(2, printed, SUPERVISOR.actor())]
    assert emitted == ([102] if printed else [])  # the worker's card is printed now
    qtbot.waitUntil(lambda: dialog.model.row_at(1).status is status)


def test_without_a_supervisor_the_job_stays_unsettled(qtbot: QtBot, runner: Runner) -> None:
    jobs = FakeJobs([job(1, JobStatus.QUEUED, CARD_PRINTER)])
    dialog = open_dialog(qtbot, runner, jobs)

    dialog.printed_button.click()
    approval = dialog.approval
    assert approval is not None
    approval.cancel_button.click()

    qtbot.waitUntil(lambda: dialog.approval is None)
    assert jobs.resolved == []
    assert not dialog.is_busy()


def test_without_the_means_to_settle_no_buttons_are_shown(qtbot: QtBot, runner: Runner) -> None:
    jobs = FakeJobs([job(1, JobStatus.QUEUED, CARD_PRINTER)])
    dialog = open_dialog(qtbot, runner, jobs, settle=False)

    assert dialog.selected() is not None
    assert dialog.printed_button.isHidden()
    assert dialog.not_printed_button.isHidden()


def test_closing_the_list_while_it_loads_leaves_no_callback_behind(
    qtbot: QtBot, runner: Runner
) -> None:
    go = threading.Event()

    def slow_jobs(_to_look_at: bool) -> list[JobRow]:
        go.wait(10)
        return [job(1, JobStatus.FAILED, CARD_PRINTER)]

    dialog = PrintJobsDialog(slow_jobs, FakeJobs([]).retry, runner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog))

    with qtbot.captureExceptions() as exceptions:
        go.set()
        qtbot.waitUntil(lambda: runner.pending() == 0)
    assert exceptions == []


class FolderJobs(FakeJobs):
    """A failed card job that, retried in a folder printer, becomes a PDF file there."""

    def __init__(self, folder: str) -> None:
        super().__init__([job(1, JobStatus.FAILED, CARD_PRINTER)])
        self.folder = folder

    def retry(self, job_id: int, printer: str) -> JobOutcome:
        assert printer == f"folder://{self.folder}"
        self.rows = [job(1, JobStatus.SENT, printer)]
        return JobOutcome(
            job_id=job_id,
            kind=PrintKind.CARD,
            status=JobStatus.SENT,
            worker_id=101,
            worker_name="Umbu Worker 1",
            serial_text="0000-0001",
            printer=printer,
            attempts=2,
            file=f"{self.folder}/kartu-0000-0001.pdf",
        )


def test_a_job_retried_into_a_folder_says_it_was_saved_as_a_pdf(
    qtbot: QtBot, runner: Runner
) -> None:
    jobs = FolderJobs("/srv/kartu")
    opened: list[str] = []

    def opener(path: str) -> bool:
        opened.append(path)
        return True

    dialog = PrintJobsDialog(jobs.list_jobs, jobs.retry, runner, opener=opener)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    # The printer column reads as words; the address is behind it, and in the box to edit.
    printer = dialog.model.index(0, JobColumn.PRINTER)
    assert printer.data() == "Card printer kartu"
    assert printer.data(Qt.ItemDataRole.ToolTipRole) == CARD_PRINTER
    assert dialog.destination.isHidden()

    dialog.other_edit.setText("folder:///srv/kartu")
    dialog.other_button.click()
    qtbot.waitUntil(lambda: dialog.status_label.property("state") == "ok")

    assert dialog.status_label.text() == "The job of Umbu Worker 1, card 0000-0001, went through."
    note = dialog.destination
    assert not note.isHidden()
    assert note.text().startswith("The card was saved as a PDF file, not printed: ")
    assert "/srv/kartu/kartu-0000-0001.pdf" in note.text()
    assert "printed." not in dialog.status_label.text()
    assert not note.open_button.isHidden()
    note.open_button.click()
    assert opened == ["/srv/kartu/kartu-0000-0001.pdf"]
    # In the whole list, the job is a saved file, not a printed card.
    dialog.look_at_only.click()
    qtbot.waitUntil(lambda: dialog.model.row_at(0).status is JobStatus.SENT)
    status = dialog.model.index(0, JobColumn.STATUS).data()
    assert status == "Saved as PDF"
    assert dialog.model.index(0, JobColumn.PRINTER).data() == "Card folder: /srv/kartu"


def test_settling_a_lost_job_names_its_printer_in_words(qtbot: QtBot, runner: Runner) -> None:
    jobs = FakeJobs([job(1, JobStatus.QUEUED, RECEIPT_PRINTER, PrintKind.RECEIPT)])
    dialog = open_dialog(qtbot, runner, jobs)

    dialog.printed_button.click()
    approval = dialog.approval
    assert approval is not None
    explanation = approval.explanation_label.text()
    assert "Receipt printer 192.168.1.40" in explanation
    assert "tcp://" not in explanation
    approval.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.approval is None)
