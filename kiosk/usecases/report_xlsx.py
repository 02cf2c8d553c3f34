"""The province's programme report as an Excel workbook, in Indonesian: one sheet per table, with
native Excel charts over the sheets' own cells.

Every figure comes from the ProgrammeReport (printing.report_data), the same object the window,
the PDF and the JSON draw, so the four cannot disagree; nothing here reads the database. The
words (scope, period, each site's freshness) are the PDF's own, from printing.report_pdf, which
loads no reportlab until a PDF is drawn.

Figures are written as numbers (not formulas: a file no spreadsheet program has recalculated,
and any reader that takes cells as stored, still shows them), times as real Excel dates in
WITA. openpyxl is imported by write_report_xlsx itself: the kiosk's start-up never loads it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from printing import report_pdf as report_words  # the PDF's words, in plain Python
from printing.report_data import DeskHour, KabupatenProgress, ProgrammeReport

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

# As on the PDF's first page (printing.report_pdf_pages, which loads reportlab).
TITLE = "Laporan Kemajuan Program"
PROGRAMME = (
    "Program Jaminan Kecelakaan Kerja dan Jaminan Kematian bagi pekerja rentan; "
    "iuran dibayar oleh Pemerintah Provinsi Nusa Tenggara Timur"
)

SUMMARY = "Ringkasan"
PER_KABUPATEN = "Per kabupaten"
PER_DAY = "Per hari"
PER_DESK_HOUR = "Per meja per jam"
CARDS = "Rekonsiliasi kartu"
BANK = "Rekening"
DOUBLES = "Serah terima ganda"
SHEETS = (SUMMARY, PER_KABUPATEN, PER_DAY, PER_DESK_HOUR, CARDS, BANK, DOUBLES)

# The four figures of a kabupaten, in the order of the table's columns and the chart's series.
FIGURES = ("Terdaftar", "Kartu dicetak", "Kartu diserahkan", "Rekening dibuka")
KABUPATEN_HEADER = ("Kode", "Kabupaten/Kota", "Target", *FIGURES, "Diserahkan (% target)")

INTEGER = "#,##0"
PERCENT = "0.0%"
DATE = "dd-mm-yyyy"
DATE_TIME = "dd-mm-yyyy hh:mm"
SHORT_DATE_TIME = "dd-mm hh:mm"  # the desk chart's hours, short enough for an axis label

CellValue = str | int | float | dt.date | dt.datetime | None

_HEADER_FILL = "D9E1F2"
_TOTAL_FILL = "F2F2F2"
_MAX_SERIES = 255  # Excel's limit of series in one chart


def write_report_xlsx(report: ProgrammeReport, out: Path) -> None:
    """Write the report to out as an .xlsx workbook (Indonesian sheets, headers and charts).

    Written next to out first and moved into place, so out is either the whole workbook or
    what was there before."""
    from openpyxl import Workbook

    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = SUMMARY
    _summary(summary, report)
    _per_kabupaten(workbook.create_sheet(PER_KABUPATEN), report)
    _per_day(workbook.create_sheet(PER_DAY), report)
    _per_desk_hour(workbook.create_sheet(PER_DESK_HOUR), report.per_desk_hour)
    _cards(workbook.create_sheet(CARDS), report)
    _bank(workbook.create_sheet(BANK), report)
    _doubles(workbook.create_sheet(DOUBLES), report)

    partial = out.with_name(out.name + ".part")
    try:
        workbook.save(partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)


# ---------------------------------------------------------------- words and times


def wita(moment: dt.datetime) -> dt.datetime:
    """An aware moment as WITA (UTC+8) wall-clock time without tzinfo: Excel cannot store a
    time zone, so every time cell is WITA and its header says so. A naive moment is refused."""
    return report_words.wita(moment).replace(tzinfo=None)


def _share(part: int, whole: int | None) -> float | None:
    """part as a fraction of whole for a percent-formatted cell; None (an empty cell) without
    a whole (no target set, or a target of 0)."""
    return part / whole if whole else None


def _figures(row: KabupatenProgress) -> tuple[int, int, int, int]:
    return (row.registered, row.printed, row.handed_over, row.account_opened)


# ---------------------------------------------------------------- cells


def _header(ws: Worksheet, row: int, values: Sequence[str], column: int = 1) -> None:
    """A bold, shaded header row."""
    from openpyxl.styles import Alignment, Font, PatternFill

    fill = PatternFill("solid", fgColor=_HEADER_FILL)
    for offset, value in enumerate(values):
        cell = ws.cell(row=row, column=column + offset, value=value)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def _put(
    ws: Worksheet,
    row: int,
    column: int,
    value: CellValue,
    number_format: str | None = None,
    *,
    bold: bool = False,
) -> None:
    from openpyxl.styles import Font

    cell = ws.cell(row=row, column=column, value=value)
    if number_format is not None:
        cell.number_format = number_format
    if bold:
        cell.font = Font(bold=True)


def _total_row(ws: Worksheet, row: int, first: int, last: int) -> None:
    """Bold on a light fill, a rule above: the table's total."""
    from openpyxl.styles import Border, Font, PatternFill, Side

    fill = PatternFill("solid", fgColor=_TOTAL_FILL)
    for column in range(first, last + 1):
        cell = ws.cell(row=row, column=column)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.border = Border(top=Side(style="thin"))


