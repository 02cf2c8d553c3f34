"""Laporan: the programme report's window draws what one ProgrammeReport holds (charts, tables,
freshness), asks its loader for what the filters say, survives a loader's failure, writes
files off the UI thread; a monitor signing in sees no worker, only the report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QThreadPool
from pytestqt.qtbot import QtBot

from db.models import Role
from kiosk.ui.common.runner import Runner
from kiosk.ui.report.report_dialog import PDF, XLSX, ReportDialog
from kiosk.ui.report.report_tables import cell_text
from kiosk.ui.shell.i18n import Translations
from kiosk.ui.shell.main_window import MainWindow
from printing.report_data import ProgrammeReport, ReportScope, SiteFreshness
from tests.gui.conftest import MONITOR, FakeMonotonic
from tests.gui.helpers import submit
from tests.helpers.report_sample import KABUPATEN, WITA, sample_report


class FakeLoader:
    """Hands back the sample report (or raises), recording each scope asked for."""

    def __init__(self, report: ProgrammeReport) -> None:
        self.report = report
        self.scopes: list[ReportScope] = []
        self.error: Exception | None = None

    def __call__(self, scope: ReportScope) -> ProgrammeReport:
        self.scopes.append(scope)
        if self.error is not None:
            raise self.error
        return dataclasses.replace(self.report, scope=scope)


class FakeSaver:
    def __init__(self) -> None:
        self.calls: list[tuple[ProgrammeReport, Path, str]] = []

    def __call__(self, report: ProgrammeReport, path: Path) -> None:
        self.calls.append((report, path, threading.current_thread().name))


def _shown(dialog: ReportDialog) -> ProgrammeReport:
    report = dialog.report()
    assert report is not None
    return report


@pytest.fixture
def loader() -> FakeLoader:
    return FakeLoader(sample_report())


@pytest.fixture
def saved() -> FakeSaver:
    return FakeSaver()


@pytest.fixture
def opened() -> list[str]:
    return []


@pytest.fixture
def dialog(
    qtbot: QtBot,
    translations: Translations,
    pool: QThreadPool,
    loader: FakeLoader,
    saved: FakeSaver,
    opened: list[str],
    tmp_path: Path,
) -> Iterator[ReportDialog]:
    def open_file(path: str) -> bool:
        opened.append(path)
        return True

    dialog = ReportDialog(
        loader,
        Runner(pool),
        kabupaten_choices=lambda: KABUPATEN,
        save_pdf=saved,
        save_xlsx=saved,
        default_folder=tmp_path,
        opener=open_file,
    )
    qtbot.addWidget(dialog)
    dialog.resize(1340, 720)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report() is not None)
    qtbot.waitUntil(lambda: dialog.kabupaten_combo.count() == len(KABUPATEN) + 1)
    yield dialog
    pool.waitForDone()


def test_the_first_report_is_of_the_whole_province(
    dialog: ReportDialog, loader: FakeLoader
) -> None:
    assert loader.scopes == [ReportScope()]
    assert dialog.kabupaten_combo.currentText() == "Seluruh NTT"


def test_the_progress_bars_hold_each_kabupatens_figures(dialog: ReportDialog) -> None:
    report = sample_report()
    chart = dialog.progress_chart
    assert chart.rows() == report.kabupaten
    assert chart.values("registered") == [row.registered for row in report.kabupaten]
    assert chart.values("printed") == [row.printed for row in report.kabupaten]
    assert chart.values("handed_over") == [row.handed_over for row in report.kabupaten]
    assert chart.values("account_opened") == [row.account_opened for row in report.kabupaten]
    assert chart.values("target") == [row.target or 0 for row in report.kabupaten]
    labels = chart.categories()
    assert len(labels) == 22
    assert labels[10] == "Sumba Timur · 97% diserahkan"  # 3,901 of a target of 4,000
    assert labels[0] == "Kab. Kupang · 0% diserahkan"  # beside Kota Kupang
    assert labels[-1] == "Kota Kupang (tanpa target)"
    # The legend in the programme's words.
    assert [s.label() for s in chart.series.barSets()] == [
        "Rekening dibuka", "Kartu diserahkan", "Kartu dicetak", "Terdaftar", "Target",
    ]  # fmt: skip


def test_the_province_total_is_written_out(dialog: ReportDialog) -> None:
    total = sample_report().total
    text = dialog.total_label.text()
    assert text.startswith("Seluruh NTT: ")
    locale = dialog.locale()
    for figure in (total.registered, total.printed, total.handed_over, total.account_opened):
        assert locale.toString(figure) in text


def test_the_line_holds_the_handovers_of_each_day(dialog: ReportDialog) -> None:
    report = sample_report()
    points = dialog.day_chart.points()
    per_day = {row.day: row.handovers for row in report.per_day}
    assert {day: n for day, n in points if n} == per_day
    # Every day from the first to the last: the days without handovers at 0.
    assert points[0][0] == report.per_day[0].day
    assert points[-1][0] == report.per_day[-1].day
    assert len(points) == (report.per_day[-1].day - report.per_day[0].day).days + 1
    assert all(n == 0 for day, n in points if day not in per_day)


def test_the_desk_hour_table_holds_each_desks_hours(dialog: ReportDialog) -> None:
    table = dialog.desk_hours
    assert table.day() == dt.date(2026, 11, 20)
    for row in sample_report().per_desk_hour:
        assert table.value(row.desk, row.hour.hour) == row.handovers


def test_the_reconciliation_tables(dialog: ReportDialog) -> None:
    report, locale = sample_report(), dialog.locale()
    cards = dialog.reconciliation.cards_table
    shown = {cell_text(cards, r, 0): cell_text(cards, r, 1) for r in range(cards.rowCount())}
    assert shown == {
        "Dicetak": locale.toString(report.cards.printed),
        "Diserahkan": locale.toString(report.cards.handed_over),
        "Menunggu di lokasi": locale.toString(report.cards.waiting),
        "Rusak/diganti": locale.toString(report.cards.replaced),
        "Dibatalkan": locale.toString(report.cards.voided),
    }
    assert dialog.reconciliation.cards_check.property("state") == "ok"
    bank = dialog.reconciliation.bank_table
    shown = {cell_text(bank, r, 0): cell_text(bank, r, 1) for r in range(bank.rowCount())}
    assert shown["Menunggu jawaban bank"] == "650"
    assert shown["Gagal (perlu diperiksa)"] == "20"


def test_a_card_not_accounted_for_is_said(
    qtbot: QtBot, dialog: ReportDialog, loader: FakeLoader
) -> None:
    cards = dataclasses.replace(loader.report.cards, printed=loader.report.cards.printed + 3)
    loader.report = dataclasses.replace(loader.report, cards=cards)
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: _shown(dialog).cards == cards)
    check = dialog.reconciliation.cards_check
    assert check.property("state") == "problem"
    assert check.text() == "3 kartu tidak tercatat: panggil supervisor."


def test_the_freshness_of_each_site(qtbot: QtBot, dialog: ReportDialog, loader: FakeLoader) -> None:
    strip = dialog.freshness
    assert strip.lines() == [
        "data Pusat Provinsi s.d. 04-12 14:05 (basis data ini)",
        "data Hub Sumba Timur s.d. 04-12 14:02",
        "data Kantor Cabang Waingapu s.d. 03-12 17:30",
        "data Hub Alor: belum ada data yang diterima",
    ]
    assert strip.states() == ["", "", "", "problem"]
    assert all(label.isVisible() for label in strip.labels)
    assert dialog.made_label.text() == "dibuat 04-12-2026 14:06 WITA"

    # Older than a day when the report was made: amber.
    old = SiteFreshness("Hub Sabu", dt.datetime(2026, 12, 2, 9, 0, tzinfo=WITA))
    loader.report = dataclasses.replace(loader.report, freshness=(old,))
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: dialog.freshness.lines() == ["data Hub Sabu s.d. 02-12 09:00"])
    assert dialog.freshness.states() == ["note"]


def test_the_doubles_table(dialog: ReportDialog) -> None:
    assert dialog.doubles.rows() == [
        ["02600011234", "Kabupaten Sumba Timur", "Hub Sumba Timur", "meja-03", "petugas3",
         "20-11-2026 09:41"],
        ["", "", "Kantor Cabang Waingapu", "teller-1", "teller1", "21-11-2026 10:05"],
    ]  # fmt: skip
    assert dialog.doubles.table.rowSpan(0, 0) == 2
    assert dialog.tabs.tabText(dialog.doubles_tab) == "Serah terima ganda (1)"


def test_no_doubles(qtbot: QtBot, dialog: ReportDialog, loader: FakeLoader) -> None:
    loader.report = sample_report(doubles=False)
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: not _shown(dialog).doubles)
    assert dialog.doubles.rows() == []
    assert dialog.tabs.tabText(dialog.doubles_tab) == "Serah terima ganda"
    assert dialog.doubles.note_label.text().startswith("Tidak ada peserta")


def test_the_filters_make_the_scope(qtbot: QtBot, dialog: ReportDialog, loader: FakeLoader) -> None:
    combo = dialog.kabupaten_combo
    combo.setCurrentIndex(combo.findData("53.11"))
    assert combo.currentText() == "Sumba Timur"
    dialog.from_check.setChecked(True)
    dialog.from_edit.setDate(QDate(2026, 11, 10))
    dialog.to_check.setChecked(True)
    dialog.to_edit.setDate(QDate(2026, 11, 20))

    dialog.refresh_button.click()

    expected = ReportScope("53.11", dt.date(2026, 11, 10), dt.date(2026, 11, 20))
    qtbot.waitUntil(lambda: loader.scopes[-1:] == [expected])
    qtbot.waitUntil(lambda: not dialog.is_loading())
    assert dialog.total_label.text().startswith("Kabupaten Sumba Timur: ")

    # The period may be open at either end; the whole province again.
    dialog.from_check.setChecked(False)
    combo.setCurrentIndex(0)
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: loader.scopes[-1] == ReportScope(None, None, dt.date(2026, 11, 20)))


def test_a_period_that_ends_before_it_starts_is_not_asked_for(
    dialog: ReportDialog, loader: FakeLoader
) -> None:
    dialog.from_check.setChecked(True)
    dialog.from_edit.setDate(QDate(2026, 11, 20))
    dialog.to_check.setChecked(True)
    dialog.to_edit.setDate(QDate(2026, 11, 10))

    dialog.refresh_button.click()

    assert loader.scopes == [ReportScope()]
    assert dialog.message() == ("Periode berakhir sebelum dimulai: periksa tanggalnya.", "problem")


def test_a_loader_failure_is_said_and_the_window_stays_usable(
    qtbot: QtBot, dialog: ReportDialog, loader: FakeLoader
) -> None:
    shown = dialog.report()
    loader.error = ConnectionError("the centre is away")

    dialog.refresh_button.click()

    qtbot.waitUntil(lambda: not dialog.is_loading())
    text, state = dialog.message()
    assert state == "problem"
    assert text.startswith(
        "Laporan tidak dapat dibuat: terjadi kesalahan di kios (ConnectionError)"
    )
    assert dialog.message_label.isVisible()
    assert dialog.report() is shown  # what was shown stays
    assert dialog.refresh_button.isEnabled()
    assert dialog.pdf_button.isEnabled()

    loader.error = None
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: dialog.report() is not shown)
    assert dialog.message() == ("", "")


@pytest.mark.parametrize("kind", [PDF, XLSX])
def test_saving_writes_the_report_on_screen_off_the_ui_thread(
    qtbot: QtBot,
    dialog: ReportDialog,
    saved: FakeSaver,
    opened: list[str],
    tmp_path: Path,
    kind: str,
) -> None:
    path = tmp_path / f"laporan.{kind}"
    assert dialog.default_path(kind).name == f"laporan-ntt-2026-12-04.{kind}"

    dialog.save_to(kind, path)

    assert dialog.is_saving()
    assert not dialog.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_saving())
    ((report, written, thread),) = saved.calls
    assert report is dialog.report()
    assert written == path
    assert thread != threading.main_thread().name
    text, state = dialog.message()
    assert state == "ok"
    assert text.replace("\u200b", "") == f"Laporan disimpan: {path}"
    assert dialog.open_button.isVisible()
    assert dialog.open_button.text() == "Buka file"
    dialog.open_button.click()
    assert opened == [str(path)]


def test_a_failed_save_is_said(qtbot: QtBot, dialog: ReportDialog, saved: FakeSaver) -> None:
    def refuse(_report: ProgrammeReport, _path: Path) -> None:
        raise PermissionError(13, "Permission denied")

    dialog._savers[PDF] = refuse
    dialog.save_to(PDF, Path("/nowhere/laporan.pdf"))
    qtbot.waitUntil(lambda: not dialog.is_saving())
    assert dialog.message() == (
        "Laporan tidak dapat disimpan: file tidak dapat ditulis (Permission denied).",
        "problem",
    )
    assert not dialog.open_button.isVisible()


# -------------------------------------------------------------------- the main window


@pytest.mark.parametrize("signed_in_role", [Role.MONITOR])
def test_a_monitor_sees_no_worker_only_the_report(
    qtbot: QtBot, window: MainWindow, signed_in_role: Role
) -> None:
    assert window.pages.currentWidget() is window.report_home
    assert window.report_home.isVisible()
    assert not window.lookup_page.isVisible()
    assert not window.lookup_page.search_panel.query_edit.isVisible()
    assert not window.verify_button.isVisible()
    assert not window.printing_button.isVisible()
    assert not window.progress_button.isVisible()
    assert window.report_button.isVisible()
    assert window.report_button.text() == "Laporan…"
    assert window.report_home.open_button.text() == "Buka laporan…"

    window.report_home.open_button.click()

    qtbot.waitUntil(lambda: window.findChild(ReportDialog) is not None)
    dialog = window.findChild(ReportDialog)
    assert isinstance(dialog, ReportDialog)
    qtbot.waitUntil(lambda: not dialog.is_loading())
    dialog.close()


@pytest.mark.parametrize("signed_in_role", [Role.DESK, Role.TELLER, Role.PRINTING, Role.ADMIN])
def test_the_report_is_not_offered_without_the_permission(
    window: MainWindow, signed_in_role: Role
) -> None:
    assert not window.report_button.isVisible()
    window.report_requested.emit()
    assert window.findChild(ReportDialog) is None


@pytest.mark.parametrize("signed_in_role", [Role.SUPERVISOR])
def test_a_supervisor_opens_the_report_from_the_lookup(
    qtbot: QtBot, window: MainWindow, signed_in_role: Role
) -> None:
    assert window.pages.currentWidget() is window.lookup_page
    assert window.report_button.isVisible()
    window.report_button.click()
    qtbot.waitUntil(lambda: window.findChild(ReportDialog) is not None)
    dialog = window.findChild(ReportDialog)
    assert isinstance(dialog, ReportDialog)
    qtbot.waitUntil(lambda: not dialog.is_loading())
    dialog.close()


@pytest.mark.parametrize("signed_in_role", [Role.MONITOR])
def test_a_monitor_unlocking_comes_back_to_the_report_not_the_lookup(
    qtbot: QtBot, window: MainWindow, idle_clock: FakeMonotonic, signed_in_role: Role
) -> None:
    idle_clock.advance(5 * 60 + 1)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.lock_page)

    submit(qtbot, window.lock_page.form, MONITOR.username, MONITOR.pin)

    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.report_home)
    assert not window.lookup_page.search_panel.query_edit.isVisible()
    assert window.report_button.isVisible()
