"""The pad a worker signs on with a mouse, a finger or a stylus, and a field with its buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from printing.signature import (
    MAX_POINTS,
    Signature,
    SignaturePoint,
    SignatureProblem,
    signature_problem,
)
from printing.signature_geometry import DEFAULT_PEN, Dab, Pen, stroke_geometry

INK = QColor(20, 30, 60)
_PAPER = QColor(255, 255, 255)
_GUIDE = QColor(150, 160, 170)
_HINT = QColor(170, 178, 186)
# A mouse or a finger says nothing of pressure: the pen's middle.
_NO_PRESSURE = 0.5
# The baseline sits at this fraction of the height, inset from the sides.
_BASELINE = 0.75
_BASELINE_INSET = 24


class SignaturePad(QWidget):
    """Records strokes in its own pixels and inks them as signature_pad does.

    Only displays and records: whether the drawing is a signature is `signature_problem`'s call.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        pen: Pen = DEFAULT_PEN,
        clock: Callable[[], int] | None = None,
    ) -> None:
        """`clock` gives milliseconds from any origin; a monotonic timer unless a test sets it."""
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 120)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._pen = pen
        self._strokes: list[tuple[SignaturePoint, ...]] = []
        self._current: list[SignaturePoint] | None = None
        self._inked = 0  # segments of the current stroke already in the cache
        self._touch_id: int | None = None  # the finger that draws
        self._stylus_down = False
        self._timer = QElapsedTimer()
        self._timer.start()
        self._clock = clock or self._timer.elapsed
        self._cleared_at = self._clock()
        # The finished ink, so a repaint is one image however long the signature.
        self._cache = self._blank_cache()

    # ------------------------------------------------------------ public

    def sizeHint(self) -> QSize:
        return QSize(600, 200)

    def is_empty(self) -> bool:
        return not self._strokes and not self._current

    def signature(self) -> Signature:
        """What is on the pad, in the pad's pixels, times since the last `clear`."""
        strokes = [*self._strokes, *([tuple(self._current)] if self._current else [])]
        return Signature(max(1, self.width()), max(1, self.height()), tuple(strokes))

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self._touch_id = None
        self._stylus_down = False
        self._cleared_at = self._clock()
        self._cache = self._blank_cache()
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        """Take away the last stroke (a stroke being drawn is finished first)."""
        self._end_stroke()
        if not self._strokes:
            return
        self._strokes.pop()
        self._redraw_cache()
        self.update()
        self.changed.emit()

    # ------------------------------------------------------------ input

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._other_device(event):
            event.ignore()
            return
        event.accept()
        self._begin_stroke(event.position(), _NO_PRESSURE)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not event.buttons() & Qt.MouseButton.LeftButton or self._other_device(event):
            event.ignore()
            return
        event.accept()
        self._add_point(event.position(), _NO_PRESSURE)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._other_device(event):
            event.ignore()
            return
        event.accept()
        self._add_point(event.position(), _NO_PRESSURE)
        self._end_stroke()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt makes no mouse events of it.
        event.accept()
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._stylus_down = True
            self._begin_stroke(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletMove and self._stylus_down:
            self._add_point(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletRelease and self._stylus_down:
            self._add_point(event.position(), event.pressure())
            self._stylus_down = False
            self._end_stroke()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            self._on_touch(event)
            return True
        if kind == QEvent.Type.TouchCancel:
            self._touch_id = None
            self._end_stroke()
            event.accept()
            return True
        return super().event(event)

    def _on_touch(self, event: QTouchEvent) -> None:
        event.accept()
        for point in event.points():
            state = point.state()
            if self._touch_id is None and state == point.State.Pressed:
                # One finger draws; a second one resting on the glass is ignored.
                self._touch_id = point.id()
                self._begin_stroke(point.position(), _NO_PRESSURE)
            elif point.id() == self._touch_id:
                self._add_point(point.position(), _NO_PRESSURE)
                if state == point.State.Released:
                    self._touch_id = None
                    self._end_stroke()

    def _other_device(self, event: QMouseEvent) -> bool:
        """A mouse event Qt or the system made from a touch or a stylus that is drawing."""
        synthesized = event.source() != Qt.MouseEventSource.MouseEventNotSynthesized
        return synthesized and (self._touch_id is not None or self._stylus_down)

    # ------------------------------------------------------------ strokes

    def _point(self, position: QPointF, pressure: float) -> SignaturePoint:
        # Ink past the edge cannot be seen: the pen stops at the edge.
        x = min(max(position.x(), 0.0), float(self.width()))
        y = min(max(position.y(), 0.0), float(self.height()))
        pressure = min(max(pressure, 0.0), 1.0)
        return SignaturePoint(x, y, max(0, self._clock() - self._cleared_at), pressure)

    def _room(self) -> bool:
        current = len(self._current) if self._current else 0
        return sum(len(s) for s in self._strokes) + current < MAX_POINTS

    def _begin_stroke(self, position: QPointF, pressure: float) -> None:
        self._end_stroke()
        if not self._room():
            return
        hinted = self.is_empty()
        self._current = [self._point(position, pressure)]
        self._inked = -1
        self._ink_current(finished=False)
        if hinted:
            # Ink repaints only around itself: the "Sign here" hint would stay under the
            # signature. The first ink repaints the whole pad, without the hint.
            self.update()

    def _add_point(self, position: QPointF, pressure: float) -> None:
        if self._current is None or not self._room():
            return
        point = self._point(position, pressure)
        last = self._current[-1]
        # Points closer than the pen's step add jitter, not ink (the geometry drops them too).
        if (point.x - last.x) ** 2 + (point.y - last.y) ** 2 <= self._pen.min_distance**2:
            return
        self._current.append(point)
        self._ink_current(finished=False)

    def _end_stroke(self) -> None:
        if self._current is None:
            return
        self._ink_current(finished=True)
        self._strokes.append(tuple(self._current))
        self._current = None
        self.changed.emit()

    # ------------------------------------------------------------ ink

    def _ink_current(self, *, finished: bool) -> None:
        """Ink the segments of the current stroke not yet in the cache (the geometry only grows)."""
        assert self._current is not None
        geometry = stroke_geometry(self._current, self._pen, finished=finished)
        dabs = [geometry.start] if self._inked < 0 else []
        for segment in geometry.segments[max(self._inked, 0) :]:
            dabs.extend(segment.dabs())
        self._inked = len(geometry.segments)
        if dabs:
            self.update(self._paint_dabs(dabs).toAlignedRect())

    def _paint_dabs(self, dabs: Iterable[Dab]) -> QRectF:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for dab in dabs:
            path.addEllipse(QPointF(dab.x, dab.y), dab.width / 2, dab.width / 2)
        painter = QPainter(self._cache)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # One path: overlapping dabs make one shape, with no darker seams where they meet.
        painter.fillPath(path, INK)
        painter.end()
        return path.boundingRect().adjusted(-1, -1, 1, 1)

    def _blank_cache(self) -> QImage:
        # In device pixels, so the ink stays sharp on a high-density screen.
        ratio = self.devicePixelRatioF()
        size = self.size().expandedTo(QSize(1, 1)) * ratio
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        return image

    def _redraw_cache(self) -> None:
        self._cache = self._blank_cache()
        for stroke in self._strokes:
            self._paint_dabs(stroke_geometry(stroke, self._pen).dabs())
        if self._current:
            self._inked = -1
            self._ink_current(finished=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._redraw_cache()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), _PAPER)
        baseline = round(self.height() * _BASELINE)
        painter.setPen(QPen(_GUIDE, 1.5))
        painter.drawLine(_BASELINE_INSET, baseline, self.width() - _BASELINE_INSET, baseline)
        if self.is_empty():
            painter.setPen(_HINT)
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            painter.setFont(font)
            hint = QRectF(0, 0, self.width(), baseline - 8)
            painter.drawText(
                hint,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                self.tr("Sign here"),
            )
        painter.drawImage(0, 0, self._cache)
        painter.end()


class SignatureField(QWidget):
    """The pad with its Clear and Undo buttons, and the reason a drawing is refused."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        pen: Pen = DEFAULT_PEN,
        clock: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.pad = SignaturePad(self, pen, clock)
        self._problem = QLabel(self)
        self._problem.setObjectName("signatureProblem")
        self._problem.setWordWrap(True)
        # The red of the verify dialog's "not genuine": the drawing needs doing again.
        self._problem.setStyleSheet("color: #9a3b32; font-weight: 600;")
        self._problem.hide()
        self._clear = QPushButton(self.tr("Clear"), self)
        self._clear.setObjectName("signatureClear")
        self._undo = QPushButton(self.tr("Undo"), self)
        self._undo.setObjectName("signatureUndo")

        buttons = QHBoxLayout()
        buttons.addWidget(self._undo)
        buttons.addWidget(self._clear)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self._problem)
        layout.addLayout(buttons)

        self._clear.clicked.connect(self._on_clear)
        self._undo.clicked.connect(self._on_undo)
        self.pad.changed.connect(self._on_pad_changed)
        self._on_pad_changed()

    @property
    def problem_text(self) -> str:
        """The message on show, or "" (for tests and the screen reader)."""
        return self._problem.text() if not self._problem.isHidden() else ""

    def check(self) -> Signature | None:
        """The signature if it looks like one; otherwise says why and returns None."""
        signature = self.pad.signature()
        problem = signature_problem(signature)
        if problem is None:
            self._problem.hide()
            return signature
        self._problem.setText(self._message(problem))
        self._problem.show()
        return None

    def clear_problem(self) -> None:
        """No longer say what was wrong (the signature is not asked for any more)."""
        self._problem.hide()

    def _message(self, problem: SignatureProblem) -> str:
        match problem:
            case SignatureProblem.EMPTY:
                return self.tr("Please sign: the pad is empty.")
            case SignatureProblem.TOO_SMALL:
                return self.tr("The signature is too small: sign with your usual signature.")
            case SignatureProblem.STRAIGHT_LINE:
                return self.tr(
                    "A straight line is not a signature: please sign with your usual signature."
                )

    def set_buttons_visible(self, visible: bool) -> None:
        """Undo and Clear; hidden once the signature is recorded and can no longer change."""
        self._undo.setVisible(visible)
        self._clear.setVisible(visible)

    def _on_clear(self) -> None:
        self.pad.clear()

    def _on_undo(self) -> None:
        self.pad.undo()

    def _on_pad_changed(self) -> None:
        empty = self.pad.is_empty()
        self._clear.setEnabled(not empty)
        self._undo.setEnabled(not empty)
        self._problem.hide()
        self.changed.emit()