def _widths(ws: Worksheet, widths: Iterable[float], first: int = 1) -> None:
    from openpyxl.utils import get_column_letter

    for offset, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(first + offset)].width = width


def _fit(ws: Worksheet, first_row: int, last_row: int, first: int, last: int) -> None:
    """Column widths from what the cells show (headers wrap, so they count less)."""
    from openpyxl.utils import get_column_letter

    columns = ws.iter_cols(
        min_row=first_row, max_row=last_row, min_col=first, max_col=last, values_only=True
    )
    for column, values in enumerate(columns, start=first):
        width = 8.0
        for row, value in enumerate(values, start=first_row):
            if value is None:
                continue
            if isinstance(value, dt.datetime):
                shown = 17.0
            elif isinstance(value, dt.date):
                shown = 11.0
            elif isinstance(value, float):
                shown = 8.0
            elif isinstance(value, int):
                shown = len(f"{value:,}") + 2.0
            else:
                text = str(value)
                shown = len(text) + 2.0 if row > first_row else min(len(text), 14) + 2.0
            width = max(width, shown)
        ws.column_dimensions[get_column_letter(column)].width = min(width, 48.0)


# ---------------------------------------------------------------- sheets


def _summary(ws: Worksheet, report: ProgrammeReport) -> None:
    from openpyxl.styles import Font

    _put(ws, 1, 1, TITLE)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    _put(ws, 2, 1, PROGRAMME)
    ws.cell(row=2, column=1).font = Font(italic=True)
    _put(ws, 4, 1, "Dibuat (WITA)", bold=True)
    _put(ws, 4, 2, wita(report.made_at), DATE_TIME)
    _put(ws, 5, 1, "Cakupan", bold=True)
    _put(ws, 5, 2, report_words.scope_text(report))
    _put(ws, 6, 1, "Periode serah terima", bold=True)
    _put(ws, 6, 2, report_words.period_text(report.scope))
    _put(ws, 7, 1, "Kesegaran data", bold=True)
    row = 7
    for site in report.freshness:
        _put(ws, row, 2, report_words.freshness_line(site))
        row += 1
    if not report.freshness:
        _put(ws, row, 2, "tidak ada keterangan lokasi")
        row += 1
    _put(
        ws,
        row,
        2,
        "Angka dari suatu lokasi hanya sampai saat data terakhirnya diterima di basis data "
        "laporan ini. Semua waktu dalam WITA.",
    )
    ws.cell(row=row, column=2).font = Font(italic=True, size=9)

    row += 2
    total = report.total
    _header(ws, row, (report_words.total_label(report), "Jumlah peserta", "% target"))
    _put(ws, row + 1, 1, "Target")
    _put(ws, row + 1, 2, total.target, INTEGER)
    for offset, (name, value) in enumerate(zip(FIGURES, _figures(total), strict=True)):
        _put(ws, row + 2 + offset, 1, name)
        _put(ws, row + 2 + offset, 2, value, INTEGER)
        _put(ws, row + 2 + offset, 3, _share(value, total.target), PERCENT)
    row += 2 + len(FIGURES)
    _put(ws, row, 1, "Serah terima ganda")
    _put(ws, row, 2, len(report.doubles), INTEGER)
    _put(ws, row, 3, "peserta")
    row += 2
    notes = ["Angka menghitung peserta (pekerja), bukan kartu."]
    if total.target is not None and any(r.target is None for r in report.kabupaten):
        notes.append("% target dihitung terhadap jumlah target yang sudah ditetapkan.")
    for note in notes:
        _put(ws, row, 1, note)
        ws.cell(row=row, column=1).font = Font(italic=True, size=9)
        row += 1
    _widths(ws, (24, 18, 10))


