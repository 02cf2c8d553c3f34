"""The programme report as an Excel workbook: every figure read back equals the report's, the
charts draw the sheets' own cells, times are real Excel dates in WITA, and openpyxl loads only
when a workbook is written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import openpyxl
import pytest
from openpyxl.chart import BarChart, LineChart
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from kiosk.usecases.report_xlsx import write_report_xlsx
from printing.report_data import (
    BankReconciliation,
    CardReconciliation,
    ProgrammeReport,
    ReportScope,
    SiteFreshness,
)
from tests.helpers.report_sample import sample_report

UTC = dt.UTC
CM = 360_000  # EMU


def written(report: ProgrammeReport, tmp_path: Path) -> Workbook:
    out = tmp_path / "laporan.xlsx"
    write_report_xlsx(report, out)
    assert list(tmp_path.iterdir()) == [out]  # no partial file left beside it
    return openpyxl.load_workbook(out)


@pytest.fixture
def report() -> ProgrammeReport:
    return sample_report()


@pytest.fixture
def book(report: ProgrammeReport, tmp_path: Path) -> Workbook:
    return written(report, tmp_path)


def rows(ws: Worksheet, first: int, last: int, columns: int) -> list[tuple[object, ...]]:
    return [
        tuple(ws.cell(row=r, column=c).value for c in range(1, columns + 1))
        for r in range(first, last + 1)
    ]


def texts(ws: Worksheet) -> list[str]:
    return [cell for row in ws.iter_rows(values_only=True) for cell in row if isinstance(cell, str)]


def only_chart(ws: Worksheet) -> BarChart | LineChart:
    charts = ws._charts  # type: ignore[attr-defined]
    assert len(charts) == 1
    chart = charts[0]
    assert isinstance(chart, BarChart | LineChart)
    return chart


def test_one_sheet_per_table_with_indonesian_names(book: Workbook) -> None:
    assert book.sheetnames == [
        "Ringkasan",
        "Per kabupaten",
        "Per hari",
        "Per meja per jam",
        "Rekonsiliasi kartu",
        "Rekening",
        "Serah terima ganda",
    ]
    for name in book.sheetnames[1:]:
        ws = book[name]
        assert ws.freeze_panes is not None, name
        assert ws.cell(row=1, column=1).font.b, name  # bold header


def test_summary_has_the_date_scope_freshness_and_totals(
    report: ProgrammeReport, book: Workbook
) -> None:
    ws = book["Ringkasan"]
    assert ws["A1"].value == "Laporan Kemajuan Program"
    assert ws["A4"].value == "Dibuat (WITA)"
    assert ws["B4"].value == dt.datetime(2026, 12, 4, 14, 6)
    assert ws["B4"].number_format == "dd-mm-yyyy hh:mm"
    assert ws["B5"].value == "Seluruh Provinsi Nusa Tenggara Timur (22 kabupaten/kota)"
    assert ws["B6"].value == "semua tanggal"
    assert [ws.cell(row=r, column=2).value for r in range(7, 11)] == [
        "data Pusat Provinsi s.d. 04-12 14:05 (basis data laporan ini)",
        "data Hub Sumba Timur s.d. 04-12 14:02",
        "data Kantor Cabang Waingapu s.d. 03-12 17:30",
        "data Hub Alor: belum ada data yang diterima",
    ]
    total = report.total
    assert total.target is not None
    figures = {
        ws.cell(row=r, column=1).value: (ws.cell(row=r, column=2).value, ws.cell(row=r, column=3))
        for r in range(12, ws.max_row + 1)
    }
    assert figures["Target"][0] == total.target
    for name, value in (
        ("Terdaftar", total.registered),
        ("Kartu dicetak", total.printed),
        ("Kartu diserahkan", total.handed_over),
        ("Rekening dibuka", total.account_opened),
    ):
        assert figures[name][0] == value
        share = figures[name][1]
        assert share.value == pytest.approx(value / total.target)
        assert share.number_format == "0.0%"
    assert figures["Serah terima ganda"][0] == len(report.doubles) == 1


def test_per_kabupaten_figures_are_numbers_equal_to_the_report(
    report: ProgrammeReport, book: Workbook
) -> None:
    ws = book["Per kabupaten"]
    assert rows(ws, 1, 1, 8) == [
        (
            "Kode",
            "Kabupaten/Kota",
            "Target",
            "Terdaftar",
            "Kartu dicetak",
            "Kartu diserahkan",
            "Rekening dibuka",
            "Diserahkan (% target)",
        )
    ]
    count = len(report.kabupaten)
    assert count == 22
    expected: list[tuple[object, ...]] = [
        (r.code, r.name, r.target, r.registered, r.printed, r.handed_over, r.account_opened)
        for r in report.kabupaten
    ]
    total = report.total
    expected.append(
        (
            None,
            "Jumlah provinsi",
            total.target,
            total.registered,
            total.printed,
            total.handed_over,
            total.account_opened,
        )
    )
    got = rows(ws, 2, count + 2, 8)
    assert [row[:7] for row in got] == expected
    for row, source in zip(got, [*report.kabupaten, total], strict=True):
        assert all(type(value) is int for value in row[3:7])  # numbers, not text
        if source.target:
            assert row[7] == pytest.approx(source.handed_over / source.target)
        else:
            assert row[7] is None  # Kota Kupang has no target
    assert ws.cell(row=count + 1, column=8).number_format == "0.0%"
    assert ws.cell(row=2, column=4).number_format == "#,##0"
    assert ws.cell(row=count + 2, column=2).font.b  # the total row
    assert "Target belum ditetapkan untuk: Kota Kupang." in texts(ws)


def test_per_kabupaten_chart_is_horizontal_bars_of_the_four_figures(book: Workbook) -> None:
    ws = book["Per kabupaten"]
    chart = only_chart(ws)
    assert isinstance(chart, BarChart)
    assert chart.type == "bar"
    # 22 groups of four bars, readable: about 24 x 26 cm, beside the table (column J).
    anchor = cast(Any, chart.anchor)  # read back as a OneCellAnchor
    assert (anchor._from.col, anchor._from.row) == (9, 1)
    assert anchor.ext.height / CM >= 20
    assert anchor.ext.width / CM >= 20
    sheet = "'Per kabupaten'"
    assert [s.tx.strRef.f for s in chart.series] == [f"{sheet}!{c}1" for c in "DEFG"]
    assert [s.val.numRef.f for s in chart.series] == [f"{sheet}!${c}$2:${c}$23" for c in "DEFG"]
    assert {s.cat.strRef.f for s in chart.series} == {f"{sheet}!$B$2:$B$23"}  # not the total


def test_per_day_dates_are_real_dates_and_every_day_is_there(
    report: ProgrammeReport, book: Workbook
) -> None:
    ws = book["Per hari"]
    assert rows(ws, 1, 1, 2) == [("Tanggal", "Serah terima")]
    first, last = report.per_day[0].day, report.per_day[-1].day
    days = (last - first).days + 1
    got = rows(ws, 2, days + 1, 2)
    for day, _ in got:
        assert isinstance(day, dt.datetime)  # openpyxl reads a date cell back as a datetime
    assert ws.cell(row=2, column=1).number_format == "dd-mm-yyyy"
    counts = {day.date(): value for day, value in got}  # type: ignore[attr-defined]
    assert list(counts) == [first + dt.timedelta(days=n) for n in range(days)]
    for item in report.per_day:
        assert counts[item.day] == item.handovers
    # The report leaves out a day without handovers: the sheet shows it as 0.
    assert set(counts.values()) - {d.handovers for d in report.per_day} == {0}
    assert rows(ws, days + 2, days + 2, 2) == [("Jumlah", sum(d.handovers for d in report.per_day))]

    chart = only_chart(ws)
    assert isinstance(chart, LineChart)
    (series,) = chart.series
    assert series.val.numRef.f == f"'Per hari'!$B$2:$B${days + 1}"
    assert series.cat.numRef.f == f"'Per hari'!$A$2:$A${days + 1}"


def test_per_desk_hour_rows_are_the_reports_in_wita(
    report: ProgrammeReport, book: Workbook
) -> None:
    ws = book["Per meja per jam"]
    assert rows(ws, 1, 1, 4) == [("Lokasi", "Meja", "Jam (WITA)", "Serah terima")]
    expected = [
        (h.site, h.desk, h.hour.astimezone(dt.timezone(dt.timedelta(hours=8))), h.handovers)
        for h in report.per_desk_hour
    ]
    got = rows(ws, 2, len(expected) + 1, 4)
    assert [(site, desk, hour, n) for site, desk, hour, n in got] == [
        (site, desk, hour.replace(tzinfo=None), n) for site, desk, hour, n in expected
    ]
    assert got[0][2] == dt.datetime(2026, 11, 20, 8)
    assert ws.cell(row=2, column=3).number_format == "dd-mm-yyyy hh:mm"


def test_per_desk_hour_chart_draws_one_series_per_desk(
    report: ProgrammeReport, book: Workbook
) -> None:
    ws = book["Per meja per jam"]
    # Beside the rows, the same figures as a grid: a row per hour, a column per desk.
    desks = [f"meja-{n:02d}" for n in range(1, 11)]
    assert rows(ws, 1, 1, 16)[0][5:] == ("Jam (WITA)", *desks)
    grid = {
        (ws.cell(row=1, column=c).value, ws.cell(row=r, column=6).value): ws.cell(
            row=r, column=c
        ).value
        for r in range(2, 10)
        for c in range(7, 17)
    }
    assert grid == {
        (h.desk, h.hour.replace(tzinfo=None)): h.handovers for h in report.per_desk_hour
    }

    chart = only_chart(ws)
    assert isinstance(chart, BarChart)
    sheet = "'Per meja per jam'"
    columns = "GHIJKLMNOP"
    assert [s.tx.strRef.f for s in chart.series] == [f"{sheet}!{c}1" for c in columns]
    assert [s.val.numRef.f for s in chart.series] == [f"{sheet}!${c}$2:${c}$9" for c in columns]
    assert {s.cat.numRef.f for s in chart.series} == {f"{sheet}!$F$2:$F$9"}
    assert chart.x_axis.auto is False  # a group per hour, not a date axis counting days


def test_card_reconciliation_and_its_check(report: ProgrammeReport, book: Workbook) -> None:
    ws = book["Rekonsiliasi kartu"]
    cards = report.cards
    assert rows(ws, 1, 6, 2) == [
        ("Keadaan kartu", "Jumlah kartu"),
        ("Dicetak", cards.printed),
        ("Diserahkan", cards.handed_over),
        ("Menunggu di lokasi", cards.waiting),
        ("Rusak/diganti", cards.replaced),
        ("Dibatalkan", cards.voided),
    ]
    parts = cards.handed_over + cards.waiting + cards.replaced + cards.voided
    assert parts == cards.printed
    assert rows(ws, 8, 10, 2) == [
        ("Pemeriksaan", "Jumlah kartu"),
        ("Diserahkan + Menunggu + Rusak/diganti + Dibatalkan", parts),
        ("Selisih dengan Dicetak", 0),
    ]
    assert ws["A11"].value.startswith("Seimbang")


def test_an_unbalanced_reconciliation_says_so(report: ProgrammeReport, tmp_path: Path) -> None:
    cards = CardReconciliation(printed=100, handed_over=90, waiting=5, replaced=2, voided=1)
    ws = written(dataclasses.replace(report, cards=cards), tmp_path)["Rekonsiliasi kartu"]
    assert rows(ws, 9, 10, 2) == [
        ("Diserahkan + Menunggu + Rusak/diganti + Dibatalkan", 98),
        ("Selisih dengan Dicetak", 2),
    ]
    assert ws["A11"].font.b
    assert ws["A11"].value.startswith("PERHATIAN: tidak seimbang, selisih 2 kartu")


def test_bank_applications(report: ProgrammeReport, book: Workbook) -> None:
    ws = book["Rekening"]
    bank = report.bank
    assert rows(ws, 1, 6, 2) == [
        ("Permohonan rekening", "Jumlah"),
        ("Permohonan", bank.applications),
        ("Dibuka", bank.opened),
        ("Menunggu jawaban bank", bank.pending),
        ("Ditolak", bank.rejected),
        ("Gagal (perlu diperiksa)", bank.failed),
    ]
    assert rows(ws, 9, 10, 2) == [
        ("Dibuka + Menunggu + Ditolak + Gagal", bank.applications),
        ("Selisih dengan Permohonan", 0),
    ]


def test_doubles_one_row_per_handover(report: ProgrammeReport, book: Workbook) -> None:
    ws = book["Serah terima ganda"]
    assert rows(ws, 1, 3, 7) == [
        ("No.", "Peserta (KPJ)", "Kabupaten/Kota", "Lokasi", "Meja", "Petugas", "Waktu (WITA)"),
        (
            1,
            "02600011234",  # text: the leading zero stays
            "Kabupaten Sumba Timur",
            "Hub Sumba Timur",
            "meja-03",
            "petugas3",
            dt.datetime(2026, 11, 20, 9, 41),
        ),
        (
            1,
            "02600011234",
            "Kabupaten Sumba Timur",
            "Kantor Cabang Waingapu",
            "teller-1",
            "teller1",
            dt.datetime(2026, 11, 21, 10, 5),
        ),
    ]
    assert len(report.doubles[0].handovers) == 2


def test_no_doubles_says_there_are_none(tmp_path: Path) -> None:
    book = written(sample_report(doubles=False), tmp_path)
    ws = book["Serah terima ganda"]
    assert texts(ws) == ["Tidak ada serah terima ganda."]
    summary = book["Ringkasan"]
    assert any(
        summary.cell(row=r, column=1).value == "Serah terima ganda"
        and summary.cell(row=r, column=2).value == 0
        for r in range(1, summary.max_row + 1)
    )


def test_times_in_another_zone_are_written_in_wita(report: ProgrammeReport, tmp_path: Path) -> None:
    """Excel cannot store a time zone: an aware UTC time becomes WITA wall-clock time."""
    utc = dataclasses.replace(
        report,
        made_at=dt.datetime(2026, 12, 4, 6, 6, tzinfo=UTC),
        freshness=(SiteFreshness("Hub Sumba Timur", dt.datetime(2026, 12, 4, 16, 2, tzinfo=UTC)),),
    )
    ws = written(utc, tmp_path)["Ringkasan"]
    assert ws["B4"].value == dt.datetime(2026, 12, 4, 14, 6)
    assert ws["B7"].value == "data Hub Sumba Timur s.d. 05-12 00:02"


def test_a_naive_time_is_refused(report: ProgrammeReport, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="aware"):
        write_report_xlsx(
            dataclasses.replace(report, made_at=dt.datetime(2026, 12, 4, 14, 6)),
            tmp_path / "x.xlsx",
        )
    assert list(tmp_path.iterdir()) == []


def test_one_kabupaten_over_a_period(report: ProgrammeReport, tmp_path: Path) -> None:
    one = dataclasses.replace(
        report,
        scope=ReportScope("53.11", dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
        kabupaten=tuple(r for r in report.kabupaten if r.code == "53.11"),
        per_day=(),
        per_desk_hour=(),
        bank=BankReconciliation(applications=0, opened=0, pending=0, rejected=0, failed=0),
    )
    book = written(one, tmp_path)
    summary = book["Ringkasan"]
    assert summary["B5"].value == "Kabupaten Sumba Timur (53.11)"
    assert summary["B6"].value == "01-11-2026 s.d. 30-11-2026"
    ws = book["Per kabupaten"]
    assert rows(ws, 3, 3, 7) == [(None, "Jumlah", 4000, 3986, 3986, 3901, 2600)]
    assert only_chart(ws).series[0].val.numRef.f == "'Per kabupaten'!$D$2"
    for name in ("Per hari", "Per meja per jam"):
        assert book[name]["A2"].value == "Belum ada serah terima."
        assert book[name]._charts == []  # type: ignore[attr-defined]


def test_openpyxl_is_not_loaded_by_importing_the_module() -> None:
    code = (
        "import kiosk.usecases.report_xlsx, sys;"
        "print('openpyxl' in sys.modules, 'reportlab' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False False"
