"""The report's two charts, drawn with Qt's own charts module (QtCharts, from PySide6-Addons).

Imported only by the report dialog, which loads when the report is first opened: QtCharts
never loads at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QEvent, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from printing.report_data import DayCount, KabupatenProgress

# One colour per figure, the same wherever it is drawn; the target pale behind them.
TARGET_COLOUR = "#c9cec9"
REGISTERED_COLOUR = "#5d6862"
PRINTED_COLOUR = "#3f7fbf"
HANDED_OVER_COLOUR = "#1b7a43"
ACCOUNT_COLOUR = "#c98a00"

ROW_HEIGHT = 46  # pixels per kabupaten: five bars a few pixels thick, and its name readable
CHART_FRAME = 130  # the legend and the value axis above the bars, and the margins


def short_name(name: str, others: Sequence[str] = ()) -> str:
    """ "Kabupaten Sumba Timur" -> "Sumba Timur"; "Kota Kupang" stays as it is, and
    "Kabupaten Kupang" beside it becomes "Kab. Kupang"."""
    short = name.removeprefix("Kabupaten ")
    if short != name and f"Kota {short}" in others:
        return f"Kab. {short}"
    return short


def nice_ceiling(value: int) -> int:
    """A round upper end for an axis: 4,514 -> 5,000; 0 -> 10."""
    if value <= 0:
        return 10
    step = int(10 ** (len(str(value)) - 1))
    for tenths in (10, 20, 25, 50, 100):
        top = step * tenths // 10
        if top >= value:
            return top
    return step * 10


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    font = QFont(chart.legend().font())
    font.setPointSizeF(11)
    chart.legend().setFont(font)
    return chart


def _axis_font(size: float = 10.5) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    return font


class ProgressChart(QChartView):
    """Each kabupaten's progress as horizontal bars: target, registered, printed, handed
    over, account opened; the first kabupaten at the top, its share of the target handed
    over beside its name. As tall as its rows need: the report's tab scrolls it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._rows: tuple[KabupatenProgress, ...] = ()
        self.setChart(_chart())
        self.series = QHorizontalBarSeries()
        self.target_set = QBarSet("")
        self.registered_set = QBarSet("")
        self.printed_set = QBarSet("")
        self.handed_over_set = QBarSet("")
        self.account_set = QBarSet("")
        colours = (
            (self.account_set, ACCOUNT_COLOUR),
            (self.handed_over_set, HANDED_OVER_COLOUR),
            (self.printed_set, PRINTED_COLOUR),
            (self.registered_set, REGISTERED_COLOUR),
            (self.target_set, TARGET_COLOUR),
        )
        # A horizontal series draws its first set lowest in each group: appended from the
        # last figure up, the target comes out on top; the legend is read the same way.
        for bar_set, colour in colours:
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            self.series.append(bar_set)
        self.series.setBarWidth(0.86)
        self.chart().addSeries(self.series)
        self.chart().legend().setReverseMarkers(True)
        self.category_axis = QBarCategoryAxis()
        self.category_axis.setLabelsFont(_axis_font(11))
        self.value_axis = QValueAxis()
        self.value_axis.setLabelsFont(_axis_font())
        self.value_axis.setLabelFormat("%d")
        self.value_axis.setTickCount(6)
        # At the top, under the legend: the chart scrolls, and its top is what shows first.
        self.chart().addAxis(self.value_axis, Qt.AlignmentFlag.AlignTop)
        self.chart().addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.value_axis)
        self.series.attachAxis(self.category_axis)
        self.retranslate()

    def bar_sets(self) -> dict[str, QBarSet]:
        return {
            "target": self.target_set,
            "registered": self.registered_set,
            "printed": self.printed_set,
            "handed_over": self.handed_over_set,
            "account_opened": self.account_set,
        }

    def rows(self) -> tuple[KabupatenProgress, ...]:
        """The kabupaten drawn, top to bottom."""
        return self._rows

    def values(self, figure: str) -> list[int]:
        """One figure of every kabupaten, top to bottom (the sets hold them bottom to top)."""
        bar_set = self.bar_sets()[figure]
        return [int(bar_set.at(i)) for i in reversed(range(bar_set.count()))]

    def categories(self) -> list[str]:
        """The kabupaten's labels, top to bottom."""
        return list(reversed(self.category_axis.categories()))

    def needed_height(self) -> int:
        return CHART_FRAME + ROW_HEIGHT * max(len(self._rows), 1)

    def show_rows(self, rows: tuple[KabupatenProgress, ...]) -> None:
        self._rows = rows
        bottom_up = list(reversed(rows))
        figures = {
            "target": [row.target or 0 for row in bottom_up],
            "registered": [row.registered for row in bottom_up],
            "printed": [row.printed for row in bottom_up],
            "handed_over": [row.handed_over for row in bottom_up],
            "account_opened": [row.account_opened for row in bottom_up],
        }
        for name, bar_set in self.bar_sets().items():
            bar_set.remove(0, bar_set.count())
            bar_set.append([float(v) for v in figures[name]])
        self.category_axis.clear()
        self.category_axis.append([self._label(row) for row in bottom_up] or [""])
        top = max((max(v) for v in figures.values() if v), default=0)
        self.value_axis.setRange(0, nice_ceiling(top))
        self.setMinimumHeight(self.needed_height())

    def _label(self, row: KabupatenProgress) -> str:
        name = short_name(row.name, [other.name for other in self._rows])
        if not row.target:
            return self.tr("%1 (no target)").replace("%1", name)
        percent = row.handed_over * 100 // row.target
        return self.tr("%1 · %2% handed over").replace("%1", name).replace("%2", str(percent))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.target_set.setLabel(self.tr("Target"))
        self.registered_set.setLabel(self.tr("Registered"))
        self.printed_set.setLabel(self.tr("Cards printed"))
        self.handed_over_set.setLabel(self.tr("Cards handed over"))
        self.account_set.setLabel(self.tr("Accounts opened"))
        if self._rows:
            self.show_rows(self._rows)