def _per_kabupaten(ws: Worksheet, report: ProgrammeReport) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.data_source import AxDataSource, StrRef

    rows = report.kabupaten
    _header(ws, 1, KABUPATEN_HEADER)
    ws.freeze_panes = "C2"
    ws.row_dimensions[1].height = 30
    for index, row in enumerate((*rows, report.total), start=2):
        is_total = index == len(rows) + 2
        _put(ws, index, 1, None if is_total else row.code)
        _put(ws, index, 2, report_words.total_label(report) if is_total else row.name)
        _put(ws, index, 3, row.target, INTEGER)
        for offset, value in enumerate(_figures(row)):
            _put(ws, index, 4 + offset, value, INTEGER)
        _put(ws, index, 8, _share(row.handed_over, row.target), PERCENT)
    last = len(rows) + 1
    _total_row(ws, last + 1, 1, len(KABUPATEN_HEADER))
    _fit(ws, 1, last + 1, 1, len(KABUPATEN_HEADER))
    ws.column_dimensions["H"].width = 12

    note = last + 3
    unset = [row.name for row in rows if row.target is None]
    if unset:
        _put(ws, note, 1, "Target belum ditetapkan untuk: " + ", ".join(unset) + ".")
        note += 1
    _put(ws, note, 1, "Angka menghitung peserta (pekerja), bukan kartu.")
    if not rows:
        return

    chart = BarChart()
    chart.type = "bar"  # horizontal bars, one group per kabupaten
    chart.grouping = "clustered"
    chart.title = "Kemajuan per kabupaten/kota"
    chart.style = 10
    data = Reference(ws, min_col=4, max_col=7, min_row=1, max_row=last)
    chart.add_data(data, titles_from_data=True)
    names = Reference(ws, min_col=2, min_row=2, max_row=last)
    for series in chart.series:  # the names are text: a string reference, not a number one
        series.cat = AxDataSource(strRef=StrRef(f=str(names)))
    chart.gapWidth = 60
    # The first kabupaten at the top, as in the table; the value axis then crosses at the
    # last category, which is the bottom.
    chart.x_axis.scaling.orientation = "maxMin"
    chart.y_axis.crosses = "max"
    chart.y_axis.title = "Peserta"
    chart.y_axis.number_format = INTEGER
    # openpyxl 3.1 leaves an axis' "delete" unset, which Excel reads as hidden.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "t"
    chart.width = 26
    chart.height = round(max(10.0, 0.9 * len(rows) + 4))
    ws.add_chart(chart, "J2")


def _per_day(ws: Worksheet, report: ProgrammeReport) -> None:
    """Every day from the first handover day to the last: a day the report leaves out had
    none, and the chart's line must not skip it."""
    from openpyxl.chart import LineChart, Reference

    _header(ws, 1, ("Tanggal", "Serah terima"))
    ws.freeze_panes = "A2"
    counts = {day.day: day.handovers for day in report.per_day}
    if not counts:
        _put(ws, 2, 1, "Belum ada serah terima.")
        _widths(ws, (14, 14))
        return
    first, last_day = min(counts), max(counts)
    days = [first + dt.timedelta(days=n) for n in range((last_day - first).days + 1)]
    for row, day in enumerate(days, start=2):
        _put(ws, row, 1, day, DATE)
        _put(ws, row, 2, counts.get(day, 0), INTEGER)
    last = len(days) + 1
    _put(ws, last + 1, 1, "Jumlah")
    _put(ws, last + 1, 2, sum(counts.values()), INTEGER)
    _total_row(ws, last + 1, 1, 2)
    _widths(ws, (14, 14))

    chart = LineChart()
    chart.title = "Serah terima per hari"
    chart.style = 12
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    chart.x_axis.number_format = "dd-mm"
    chart.x_axis.title = "Tanggal"
    chart.y_axis.title = "Serah terima"
    chart.y_axis.number_format = INTEGER
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.width = 26
    chart.height = 12
    ws.add_chart(chart, "D2")


