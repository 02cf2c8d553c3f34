"""How far the handover event has come, refreshing itself while open; and making the BAST."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import WITA
from kiosk.texts.operators import not_allowed_for_role
from kiosk.ui.common.runner import Runner
from kiosk.ui.progress.progress_model import (
    Level,
    ProgressModel,
    most_remaining_first,
    percent_handed_over,
)
from kiosk.ui.progress.progress_widgets import Figure, progress_table
from kiosk.usecases.audit import PermissionDeniedError
from kiosk.usecases.bast import NoEventError
from kiosk.usecases.progress import EventProgress
from printing.bast import BastSummary
from printing.errors import PrintingError

log = logging.getLogger(__name__)

LoadProgress = Callable[[], EventProgress]
MakeBast = Callable[[Path], BastSummary]
Clock = Callable[[], dt.datetime]


def _now_in_ntt() -> dt.datetime:
    return dt.datetime.now(WITA)


class EventProgressDialog(QDialog):
    """The event's numbers at a glance, by kecamatan and by desa, read again every few seconds.

    Reading runs on the runner's pool, one read at a time, and only while the dialog is shown.
    The BAST (when the operator may make one) is rendered on the pool too.
    """

    def __init__(
        self,
        load: LoadProgress,
        runner: Runner,
        *,
        make_bast: MakeBast | None = None,
        default_folder: Path,
        refresh_ms: int = 10_000,
        now: Clock = _now_in_ntt,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setModal(True)
        self.resize(1320, 700)  # fits 1366x768 with the window's frame
        self._load = load
        self._runner = runner
        self._make_bast = make_bast
        self._folder = default_folder
        self._now = now
        self._progress: EventProgress | None = None
        self._updated_at: dt.datetime | None = None
        self._loading = False
        self._load_failed = False
        self._making_bast = False
        self._bast_text = ""
        self._bast_state = ""

        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.scope_label = QLabel()
        self.scope_label.setObjectName("screenSubtitle")

        self.registered = Figure("registered")
        self.printed = Figure("printed")
        self.handed_over = Figure("handed")
        self.remaining = Figure("remaining")
        figures = QHBoxLayout()
        figures.setSpacing(12)
        for figure in (self.registered, self.printed, self.handed_over, self.remaining):
            figures.addWidget(figure, 1)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("eventProgressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(28)
        self.percent_label = QLabel()
        self.percent_label.setObjectName("progressPercent")
        bar_row = QHBoxLayout()
        bar_row.setSpacing(16)
        bar_row.addWidget(self.progress_bar, 1)
        bar_row.addWidget(self.percent_label)

        self.kecamatan_model = ProgressModel(Level.KECAMATAN, self.locale(), self)
        self.kecamatan_table = progress_table("kecamatanProgressTable", self.kecamatan_model)
        self.kecamatan_table.selectionModel().selectionChanged.connect(self._on_kecamatan_selected)
        self.desa_model = ProgressModel(Level.DESA, self.locale(), self)
        self.desa_table = progress_table("desaProgressTable", self.desa_model)
        self.kecamatan_caption = QLabel()
        self.kecamatan_caption.setObjectName("sectionTitle")
        self.desa_caption = QLabel()
        self.desa_caption.setObjectName("sectionTitle")
        left = QVBoxLayout()
        left.addWidget(self.kecamatan_caption)
        left.addWidget(self.kecamatan_table, 1)
        right = QVBoxLayout()
        right.addWidget(self.desa_caption)
        right.addWidget(self.desa_table, 1)
        tables = QHBoxLayout()
        tables.setSpacing(16)
        tables.addLayout(left, 1)
        tables.addLayout(right, 1)

        self.bast_label = QLabel()
        self.bast_label.setObjectName("printStatus")
        self.bast_label.setWordWrap(True)
        self.bast_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bast_label.hide()
        self.bast_button = QPushButton()
        self.bast_button.setObjectName("primaryButton")
        self.bast_button.setAutoDefault(False)
        self.bast_button.clicked.connect(self._on_bast_clicked)
        self.bast_button.setVisible(make_bast is not None)
        self.bast_busy = QProgressBar()
        self.bast_busy.setObjectName("bastBusy")
        self.bast_busy.setRange(0, 0)  # indeterminate: rendering has no steps to count
        self.bast_busy.setTextVisible(False)
        self.bast_busy.setFixedSize(180, 20)
        self.bast_busy.hide()
        self.updated_label = QLabel()
        self.updated_label.setObjectName("progressUpdated")
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.bast_button)
        buttons.addWidget(self.bast_busy)
        buttons.addStretch(1)
        buttons.addWidget(self.updated_label)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.scope_label)
        layout.addLayout(figures)
        layout.addLayout(bar_row)
        layout.addSpacing(4)
        layout.addLayout(tables, 1)
        layout.addWidget(self.bast_label)
        layout.addLayout(buttons)
        self.retranslate()

    # ---------------------------------------------------------------- state

    def progress(self) -> EventProgress | None:
        """The numbers on screen; None before the first read."""
        return self._progress

    def is_loading(self) -> bool:
        return self._loading

    def is_making_bast(self) -> bool:
        return self._making_bast

    def selected_kecamatan(self) -> str | None:
        rows = self.kecamatan_table.selectionModel().selectedRows()
        return self.kecamatan_model.row_at(rows[0].row()).kecamatan if rows else None

    def select_kecamatan(self, name: str) -> None:
        for number, row in enumerate(self.kecamatan_model.rows):
            if row.kecamatan == name:
                self.kecamatan_table.selectRow(number)
                return

    def default_bast_path(self) -> Path:
        """bast-2025-08-14.pdf in the default folder, today in NTT."""
        return self._folder / f"bast-{self._now().astimezone(WITA).date().isoformat()}.pdf"

    # ---------------------------------------------------------------- reading

    def refresh(self) -> None:
        """Read the numbers again in the background, unless a read is under way."""
        if self._loading:
            return
        self._loading = True
        self._runner.run(self._load, self._on_loaded, self._on_load_failed, context=self)

    def _on_loaded(self, progress: EventProgress) -> None:
        self._loading = False
        self._load_failed = False
        self._progress = progress
        self._updated_at = self._now()
        chosen = self.selected_kecamatan()
        self.kecamatan_model.set_rows(most_remaining_first(progress.by_kecamatan()))
        if self.kecamatan_model.rows:
            # The model's reset cleared the selection: keep the place the person looked at.
            self.select_kecamatan(chosen or self.kecamatan_model.row_at(0).kecamatan)
            if self.selected_kecamatan() is None:
                self.kecamatan_table.selectRow(0)
        self._show_desa()
        self._show_texts()

    def _on_load_failed(self, error: Exception) -> None:
        self._loading = False
        self._load_failed = True
        log.error("Event progress could not be read: %s", type(error).__name__)
        log.debug("Event progress failure", exc_info=error)
        self._show_texts()

    def _on_kecamatan_selected(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._show_desa()
        self._show_texts()

    def _show_desa(self) -> None:
        kecamatan = self.selected_kecamatan()
        rows = self._progress.rows if self._progress is not None else ()
        self.desa_model.set_rows(most_remaining_first(r for r in rows if r.kecamatan == kecamatan))

    # ---------------------------------------------------------------- the timer

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden (closed, or set aside while the screen is locked): nobody reads the numbers.
        self._timer.stop()
        super().hideEvent(event)

    def is_refreshing(self) -> bool:
        """Whether the timer reads the numbers again by itself."""
        return self._timer.isActive()

    # ---------------------------------------------------------------- the BAST

    def _on_bast_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the BAST"),
            str(self.default_bast_path()),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.make_bast_to(path)

    def make_bast_to(self, path: Path) -> None:
        """Render the BAST to path in the background; the outcome is shown under the tables."""
        make_bast = self._make_bast
        if make_bast is None or self._making_bast:
            return
        self._making_bast = True
        self._bast_text, self._bast_state = self.tr("Making the BAST…"), ""
        self._show_bast()
        self._runner.run(
            lambda: make_bast(path),
            lambda summary: self._on_bast_made(path, summary),
            self._on_bast_failed,
            context=self,
        )

    def _on_bast_made(self, path: Path, summary: BastSummary) -> None:
        self._making_bast = False
        # %n never groups thousands: the number itself is written as the figures above are.
        rows = self.locale().toString(summary.rows)
        handovers = self.tr("%n handover(s)", "", summary.rows).replace(str(summary.rows), rows)
        pages = self.tr("%n page(s)", "", summary.pages)
        text = self.tr("BAST saved: %1 (%2, %3)").replace("%1", str(path))
        self._bast_text = text.replace("%2", handovers).replace("%3", pages)
        self._bast_state = "ok"
        self._show_bast()

    def _on_bast_failed(self, error: Exception) -> None:
        self._making_bast = False
        log.error("The BAST could not be made: %s", type(error).__name__)
        log.debug("BAST failure", exc_info=error)
        self._bast_text = self.tr("The BAST could not be made: %1").replace(
            "%1", self._bast_problem(error)
        )
        self._bast_state = "problem"
        self._show_bast()

    def _bast_problem(self, error: Exception) -> str:
        if isinstance(error, NoEventError):
            return self.tr("no handover event is set up on this kiosk.")
        if isinstance(error, PermissionDeniedError):
            return not_allowed_for_role()
        if isinstance(error, PrintingError):
            return self.tr("a handover record cannot be printed as it is. Call a supervisor.")
        if isinstance(error, OSError):
            reason = error.strerror or type(error).__name__
            return self.tr("the file could not be written (%1).").replace("%1", reason)
        return self.tr("the kiosk met an error (%1). Call a supervisor.").replace(
            "%1", type(error).__name__
        )

    def _show_bast(self) -> None:
        busy = self._making_bast
        self.bast_busy.setVisible(busy)
        self.close_button.setEnabled(not busy)
        self.bast_label.setText(self._bast_text)
        self.bast_label.setVisible(bool(self._bast_text))
        self.bast_label.setProperty("state", self._bast_state)
        self.bast_label.style().unpolish(self.bast_label)
        self.bast_label.style().polish(self.bast_label)
        self._show_bast_button()

    def _show_bast_button(self) -> None:
        total = self._progress.total() if self._progress is not None else None
        nothing = total is not None and total.handed_over == 0
        self.bast_button.setEnabled(not self._making_bast and not nothing)
        self.bast_button.setToolTip(self.tr("No card has been handed over yet.") if nothing else "")

    def reject(self) -> None:
        if self._making_bast:
            return  # the outcome (where the file is) must be seen; it takes seconds
        super().reject()

    # ---------------------------------------------------------------- texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Event progress"))
        self.registered.caption.setText(self.tr("Registered"))
        self.printed.caption.setText(self.tr("Cards printed"))
        self.handed_over.caption.setText(self.tr("Handed over"))
        self.remaining.caption.setText(self.tr("Remaining"))
        self.kecamatan_caption.setText(self.tr("By kecamatan, most remaining first"))
        self.bast_button.setText(self.tr("Make BAST…"))
        self.close_button.setText(self.tr("Close"))
        for model in (self.kecamatan_model, self.desa_model):
            model.set_locale(self.locale())
            model.retranslate()
        self._show_texts()

    def _show_texts(self) -> None:
        locale = self.locale()
        progress = self._progress
        if progress is not None and progress.event_name:
            title = self.tr("Event progress: %1").replace("%1", progress.event_name)
        else:
            title = self.tr("Event progress")
        self.title_label.setText(title)
        if progress is None:
            self.scope_label.setText(self.tr("Reading the numbers…"))
        elif progress.scope_name:
            self.scope_label.setText(self.tr("Area: %1").replace("%1", progress.scope_name))
        else:
            self.scope_label.setText(self.tr("Area: the whole registry"))
        if progress is not None:
            accounts = progress.total()
            locale = self.locale()
            self.scope_label.setText(
                self.scope_label.text()
                + "   ·   "
                + self.tr("Bank NTT accounts: %1 opened, %2 activated")
                .replace("%1", locale.toString(accounts.accounts_opened))
                .replace("%2", locale.toString(accounts.accounts_activated))
            )

        total = progress.total() if progress is not None else None
        figures = (
            (self.registered, total.registered if total else None),
            (self.printed, total.printed if total else None),
            (self.handed_over, total.handed_over if total else None),
            (self.remaining, total.remaining if total else None),
        )
        for figure, value in figures:
            figure.number.setText("–" if value is None else locale.toString(value))
        self.progress_bar.setRange(0, max(total.registered if total else 0, 1))
        self.progress_bar.setValue(total.handed_over if total else 0)
        percent = percent_handed_over(total) if total else 0
        self.percent_label.setText(self.tr("%1% handed over").replace("%1", str(percent)))

        kecamatan = self.selected_kecamatan()
        if kecamatan:
            self.desa_caption.setText(self.tr("Desa of %1").replace("%1", kecamatan))
        else:
            self.desa_caption.setText(self.tr("Desa"))

        updated = ""
        if self._updated_at is not None:
            time = self._updated_at.astimezone(WITA).strftime("%H:%M:%S")
            updated = self.tr("Last updated %1").replace("%1", time)
        if self._load_failed:
            problem = self.tr("The numbers could not be read just now; trying again.")
            updated = f"{updated}. {problem}" if updated else problem
        self.updated_label.setText(updated)
        self.updated_label.setProperty("problem", self._load_failed)
        self.updated_label.style().unpolish(self.updated_label)
        self.updated_label.style().polish(self.updated_label)
        self._show_bast_button()
