"""The report's tables and its freshness strip: what reads better as numbers than as a chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import WITA
from printing.report_data import (
    BankReconciliation,
    CardReconciliation,
    DeskHour,
    Double,
    SiteFreshness,
)

STALE_AFTER = dt.timedelta(days=1)
FRESHNESS_COLUMNS = 3
HEAT_LOW = QColor("#ffffff")
HEAT_HIGH = QColor("#6fb88c")


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def read_only_table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    return table


def _cell(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def freshness_state(row: SiteFreshness, made_at: dt.datetime) -> str:
    """ "": up to date; "note" (amber): older than a day when the report was made;
    "problem" (red): nothing received from the site yet."""
    if row.known_until is None:
        return "problem"
    if made_at - row.known_until > STALE_AFTER:
        return "note"
    return ""


class FreshnessStrip(QWidget):
    """Up to when each site's data is known here: one line per site, a few to a row; amber
    when older than a day, red when nothing came from it yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freshnessStrip")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(2)
        self._rows: tuple[SiteFreshness, ...] = ()
        self._made_at: dt.datetime | None = None
        self.labels: list[QLabel] = []

    def show_sites(self, rows: tuple[SiteFreshness, ...], made_at: dt.datetime) -> None:
        self._rows, self._made_at = rows, made_at
        for label in self.labels:
            self._grid.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for index, row in enumerate(rows):
            label = QLabel(self.line(row))
            label.setObjectName("freshness")
            label.setWordWrap(True)
            label.setProperty("state", freshness_state(row, made_at))
            self._grid.addWidget(label, index // FRESHNESS_COLUMNS, index % FRESHNESS_COLUMNS)
            self.labels.append(label)
        for column in range(FRESHNESS_COLUMNS):
            self._grid.setColumnStretch(column, 1)

    def lines(self) -> list[str]:
        return [label.text() for label in self.labels]

    def states(self) -> list[str]:
        return [str(label.property("state")) for label in self.labels]

    def line(self, row: SiteFreshness) -> str:
        if row.known_until is None:
            text = self.tr("data from %1: nothing received yet").replace("%1", row.site)
        else:
            until = row.known_until.astimezone(WITA).strftime("%d-%m %H:%M")
            text = self.tr("data from %1 up to %2").replace("%1", row.site).replace("%2", until)
        if row.this_database:
            text = self.tr("%1 (this database)").replace("%1", text)
        return text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._made_at is not None:
            self.show_sites(self._rows, self._made_at)
        super().changeEvent(event)


def heat(value: int, top: int) -> QColor:
    """White for nothing, the report's green for the busiest hour, in between by share."""
    share = value / top if top else 0.0
    channels = (
        round(low + (high - low) * share)
        for low, high in (
            (HEAT_LOW.red(), HEAT_HIGH.red()),
            (HEAT_LOW.green(), HEAT_HIGH.green()),
            (HEAT_LOW.blue(), HEAT_HIGH.blue()),
        )
    )
    return QColor(*channels)


class DeskHourTable(QWidget):
    """Handovers per desk per hour of one day, as a table shaded by how busy each hour was:
    a row per desk, a column per hour, the day's total last. Days with handovers to choose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DeskHour, ...] = ()
        self.day_label = QLabel()
        self.day_combo = QComboBox()
        self.day_combo.setObjectName("deskHourDay")
        self.day_combo.setMinimumContentsLength(12)
        self.day_combo.currentIndexChanged.connect(self._show_day)
        self.day_label.setBuddy(self.day_combo)
        self.note_label = QLabel()
        self.note_label.setObjectName("reportNote")
        self.note_label.setWordWrap(True)
        self.table = read_only_table("deskHourTable", 0)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.day_label)
        top.addWidget(self.day_combo)
        top.addWidget(self.note_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def show_rows(self, rows: tuple[DeskHour, ...]) -> None:
        self._rows = rows
        days = sorted({row.hour.astimezone(WITA).date() for row in rows})
        chosen = self.day_combo.currentData()
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for day in days:
            self.day_combo.addItem(day.strftime("%d-%m-%Y"), day)
        index = self.day_combo.findData(chosen) if chosen in days else len(days) - 1
        self.day_combo.setCurrentIndex(index)
        self.day_combo.blockSignals(False)
        self.day_combo.setEnabled(len(days) > 1)
        self._show_day()

    def day(self) -> dt.date | None:
        day = self.day_combo.currentData()
        return day if isinstance(day, dt.date) else None

    def _show_day(self, _index: int = -1) -> None:
        day = self.day()
        rows = [row for row in self._rows if row.hour.astimezone(WITA).date() == day]
        desks = sorted({(row.site, row.desk) for row in rows})
        hours = sorted({row.hour.astimezone(WITA).hour for row in rows})
        if hours:
            hours = list(range(hours[0], hours[-1] + 1))
        counts = {
            (row.site, row.desk, row.hour.astimezone(WITA).hour): row.handovers for row in rows
        }
        sites = {site for site, _desk in desks}
        locale = self.locale()
        table = self.table
        table.clear()
        table.setRowCount(len(desks) + (1 if desks else 0))
        table.setColumnCount(len(hours) + 2 if desks else 0)
        header = [self.tr("Desk"), *(f"{hour:02d}:00" for hour in hours), self.tr("Total")]
        table.setHorizontalHeaderLabels(header if desks else [])
        top = max(counts.values(), default=0)
        hour_totals = [0] * len(hours)
        for row_index, (site, desk) in enumerate(desks):
            name = desk if len(sites) == 1 else f"{site} · {desk}"
            table.setItem(row_index, 0, _cell(name))
            total = 0
            for column, hour in enumerate(hours):
                value = counts.get((site, desk, hour), 0)
                total += value
                hour_totals[column] += value
                item = _cell(locale.toString(value) if value else "–", number=True)
                item.setBackground(heat(value, top))
                table.setItem(row_index, column + 1, item)
            table.setItem(row_index, len(hours) + 1, _cell(locale.toString(total), number=True))
        if desks:
            last = len(desks)
            table.setItem(last, 0, _cell(self.tr("All desks")))
            for column, value in enumerate(hour_totals):
                table.setItem(last, column + 1, _cell(locale.toString(value), number=True))
            grand = _cell(locale.toString(sum(hour_totals)), number=True)
            table.setItem(last, len(hours) + 1, grand)
            for column in range(table.columnCount()):
                bold = table.item(last, column)
                if bold is not None:
                    font = bold.font()
                    font.setBold(True)
                    bold.setFont(font)
        header_view = table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if desks:
            header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        if not rows:
            self.note_label.setText(self.tr("No handovers at any desk in this report."))
        elif len(sites) == 1:
            self.note_label.setText(self.tr("Site: %1").replace("%1", next(iter(sites))))
        else:
            self.note_label.setText("")

    def value(self, desk: str, hour: int) -> int:
        """The handovers shown for a desk (its row's name) at an hour of the chosen day."""
        table = self.table
        for row in range(table.rowCount()):
            if cell_text(table, row, 0) == desk:
                for column in range(1, table.columnCount() - 1):
                    header = table.horizontalHeaderItem(column)
                    if header is not None and header.text() == f"{hour:02d}:00":
                        text = cell_text(table, row, column)
                        return 0 if text == "–" else self.locale().toInt(text)[0]
        raise KeyError((desk, hour))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("&Day:"))
        self._show_day()


def _percent(part: int, whole: int, locale: QLocale) -> str:
    if not whole:
        return "–"
    return locale.toString(part * 100 / whole, "f", 1) + " %"


class ReconciliationTables(QWidget):
    """Every card accounted for (printed = handed over + waiting + replaced + voided), and
    every bank account application by its state: two small tables side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: CardReconciliation | None = None
        self._bank: BankReconciliation | None = None
        self.cards_title = QLabel()
        self.cards_title.setObjectName("sectionTitle")
        self.cards_table = read_only_table("cardsTable", 3)
        self.cards_check = QLabel()
        self.cards_check.setObjectName("reconciliationCheck")
        self.cards_check.setWordWrap(True)
        self.bank_title = QLabel()
        self.bank_title.setObjectName("sectionTitle")
        self.bank_table = read_only_table("bankTable", 3)
        self.bank_check = QLabel()
        self.bank_check.setObjectName("reconciliationCheck")
        self.bank_check.setWordWrap(True)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        for title, table, check in (
            (self.cards_title, self.cards_table, self.cards_check),
            (self.bank_title, self.bank_table, self.bank_check),
        ):
            column = QVBoxLayout()
            column.setSpacing(8)
            column.addWidget(title)
            column.addWidget(table)
            column.addWidget(check)
            column.addStretch(1)
            columns.addLayout(column, 1)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.ResizeToContents
            )
        self.retranslate()

    def show_figures(self, cards: CardReconciliation, bank: BankReconciliation) -> None:
        self._cards, self._bank = cards, bank
        self._fill()

    def _fill(self) -> None:
        cards, bank, locale = self._cards, self._bank, self.locale()
        if cards is None or bank is None:
            return
        card_rows = (
            (self.tr("Printed"), cards.printed),
            (self.tr("Handed over"), cards.handed_over),
            (self.tr("Waiting at a site"), cards.waiting),
            (self.tr("Spoiled/replaced"), cards.replaced),
            (self.tr("Voided"), cards.voided),
        )
        bank_rows = (
            (self.tr("Applications"), bank.applications),
            (self.tr("Opened"), bank.opened),
            (self.tr("Waiting for the bank"), bank.pending),
            (self.tr("Rejected"), bank.rejected),
            (self.tr("Failed (to be checked)"), bank.failed),
        )
        for table, rows, whole in (
            (self.cards_table, card_rows, cards.printed),
            (self.bank_table, bank_rows, bank.applications),
        ):
            table.setRowCount(len(rows))
            for index, (caption, value) in enumerate(rows):
                item = _cell(caption)
                if index == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(index, 0, item)
                table.setItem(index, 1, _cell(locale.toString(value), number=True))
                share = "" if index == 0 else _percent(value, whole, locale)
                table.setItem(index, 2, _cell(share, number=True))
            table.resizeRowsToContents()
            height = table.horizontalHeader().height() + 2 * table.frameWidth()
            height += sum(table.rowHeight(row) for row in range(table.rowCount()))
            table.setFixedHeight(height)
        parts = cards.handed_over + cards.waiting + cards.replaced + cards.voided
        self._show_check(
            self.cards_check,
            parts == cards.printed,
            self.tr("Printed = handed over + waiting + spoiled/replaced + voided: every card is"
                    " accounted for."),
            self.tr("%1 card(s) not accounted for: call a supervisor.").replace(
                "%1", locale.toString(cards.printed - parts)
            ),
        )  # fmt: skip
        states = bank.opened + bank.pending + bank.rejected + bank.failed
        failed = self.tr("%1 failed application(s): a person must look at them.").replace(
            "%1", locale.toString(bank.failed)
        )
        self._show_check(
            self.bank_check,
            states == bank.applications and bank.failed == 0,
            self.tr("Every application is opened, waiting or rejected."),
            failed if states == bank.applications else self.tr(
                "The applications do not add up: call a supervisor."
            ),
        )  # fmt: skip

    @staticmethod
    def _show_check(label: QLabel, ok: bool, good: str, bad: str) -> None:
        label.setText(good if ok else bad)
        label.setProperty("state", "ok" if ok else "problem")
        _restyle(label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.cards_title.setText(self.tr("Card reconciliation"))
        self.bank_title.setText(self.tr("Account applications"))
        for table, first in (
            (self.cards_table, self.tr("Cards")),
            (self.bank_table, self.tr("Applications")),
        ):
            table.setHorizontalHeaderLabels([first, self.tr("Number"), self.tr("Share")])
        self._fill()


class DoublesTable(QWidget):
    """Workers with more than one valid handover, for a supervisor to settle: a row per
    handover, the worker and kabupaten on the first of theirs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doubles: tuple[Double, ...] = ()
        self.note_label = QLabel()
        self.note_label.setObjectName("reportNote")
        self.note_label.setWordWrap(True)
        self.table = read_only_table("doublesTable", 6)
        self.table.setAlternatingRowColors(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note_label)
        layout.addWidget(self.table, 1)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate()

    def show_doubles(self, doubles: Sequence[Double]) -> None:
        self._doubles = tuple(doubles)
        self._fill()

    def rows(self) -> list[list[str]]:
        table = self.table
        return [
            [cell_text(table, row, column) for column in range(table.columnCount())]
            for row in range(table.rowCount())
        ]

    def _fill(self) -> None:
        table = self.table
        table.clearSpans()
        table.setRowCount(sum(len(double.handovers) for double in self._doubles))
        row = 0
        shade = (QColor("#ffffff"), QColor("#f1f3ef"))
        for number, double in enumerate(self._doubles):
            span = len(double.handovers)
            for index, handover in enumerate(double.handovers):
                at = handover.at.astimezone(WITA).strftime("%d-%m-%Y %H:%M")
                cells = (
                    double.worker if index == 0 else "",
                    double.kabupaten if index == 0 else "",
                    handover.site,
                    handover.desk,
                    handover.operator,
                    at,
                )
                for column, text in enumerate(cells):
                    item = _cell(text)
                    item.setBackground(shade[number % 2])
                    table.setItem(row + index, column, item)
            if span > 1:
                table.setSpan(row, 0, span, 1)
                table.setSpan(row, 1, span, 1)
            row += span
        if self._doubles:
            count = len(self._doubles)
            text = self.tr(
                "%n worker(s) with more than one valid handover: two sites recorded a handover"
                " each. A supervisor checks which one is right and voids the other.",
                "",
                count,
            ).replace(str(count), self.locale().toString(count))
        else:
            text = self.tr("No worker has more than one valid handover.")
        self.note_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Worker (KPJ)"),
                self.tr("Kabupaten/kota"),
                self.tr("Site"),
                self.tr("Desk"),
                self.tr("Operator"),
                self.tr("Time (WITA)"),
            ]
        )
        self._fill()
