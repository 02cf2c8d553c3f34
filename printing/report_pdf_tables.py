"""The programme report's tables: progress per kabupaten, the card and bank reconciliations,
the doubles and the handovers per desk per hour. Every figure comes from the report.

Loaded only with the report's pages (see report_pdf).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Table, TableStyle

from printing.bast_table import FRAME_WIDTH, HEADER_FILL, INK, RULE, wrap
from printing.fonts import FontNames
from printing.report_data import (
    BankReconciliation,
    CardReconciliation,
    DeskHour,
    Double,
    KabupatenProgress,
)
from printing.report_pdf import date_text, percent, thousands, wita

SIZE = 7.5
LEADING = 9.5
PAD = 3.0  # points left and right in a cell: a name such as "Kabupaten Timor Tengah Selatan"
# fits its column on one line
_TOTAL_FILL = colors.HexColor("#EEF2EF")
_HEAT = colors.HexColor("#1F5F3A")  # the busiest hour's shade in the desk table


def _grid(
    fonts: FontNames, *, head_rows: int = 1, total_row: bool = False, size: float = SIZE
) -> list[Any]:
    leading = size * LEADING / SIZE
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, size, leading),
        ("FONT", (0, 0), (-1, head_rows - 1), fonts.bold, size, leading),
        ("BACKGROUND", (0, 0), (-1, head_rows - 1), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, head_rows - 1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ]
    if total_row:
        commands += [
            ("FONT", (0, -1), (-1, -1), fonts.bold, size, leading),
            ("BACKGROUND", (0, -1), (-1, -1), _TOTAL_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ]
    return commands


def progress_table(
    rows: Sequence[KabupatenProgress], total: KabupatenProgress, total_label: str, fonts: FontNames
) -> Table:
    """One row per kabupaten and the total: each figure and its percentage of the target."""
    figures = ("Terdaftar", "Kartu dicetak", "Kartu diserahkan", "Rekening dibuka")
    head = ["Kode", "Kabupaten/Kota", "Target"]
    for name in figures:
        head += [name, ""]
    sub = ["", "", ""] + ["jumlah", "% target"] * len(figures)

    def line(row: KabupatenProgress, code: str, name: str) -> list[str]:
        cells = [code, name, thousands(row.target) if row.target is not None else "–"]
        for value in (row.registered, row.printed, row.handed_over, row.account_opened):
            cells += [thousands(value), percent(value, row.target)]
        return cells

    code, target, number, pct = 10.5 * mm, 14.5 * mm, 14.5 * mm, 12 * mm
    name_width = FRAME_WIDTH - code - target - 4 * (number + pct)
    data = [head, sub]
    data += [
        line(row, row.code, wrap(row.name, fonts.regular, name_width - 2 * PAD)) for row in rows
    ]
    data.append(line(total, "", total_label))
    table = Table(data, colWidths=(code, name_width, target) + (number, pct) * 4,
                  repeatRows=2, hAlign="LEFT")  # fmt: skip
    style = _grid(fonts, head_rows=2, total_row=True)
    style += [
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (2, 1)),
        ("FONT", (0, 1), (-1, 1), fonts.regular, SIZE - 1, LEADING - 1),
        ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
    ]
    for column in range(3, 11, 2):
        style.append(("SPAN", (column, 0), (column + 1, 0)))
    table.setStyle(TableStyle(style))
    return table


def cards_table(cards: CardReconciliation, fonts: FontNames) -> Table:
    """Dicetak = Diserahkan + Menunggu di lokasi + Rusak/diganti + Dibatalkan, column by
    column, with the equation's sign between the columns."""
    parts = (
        ("Diserahkan", cards.handed_over),
        ("Menunggu di lokasi", cards.waiting),
        ("Rusak/diganti", cards.replaced),
        ("Dibatalkan", cards.voided),
    )
    balanced = cards.printed == sum(value for _, value in parts)
    head: list[str] = ["Dicetak", "=" if balanced else "≠"]
    body: list[str] = [thousands(cards.printed), "=" if balanced else "≠"]
    for index, (name, value) in enumerate(parts):
        if index:
            head.append("+")
            body.append("+")
        head.append(name)
        body.append(thousands(value))
    sign, cell = 5 * mm, (FRAME_WIDTH - 4 * 5 * mm) / 5
    widths = [cell if n % 2 == 0 else sign for n in range(len(head))]
    table = Table([head, body], colWidths=widths, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, 0), fonts.regular, SIZE, LEADING),
        ("FONT", (0, 1), (-1, 1), fonts.bold, 10, 12),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ]
    table.setStyle(TableStyle(style))
    return table


def bank_table(bank: BankReconciliation, fonts: FontNames) -> Table:
    """Every account application by its state, and their sum."""
    data = [
        ["Keadaan permohonan", "Jumlah"],
        ["Dibuka", thousands(bank.opened)],
        ["Menunggu jawaban bank", thousands(bank.pending)],
        ["Ditolak", thousands(bank.rejected)],
        ["Gagal (perlu diperiksa)", thousands(bank.failed)],
        ["Jumlah permohonan", thousands(bank.applications)],
    ]
    table = Table(data, colWidths=(60 * mm, 25 * mm), hAlign="LEFT")
    table.setStyle(TableStyle([*_grid(fonts, total_row=True), ("ALIGN", (1, 1), (1, -1), "RIGHT")]))
    return table


