"""Signing on the pad with a mouse, a finger and a stylus; the field refuses a dot or a line."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.common.signature_pad import INK, SignatureField, SignaturePad
from printing.signature import SignaturePoint, synthetic_signature


class FakeClock:
    """Milliseconds, moved by the test."""

    def __init__(self) -> None:
        self.now = 5_000

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pad(qtbot: QtBot, clock: FakeClock) -> SignaturePad:
    pad = SignaturePad(clock=clock)
    qtbot.addWidget(pad)
    pad.setFixedSize(600, 200)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


@pytest.fixture
def field(qtbot: QtBot, clock: FakeClock) -> SignatureField:
    field = SignatureField(clock=clock)
    qtbot.addWidget(field)
    field.pad.setFixedSize(600, 200)
    field.show()
    qtbot.waitExposed(field)
    return field


def _mouse(widget: QWidget, kind: QEvent.Type, x: float, y: float) -> None:
    # QTest.mouseMove sends no buttons: a drag has to be built by hand.
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton
    )
    position = QPointF(x, y)
    event = QMouseEvent(
        kind,
        position,
        widget.mapToGlobal(position),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def draw_with_mouse(
    widget: QWidget, clock: FakeClock, stroke: Sequence[tuple[float, float, int]]
) -> None:
    """Press, drag and release along (x, y, t) points, the clock following t."""
    for i, (x, y, t) in enumerate(stroke):
        clock.now = 5_000 + t
        if i == 0:
            _mouse(widget, QEvent.Type.MouseButtonPress, x, y)
        elif i == len(stroke) - 1:
            _mouse(widget, QEvent.Type.MouseButtonRelease, x, y)
        else:
            _mouse(widget, QEvent.Type.MouseMove, x, y)


def straight(x0: int, y0: int, x1: int, y1: int, t0: int = 0) -> list[tuple[float, float, int]]:
    return [(x0 + (x1 - x0) * i / 30, y0 + (y1 - y0) * i / 30, t0 + 10 * i) for i in range(31)]


def _dark_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).lightness() < 100
    )


def test_mouse_strokes_are_recorded(pad: SignaturePad, qtbot: QtBot) -> None:
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        draw_with_mouse(pad, _clock_of(pad), straight(100, 100, 400, 60))
    draw_with_mouse(pad, _clock_of(pad), straight(120, 150, 300, 170, t0=900))

    signature = pad.signature()
    assert (signature.width, signature.height) == (600, 200)
    assert len(signature.strokes) == 2
    first, second = signature.strokes
    assert first[0] == SignaturePoint(100, 100, 0, 0.5)
    assert first[-1] == SignaturePoint(400, 60, 300, 0.5)
    assert [p.t for p in first] == sorted(p.t for p in first)
    assert second[0].t == 900
    assert not pad.is_empty()
    assert _dark_pixels(pad) > 100


def _clock_of(pad: SignaturePad) -> FakeClock:
    clock = pad._clock
    assert isinstance(clock, FakeClock)
    return clock


def test_mouse_without_the_button_draws_nothing(pad: SignaturePad) -> None:
    QTest.mouseMove(pad, QPoint(100, 100))
    QTest.mouseMove(pad, QPoint(200, 120))
    QTest.mouseClick(pad, Qt.MouseButton.RightButton, pos=QPoint(150, 100))
    assert pad.is_empty()


def test_points_past_the_edge_stop_at_the_edge(pad: SignaturePad, clock: FakeClock) -> None:
    draw_with_mouse(pad, clock, [(500, 100, 0), (580, 110, 20), (700, 120, 40), (900, 130, 60)])
    (stroke,) = pad.signature().strokes
    assert max(p.x for p in stroke) == 600


def test_a_click_is_a_dot(pad: SignaturePad) -> None:
    QTest.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))
    (stroke,) = pad.signature().strokes
    assert len(stroke) == 1
    assert _dark_pixels(pad) > 0


def test_touch_draws_with_one_finger(pad: SignaturePad, clock: FakeClock, qtbot: QtBot) -> None:
    device = QTest.createTouchDevice()

    def at(x: int, y: int) -> QPoint:
        # QTest.touchEvent on a widget takes the point as a screen position (Qt 6.11).
        return pad.mapToGlobal(QPoint(x, y))

    clock.now = 5_100
    QTest.touchEvent(pad, device).press(0, at(100, 100)).commit()
    for i in range(1, 11):
        clock.now += 16
        sequence = QTest.touchEvent(pad, device).move(0, at(100 + 20 * i, 100 + 5 * i))
        if i == 5:  # a second finger resting on the glass draws nothing
            sequence.press(1, at(500, 30))
        elif i > 5:
            sequence.stationary(1)
        sequence.commit()
    clock.now += 16
    with qtbot.waitSignal(pad.changed):
        QTest.touchEvent(pad, device).release(0, at(320, 155)).release(1, at(500, 30)).commit()

    (stroke,) = pad.signature().strokes
    assert stroke[0] == SignaturePoint(100, 100, 100, 0.5)
    assert stroke[-1].x == 320
    assert stroke[-1].t == 100 + 16 * 11
    assert all(p.x < 400 for p in stroke)
    assert len(stroke) == 12


def _tablet(
    widget: QWidget, device: QPointingDevice, kind: QEvent.Type, x: float, y: float, pressure: float
) -> None:
    down = kind != QEvent.Type.TabletRelease
    position = QPointF(x, y)
    event = QTabletEvent(
        kind,
        device,
        position,
        widget.mapToGlobal(position),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton if down else Qt.MouseButton.NoButton,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def stylus() -> QPointingDevice:
    return QPointingDevice(
        "test stylus",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )


def test_stylus_pressure_is_recorded(
    pad: SignaturePad, clock: FakeClock, stylus: QPointingDevice
) -> None:
    pressures = [0.2, 0.4, 0.6, 0.8, 1.0, 0.9, 0.3]
    for i, pressure in enumerate(pressures):
        clock.now = 6_000 + 12 * i
        kind = (
            QEvent.Type.TabletPress
            if i == 0
            else QEvent.Type.TabletRelease
            if i == len(pressures) - 1
            else QEvent.Type.TabletMove
        )
        _tablet(pad, stylus, kind, 100 + 40 * i, 100 + (i % 2) * 20, pressure)

    (stroke,) = pad.signature().strokes
    assert [p.pressure for p in stroke] == pytest.approx(pressures)
    assert [p.t for p in stroke] == [1_000 + 12 * i for i in range(len(pressures))]
    assert _dark_pixels(pad) > 50


def test_clear_and_undo(pad: SignaturePad, clock: FakeClock, qtbot: QtBot) -> None:
    draw_with_mouse(pad, clock, straight(100, 100, 400, 60))
    draw_with_mouse(pad, clock, straight(100, 150, 400, 120, t0=500))
    inked = _dark_pixels(pad)

    with qtbot.waitSignal(pad.changed):
        pad.undo()
    assert len(pad.signature().strokes) == 1
    assert 0 < _dark_pixels(pad) < inked

    clock.now = 20_000
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty()
    assert pad.signature().strokes == ()
    assert _dark_pixels(pad) == 0

    # Times start again at the clear.
    clock.now = 20_250
    QTest.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))
    assert pad.signature().strokes[0][0].t == 250
    pad.undo()
    pad.undo()  # nothing left: no harm
    assert pad.is_empty()


def test_field_refuses_an_empty_pad(field: SignatureField) -> None:
    assert field.check() is None
    assert field.problem_text == "Please sign: the pad is empty."


def test_field_refuses_a_dot(field: SignatureField) -> None:
    QTest.mouseClick(field.pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))
    assert field.check() is None
    assert field.problem_text == "The signature is too small: sign with your usual signature."


def test_field_refuses_a_straight_line(field: SignatureField, clock: FakeClock) -> None:
    draw_with_mouse(field.pad, clock, straight(60, 120, 540, 100))
    assert field.check() is None
    assert field.problem_text == (
        "A straight line is not a signature: please sign with your usual signature."
    )
    # Drawing again takes the message away.
    draw_with_mouse(field.pad, clock, straight(60, 60, 300, 150, t0=800))
    assert field.problem_text == ""


def draw_signature(field: SignatureField, clock: FakeClock, seed: int) -> None:
    for stroke in synthetic_signature(random.Random(seed)).strokes:
        draw_with_mouse(field.pad, clock, [(p.x, p.y, p.t) for p in stroke])


def test_field_accepts_a_signature(field: SignatureField, clock: FakeClock) -> None:
    draw_signature(field, clock, seed=11)
    signature = field.check()
    assert signature is not None
    assert field.problem_text == ""
    assert len(signature.strokes) == 3


def test_field_buttons(field: SignatureField, clock: FakeClock, qtbot: QtBot) -> None:
    undo = field.findChild(QWidget, "signatureUndo")
    clear = field.findChild(QWidget, "signatureClear")
    assert undo is not None
    assert clear is not None
    assert not undo.isEnabled()
    draw_signature(field, clock, seed=12)
    assert undo.isEnabled()
    QTest.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert len(field.pad.signature().strokes) == 2
    QTest.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert field.pad.is_empty()
    assert not clear.isEnabled()


def test_screenshot(field: SignatureField, clock: FakeClock) -> None:
    draw_signature(field, clock, seed=5)
    field.check()
    assert field.grab().save("/tmp/signature_pad.png")
    image = field.pad.grab().toImage()
    inks = {
        image.pixel(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)) == INK
    }
    assert inks


def _hint_pixels(pad: SignaturePad) -> int:
    """Pixels that are not paper above the baseline, as the screen shows them now.

    The window's own pixels (grabWindow), not a fresh rendering (grab): a partial repaint
    that leaves the hint under the ink shows only there."""
    QApplication.processEvents()
    image = pad.screen().grabWindow(pad.winId()).toImage()
    above = round(pad.height() * 0.75) - 4
    return sum(
        1
        for y in range(0, above)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).lightness() < 250
    )


def test_the_hint_goes_with_the_first_ink_and_comes_back_on_clear(
    pad: SignaturePad, clock: FakeClock, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: _hint_pixels(pad) > 50)  # "Sign here", above the baseline
    # A stroke under the baseline, far from the hint: it repaints only around itself.
    draw_with_mouse(pad, clock, straight(480, 180, 580, 185))
    qtbot.waitUntil(lambda: _hint_pixels(pad) == 0)
    pad.clear()
    qtbot.waitUntil(lambda: _hint_pixels(pad) > 50)
    draw_with_mouse(pad, clock, straight(480, 180, 580, 185, t0=500))
    pad.undo()
    qtbot.waitUntil(lambda: _hint_pixels(pad) > 50)  # nothing left: the hint again
