"""Laporan: the programme's report in the window, with charts (QtCharts), the reconciliation
and the doubles; filtered by kabupaten and period, saved as PDF or Excel.

Everything shown comes from one ProgrammeReport, read on the runner's pool; the files are
written from the very same report, on the pool too.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import WITA
from kiosk.texts.operators import not_allowed_for_role
from kiosk.ui.common.destination import breakable, open_file
from kiosk.ui.common.runner import Runner
from kiosk.ui.report.charts import DayChart, ProgressChart, every_day, short_name
from kiosk.ui.report.report_tables import (
    DeskHourTable,
    DoublesTable,
    FreshnessStrip,
    ReconciliationTables,
)
from kiosk.usecases.audit import PermissionDeniedError
from printing.report_data import ProgrammeReport, ReportScope

log = logging.getLogger(__name__)

LoadReport = Callable[[ReportScope], ProgrammeReport]
KabupatenChoices = Callable[[], Sequence[tuple[str, str]]]
SaveReport = Callable[[ProgrammeReport, Path], None]
Opener = Callable[[str], bool]

PDF, XLSX = "pdf", "xlsx"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ReportDialog(QDialog):
    """The programme's report: freshness per site, progress per kabupaten against its
    target, handovers per day and per desk per hour, the reconciliation, the doubles.

    load(scope) runs on the pool at each "Perbarui"; a failure is said under the tabs and
    the report already shown stays. save_pdf / save_xlsx (None: the button is not offered)
    write the report on screen to a file, on the pool.
    """

    def __init__(
        self,
        load: LoadReport,
        runner: Runner,
        *,
        kabupaten_choices: KabupatenChoices,
        save_pdf: SaveReport | None = None,
        save_xlsx: SaveReport | None = None,
        default_folder: Path,
        opener: Opener = open_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setModal(True)
        self.resize(1340, 720)  # fits 1366x768 with the window's frame
        self._load = load
        self._runner = runner
        self._choices = kabupaten_choices
        self._savers = {PDF: save_pdf, XLSX: save_xlsx}
        self._folder = default_folder
        self._opener = opener
        self._report: ProgrammeReport | None = None
        self._loading = False
        self._saving = False
        self._choices_asked = False
        self._message = ("", "")  # (text, state)
        self._saved_file: Path | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.made_label = QLabel()
        self.made_label.setObjectName("screenSubtitle")
        title_row = QHBoxLayout()
        title_row.setSpacing(16)
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.made_label, 0, Qt.AlignmentFlag.AlignBaseline)
        title_row.addStretch(1)

        self.freshness = FreshnessStrip()

        # ---- filters
        self.kabupaten_label = QLabel()
        self.kabupaten_combo = QComboBox()
        self.kabupaten_combo.setObjectName("reportKabupaten")
        self.kabupaten_combo.setMinimumContentsLength(20)
        self.kabupaten_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kabupaten_label.setBuddy(self.kabupaten_combo)
        self.from_check = QCheckBox()
        self.from_edit = QDateEdit()
        self.to_check = QCheckBox()
        self.to_edit = QDateEdit()
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.setMinimumHeight(44)
            check.toggled.connect(edit.setEnabled)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("primaryButton")
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton()
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.clicked.connect(lambda: self._ask_file(PDF))
        self.pdf_button.setVisible(save_pdf is not None)
        self.xlsx_button = QPushButton()
        self.xlsx_button.setAutoDefault(False)
        self.xlsx_button.clicked.connect(lambda: self._ask_file(XLSX))
        self.xlsx_button.setVisible(save_xlsx is not None)
        filters = QHBoxLayout()
        filters.setSpacing(10)
        filters.addWidget(self.kabupaten_label)
        filters.addWidget(self.kabupaten_combo)
        filters.addSpacing(12)
        filters.addWidget(self.from_check)
        filters.addWidget(self.from_edit)
        filters.addWidget(self.to_check)
        filters.addWidget(self.to_edit)
        filters.addSpacing(12)
        filters.addWidget(self.refresh_button)
        filters.addStretch(1)

        # ---- the tabs
        self.total_label = QLabel()
        self.total_label.setObjectName("reportTotal")
        self.total_label.setWordWrap(True)
        self.progress_chart = ProgressChart()
        self.progress_scroll = QScrollArea()
        self.progress_scroll.setObjectName("progressScroll")
        self.progress_scroll.setWidgetResizable(True)
        self.progress_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.progress_scroll.setWidget(self.progress_chart)
        progress_page = QWidget()
        progress_layout = QVBoxLayout(progress_page)
        progress_layout.setContentsMargins(8, 8, 8, 0)
        progress_layout.addWidget(self.total_label)
        progress_layout.addWidget(self.progress_scroll, 1)

        self.day_label = QLabel()
        self.day_label.setObjectName("reportNote")
        self.day_label.setWordWrap(True)
        self.day_chart = DayChart()
        day_page = QWidget()
        day_layout = QVBoxLayout(day_page)
        day_layout.setContentsMargins(8, 8, 8, 0)
        day_layout.addWidget(self.day_label)
        day_layout.addWidget(self.day_chart, 1)

        self.desk_hours = DeskHourTable()
        desk_page = QWidget()
        desk_layout = QVBoxLayout(desk_page)
        desk_layout.setContentsMargins(8, 8, 8, 8)
        desk_layout.addWidget(self.desk_hours)

        self.reconciliation = ReconciliationTables()
        reconciliation_page = QWidget()
        reconciliation_layout = QVBoxLayout(reconciliation_page)
        reconciliation_layout.setContentsMargins(8, 8, 8, 8)
        reconciliation_layout.addWidget(self.reconciliation)

        self.doubles = DoublesTable()
        doubles_page = QWidget()
        doubles_layout = QVBoxLayout(doubles_page)
        doubles_layout.setContentsMargins(8, 8, 8, 8)
        doubles_layout.addWidget(self.doubles)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.progress_tab = self.tabs.addTab(progress_page, "")
        self.day_tab = self.tabs.addTab(day_page, "")
        self.desk_tab = self.tabs.addTab(desk_page, "")
        self.reconciliation_tab = self.tabs.addTab(reconciliation_page, "")
        self.doubles_tab = self.tabs.addTab(doubles_page, "")

        # ---- the foot: what is happening, where a file went, closing
        self.message_label = QLabel()
        self.message_label.setObjectName("reportMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setObjectName("reportBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(160, 18)
        self.busy.hide()
        self.open_button = QPushButton()
        self.open_button.setObjectName("open-file")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open_saved)
        self.open_button.hide()
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        foot = QHBoxLayout()
        foot.setSpacing(12)
        foot.addWidget(self.busy)
        foot.addWidget(self.message_label, 1)
        foot.addWidget(self.open_button)
        foot.addSpacing(12)
        foot.addWidget(self.pdf_button)
        foot.addWidget(self.xlsx_button)
        foot.addSpacing(12)
        foot.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addWidget(self.freshness)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(foot)
        self.retranslate()
        self._show_state()

    # ---------------------------------------------------------------- state

    def report(self) -> ProgrammeReport | None:
        """The report on screen; None before the first one came."""
        return self._report

    def is_loading(self) -> bool:
        return self._loading

    def is_saving(self) -> bool:
        return self._saving

    def message(self) -> tuple[str, str]:
        """What the foot says, and its state ("", "problem", "ok")."""
        return self._message

    def scope(self) -> ReportScope:
        """What the filters ask for."""
        kabupaten = self.kabupaten_combo.currentData()
        return ReportScope(
            kabupaten=kabupaten if isinstance(kabupaten, str) and kabupaten else None,
            date_from=_date(self.from_edit.date()) if self.from_check.isChecked() else None,
            date_to=_date(self.to_edit.date()) if self.to_check.isChecked() else None,
        )

    # ---------------------------------------------------------------- reading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._choices_asked:
            self._choices_asked = True
            self._runner.run(self._choices, self._on_choices, self._on_choices_failed, context=self)
            self.refresh()

    def _on_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        chosen = self.kabupaten_combo.currentData()
        self.kabupaten_combo.blockSignals(True)
        while self.kabupaten_combo.count() > 1:
            self.kabupaten_combo.removeItem(1)
        names = [name for _code, name in choices]
        for code, name in choices:
            self.kabupaten_combo.addItem(short_name(name, names), code)
            self.kabupaten_combo.setItemData(
                self.kabupaten_combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole
            )
        self.kabupaten_combo.setCurrentIndex(max(self.kabupaten_combo.findData(chosen), 0))
        self.kabupaten_combo.blockSignals(False)

    def _on_choices_failed(self, error: Exception) -> None:
        # The province as a whole can still be reported; the list comes at the next opening.
        log.warning("The kabupaten list could not be read: %s", type(error).__name__)

    def refresh(self) -> None:
        """Make the report the filters ask for, in the background (one at a time)."""
        if self._loading:
            return
        scope = self.scope()
        if scope.date_from and scope.date_to and scope.date_from > scope.date_to:
            self._say(self.tr("The period ends before it starts: check the dates."), "problem")
            return
        self._loading = True
        self._say(self.tr("Making the report…"), "")
        self._runner.run(
            lambda: self._load(scope), self._on_loaded, self._on_load_failed, context=self
        )

    def _on_loaded(self, report: ProgrammeReport) -> None:
        self._loading = False
        self._report = report
        self._say("", "")
        self._offer_period(report)
        self._show_report()

    def _offer_period(self, report: ProgrammeReport) -> None:
        """The date boxes not ticked start at the report's first and last day."""
        made = report.made_at.astimezone(WITA).date()
        first = report.per_day[0].day if report.per_day else made
        last = report.per_day[-1].day if report.per_day else made
        if not self.from_check.isChecked():
            self.from_edit.setDate(_qdate(first))
        if not self.to_check.isChecked():
            self.to_edit.setDate(_qdate(last))

    def _on_load_failed(self, error: Exception) -> None:
        self._loading = False
        log.error("The report could not be made: %s", type(error).__name__)
        log.debug("Report failure", exc_info=error)
        if isinstance(error, PermissionDeniedError):
            reason = not_allowed_for_role()
        else:
            reason = self.tr("the kiosk met an error (%1). Try again, or call a supervisor.")
            reason = reason.replace("%1", type(error).__name__)
        self._say(self.tr("The report could not be made: %1").replace("%1", reason), "problem")

    # ---------------------------------------------------------------- what is shown

    def _show_report(self) -> None:
        report = self._report
        if report is None:
            return
        self.freshness.show_sites(report.freshness, report.made_at)
        self.progress_chart.show_rows(report.kabupaten)
        self.day_chart.show_days(report.per_day)
        self.desk_hours.show_rows(report.per_desk_hour)
        self.reconciliation.show_figures(report.cards, report.bank)
        self.doubles.show_doubles(report.doubles)
        self._show_texts()

    def _show_texts(self) -> None:
        report, locale = self._report, self.locale()
        if report is None:
            self.made_label.setText("")
            self.total_label.setText(self.tr("Reading the figures…"))
            self.day_label.setText("")
            return
        made = report.made_at.astimezone(WITA).strftime("%d-%m-%Y %H:%M")
        self.made_label.setText(self.tr("made %1 WITA").replace("%1", made))
        total = report.total
        area = self._area(report)
        if total.target:
            target = (
                self.tr("target %1, %2% handed over")
                .replace("%1", locale.toString(total.target))
                .replace("%2", str(total.handed_over * 100 // total.target))
            )
        else:
            target = self.tr("no target set")
        self.total_label.setText(
            self.tr("%1: %2 registered · %3 cards printed · %4 cards handed over ·"
                    " %5 accounts opened · %6")
            .replace("%1", area)
            .replace("%2", locale.toString(total.registered))
            .replace("%3", locale.toString(total.printed))
            .replace("%4", locale.toString(total.handed_over))
            .replace("%5", locale.toString(total.account_opened))
            .replace("%6", target)
        )  # fmt: skip
        days = every_day(report.per_day)
        if days:
            best_day, best = max(days, key=lambda pair: pair[1])
            self.day_label.setText(
                self.tr("%1 handovers in %2 days, from %3 to %4; the most on %5: %6.")
                .replace("%1", locale.toString(sum(count for _day, count in days)))
                .replace("%2", locale.toString(len(days)))
                .replace("%3", days[0][0].strftime("%d-%m-%Y"))
                .replace("%4", days[-1][0].strftime("%d-%m-%Y"))
                .replace("%5", best_day.strftime("%d-%m-%Y"))
                .replace("%6", locale.toString(best))
            )
        else:
            self.day_label.setText(self.tr("No handovers in this report's period."))
        count = len(report.doubles)
        doubles = self.tr("Double handovers")
        self.tabs.setTabText(self.doubles_tab, f"{doubles} ({count})" if count else doubles)

    def _area(self, report: ProgrammeReport) -> str:
        if report.scope.kabupaten is None:
            return self.tr("All of NTT")
        names = [row.name for row in report.kabupaten if row.code == report.scope.kabupaten]
        return names[0] if names else report.scope.kabupaten

    def _say(self, text: str, state: str) -> None:
        self._message = (text, state)
        self._show_state()

    def _show_state(self) -> None:
        text, state = self._message
        busy = self._loading or self._saving
        self.message_label.setText(text)
        self.message_label.setProperty("state", state)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.busy.setVisible(busy)
        self.refresh_button.setEnabled(not self._loading)
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(self._report is not None and not busy)
        self.open_button.setVisible(self._saved_file is not None and state == "ok")
        self.close_button.setEnabled(not self._saving)

    # ---------------------------------------------------------------- saving

    def default_path(self, kind: str) -> Path:
        """laporan-ntt-2026-12-04.pdf (the report's date) in the default folder."""
        report = self._report
        day = report.made_at.astimezone(WITA).date() if report else dt.date.today()
        scope = report.scope.kabupaten if report and report.scope.kabupaten else "ntt"
        return self._folder / f"laporan-{scope.replace('.', '')}-{day.isoformat()}.{kind}"

    def _ask_file(self, kind: str) -> None:
        if kind == PDF:
            title, filter_ = self.tr("Save the report as PDF"), self.tr("PDF files (*.pdf)")
        else:
            title, filter_ = self.tr("Save the report as Excel"), self.tr("Excel files (*.xlsx)")
        name, _filter = QFileDialog.getSaveFileName(
            self, title, str(self.default_path(kind)), filter_
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        self.save_to(kind, path)

    def save_to(self, kind: str, path: Path) -> None:
        """Write the report on screen to path ("pdf" or "xlsx") in the background."""
        save, report = self._savers.get(kind), self._report
        if save is None or report is None or self._saving:
            return
        self._saving = True
        self._saved_file = None
        self._say(self.tr("Saving the report…"), "")
        self._runner.run(
            lambda: save(report, path),
            lambda _none: self._on_saved(path),
            self._on_save_failed,
            context=self,
        )

    def _on_saved(self, path: Path) -> None:
        self._saving = False
        self._saved_file = path
        self._say(breakable(self.tr("Report saved: %1").replace("%1", str(path))), "ok")

    def _on_save_failed(self, error: Exception) -> None:
        self._saving = False
        log.error("The report could not be saved: %s", type(error).__name__)
        log.debug("Report saving failure", exc_info=error)
        if isinstance(error, OSError):
            reason = self.tr("the file could not be written (%1).").replace(
                "%1", error.strerror or type(error).__name__
            )
        else:
            reason = self.tr("the kiosk met an error (%1). Call a supervisor.").replace(
                "%1", type(error).__name__
            )
        self._say(self.tr("The report could not be saved: %1").replace("%1", reason), "problem")

    def saved_file(self) -> Path | None:
        return self._saved_file

    def _open_saved(self) -> None:
        if self._saved_file is not None and not self._opener(str(self._saved_file)):
            self._say(
                self.tr("This computer has no program to open the file. Copy it to a computer"
                        " that has one."),
                "problem",
            )  # fmt: skip

    def reject(self) -> None:
        if self._saving:
            return  # where the file went must be seen
        super().reject()

    # ---------------------------------------------------------------- texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Programme report"))
        self.title_label.setText(self.tr("Programme report"))
        self.kabupaten_label.setText(self.tr("&Kabupaten/kota:"))
        if self.kabupaten_combo.count() == 0:
            self.kabupaten_combo.addItem("", None)
        self.kabupaten_combo.setItemText(0, self.tr("All of NTT"))
        self.from_check.setText(self.tr("From"))
        self.to_check.setText(self.tr("to"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.pdf_button.setText(self.tr("Save PDF…"))
        self.xlsx_button.setText(self.tr("Save Excel…"))
        self.open_button.setText(self.tr("Open the file"))
        self.close_button.setText(self.tr("Close"))
        self.tabs.setTabText(self.progress_tab, self.tr("Progress per kabupaten"))
        self.tabs.setTabText(self.day_tab, self.tr("Handovers per day"))
        self.tabs.setTabText(self.desk_tab, self.tr("Per desk per hour"))
        self.tabs.setTabText(self.reconciliation_tab, self.tr("Reconciliation"))
        self.tabs.setTabText(self.doubles_tab, self.tr("Double handovers"))
        self._show_texts()
