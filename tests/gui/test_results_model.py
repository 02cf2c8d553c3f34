"""The results table model: a thin, well-behaved adapter over WorkerSummary rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from db.models import WorkerStatus
from kiosk.ui.lookup.results_model import Column, ResultsModel
from kiosk.ui.shell.i18n import Translations
from kiosk.usecases.lookup import WorkerSummary


def _summary(worker_id: int, name: str, status: WorkerStatus) -> WorkerSummary:
    return WorkerSummary(
        id=worker_id,
        full_name=name,
        nik_masked="5311••••••••0001",
        kpj=f"2507{worker_id:07d}",
        desa="Kambuhapang",
        kecamatan="Lewa",
        status=status,
    )


HITS = (
    _summary(7, "Umbu Ndaku Lewa", WorkerStatus.REGISTERED),
    _summary(3, "Rambu Kahi Ndima", WorkerStatus.HANDED_OVER),
    _summary(9, "Umbu Rihi Mbani", WorkerStatus.INACTIVE),
)


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    check = cast(Callable[[ResultsModel], None], qtmodeltester.check)
    model = ResultsModel()
    check(model)
    model.set_hits(HITS)
    check(model)  # the tester stays connected: what follows is checked as it happens
    model.set_hits(HITS[:1])
    model.retranslate()
    model.set_hits(())
    check(model)


def test_rows_show_what_staff_read(qapp: object) -> None:
    model = ResultsModel()
    model.set_hits(HITS)

    row = [model.data(model.index(1, column)) for column in Column]

    assert row == [
        "Rambu Kahi Ndima",
        "5311••••••••0001",
        "25070000003",
        "Kambuhapang",
        "Handed over",
    ]
    assert model.data(model.index(1, Column.DESA), Qt.ItemDataRole.ToolTipRole) == (
        "Kambuhapang, Lewa"
    )
    assert model.data(model.index(2, Column.NAME), ResultsModel.WorkerIdRole) == 9
    assert model.row_of(9) == 2
    assert model.row_of(4) is None
    assert model.headerData(Column.KPJ, Qt.Orientation.Horizontal) == "KPJ"


def test_headers_and_statuses_are_in_indonesian(translations: Translations) -> None:
    model = ResultsModel()
    model.set_hits(HITS)

    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in Column]

    assert headers == ["Nama", "NIK", "KPJ", "Desa", "Status"]
    assert model.data(model.index(1, Column.STATUS)) == "Sudah diserahkan"


def test_columns_a_narrow_table_may_cut_show_their_whole_text_on_hover(qapp: object) -> None:
    model = ResultsModel()
    model.set_hits(HITS)

    def tooltip(column: Column) -> object:
        return model.data(model.index(1, column), Qt.ItemDataRole.ToolTipRole)

    assert tooltip(Column.NAME) == "Rambu Kahi Ndima"
    assert tooltip(Column.DESA) == "Kambuhapang, Lewa"
    assert tooltip(Column.STATUS) == "Handed over"
    assert tooltip(Column.NIK) is None  # never cut: as wide as a masked NIK
