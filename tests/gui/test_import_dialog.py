"""Importing a registration list from the window: progress, outcome, rejected rows, refresh."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.models import Role
from kiosk.ui.admin.import_dialog import ImportDialog, Importer
from kiosk.ui.admin.problems_model import ProblemColumn
from kiosk.ui.common.runner import Runner
from kiosk.ui.shell.i18n import Translations
from kiosk.ui.shell.main_window import MainWindow
from kiosk.usecases.importing import (
    Describer,
    Field,
    FileProblem,
    ImportFileError,
    ImportSummary,
    ProgressCallback,
    RejectsLabels,
)

HEADER = ("NIK", "Nama Lengkap", "Tempat Lahir", "Tgl Lahir", "L/P", "Desa/Kelurahan",
          "Kecamatan", "No KPJ", "No HP")  # fmt: skip
ROWS = (
    ("5311034507850001", "Rambu Nggiku Hamu", "Lewa", "05/07/1985", "P", "Kambuhapang", "Lewa",
     "26010000001", "081339000001"),
    ("5311031203900002", "Umbu Kudu Malo", "Lewa", "12/03/1990", "L", "Tana Rara", "Lewa",
     "26010000002", ""),
    ("5.31103E+15", "Umbu Lapu Riwa", "Lewa", "01/01/1980", "L", "Kambuhapang", "Lewa",
     "26010000003", ""),
    ("5311036208770004", "Rambu Wula Padu", "Waingapu", "22/08/1977", "P", "Kambuhapang", "Lewa",
     "2601000004", ""),
)  # fmt: skip


def _write_list(folder: Path) -> Path:
    path = folder / "daftar_lewa.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(ROWS)
    return path


def _names(window: MainWindow) -> list[str]:
    model = window.lookup_page.results_model
    return [model.summary(row).full_name for row in range(model.rowCount())]


def _column(dialog: ImportDialog, column: ProblemColumn) -> list[str]:
    model = dialog.problems_model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


@pytest.mark.parametrize("signed_in_role", [Role.SUPERVISOR])
def test_an_imported_list_is_summarised_and_then_found(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    window.import_button.click()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    assert dialog.choose_button.text() == "Pilih file…"

    with qtbot.waitSignal(dialog.imported, timeout=15_000) as imported:
        dialog.start_import(_write_list(tmp_path))

    assert imported.args is not None
    summary: ImportSummary = imported.args[0]
    assert (summary.rows, summary.inserted, summary.rejected) == (4, 2, 2)
    assert dialog.outcome_label.text() == "daftar_lewa.csv sudah diimpor."
    inserted = dialog.findChild(QLabel, "count_inserted")
    assert inserted is not None
    assert inserted.text() == "2"
    cast(Callable[[object], None], qtmodeltester.check)(dialog.problems_model)
    assert _column(dialog, ProblemColumn.LINE) == ["4", "5"]
    assert _column(dialog, ProblemColumn.KIND) == ["Ditolak", "Ditolak"]
    reasons = _column(dialog, ProblemColumn.REASON)
    assert reasons[0].startswith("Excel mengubah NIK")
    assert reasons[1] == "nomor KPJ harus 11 angka, bukan 10"
    assert summary.rejects_path is not None
    assert summary.rejects_path.read_text(encoding="utf-8-sig").startswith("baris;kolom;")
    assert not dialog.rejects_label.isHidden()

    dialog.done_button.click()
    QTest.keyClicks(window.lookup_page.search_panel.query_edit, "nggiku hamu")
    qtbot.waitUntil(lambda: _names(window) == ["Rambu Nggiku Hamu"])


class _EndlessImporter:
    """Reports progress until the dialog says stop, as the real use case's callback allows."""

    def __init__(self) -> None:
        self.started = threading.Event()

    def __call__(
        self, path: Path, progress: ProgressCallback, describe: Describer, labels: RejectsLabels
    ) -> ImportSummary:
        done = 0
        pause = threading.Event()
        while True:
            progress(done, 10_000)  # raises ImportCancelledError once stopped
            self.started.set()
            done += 100
            pause.wait(0.005)


def _missing_columns(
    path: Path, progress: ProgressCallback, describe: Describer, labels: RejectsLabels
) -> ImportSummary:
    raise ImportFileError(FileProblem.MISSING_COLUMNS, path, missing=(Field.KPJ, Field.BIRTH_DATE))


@pytest.fixture
def runner(qtbot: QtBot, translations: Translations) -> Iterator[Runner]:
    pool = QThreadPool()
    runner = Runner(pool)
    yield runner
    pool.waitForDone()


def _dialog(qtbot: QtBot, importer: Importer, runner: Runner) -> ImportDialog:
    dialog = ImportDialog(importer, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_stopping_an_import_changes_nothing(qtbot: QtBot, runner: Runner, tmp_path: Path) -> None:
    importer = _EndlessImporter()
    dialog = _dialog(qtbot, importer, runner)

    dialog.start_import(tmp_path / "besar.xlsx")
    qtbot.waitUntil(lambda: dialog.progress_bar.maximum() == 10_000)
    assert dialog.running_label.text() == "Mengimpor besar.xlsx…"
    assert "dari sekitar 10.000 baris" in dialog.progress_label.text()
    dialog.reject()  # Esc while running stops the import instead of hiding it

    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert dialog.outcome_label.text().startswith("Impor dihentikan")


def test_a_file_without_the_needed_columns_says_so(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, _missing_columns, runner)
    imported: list[object] = []
    dialog.imported.connect(imported.append)

    dialog.start_import(tmp_path / "catatan.csv")

    qtbot.waitUntil(lambda: not dialog.is_running())
    assert dialog.outcome_label.text() == (
        "catatan.csv tidak memiliki kolom yang diperlukan: Nomor KPJ, Tanggal lahir."
    )
    assert dialog.problems_view.isHidden()
    assert imported == []
