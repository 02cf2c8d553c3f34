"""Printing every card of a kecamatan or a desa: choose the region and where, watch it run."""

from __future__ import annotations

import enum
import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.texts.operators import could_not_check, not_allowed_for_role
from kiosk.texts.printing import print_refusal_text, printer_error_text
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Actor, PermissionDeniedError
from kiosk.usecases.lookup import RegionChoice
from kiosk.usecases.print_batch import BatchPlan, BatchResult, BatchScope, Cancelled, Progress
from printing.errors import PrinterError

log = logging.getLogger(__name__)

NO_KECAMATAN = None  # the kecamatan combo's placeholder item
ALL_DESA = ""  # the desa combo's first item: the whole kecamatan


class Batches(Protocol):
    """What the dialog needs of kiosk.usecases.print_batch.CardBatches."""

    def plan(self, scope: BatchScope) -> BatchPlan: ...

    def run(
        self,
        actor: Actor | None,
        scope: BatchScope,
        *,
        out: Path | None = None,
        printer: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BatchResult: ...


class Destination(enum.Enum):
    PRINTER = "printer"
    FOLDER = "folder"


def file_stem(region_name: str) -> str:
    """kartu-lewa for Lewa: the PDF files' name, the region in plain ASCII."""
    name = re.sub(r"[^a-z0-9]+", "-", region_name.lower()).strip("-") or "batch"
    return f"kartu-{name}"


class _ProgressRelay(QObject):
    """Lives on the UI thread; the batch's pool thread emits on it, the dialog receives."""

    progressed = Signal(int, int)  # cards done, cards in this run


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

        self.kecamatan_combo = QComboBox()
        self.kecamatan_combo.setObjectName("batchKecamatanCombo")
        self.kecamatan_combo.setEnabled(False)
        self.kecamatan_combo.currentIndexChanged.connect(self._on_kecamatan_changed)
        self.desa_combo = QComboBox()
        self.desa_combo.setObjectName("batchDesaCombo")
        self.desa_combo.setEnabled(False)
        self.desa_combo.currentIndexChanged.connect(self._on_desa_changed)
        self._captions = {key: QLabel() for key in ("kecamatan", "desa", "where")}
        for caption in self._captions.values():
            caption.setObjectName("formCaption")

        self.plan_label = QLabel()
        self.plan_label.setObjectName("batchPlan")
        self.plan_label.setWordWrap(True)
        self.unsettled_label = QLabel()
        self.unsettled_label.setObjectName("batchNote")
        self.unsettled_label.setWordWrap(True)
        self.unsettled_label.hide()
        self.foreign_label = QLabel()
        self.foreign_label.setObjectName("batchNote")
        self.foreign_label.setWordWrap(True)
        self.foreign_label.hide()

        self.printer_radio = QRadioButton()
        self.printer_radio.setEnabled(bool(card_printer))
        self.folder_radio = QRadioButton()
        self._destinations = QButtonGroup(self)
        self._destinations.addButton(self.printer_radio)
        self._destinations.addButton(self.folder_radio)
        (self.printer_radio if card_printer else self.folder_radio).setChecked(True)
        self._destinations.buttonToggled.connect(self._on_destination_toggled)
        self.folder_edit = QLineEdit(str(default_folder))
        self.folder_edit.setObjectName("batchFolderEdit")
        self.folder_edit.setReadOnly(True)
        self.choose_folder_button = QPushButton()
        self.choose_folder_button.setAutoDefault(False)
        self.choose_folder_button.clicked.connect(self._on_choose_folder_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_radio)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_folder_button)
        where = QVBoxLayout()
        where.setSpacing(6)
        where.addWidget(self.printer_radio)
        where.addLayout(folder_row)
        region = QHBoxLayout()
        region.setSpacing(16)
        region.addWidget(self.kecamatan_combo, 1)
        region.addWidget(self._captions["desa"])
        region.addWidget(self.desa_combo, 1)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.addRow(self._captions["kecamatan"], region)
        form.addRow(self._captions["where"], where)
        self._captions["kecamatan"].setBuddy(self.kecamatan_combo)
        self._captions["desa"].setBuddy(self.desa_combo)

        self.progress_bar = QProgressBar()
        self.progress_bar.setMinimumHeight(32)
        self.progress_bar.hide()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("batchProgress")
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("batchOutcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.hide()
        self.files_label = QLabel()
        self.files_label.setObjectName("batchFiles")
        self.files_label.setWordWrap(True)
        self.files_label.hide()

        self.open_folder_button = QPushButton()
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        self.open_folder_button.hide()
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
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.unsettled_label)
        layout.addWidget(self.foreign_label)
        progress_row = QHBoxLayout()
        progress_row.setSpacing(16)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.files_label)
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
        if self._result is not None and self._result.files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._result.files[0].parent)))

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
            printer = self.tr("Card printer (%1)").replace("%1", self._card_printer)
        else:
            printer = self.tr("Card printer (none is set up)")
        self.printer_radio.setText(printer)
        self.folder_radio.setText(self.tr("PDF files in a folder"))
        self.choose_folder_button.setText(self.tr("Choose folder…"))
        self.open_folder_button.setText(self.tr("Open folder"))
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
        self.kecamatan_combo.setEnabled(not running and self.kecamatan_combo.count() > 1)
        self.desa_combo.setEnabled(not running and self.desa_combo.count() > 1)
        self.printer_radio.setEnabled(not running and bool(self._card_printer))
        self.folder_radio.setEnabled(not running)
        folder = self.destination() is Destination.FOLDER
        self.folder_edit.setEnabled(not running and folder)
        self.choose_folder_button.setEnabled(not running and folder)
        plan = self._plan
        self.print_button.setEnabled(not running and plan is not None and plan.to_print > 0)
        self.print_button.setVisible(not running)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        self.progress_bar.setVisible(running or self._result is not None)
        self._show_texts()

    def _show_texts(self) -> None:
        locale = self.locale()
        plan = self._plan
        to_print = plan.to_print if plan is not None else 0
        if plan is not None and to_print == 0:
            self.print_button.setText(self.tr("Nothing to print"))
        else:
            self.print_button.setText(self.tr("Print %n card(s)", "", to_print))
        if self._plan_problem is not None:
            self.plan_label.setText(self._plan_problem)
        elif self.scope() is None:
            self.plan_label.setText(self.tr("Choose a kecamatan to see its cards."))
        elif plan is None:
            self.plan_label.setText(self.tr("Counting the cards…"))
        else:
            text = self.tr("%1 registered · %2 printed already · %3 to print")
            text = text.replace("%1", locale.toString(plan.registered))
            text = text.replace("%2", locale.toString(plan.printed))
            self.plan_label.setText(text.replace("%3", locale.toString(plan.to_print)))
        foreign = plan.foreign if plan is not None else 0
        self.foreign_label.setVisible(foreign > 0)
        self.foreign_label.setText(self._foreign_text(foreign))
        unsettled = plan.unsettled if plan is not None else 0
        self.unsettled_label.setVisible(unsettled > 0)
        self.unsettled_label.setText(
            self.tr(
                "%n card(s) were being sent to a printer when the kiosk stopped; they are"
                " skipped. Check the printer's output and the print jobs.",
                "",
                unsettled,
            )
        )
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
            self._show_progress(self.progress_bar.value(), self.progress_bar.maximum())
            return
        self.progress_label.setVisible(self._result is not None)
        self._show_outcome()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress_label.show()
        if self._cancel is not None and self._cancel.is_set():
            self.progress_label.setText(self.tr("Stopping after this card…"))
            return
        text = self.tr("Card %1 of %2").replace("%1", self.locale().toString(done))
        self.progress_label.setText(text.replace("%2", self.locale().toString(total)))

    def _show_outcome(self) -> None:
        result = self._result
        problem = self._run_problem
        has_files = result is not None and bool(result.files)
        self.outcome_label.setVisible(result is not None or problem is not None)
        self.files_label.setVisible(
            has_files or (result is not None and result.skipped_changed > 0)
        )
        self.open_folder_button.setVisible(has_files)
        if result is None:
            self._set_outcome_state("failed")
            self.outcome_label.setText(problem or "")
            return
        total = result.plan.to_print
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(result.printed, total))  # the bar says what printed
        text = self.tr("Card %1 of %2").replace("%1", self.locale().toString(result.printed))
        self.progress_label.setText(text.replace("%2", self.locale().toString(total)))
        printed = self.tr("%n card(s) printed.", "", result.printed)
        if result.failure is not None:
            self._set_outcome_state("failed")
            lines = [printer_error_text(result.failure), self._again_text()]
            if result.printed:
                lines.insert(0, printed)
        elif result.cancelled:
            self._set_outcome_state("stopped")
            lines = [
                self.tr("Stopped: %n card(s) printed.", "", result.printed),
                self.tr(
                    "The finished files stay printed. Running the batch again continues where"
                    " it stopped and never prints a card twice."
                ),
            ]
        else:
            self._set_outcome_state("done")
            lines = [printed]
            if not result.files and result.printed:
                lines.append(self.tr("Sent to %1.").replace("%1", self._card_printer))
        self.outcome_label.setText("\n".join(lines))
        details = []
        if has_files:
            details.append(self._files_text(result.files))
        if result.skipped_changed:
            details.append(
                self.tr(
                    "%n card(s) were printed at a desk meanwhile and were skipped.",
                    "",
                    result.skipped_changed,
                )
            )
        # Cards issued at another kiosk are told with the plan, counted again after the run.
        self.files_label.setText("\n".join(details))

    def _foreign_text(self, foreign: int) -> str:
        return self.tr(
            "%n card(s) were issued at another kiosk and are skipped: reprint them one by one.",
            "",
            foreign,
        )

    def _files_text(self, files: list[Path]) -> str:
        saved = self.tr("Saved in the folder %1").replace("%1", str(files[0].parent))
        if len(files) == 1:
            return f"{saved}\n{files[0].name}"
        names = self.tr("%n files: %1 to %2", "", len(files))
        names = names.replace("%1", files[0].name).replace("%2", files[-1].name)
        return f"{saved}\n{names}"

    def _set_outcome_state(self, state: str) -> None:
        if self.outcome_label.property("state") == state:
            return
        self.outcome_label.setProperty("state", state)
        self.outcome_label.style().unpolish(self.outcome_label)
        self.outcome_label.style().polish(self.outcome_label)
