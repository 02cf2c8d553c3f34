"""The programme report's charts, as reportlab's own vector drawings (reportlab.graphics).

Loaded only with the report's pages (see report_pdf): nothing the window loads at start-up
imports this module.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from printing.fonts import FontNames
from printing.report_data import DayCount, KabupatenProgress
from printing.report_pdf import short_name, thousands

# One colour per figure, light to dark as a worker moves along: registered, printed, handed
# over; the account in a different hue, since it runs beside the card rather than after it.
SERIES = (
    ("Terdaftar", colors.HexColor("#B7C7D3")),
    ("Kartu dicetak", colors.HexColor("#5B86B0")),
    ("Kartu diserahkan", colors.HexColor("#1F5F3A")),
    ("Rekening dibuka", colors.HexColor("#E3A33B")),
)
TARGET_INK = colors.HexColor("#B22222")
GRID = colors.HexColor("#D0D0D0")
AXIS_INK = colors.HexColor("#555555")
DAY_FILL = colors.HexColor("#1F5F3A")
LABEL_SIZE = 7.0
_BAND = 8.2 * mm  # the height of one kabupaten's four bars and the gap below them
_FEW_BAND = 12 * mm  # when only a few kabupaten are drawn
_GROUP_GAP = 0.22  # of a band, left between two kabupaten


def nice_scale(largest: float, *, ticks: int = 8) -> tuple[float, float]:
    """An axis maximum at or above largest and its step: 1, 2, 2.5 or 5 times a power of ten,
    with at most ticks steps."""
    if largest <= 0:
        return 10.0, 2.0
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return math.ceil(largest / step - 1e-9) * step, step


def progress_chart(rows: Sequence[KabupatenProgress], fonts: FontNames, width: float) -> Drawing:
    """Horizontal bars per kabupaten, top to bottom in the report's order: the four figures of
    SERIES, and the target as a red tick across the kabupaten's bars."""
    count = len(rows)
    band = _BAND if count > 6 else _FEW_BAND
    names = [short_name(row.name) for row in rows]
    label_width = max(pdfmetrics.stringWidth(n, fonts.regular, LABEL_SIZE) for n in names)
    legend_height, axis_height = 9 * mm, 7 * mm
    plot_height = count * band
    drawing = Drawing(width, legend_height + plot_height + axis_height)

    chart = HorizontalBarChart()
    chart.x = label_width + 5
    chart.y = axis_height
    chart.width = width - chart.x - 4 * mm  # room for the last value label
    chart.height = plot_height
    values = [
        [row.registered for row in rows],
        [row.printed for row in rows],
        [row.handed_over for row in rows],
        [row.account_opened for row in rows],
    ]
    largest = max([v for series in values for v in series] + [r.target or 0 for r in rows])
    top, step = nice_scale(largest)
    # reportlab puts a group's first series at the bottom: reversed, Terdaftar is on top, as in
    # the legend. (reversePlotOrder would, but it shifts the bars off their labels when the
    # category axis runs top-down.)
    chart.data = values[::-1]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = lambda v: thousands(round(v))
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labels.fillColor = AXIS_INK
    chart.valueAxis.strokeColor = AXIS_INK
    chart.valueAxis.strokeWidth = 0.5
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.reverseDirection = 1  # the first kabupaten at the top, as in the table
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.visibleTicks = 0
    chart.categoryAxis.strokeColor = AXIS_INK
    chart.categoryAxis.strokeWidth = 0.5
    # Bar widths are relative: four bars of 10 and a gap of _GROUP_GAP of the band.
    chart.barWidth = 10
    chart.barSpacing = 0
    chart.groupSpacing = 40 * _GROUP_GAP / (1 - _GROUP_GAP)
    for index, (_, colour) in enumerate(reversed(SERIES)):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
        chart.bars[index].strokeWidth = 0
    drawing.add(chart)

    # The target: a tick across the kabupaten's four bars where its target lies.
    inset = band * _GROUP_GAP / 2
    for index, row in enumerate(rows):
        if row.target is None:
            continue
        x = chart.x + chart.width * min(row.target, top) / top
        upper = chart.y + chart.height - index * band
        drawing.add(Line(x, upper - inset + 1, x, upper - band + inset - 1,
                         strokeColor=TARGET_INK, strokeWidth=1.6))  # fmt: skip

    _legend(drawing, fonts, chart.x, legend_height + plot_height + axis_height - 4 * mm)
    return drawing


def _legend(drawing: Drawing, fonts: FontNames, x: float, y: float) -> None:
    """The four colours and the target tick, on one line at (x, y)."""
    size = LABEL_SIZE + 0.5
    swatch = 3 * mm
    for name, colour in SERIES:
        drawing.add(Rect(x, y - 0.5, swatch, swatch * 0.8, fillColor=colour, strokeColor=None))
        x += swatch + 1.5 * mm
        drawing.add(String(x, y, name, fontName=fonts.regular, fontSize=size))
        x += pdfmetrics.stringWidth(name, fonts.regular, size) + 5 * mm
    drawing.add(Line(x + 1, y - 1.5, x + 1, y + swatch, strokeColor=TARGET_INK, strokeWidth=1.6))
    drawing.add(String(x + 2 * mm, y, "Target", fontName=fonts.regular, fontSize=size))


def day_chart(days: Sequence[DayCount], fonts: FontNames, width: float) -> Drawing:
    """Vertical bars of handovers per day, every day from the first to the last (a day without
    handovers is a gap, not left out), dates dd-mm below; each bar's count above it while
    there is room."""
    counts = {day.day: day.handovers for day in days}
    first, last = min(counts), max(counts)
    calendar = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 12 * mm
    chart.y = 8 * mm
    chart.width = width - chart.x - 2 * mm
    chart.height = height - chart.y - 5 * mm
    chart.data = [[counts.get(day, 0) for day in calendar]]
    top, step = nice_scale(max(counts.values()), ticks=6)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = lambda v: thousands(round(v))
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labels.fillColor = AXIS_INK
    chart.valueAxis.strokeColor = AXIS_INK
    chart.valueAxis.strokeWidth = 0.5
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    # At most about 16 dates under the axis: every k-th day, the others blank.
    every = max(1, math.ceil(len(calendar) / 16))
    chart.categoryAxis.categoryNames = [
        f"{day:%d-%m}" if n % every == 0 else "" for n, day in enumerate(calendar)
    ]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = LABEL_SIZE - 0.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.visibleTicks = 0
    chart.categoryAxis.strokeColor = AXIS_INK
    chart.categoryAxis.strokeWidth = 0.5
    chart.bars[0].fillColor = DAY_FILL
    chart.bars[0].strokeColor = None
    chart.bars[0].strokeWidth = 0
    if len(calendar) <= 31:
        chart.barLabelFormat = lambda v: thousands(round(v)) if v else ""
        chart.barLabels.fontName = fonts.regular
        chart.barLabels.fontSize = LABEL_SIZE - 1
        chart.barLabels.fillColor = AXIS_INK
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 1
    drawing.add(chart)
    return drawing
