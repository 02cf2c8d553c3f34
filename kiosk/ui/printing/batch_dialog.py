"""Printing every card of a kecamatan or a desa: choose the region and where, watch it run."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.enums import PrintKind
from kiosk.texts.operators import could_not_check, not_allowed_for_role
from kiosk.texts.printing import print_refusal_text, printer_error_text, printer_in_words
from kiosk.ui.common.destination import open_file
from kiosk.ui.common.printers import folder_printer
from kiosk.ui.common.runner import Runner
from kiosk.ui.printing.batch_outcome import BatchOutcome
from kiosk.ui.printing.batch_scope import BatchScopeForm, PlanNotes
from kiosk.ui.printing.batches import ALL_DESA, NO_KECAMATAN, Batches, Destination, file_stem
from kiosk.usecases.audit import Actor, PermissionDeniedError
from kiosk.usecases.batch_plan import BatchPlan, BatchScope
from kiosk.usecases.lookup import RegionChoice
from kiosk.usecases.print_batch import BatchResult
from printing.card_batch import CARDS_PER_FILE
from printing.errors import PrinterError

log = logging.getLogger(__name__)


class _ProgressRelay(QObject):
    """Lives on the UI thread; the batch's pool thread emits on it, the dialog receives."""

    progressed = Signal(int, int)  # cards done, cards in this run


PRINTER_WIDTH = 700  # px for the card printer's words, beside the radio button


