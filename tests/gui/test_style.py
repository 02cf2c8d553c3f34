"""The style sheet: what a button looks like says whether it can be pressed."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot


def _background(button: QPushButton) -> QColor:
    image = button.grab().toImage()
    return image.pixelColor(image.width() // 2, 4)  # above the text, inside the frame


def test_a_disabled_button_looks_disabled(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    enabled, disabled = QPushButton("Urungkan", box), QPushButton("Urungkan", box)
    disabled.setEnabled(False)
    for button in (enabled, disabled):
        button.resize(160, 48)
        button.ensurePolished()
    assert _background(enabled) != _background(disabled)
    assert _background(enabled).lightness() > _background(disabled).lightness()
