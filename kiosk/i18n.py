"""Loading the kiosk's translations (Bahasa Indonesia first, English second) into Qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.config import TRANSLATIONS_DIR


def install_translators(
    app: QCoreApplication, language: str, directory: Path = TRANSLATIONS_DIR
) -> list[QTranslator]:
    """Install the kiosk's and Qt's own translators for a language; returns them.

    The caller keeps the returned translators alive and removes them on a language switch.
    """
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if ours.load(str(directory / f"kiosk_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    # Qt ships no Indonesian qtbase; ours (if any) lives beside the kiosk's own files.
    for folder in (qt_dir, str(directory)):
        if qtbase.load(f"qtbase_{language}", folder):
            app.installTranslator(qtbase)
            installed.append(qtbase)
            break
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