class BatchPrintDialog(QDialog):
    """Prints the cards of a region not printed yet, on the runner's pool, one batch at a time.

    A run stopped, cut short by the printer or by a crash continues where it ended when run
    again, and never prints a card twice (the use case sees to it); the plan is counted again
    after every run.

    Signals:
        batch_finished(BatchResult): a run ended (done, stopped or failed at the printer);
            cards were issued and printed, so lists of workers may need a refresh.
    """

    batch_finished = Signal(object)

    def __init__(
        self,
        batches: Batches,
        actor: Actor,
        runner: Runner,
        *,
        kecamatan_choices: Callable[[], list[RegionChoice]],
        desa_choices: Callable[[str], list[RegionChoice]],
        card_printer: str,
        default_folder: Path,
        opener: Callable[[str], bool] = open_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setModal(True)
        self.setMinimumSize(960, 660)  # room for the longest outcome; fits 1366x768
        self._batches = batches
        self._actor = actor
        self._runner = runner
        self._desa_choices = desa_choices
        self._card_printer = card_printer
        self._folder = default_folder
        self._opener = opener
        self._saved_in: Path | None = None  # the folder of the last run's PDF files, if any
        self._made_folder: Path | None = None  # where the files it made are, to open
        self._plans = 0  # only the newest plan's answer is shown
        self._plan: BatchPlan | None = None
        self._plan_problem: str | None = None
        self._cancel: threading.Event | None = None
        self._result: BatchResult | None = None
        self._run_problem: str | None = None
        self._closing_note = False
        self._close_when_done = False  # the session ended: close once the run returns
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._on_progressed)

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)

        self.scope_form = BatchScopeForm(card_printer, default_folder)
        self.kecamatan_combo = self.scope_form.kecamatan_combo
        self.desa_combo = self.scope_form.desa_combo
        self._captions = self.scope_form.captions
        self.printer_radio = self.scope_form.printer_radio
        self.folder_radio = self.scope_form.folder_radio
        self._destinations = self.scope_form.destinations
        self.folder_edit = self.scope_form.folder_edit
        self.choose_folder_button = self.scope_form.choose_folder_button
        self.kecamatan_combo.currentIndexChanged.connect(self._on_kecamatan_changed)
        self.desa_combo.currentIndexChanged.connect(self._on_desa_changed)
        self._destinations.buttonToggled.connect(self._on_destination_toggled)
        self.choose_folder_button.clicked.connect(self._on_choose_folder_clicked)

        self.plan_label = self.scope_form.plan_label
        self.unsettled_label = self.scope_form.unsettled_label
        self.foreign_label = self.scope_form.foreign_label

        self.outcome = BatchOutcome()
        self.progress_bar = self.outcome.progress_bar
        self.progress_label = self.outcome.progress_label
        self.outcome_label = self.outcome.outcome_label
        self.files_label = self.outcome.files_label

        self.open_folder_button = QPushButton()
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        self.open_folder_button.hide()
        self.open_file_button = QPushButton()
        self.open_file_button.setObjectName("open-file")
        self.open_file_button.setAutoDefault(False)
        self.open_file_button.clicked.connect(self._on_open_file_clicked)
        self.open_file_button.hide()
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.stop_button = QPushButton()
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.stop_button.hide()
        self.print_button = QPushButton()
        self.print_button.setObjectName("primaryButton")
        self.print_button.setAutoDefault(False)
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._on_print_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.open_file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.scope_form)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

        runner.run(kecamatan_choices, self._on_kecamatan_loaded, self._on_plan_failed, context=self)

    # ---------------------------------------------------------------- state

    def is_running(self) -> bool:
        return self._cancel is not None

    def plan(self) -> BatchPlan | None:
        """The plan on screen, for the region chosen; None while it is counted."""
        return self._plan

    def last_result(self) -> BatchResult | None:
        """The last run's result; None before a run, or when the run itself failed."""
        return self._result

    def scope(self) -> BatchScope | None:
        desa = self.desa_combo.currentData()
        if isinstance(desa, str) and desa != ALL_DESA:
            return BatchScope(desa, self.desa_combo.currentText())
        kecamatan = self.kecamatan_combo.currentData()
        if isinstance(kecamatan, str):
            return BatchScope(kecamatan, self.kecamatan_combo.currentText())
        return None

    def destination(self) -> Destination:
        return Destination.PRINTER if self.printer_radio.isChecked() else Destination.FOLDER

    def set_folder(self, folder: Path) -> None:
        """Where PDF files go; the folder chooser's answer."""
        self._folder = folder
        self.folder_edit.setText(str(folder))
        self.folder_radio.setChecked(True)

    def out_path(self) -> Path | None:
        """The PDF files' path for the region chosen: folder/kartu-lewa.pdf."""
        scope = self.scope()
        if scope is None:
            return None
        return self._folder / f"{file_stem(scope.name)}.pdf"

    # ---------------------------------------------------------------- actions

    def start(self) -> None:
        """Print the plan's cards in the background; the dialog shows progress, then outcome."""
        scope = self.scope()
        plan = self._plan
        if self.is_running() or scope is None or plan is None or plan.to_print == 0:
            return
        cancel = threading.Event()
        self._cancel = cancel
        self._result = None
        self._run_problem = None
        self._closing_note = False
        relay = self._relay
        out = self.out_path() if self.destination() is Destination.FOLDER else None
        printer = self._card_printer if out is None else None
        # A card printer that is a folder makes PDF files too: they are never called printed.
        self._saved_in = out.parent if out is not None else folder_printer(self._card_printer)
        batches, actor = self._batches, self._actor

        def progress(done: int, total: int) -> None:  # on the pool thread
            relay.progressed.emit(done, total)

        self.progress_bar.setRange(0, max(plan.to_print, 1))
        self.progress_bar.setValue(0)
        self._show_state()
        self._runner.run(
            lambda: batches.run(
                actor, scope, out=out, printer=printer, progress=progress, cancelled=cancel.is_set
            ),
            self._on_run_done,
            self._on_run_failed,
            context=self,
        )

    def reject(self) -> None:
        """Esc or the window's close button: a running batch is stopped with Stop, not here."""
        if self.is_running():
            self._closing_note = True
            self._show_texts()
            return
        super().reject()

    def stop_and_close(self) -> None:
        """The operator signed out: stop a running batch after the current card, as Stop
        does (the finished files stay printed), and close once the run has returned.

        Nothing may go on printing in the name of someone no longer at the kiosk.
        """
        self.hide()
        if not self.is_running():
            super().reject()
            return
        self._close_when_done = True
        self._on_stop_clicked()

    # ---------------------------------------------------------------- region and plan

    def _on_kecamatan_loaded(self, choices: list[RegionChoice]) -> None:
        self.kecamatan_combo.blockSignals(True)
        self.kecamatan_combo.clear()
        self.kecamatan_combo.addItem("", NO_KECAMATAN)
        for choice in choices:
            self.kecamatan_combo.addItem(choice.name, choice.code)
        self.kecamatan_combo.blockSignals(False)
        self.kecamatan_combo.setEnabled(True)
        self._show_texts()

    def _on_kecamatan_changed(self, _index: int) -> None:
        self.desa_combo.blockSignals(True)
        self.desa_combo.clear()
        self.desa_combo.addItem("", ALL_DESA)
        self.desa_combo.blockSignals(False)
        self.desa_combo.setEnabled(False)
        kecamatan = self.kecamatan_combo.currentData()
        if isinstance(kecamatan, str):
            self._runner.run(
                lambda: self._desa_choices(kecamatan),
                lambda choices: self._on_desa_loaded(kecamatan, choices),
                self._on_plan_failed,
                context=self,
            )
        self._retranslate_choices()
        self._count()

    def _on_desa_loaded(self, kecamatan: str, choices: list[RegionChoice]) -> None:
        if kecamatan != self.kecamatan_combo.currentData():
            return  # the operator chose another kecamatan meanwhile
        self.desa_combo.blockSignals(True)
        for choice in choices:
            self.desa_combo.addItem(choice.name, choice.code)
        self.desa_combo.blockSignals(False)
        self.desa_combo.setEnabled(not self.is_running() and bool(choices))

    def _on_desa_changed(self, _index: int) -> None:
        self._count()

    def _count(self) -> None:
        """Count the chosen region's cards again, in the background."""
        self._plans += 1
        number = self._plans
        self._plan = None
        self._plan_problem = None
        scope = self.scope()
        if scope is not None:
            batches = self._batches
            self._runner.run(
                lambda: batches.plan(scope),
                lambda plan: self._on_plan_loaded(number, plan),
                lambda error: self._on_plan_failed(error, number),
                context=self,
            )
        self._show_state()

    def _on_plan_loaded(self, number: int, plan: BatchPlan) -> None:
        if number != self._plans:
            return
        self._plan = plan
        self._show_state()

    def _on_plan_failed(self, error: Exception, number: int | None = None) -> None:
        if number is not None and number != self._plans:
            return
        log.error("Batch plan failed: %s", type(error).__name__)
        log.debug("Batch plan failure", exc_info=error)
        self._plan_problem = could_not_check()
        self._show_state()

    # ---------------------------------------------------------------- where

    def _on_destination_toggled(self, _button: QRadioButton, _checked: bool) -> None:
        self._show_state()

    def _on_choose_folder_clicked(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the card files"), str(self._folder)
        )
        if name:
            self.set_folder(Path(name))

    # ---------------------------------------------------------------- the run

    def _on_print_clicked(self) -> None:
        self.start()

    def _on_stop_clicked(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.stop_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after this card…"))

    def _on_progressed(self, done: int, total: int) -> None:
        if not self.is_running() or (self._cancel is not None and self._cancel.is_set()):
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))
        self._show_progress(done, total)

    def _on_run_done(self, result: BatchResult) -> None:
        self._cancel = None
        self._result = result
        self._run_problem = None
        if self._close_when_done:
            # Signed out: nobody is here to read the outcome, no list to refresh for them.
            log.info("Batch stopped at sign-out: %d card(s) printed", result.printed)
            super().reject()
            return
        self._count()
        self.batch_finished.emit(result)

    def _on_run_failed(self, error: Exception) -> None:
        self._cancel = None
        self._result = None
        if isinstance(error, PermissionDeniedError):
            self._run_problem = not_allowed_for_role()  # and the refusal is in the audit trail
        elif (refusal := print_refusal_text(error)) is not None:
            self._run_problem = refusal
        elif isinstance(error, PrinterError):
            self._run_problem = f"{printer_error_text(error)} {self._again_text()}"
        else:
            log.error("Batch printing failed: %s", type(error).__name__)
            log.debug("Batch printing failure", exc_info=error)
            self._run_problem = self.tr("The batch stopped because of an error; call a supervisor.")
        if self._close_when_done:
            super().reject()
            return
        self._count()

    def _on_open_folder_clicked(self) -> None:
        if self._made_folder is not None:
            self._opener(str(self._made_folder))

    def _on_open_file_clicked(self) -> None:
        if self._result is not None and len(self._result.files) == 1:
            self._opener(str(self._result.files[0]))

    # ---------------------------------------------------------------- texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print a batch of cards"))
        self.title_label.setText(self.tr("Print a batch of cards"))
        self.intro_label.setText(
            self.tr(
                "Print every card of a kecamatan or a desa that is not printed yet, sorted"
                " by desa and then by name. Cards printed already are never printed again."
            )
        )
        self._captions["kecamatan"].setText(self.tr("Kecamatan"))
        self._captions["desa"].setText(self.tr("Desa"))
        self._captions["where"].setText(self.tr("Print to"))
        if self._card_printer:
            printer = printer_in_words(self._card_printer, PrintKind.CARD)
            if self._card_printer.startswith("folder:"):
                # Beside the other choice, which is PDF files too: say how they differ.
                printer = self.tr("%1 (one PDF per card)").replace("%1", printer)
            self.printer_radio.setToolTip(f"{printer}\n{self._card_printer}")
            # A long folder path is shortened in its middle; the tooltip has it whole.
            metrics = self.printer_radio.fontMetrics()
            printer = metrics.elidedText(printer, Qt.TextElideMode.ElideMiddle, PRINTER_WIDTH)
        else:
            printer = self.tr("Card printer (none is set up)")
        self.printer_radio.setText(printer)
        self.folder_radio.setText(
            self.tr("PDF files of %1 cards, in a folder").replace("%1", str(CARDS_PER_FILE))
        )
        self.choose_folder_button.setText(self.tr("Choose folder…"))
        self.open_folder_button.setText(self.tr("Open folder"))
        self.open_file_button.setText(self.tr("Open the file"))
        self.close_button.setText(self.tr("Close"))
        self.stop_button.setText(self.tr("Stop"))
        self._retranslate_choices()
        self._show_texts()

    def _retranslate_choices(self) -> None:
        if self.kecamatan_combo.count():
            self.kecamatan_combo.setItemText(0, self.tr("Choose a kecamatan"))
        if self.desa_combo.count():
            self.desa_combo.setItemText(0, self.tr("All desa"))

    def _again_text(self) -> str:
        return self.tr("Run the batch again to print the rest; no card is printed twice.")

    def _show_state(self) -> None:
        """Enable what may be used now, then show the texts."""
        running = self.is_running()
        self.scope_form.enable(not running, folder=self.destination() is Destination.FOLDER)
        plan = self._plan
        self.print_button.setEnabled(not running and plan is not None and plan.to_print > 0)
        self.print_button.setVisible(not running)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        self.progress_bar.setVisible(running or self._result is not None)
        self._show_texts()

    def _show_texts(self) -> None:
        plan = self._plan
        to_print = plan.to_print if plan is not None else 0
        if plan is not None and to_print == 0:
            self.print_button.setText(self.tr("Nothing to print"))
        else:
            self.print_button.setText(self.tr("Print %n card(s)", "", to_print))
        chosen = self.scope() is not None
        notes = PlanNotes(self._foreign_text, self._unsettled_text)
        self.scope_form.show_plan(plan, self._plan_problem, notes, chosen=chosen)
        if self.is_running():
            self.outcome_label.setVisible(self._closing_note)
            self._set_outcome_state("note")
            self.outcome_label.setText(
                self.tr(
                    "The batch is still printing. Press Stop to stop it after the current card,"
                    " or wait until it ends."
                )
            )
            self.files_label.hide()
            self.open_folder_button.hide()
            self.open_file_button.hide()
            self._show_progress(self.progress_bar.value(), self.progress_bar.maximum())
            return
        self.progress_label.setVisible(self._result is not None)
        self._show_outcome()

    def _show_progress(self, done: int, total: int) -> None:
        stopping = self._cancel is not None and self._cancel.is_set()
        self.outcome.show_progress(done, total, stopping=stopping)

    def _show_outcome(self) -> None:
        words = printer_in_words(self._card_printer, PrintKind.CARD)
        self._made_folder = self.outcome.show_outcome(
            self._result, self._run_problem, words, self._saved_in, self._again_text()
        )
        self.open_folder_button.setVisible(self._made_folder is not None)
        one_file = self._result is not None and len(self._result.files) == 1
        self.open_file_button.setVisible(one_file)

    def _set_outcome_state(self, state: str) -> None:
        self.outcome.set_state(state)

    def _foreign_text(self, foreign: int) -> str:
        return self.tr(
            "%n card(s) were issued at another kiosk and are skipped: reprint them one by one.",
            "",
            foreign,
        )

    def _unsettled_text(self, unsettled: int) -> str:
        return self.tr(
            "%n card(s) were being sent to a printer when the kiosk stopped; they are"
            " skipped. Check the printer's output and the print jobs.",
            "",
            unsettled,
        )
