"""The kiosk's look: Fusion, large type for touch and tired eyes, and the style sheet."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12
_URL = re.compile(r"url\((?!/|:)([^)]+)\)")


def apply_style(app: QApplication, style_sheet: Path) -> None:
    """Same look on every laptop: Fusion (the desktop's theme varies), 12 pt, our sheet."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(load_style_sheet(style_sheet))


def load_style_sheet(path: Path) -> str:
    """The sheet's text, its relative url()s made absolute (Qt reads them from the cwd)."""
    folder = path.resolve().parent.as_posix()
    return _URL.sub(lambda m: f"url({folder}/{m.group(1)})", path.read_text(encoding="utf-8"))