def _day_time(day: dt.date) -> QDateTime:
    """Midday of the day, in the time the axis writes its labels in: never a day off."""
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


def every_day(per_day: tuple[DayCount, ...]) -> list[tuple[dt.date, int]]:
    """Each day from the first to the last, with 0 on the days the report leaves out."""
    if not per_day:
        return []
    counts = {row.day: row.handovers for row in per_day}
    first, last = per_day[0].day, per_day[-1].day
    span = (last - first).days
    days = (first + dt.timedelta(days=n) for n in range(span + 1))
    return [(day, counts.get(day, 0)) for day in days]


class DayChart(QChartView):
    """Handovers per day as a line, a dot on each day; the days without any at 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(_chart())
        self.chart().legend().hide()
        self.series = QLineSeries()
        pen = self.series.pen()
        pen.setColor(QColor(HANDED_OVER_COLOUR))
        pen.setWidthF(2.5)
        self.series.setPen(pen)
        self.series.setColor(QColor(HANDED_OVER_COLOUR))
        self.series.setPointsVisible(True)
        self.series.setMarkerSize(7)
        self.chart().addSeries(self.series)
        self.date_axis = QDateTimeAxis()
        self.date_axis.setFormat("dd-MM")
        self.date_axis.setLabelsFont(_axis_font())
        self.value_axis = QValueAxis()
        self.value_axis.setLabelFormat("%d")
        self.value_axis.setLabelsFont(_axis_font())
        self.chart().addAxis(self.date_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart().addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.date_axis)
        self.series.attachAxis(self.value_axis)
        self.retranslate()

    def points(self) -> list[tuple[dt.date, int]]:
        """The days drawn, with their handovers."""
        found = []
        for point in self.series.points():
            when = QDateTime.fromMSecsSinceEpoch(int(point.x())).date()
            found.append((dt.date(when.year(), when.month(), when.day()), int(point.y())))
        return found

    def show_days(self, per_day: tuple[DayCount, ...]) -> None:
        days = every_day(per_day)
        self.series.clear()
        for day, count in days:
            self.series.append(float(_day_time(day).toMSecsSinceEpoch()), float(count))
        if days:
            first, last = days[0][0], days[-1][0]
        else:
            first = last = dt.date(2026, 1, 1)
        # A day either side: the first and last dots are not cut by the frame.
        self.date_axis.setRange(
            _day_time(first - dt.timedelta(days=1)), _day_time(last + dt.timedelta(days=1))
        )
        self.date_axis.setTickCount(min(max(len(days) + 2, 3), 12))
        top = max((count for _day, count in days), default=0)
        self.value_axis.setRange(0, nice_ceiling(top))
        self.value_axis.setTickCount(6)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.date_axis.setTitleText(self.tr("Day (WITA)"))
        self.value_axis.setTitleText(self.tr("Handovers"))
