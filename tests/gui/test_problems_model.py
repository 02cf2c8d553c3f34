"""The import problems table: what each row's outcome was, in words staff read."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from kiosk.ui.admin.problems_model import ProblemColumn, ProblemsModel
from kiosk.ui.shell.i18n import Translations
from kiosk.usecases.importing import Field, ProblemCode, RowProblem

PROBLEMS = (
    RowProblem(3, Field.SEX, "L/P", "L", ProblemCode.NIK_SEX_MISMATCH),
    RowProblem(7, Field.SEX, "L/P", "P", ProblemCode.NIK_SEX_MISMATCH),
    RowProblem(7, Field.KPJ, "No KPJ", "123", ProblemCode.KPJ_INVALID, {"digits": 3}),
)


def test_a_warning_on_a_rejected_row_says_rejected(
    translations: Translations, qtmodeltester: ModelTester
) -> None:
    model = ProblemsModel()
    model.set_problems(PROBLEMS)
    cast(Callable[[ProblemsModel], None], qtmodeltester.check)(model)

    kinds = [model.data(model.index(row, ProblemColumn.KIND)) for row in range(3)]
    reasons = [model.data(model.index(row, ProblemColumn.REASON)) for row in range(3)]

    assert kinds == ["Diimpor, periksa", "Ditolak", "Ditolak"]
    assert reasons[2] == "nomor KPJ harus 11 angka, bukan 3"
    assert [model.rejected(row) for row in range(3)] == [False, True, True]
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in ProblemColumn]
    assert headers == ["Baris", "Hasil", "Kolom", "Isi", "Masalah"]
    assert (
        model.data(model.index(2, ProblemColumn.REASON), Qt.ItemDataRole.ToolTipRole)
        == (reasons[2])
    )

    translations.switch("en")
    assert model.data(model.index(0, ProblemColumn.KIND)) == "Imported, check"
    assert model.data(model.index(2, ProblemColumn.REASON)) == (
        "the KPJ number must have 11 digits, not 3"
    )
