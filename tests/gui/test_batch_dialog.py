"""Printing a kecamatan's cards from the batch dialog: the plan, files, Stop, printer failure."""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken
from sqlalchemy import select, update

from db.models import Card, JobStatus, PrintJob, Role, Worker
from kiosk.ui.common.runner import Runner
from kiosk.ui.printing.batch_dialog import BatchPrintDialog
from kiosk.ui.printing.batches import Batches
from kiosk.ui.shell.dialog_shelf import DialogShelf
from kiosk.ui.shell.i18n import Translations
from kiosk.usecases.audit import Actor
from kiosk.usecases.batch_plan import BatchPlan, BatchScope
from kiosk.usecases.cards import Cards
from kiosk.usecases.lookup import Lookup, RegionChoice
from kiosk.usecases.print_batch import BatchResult, Cancelled, CardBatches, Progress
from printing.card import CardStyle
from printing.errors import PrinterOfflineError
from printing.keys import private_key_from_seed, trusted_keys
from tests.gui.conftest import LEWA, TANA_RARA, Registry
from tests.helpers.security import Security, build_security

KEY = private_key_from_seed(bytes(range(32)))
TRUSTED = trusted_keys([KEY.public_key()])
IN_LEWA = 14  # the synthetic workers of Kambuhapang (8) and Tana Rara (6)
WAIT_MS = 20_000


@pytest.fixture
def sec(registry: Registry) -> Security:
    return build_security(registry.sessions)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Runner]:
    pool = QThreadPool()
    yield Runner(pool)
    pool.waitForDone()


def card_batches(sec: Security, cards_per_file: int) -> CardBatches:
    cards = Cards(sec.sessions, sec.auditor, KEY, TRUSTED, sec.clock, os.urandom)
    return CardBatches(sec.sessions, sec.auditor, cards, CardStyle(), cards_per_file=cards_per_file)


def open_dialog(
    qtbot: QtBot,
    sec: Security,
    runner: Runner,
    batches: Batches,
    folder: Path,
    card_printer: str = "",
    opened: list[str] | None = None,
) -> BatchPrintDialog:
    lookup = Lookup(sec.sessions, sec.auditor)

    def opener(path: str) -> bool:
        assert opened is not None, f"nothing is opened in this test ({path})"
        opened.append(path)
        return True

    dialog = BatchPrintDialog(
        batches,
        sec.actors[Role.PRINTING],
        runner,
        kecamatan_choices=lookup.kecamatan_choices,
        desa_choices=lookup.desa_choices,
        card_printer=card_printer,
        default_folder=folder,
        opener=opener,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.kecamatan_combo.count() > 1)
    return dialog


def choose(qtbot: QtBot, dialog: BatchPrintDialog, kecamatan: str, desa: str = "") -> BatchPlan:
    dialog.kecamatan_combo.setCurrentIndex(dialog.kecamatan_combo.findData(kecamatan))
    if desa:
        qtbot.waitUntil(lambda: dialog.desa_combo.findData(desa) > 0)
        dialog.desa_combo.setCurrentIndex(dialog.desa_combo.findData(desa))
    return wait_for_plan(qtbot, dialog)


def wait_for_plan(qtbot: QtBot, dialog: BatchPrintDialog) -> BatchPlan:
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=WAIT_MS)
    plan = dialog.plan()
    assert plan is not None
    return plan


def run_to_end(qtbot: QtBot, dialog: BatchPrintDialog) -> BatchResult:
    """Press Print and wait, with the event loop turning, for the result and the new plan."""
    with qtbot.waitSignal(dialog.batch_finished, timeout=WAIT_MS):
        dialog.print_button.click()
        assert dialog.is_running()
    wait_for_plan(qtbot, dialog)
    result = dialog.last_result()
    assert result is not None
    return result


def sent_jobs_per_card(sec: Security) -> Counter[int]:
    with sec.sessions() as session:
        return Counter(
            session.scalars(select(PrintJob.card_serial).where(PrintJob.status == JobStatus.SENT))
        )


