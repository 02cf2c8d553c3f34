"""The kiosk's look: Fusion, large type for touch and tired eyes, and the style sheet."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 12
# Shipped in resources/fonts: texts measured to fit at 1366x768 fit on every laptop, whatever
# fonts it has (and the card PDFs use the same).
FONT_FAMILY = "DejaVu Sans"
_URL = re.compile(r"url\((?!/|:)([^)]+)\)")


def apply_style(app: QApplication, style_sheet: Path, fonts: Path) -> None:
    """Same look on every laptop: Fusion (the desktop's theme varies), our font at 12 pt, our
    sheet. fonts is the folder of the .ttf files to use."""
    app.setStyle("Fusion")
    for file in sorted(fonts.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(file)) < 0:
            log.warning("The font %s could not be loaded", file.name)
    font = QFont(app.font())
    font.setFamilies([FONT_FAMILY])
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(load_style_sheet(style_sheet))


def load_style_sheet(path: Path) -> str:
    """The sheet's text, its relative url()s made absolute (Qt reads them from the cwd)."""
    folder = path.resolve().parent.as_posix()
    return _URL.sub(lambda m: f"url({folder}/{m.group(1)})", path.read_text(encoding="utf-8"))