def _per_desk_hour(ws: Worksheet, hours: Sequence[DeskHour]) -> None:
    """The report's rows as they are (site, desk, hour, handovers), and beside them the same
    figures with one column per desk and one row per hour, which the chart draws."""
    from openpyxl.chart import BarChart, Reference

    _header(ws, 1, ("Lokasi", "Meja", "Jam (WITA)", "Serah terima"))
    ws.freeze_panes = "A2"
    if not hours:
        _put(ws, 2, 1, "Belum ada serah terima.")
        _widths(ws, (24, 14, 17, 14))
        return
    for row, item in enumerate(hours, start=2):
        _put(ws, row, 1, item.site)
        _put(ws, row, 2, item.desk)
        _put(ws, row, 3, wita(item.hour), DATE_TIME)
        _put(ws, row, 4, item.handovers, INTEGER)
    last = len(hours) + 1
    ws.auto_filter.ref = f"A1:D{last}"
    _fit(ws, 1, last, 1, 4)
    ws.column_dimensions["C"].width = 17

    desks = list(dict.fromkeys((item.site, item.desk) for item in hours))
    one_site = len({site for site, _ in desks}) == 1
    times = sorted({wita(item.hour) for item in hours})
    counts = {(item.site, item.desk, wita(item.hour)): item.handovers for item in hours}
    left = 6  # column F, after a blank column
    _header(
        ws,
        1,
        ["Jam (WITA)"] + [desk if one_site else f"{site} · {desk}" for site, desk in desks],
        column=left,
    )
    for row, hour in enumerate(times, start=2):
        _put(ws, row, left, hour, SHORT_DATE_TIME)
        for offset, (site, desk) in enumerate(desks, start=1):
            _put(ws, row, left + offset, counts.get((site, desk, hour), 0), INTEGER)
    pivot_last = len(times) + 1
    _fit(ws, 1, pivot_last, left + 1, left + len(desks))
    ws.column_dimensions["F"].width = 13

    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = "Serah terima per meja per jam"
    chart.style = 10
    series = min(len(desks), _MAX_SERIES)
    chart.add_data(
        Reference(ws, min_col=left + 1, max_col=left + series, min_row=1, max_row=pivot_last),
        titles_from_data=True,
    )
    chart.set_categories(Reference(ws, min_col=left, min_row=2, max_row=pivot_last))
    chart.x_axis.title = "Jam (WITA)"
    chart.x_axis.number_format = SHORT_DATE_TIME
    # A text axis, one group per hour: a date axis (Excel's choice for date cells) counts in
    # days and would pile a day's hours into one group.
    chart.x_axis.auto = False
    chart.y_axis.title = "Serah terima"
    chart.y_axis.number_format = INTEGER
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "r"
    chart.gapWidth = 80
    # About a quarter of a centimetre per bar: 8 hours of 10 desks make 28 cm.
    chart.width = round(max(20.0, min(60.0, 8 + 0.25 * len(times) * series)))
    chart.height = 11
    ws.add_chart(chart, f"F{pivot_last + 3}")


def _two_columns(
    ws: Worksheet, head: tuple[str, str], rows: Sequence[tuple[str, int]], first: int = 1
) -> None:
    _header(ws, first, head)
    for row, (name, value) in enumerate(rows, start=first + 1):
        _put(ws, row, 1, name)
        _put(ws, row, 2, value, INTEGER)