def test_choosing_a_region_shows_its_plan(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, sec, runner, card_batches(sec, 5), tmp_path)
    assert dialog.plan_label.text() == "Choose a kecamatan to see its cards."
    assert not dialog.print_button.isEnabled()

    plan = choose(qtbot, dialog, LEWA)
    assert (plan.registered, plan.printed, plan.unsettled, plan.to_print) == (IN_LEWA, 0, 0, 14)
    assert dialog.plan_label.text() == "14 registered · 0 printed already · 14 to print"
    assert dialog.unsettled_label.isHidden()
    assert dialog.print_button.isEnabled()
    assert dialog.print_button.text() == "Print 14 card(s)"

    plan = choose(qtbot, dialog, LEWA, TANA_RARA)
    assert plan.scope == BatchScope(TANA_RARA, "Tana Rara")
    assert dialog.plan_label.text() == "6 registered · 0 printed already · 6 to print"
    assert dialog.out_path() == tmp_path / "kartu-tana-rara.pdf"


def test_cards_left_in_a_printer_queue_are_skipped_with_a_note(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    batches = card_batches(sec, 5)
    actor: Actor = sec.actors[Role.PRINTING]
    batches.run(actor, BatchScope(TANA_RARA, "Tana Rara"), out=tmp_path / "tana-rara.pdf")
    with sec.sessions.begin() as session:  # as if the kiosk stopped while CUPS had the job
        job = session.scalars(select(PrintJob).order_by(PrintJob.id)).first()
        assert job is not None
        job.status, job.printer = JobStatus.QUEUED, "cups://kartu"
        session.execute(update(Card).where(Card.serial == job.card_serial).values(printed_at=None))

    dialog = open_dialog(qtbot, sec, runner, batches, tmp_path)
    plan = choose(qtbot, dialog, LEWA)

    assert (plan.printed, plan.unsettled, plan.to_print) == (5, 1, 8)
    assert dialog.plan_label.text() == "14 registered · 5 printed already · 8 to print"
    assert not dialog.unsettled_label.isHidden()
    assert dialog.unsettled_label.text().startswith("1 card(s) were being sent to a printer")


def test_printing_to_a_folder_makes_the_files_and_leaves_nothing_to_print(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    folder = tmp_path / "kartu"  # the test's database is in tmp_path
    folder.mkdir()
    opened: list[str] = []
    dialog = open_dialog(
        qtbot, sec, runner, card_batches(sec, 5), tmp_path / "elsewhere", opened=opened
    )
    choose(qtbot, dialog, LEWA)
    dialog.set_folder(folder)

    result = run_to_end(qtbot, dialog)

    names = ["kartu-lewa-001.pdf", "kartu-lewa-002.pdf", "kartu-lewa-003.pdf"]
    assert [path.name for path in result.files] == names
    assert sorted(path.name for path in folder.iterdir()) == names
    assert (result.printed, result.cancelled, result.failure) == (IN_LEWA, False, None)
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == IN_LEWA
    assert dialog.progress_label.text() == "Card 14 of 14"
    # PDF files are not printed cards: the outcome says where they are, and opens them.
    assert dialog.outcome_label.text() == "14 card(s) saved as PDF files, not printed yet."
    assert dialog.files_label.text() == (
        f"Saved in the folder {folder}\n3 files: kartu-lewa-001.pdf to kartu-lewa-003.pdf"
    )
    assert not dialog.open_folder_button.isHidden()
    assert dialog.open_file_button.isHidden()  # three files: their folder is opened
    dialog.open_folder_button.click()
    assert opened == [str(folder)]
    assert dialog.plan_label.text() == "14 registered · 14 printed already · 0 to print"
    assert not dialog.print_button.isEnabled()
    assert dialog.print_button.text() == "Nothing to print"
    assert sorted(sent_jobs_per_card(sec).values()) == [1] * IN_LEWA


class PausingBatches:
    """The real use case, holding its pool thread after card pause_at until the test lets go:
    a Stop pressed then lands between two cards, whatever the machine's speed."""

    def __init__(self, batches: CardBatches, pause_at: int) -> None:
        self.batches = batches
        self.pause_at = pause_at
        self.go = threading.Event()

    def plan(self, scope: BatchScope) -> BatchPlan:
        return self.batches.plan(scope)

    def run(
        self,
        actor: Actor | None,
        scope: BatchScope,
        *,
        out: Path | None = None,
        printer: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BatchResult:
        def held(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if done == self.pause_at:
                self.go.wait(10)

        return self.batches.run(
            actor, scope, out=out, printer=printer, progress=held, cancelled=cancelled
        )


def test_a_stopped_batch_resumes_and_prints_no_card_twice(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    batches = PausingBatches(card_batches(sec, 2), pause_at=3)
    dialog = open_dialog(qtbot, sec, runner, batches, tmp_path)
    choose(qtbot, dialog, LEWA)

    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() == 3, timeout=WAIT_MS)
    assert dialog.progress_label.text() == "Card 3 of 14"
    assert not dialog.kecamatan_combo.isEnabled()
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # Esc while printing: the batch goes on, and the dialog says how to stop
    assert dialog.isVisible()
    assert dialog.is_running()
    assert dialog.outcome_label.text().startswith("The batch is still printing. Press Stop")
    with qtbot.waitSignal(dialog.batch_finished, timeout=WAIT_MS):
        dialog.stop_button.click()
        batches.go.set()
    stopped = wait_for_plan(qtbot, dialog)

    result = dialog.last_result()
    assert result is not None
    assert (result.cancelled, result.printed) == (True, 2)
    assert [path.name for path in result.files] == ["kartu-lewa-001.pdf"]
    assert dialog.outcome_label.text().startswith("Stopped: 2 card(s) saved as PDF files.")
    assert "stay printed" not in dialog.outcome_label.text()
    assert (stopped.printed, stopped.to_print) == (2, 12)

    again = run_to_end(qtbot, dialog)

    assert (again.cancelled, again.printed, again.failure) == (False, 12, None)
    assert len(again.files) == 6
    assert dialog.plan_label.text() == "14 registered · 14 printed already · 0 to print"
    with sec.sessions() as session:
        cards = session.scalars(select(Card.serial).join(Worker)).all()
    assert len(cards) == IN_LEWA
    assert sent_jobs_per_card(sec) == Counter(dict.fromkeys(cards, 1))


def test_a_printer_that_fails_prints_nothing_and_says_why(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    printer = "folder:///nonexistent-dir"
    dialog = open_dialog(qtbot, sec, runner, card_batches(sec, 5), tmp_path, printer)
    assert dialog.printer_radio.isChecked()
    # Words, no URL.
    assert dialog.printer_radio.text() == "Card folder: /nonexistent-dir (one PDF per card)"
    choose(qtbot, dialog, LEWA)

    result = run_to_end(qtbot, dialog)

    assert isinstance(result.failure, PrinterOfflineError)
    assert result.printed == 0
    outcome = dialog.outcome_label.text()
    assert "cannot be reached or refused the job" in outcome
    assert outcome.endswith("Run the batch again to print the rest; no card is printed twice.")
    assert dialog.outcome_label.property("state") == "failed"
    assert dialog.plan_label.text() == "14 registered · 0 printed already · 14 to print"
    assert sent_jobs_per_card(sec) == Counter()
    with sec.sessions() as session:
        assert session.scalars(select(Card).where(Card.printed_at.is_not(None))).all() == []


def test_closing_the_dialog_while_it_loads_leaves_no_callback_behind(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    lookup = Lookup(sec.sessions, sec.auditor)
    go = threading.Event()

    def slow_kecamatan() -> list[RegionChoice]:
        go.wait(10)
        return lookup.kecamatan_choices()

    dialog = BatchPrintDialog(
        card_batches(sec, 5),
        sec.actors[Role.PRINTING],
        runner,
        kecamatan_choices=slow_kecamatan,
        desa_choices=lookup.desa_choices,
        card_printer="",
        default_folder=tmp_path,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog))

    with qtbot.captureExceptions() as exceptions:
        go.set()
        qtbot.waitUntil(lambda: runner.pending() == 0)
    assert exceptions == []


def test_signing_out_stops_a_running_batch_and_closes_the_dialog(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    window = QWidget()  # the main window's sign-out closes its dialogs through a shelf
    qtbot.addWidget(window)
    shelf = DialogShelf(window)
    batches = PausingBatches(card_batches(sec, 2), pause_at=3)
    lookup = Lookup(sec.sessions, sec.auditor)
    dialog = BatchPrintDialog(
        batches,
        sec.actors[Role.PRINTING],
        runner,
        kecamatan_choices=lookup.kecamatan_choices,
        desa_choices=lookup.desa_choices,
        card_printer="",
        default_folder=tmp_path,
        parent=window,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    results: list[BatchResult | None] = []
    dialog.finished.connect(lambda _code: results.append(dialog.last_result()))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.kecamatan_combo.count() > 1)
    choose(qtbot, dialog, LEWA)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() == 3, timeout=WAIT_MS)

    assert shelf.close_all()  # sign-out
    assert not dialog.isVisible()
    batches.go.set()
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog), timeout=WAIT_MS)

    assert len(results) == 1
    result = results[0]
    assert result is not None
    assert (result.cancelled, result.printed) == (True, 2)  # the finished file stays printed
    assert sorted(path.name for path in tmp_path.glob("*.pdf")) == ["kartu-lewa-001.pdf"]
    assert batches.plan(BatchScope(LEWA, "Lewa")).to_print == IN_LEWA - 2


class FailingBatches:
    """A plan to print, and a run that meets a bug."""

    def __init__(self, batches: CardBatches) -> None:
        self.batches = batches

    def plan(self, scope: BatchScope) -> BatchPlan:
        return self.batches.plan(scope)

    def run(self, actor: Actor | None, scope: BatchScope, **_options: object) -> BatchResult:
        raise KeyError("card_serial")


def test_an_error_in_the_batch_is_told_in_words_not_a_class_name(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, sec, runner, FailingBatches(card_batches(sec, 5)), tmp_path)
    choose(qtbot, dialog, LEWA)

    dialog.print_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT_MS)
    wait_for_plan(qtbot, dialog)

    text = dialog.outcome_label.text()
    assert text == "The batch stopped because of an error; call a supervisor."
    assert "KeyError" not in text
    assert dialog.outcome_label.property("state") == "failed"


class CountedBatches:
    """A region where two cards came from another kiosk, and three were printed at a desk
    while the batch ran."""

    def plan(self, scope: BatchScope) -> BatchPlan:
        return BatchPlan(scope, registered=14, printed=4, unsettled=0, to_print=8, foreign=2)

    def run(self, actor: Actor | None, scope: BatchScope, **_options: object) -> BatchResult:
        plan = self.plan(scope)
        return BatchResult(plan, printed=5, skipped_foreign=2, skipped_changed=3)


def test_cards_from_another_kiosk_and_printed_at_a_desk_meanwhile_are_told(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, sec, runner, CountedBatches(), tmp_path, "cups://KartuCR80")
    choose(qtbot, dialog, LEWA)
    foreign = "2 card(s) were issued at another kiosk and are skipped: reprint them one by one."
    assert not dialog.foreign_label.isHidden()
    assert dialog.foreign_label.text() == foreign
    assert dialog.files_label.isHidden()

    run_to_end(qtbot, dialog)

    assert dialog.outcome_label.text().startswith("5 card(s) printed.")
    assert not dialog.files_label.isHidden()
    assert dialog.files_label.text() == (
        "3 card(s) were printed at a desk meanwhile and were skipped."
    )
    assert dialog.foreign_label.text() == foreign  # told once, with the plan


def test_a_batch_into_one_file_opens_that_file(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    opened: list[str] = []
    dialog = open_dialog(qtbot, sec, runner, card_batches(sec, 10), tmp_path, opened=opened)
    choose(qtbot, dialog, LEWA, TANA_RARA)

    result = run_to_end(qtbot, dialog)

    (file,) = result.files
    assert dialog.outcome_label.text() == "6 card(s) saved as PDF files, not printed yet."
    assert dialog.files_label.text() == f"Saved in the folder {tmp_path}\n{file.name}"
    assert not dialog.open_file_button.isHidden()
    dialog.open_file_button.click()
    dialog.open_folder_button.click()
    assert opened == [str(file), str(tmp_path)]


def test_a_card_printer_that_is_a_folder_saves_files_and_says_where(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    printer_folder = tmp_path / "kartu-printer"
    printer_folder.mkdir()
    opened: list[str] = []
    printer = f"folder://{printer_folder}"
    dialog = open_dialog(
        qtbot, sec, runner, card_batches(sec, 5), tmp_path / "pdf", printer, opened=opened
    )
    assert dialog.printer_radio.isChecked()
    # A long path is shortened in its middle on the button, whole in the tooltip.
    assert dialog.printer_radio.toolTip().startswith(
        f"Card folder: {printer_folder} (one PDF per card)\n"
    )
    assert dialog.printer_radio.text().endswith("kartu-printer (one PDF per card)")
    choose(qtbot, dialog, LEWA, TANA_RARA)

    result = run_to_end(qtbot, dialog)

    assert (result.printed, result.files) == (6, [])
    assert len(list(printer_folder.glob("*.pdf"))) == 2
    outcome = dialog.outcome_label.text()
    assert outcome == "6 card(s) saved as PDF files, not printed yet."
    assert "folder:" not in outcome + dialog.files_label.text()
    assert dialog.files_label.text() == f"Saved in the folder {printer_folder}"
    assert dialog.open_file_button.isHidden()
    dialog.open_folder_button.click()
    assert opened == [str(printer_folder)]


class PrinterBatches:
    """A run sent to a real card printer."""

    def plan(self, scope: BatchScope) -> BatchPlan:
        return BatchPlan(scope, registered=6, printed=0, unsettled=0, to_print=6, foreign=0)

    def run(self, actor: Actor | None, scope: BatchScope, **options: object) -> BatchResult:
        assert options["printer"] == "cups://KartuCR80?timeout=30"
        return BatchResult(self.plan(scope), printed=6)


def test_a_batch_on_a_card_printer_names_the_printer_in_words(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path
) -> None:
    printer = "cups://KartuCR80?timeout=30"
    dialog = open_dialog(qtbot, sec, runner, PrinterBatches(), tmp_path, printer)
    assert dialog.printer_radio.text() == "Card printer KartuCR80"
    choose(qtbot, dialog, LEWA)

    run_to_end(qtbot, dialog)

    assert dialog.outcome_label.text() == "6 card(s) printed.\nSent to Card printer KartuCR80."
    assert dialog.files_label.isHidden()
    assert dialog.open_folder_button.isHidden()


def test_the_counts_of_a_run_are_told_in_indonesian(
    qtbot: QtBot, sec: Security, runner: Runner, tmp_path: Path, translations: Translations
) -> None:
    # pyside6-lupdate skips a translate() whose count is an expression: such words stayed
    # in English on an Indonesian screen.
    dialog = open_dialog(qtbot, sec, runner, CountedBatches(), tmp_path, "cups://KartuCR80")
    choose(qtbot, dialog, LEWA)

    run_to_end(qtbot, dialog)

    assert dialog.outcome_label.text() == ("5 kartu dicetak.\nDikirim ke Printer kartu KartuCR80.")
    assert dialog.files_label.text() == (
        "3 kartu sudah dicetak di meja lain selama itu dan dilewati."
    )
