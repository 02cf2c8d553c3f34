"""Installing and switching translations: ours always, Qt's own when Qt ships it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kiosk.config import TRANSLATIONS_DIR
from kiosk.ui.shell.i18n import Translations


def test_indonesian_is_ours_alone_and_english_brings_qtbase(qapp: QApplication) -> None:
    translations = Translations(qapp, TRANSLATIONS_DIR)
    try:
        translations.switch("id")
        assert [Path(p).name for p in translations.installed()] == ["kiosk_id.qm"]
        assert QCoreApplication.translate("SearchPanel", "All villages") == "Semua desa"

        translations.switch("en")
        assert [Path(p).name for p in translations.installed()] == [
            "kiosk_en.qm",
            "qtbase_en.qm",
        ]
        assert QCoreApplication.translate("SearchPanel", "All villages") == "All villages"
        assert QCoreApplication.translate("SearchPanel", "%n result(s)", "", 1) == "1 result"
    finally:
        translations.remove()
    assert QCoreApplication.translate("SearchPanel", "All villages") == "All villages"