def _cards(ws: Worksheet, report: ProgrammeReport) -> None:
    """Dicetak = Diserahkan + Menunggu di lokasi + Rusak/diganti + Dibatalkan, and a check."""
    cards = report.cards
    parts = (
        ("Diserahkan", cards.handed_over),
        ("Menunggu di lokasi", cards.waiting),
        ("Rusak/diganti", cards.replaced),
        ("Dibatalkan", cards.voided),
    )
    _two_columns(ws, ("Keadaan kartu", "Jumlah kartu"), (("Dicetak", cards.printed), *parts))
    ws.freeze_panes = "A2"
    summed = sum(value for _, value in parts)
    check = len(parts) + 4  # after the header, Dicetak, the parts and a blank row
    _header(ws, check, ("Pemeriksaan", "Jumlah kartu"))
    _put(ws, check + 1, 1, "Diserahkan + Menunggu + Rusak/diganti + Dibatalkan")
    _put(ws, check + 1, 2, summed, INTEGER)
    _put(ws, check + 2, 1, "Selisih dengan Dicetak")
    _put(ws, check + 2, 2, cards.printed - summed, INTEGER)
    _total_row(ws, check + 2, 1, 2)
    if summed == cards.printed:
        verdict = "Seimbang: setiap kartu yang dicetak tercatat tepat di satu keadaan."
    else:
        gap = report_words.thousands(cards.printed - summed)
        verdict = (
            f"PERHATIAN: tidak seimbang, selisih {gap} kartu antara Dicetak dan jumlah keadaannya."
        )
    _put(ws, check + 3, 1, verdict, bold=summed != cards.printed)
    _put(ws, check + 5, 1, "Angka menghitung kartu, bukan peserta: kartu pengganti terhitung.")
    _widths(ws, (52, 16))


def _bank(ws: Worksheet, report: ProgrammeReport) -> None:
    bank = report.bank
    states = (
        ("Dibuka", bank.opened),
        ("Menunggu jawaban bank", bank.pending),
        ("Ditolak", bank.rejected),
        ("Gagal (perlu diperiksa)", bank.failed),
    )
    _two_columns(
        ws, ("Permohonan rekening", "Jumlah"), (("Permohonan", bank.applications), *states)
    )
    ws.freeze_panes = "A2"
    summed = sum(value for _, value in states)
    check = len(states) + 4
    _header(ws, check, ("Pemeriksaan", "Jumlah"))
    _put(ws, check + 1, 1, "Dibuka + Menunggu + Ditolak + Gagal")
    _put(ws, check + 1, 2, summed, INTEGER)
    _put(ws, check + 2, 1, "Selisih dengan Permohonan")
    _put(ws, check + 2, 2, bank.applications - summed, INTEGER)
    _total_row(ws, check + 2, 1, 2)
    if bank.failed:
        _put(ws, check + 4, 1, "Permohonan yang gagal perlu diperiksa oleh petugas.", bold=True)
    _widths(ws, (40, 14))


def _doubles(ws: Worksheet, report: ProgrammeReport) -> None:
    """One row per handover of each double; the worker repeated on each, for filtering."""
    head = ("No.", "Peserta (KPJ)", "Kabupaten/Kota", "Lokasi", "Meja", "Petugas", "Waktu (WITA)")
    if not report.doubles:
        _put(ws, 1, 1, "Tidak ada serah terima ganda.", bold=True)
        _widths(ws, (30,))
        return
    _header(ws, 1, head)
    ws.freeze_panes = "A2"
    row = 2
    for number, double in enumerate(report.doubles, start=1):
        for handover in double.handovers:
            _put(ws, row, 1, number)
            _put(ws, row, 2, double.worker)  # text: a KPJ keeps its leading zero
            _put(ws, row, 3, double.kabupaten)
            _put(ws, row, 4, handover.site)
            _put(ws, row, 5, handover.desk)
            _put(ws, row, 6, handover.operator)
            _put(ws, row, 7, wita(handover.at), DATE_TIME)
            row += 1
    ws.auto_filter.ref = f"A1:G{row - 1}"
    _fit(ws, 1, row - 1, 1, len(head))
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["G"].width = 17
    _put(
        ws,
        row + 1,
        1,
        "Peserta dengan lebih dari satu serah terima yang sah: perlu diselesaikan oleh supervisor.",
    )
