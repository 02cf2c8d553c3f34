"""The correction dialog for a worker whose list gave only the kecamatan: no desa is assumed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from db.models import Sex, WorkerStatus
from kiosk.ui.common.runner import Runner
from kiosk.ui.lookup.correction_dialog import CorrectionDialog
from kiosk.ui.shell.i18n import Translations
from kiosk.usecases.audit import Actor
from kiosk.usecases.corrections import Correction
from kiosk.usecases.lookup import RegionChoice, WorkerDetail
from tests.gui.conftest import SUPERVISOR

LEWA_DESA = [
    RegionChoice("53.11.03.2002", "Kambuhapang"),
    RegionChoice("53.11.03.2004", "Kondamara"),
]


@pytest.fixture
def runner(translations: Translations) -> Iterator[Runner]:
    pool = QThreadPool()
    yield Runner(pool)
    pool.waitForDone()


def _unexpected(*_args: object) -> dict[str, tuple[object, object]]:
    raise AssertionError("not called in this test")


def _no_approval(_username: str, _pin: str) -> Actor:
    raise AssertionError("not called in this test")


def test_a_worker_known_only_by_kecamatan_gets_no_desa_by_default(
    qtbot: QtBot, runner: Runner
) -> None:
    asked: list[str] = []

    def desa_choices(kecamatan: str) -> list[RegionChoice]:
        asked.append(kecamatan)
        return LEWA_DESA

    detail = WorkerDetail(
        id=1, full_name="Rambu Hina Kareri", nik_masked="5311••••••••0001", kpj="25000000001",
        birth_place="Waingapu", birth_date=dt.date.today() - dt.timedelta(days=30 * 365),
        sex=Sex.FEMALE, occupation="Petani", address="", phone="", desa="", kecamatan="Lewa",
        status=WorkerStatus.REGISTERED, desa_code="53.11.03",
    )  # fmt: skip
    dialog = CorrectionDialog(
        detail, SUPERVISOR.actor(), runner, correct=_unexpected, approve=_no_approval,
        desa_choices=desa_choices,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.desa_combo.isEnabled)

    assert asked == ["53.11.03"]
    assert dialog.desa_combo.currentText() == "(desa tidak diisi)"
    assert dialog.change() == Correction()
    dialog.desa_combo.setCurrentIndex(dialog.desa_combo.findData("53.11.03.2004"))
    assert dialog.change() == Correction(desa_code="53.11.03.2004")
