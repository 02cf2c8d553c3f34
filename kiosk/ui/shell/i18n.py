"""Switch the running application between languages: the translators and what they replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.i18n import install_translators, remove_translators


class Translations:
    """The translators installed on one application; switching replaces them.

    Installing and removing a translator sends every widget a LanguageChange event, on which
    the widgets set their texts again. Qt ships no Indonesian qtbase catalog: then only ours
    is installed and Qt's standard words stay in English.
    """

    def __init__(self, app: QCoreApplication, directory: Path) -> None:
        self._app = app
        self._directory = directory
        self._installed: list[QTranslator] = []
        self.language: str | None = None

    def switch(self, language: str) -> None:
        if language == self.language:
            return
        self.remove()
        self._installed = install_translators(self._app, language, self._directory)
        self.language = language

    def installed(self) -> list[str]:
        """Paths of the .qm files in use, ours first."""
        return [translator.filePath() for translator in self._installed]

    def remove(self) -> None:
        remove_translators(self._app, self._installed)
        for translator in self._installed:
            translator.deleteLater()
        self._installed = []
        self.language = None