def doubles_table(doubles: Sequence[Double], fonts: FontNames) -> LongTable:
    """One row per handover of each double; the worker's cells span its handovers."""
    widths = [7 * mm, 23 * mm, 38 * mm, 40 * mm, 18 * mm, 28 * mm]
    widths.append(FRAME_WIDTH - sum(widths))  # 26 mm: "20-11-2026 09:41" on one line
    inner = [w - 2 * PAD for w in widths]
    data: list[list[str]] = [
        ["No", "Peserta (KPJ)", "Kabupaten/Kota", "Lokasi", "Meja", "Petugas", "Waktu (WITA)"]
    ]
    style = _grid(fonts)
    style.append(("VALIGN", (0, 1), (2, -1), "TOP"))
    for number, double in enumerate(doubles, start=1):
        start = len(data)
        for index, handover in enumerate(double.handovers):
            first = index == 0
            data.append([
                str(number) if first else "",
                wrap(double.worker, fonts.regular, inner[1]) if first else "",
                wrap(double.kabupaten, fonts.regular, inner[2]) if first else "",
                wrap(handover.site, fonts.regular, inner[3]),
                wrap(handover.desk, fonts.regular, inner[4]),
                wrap(handover.operator, fonts.regular, inner[5]),
                f"{wita(handover.at):%d-%m-%Y %H:%M}",
            ])  # fmt: skip
        if len(data) - start > 1:
            for column in range(3):
                style.append(("SPAN", (column, start), (column, len(data) - 1)))
    table = LongTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def desk_hour_table(cells: Sequence[DeskHour], fonts: FontNames) -> LongTable:
    """Handovers per desk (rows) per hour of the day (columns), each cell shaded by its count,
    with a total per desk and per hour. A desk that worked on several days has a row per day."""
    hours = sorted({wita(cell.hour).hour for cell in cells})
    days = {wita(cell.hour).date() for cell in cells}
    counts: dict[tuple[str, str, dt.date | None], dict[int, int]] = defaultdict(dict)
    for cell in cells:
        local = wita(cell.hour)
        key = (cell.site, cell.desk, local.date() if len(days) > 1 else None)
        counts[key][local.hour] = counts[key].get(local.hour, 0) + cell.handovers
    lead = ["Lokasi", "Meja"] + (["Tanggal"] if len(days) > 1 else [])
    narrow = len(hours) > 12  # a long day: the site's column gives the hours some room
    lead_widths = [28 * mm if narrow else 38 * mm, 17 * mm] + ([17 * mm] if len(days) > 1 else [])
    total_width = 13 * mm
    hour_width = (FRAME_WIDTH - sum(lead_widths) - total_width) / max(len(hours), 1)
    head = [*lead, *(f"{hour:02d}" for hour in hours), "Jumlah"]
    data: list[list[str]] = [head]
    busiest = max((v for row in counts.values() for v in row.values()), default=0) or 1
    per_hour = [sum(row.get(h, 0) for row in counts.values()) for h in hours]
    # Many hours make narrow columns: their type shrinks until the widest count (an hour's
    # total, in bold) fits, rather than a figure running into its neighbour.
    widest = max((stringWidth(thousands(v), fonts.bold, SIZE) for v in per_hour), default=0.0)
    size = SIZE if widest <= hour_width - 2 else max(5.0, SIZE * (hour_width - 2) / widest)
    first, last = len(lead), len(lead) + len(hours) - 1
    style = _grid(fonts, total_row=True)
    style += [
        ("FONT", (first, 1), (last, -2), fonts.regular, size, LEADING),
        ("FONT", (first, 0), (last, 0), fonts.bold, size, LEADING),
        ("FONT", (first, -1), (last, -1), fonts.bold, size, LEADING),
        ("ALIGN", (len(lead), 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (first, 0), (last, -1), 1),
        ("RIGHTPADDING", (first, 0), (last, -1), 1),
    ]
    for key in counts:  # the report's order: by site, desk and hour
        site, desk, day = key
        row_counts = counts[key]
        y = len(data)
        # The site on every row: a row carried over to the next page still says where it was.
        lead_cells = [wrap(site, fonts.regular, lead_widths[0] - 2 * PAD), desk]
        if day is not None:
            lead_cells.append(date_text(day))
        data.append([
            *lead_cells,
            *(thousands(row_counts[h]) if h in row_counts else "" for h in hours),
            thousands(sum(row_counts.values())),
        ])  # fmt: skip
        for column, hour in enumerate(hours, start=len(lead)):
            if hour in row_counts:
                share = row_counts[hour] / busiest
                shade = colors.linearlyInterpolatedColor(colors.white, _HEAT, 0, 1, 0.55 * share)
                style.append(("BACKGROUND", (column, y), (column, y), shade))
    data.append([
        "Jumlah", *([""] * (len(lead) - 1)), *(thousands(v) for v in per_hour),
        thousands(sum(per_hour)),
    ])  # fmt: skip
    style.append(("SPAN", (0, len(data) - 1), (len(lead) - 1, len(data) - 1)))
    widths = [*lead_widths, *([hour_width] * len(hours)), total_width]
    table = LongTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table
