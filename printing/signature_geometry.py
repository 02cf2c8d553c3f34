"""A signature's strokes as a pen draws them: smoothed curves whose width follows the speed."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from printing.signature import Signature, SignaturePoint


@dataclass(frozen=True)
class Pen:
    """How the ink flows, in pad pixels and milliseconds (signature_pad's model).

    The line's width is `max_width / (velocity + 1)`, never under `min_width`, times
    `0.5 + pressure`: a mouse (pressure 0.5) draws at the plain width.
    """

    min_width: float = 1.2
    max_width: float = 5.0
    # Points closer than this to the last one add nothing but jitter.
    min_distance: float = 3.0
    # How much of the new velocity enters the smoothed one.
    velocity_filter_weight: float = 0.7

    @property
    def dot_width(self) -> float:
        return (self.min_width + self.max_width) / 2


DEFAULT_PEN = Pen()


@dataclass(frozen=True)
class Dab:
    """A round dab of ink; a line is many of them, close together."""

    x: float
    y: float
    width: float


class Segment(NamedTuple):
    """A cubic Bézier curve from p0 to p3 whose width goes from `start_width` to `end_width`.

    A named tuple, not a frozen dataclass: a signature has hundreds, and a tuple is made
    five times as fast.
    """

    p0: tuple[float, float]
    p1: tuple[float, float]
    p2: tuple[float, float]
    p3: tuple[float, float]
    start_width: float
    end_width: float

    def point(self, t: float) -> tuple[float, float]:
        u = 1.0 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        return (
            a * self.p0[0] + b * self.p1[0] + c * self.p2[0] + d * self.p3[0],
            a * self.p0[1] + b * self.p1[1] + c * self.p2[1] + d * self.p3[1],
        )

    def length(self) -> float:
        """Approximate: halfway between the chord and the control polygon, which bound the
        curve's length from below and above (exact for a straight line; within a few per
        cent for the gentle curves of handwriting)."""
        chord = math.dist(self.p0, self.p3)
        polygon = math.dist(self.p0, self.p1) + math.dist(self.p1, self.p2)
        polygon += math.dist(self.p2, self.p3)
        return (chord + polygon) / 2

    def dabs(self, scale: float = 1.0) -> list[Dab]:
        """Dabs half a pixel apart at `scale` output pixels per pad pixel (none at t = 1:
        the next segment starts there)."""
        steps = max(1, math.ceil(self.length() * scale * 2))
        delta = self.end_width - self.start_width
        dabs = []
        for i in range(steps):
            t = i / steps
            x, y = self.point(t)
            # The width follows t cubed, as in signature_pad: it changes late in the segment.
            dabs.append(Dab(x, y, self.start_width + t * t * t * delta))
        return dabs


@dataclass(frozen=True)
class StrokeGeometry:
    """How one stroke is inked: a dab where the pen came down, then the curves."""

    start: Dab
    segments: tuple[Segment, ...]

    def dabs(self, scale: float = 1.0) -> list[Dab]:
        dabs = [self.start]
        for segment in self.segments:
            dabs.extend(segment.dabs(scale))
        return dabs


def stroke_geometry(
    points: Sequence[SignaturePoint], pen: Pen = DEFAULT_PEN, *, finished: bool = True
) -> StrokeGeometry:
    """The curves of one stroke, the same for the pad on screen and for every picture.

    The curve for a point is known once the point after it has come, so a stroke still being
    drawn (`finished=False`) lacks its last piece; the geometry only grows as points are
    added, so a pad can ink the new segments without redrawing the old ones.
    """
    if not points:
        raise ValueError("a stroke has at least one point")
    last = points[0]
    kept = [last]
    min_distance = pen.min_distance
    for p in points[1:]:
        if math.hypot(p.x - last.x, p.y - last.y) > min_distance:
            kept.append(p)
            last = p
    first = kept[0]
    start = Dab(first.x, first.y, pen.dot_width * _pressure_factor(first))
    if len(kept) == 1:
        return StrokeGeometry(start, ())
    # The first point doubled starts the curve without lag; the last doubled ends it.
    window = [kept[0], *kept, *([kept[-1]] if finished else [])]
    # The control points either side of each inner point of the window, worked out once:
    # the segment before the point takes the first, the segment after it the second.
    controls = list(map(_control_points, window, window[1:], window[2:]))
    segments = []
    velocity, last_width = 0.0, start.width
    weight, max_width, min_width = pen.velocity_filter_weight, pen.max_width, pen.min_width
    for i in range(len(window) - 3):
        b, c = window[i + 1], window[i + 2]
        velocity = weight * _velocity(b, c) + (1 - weight) * velocity
        width = max(max_width / (velocity + 1), min_width) * _pressure_factor(c)
        segments.append(
            Segment((b.x, b.y), controls[i][1], controls[i + 1][0], (c.x, c.y), last_width, width)
        )
        last_width = width
    return StrokeGeometry(start, tuple(segments))


def signature_geometry(sig: Signature, pen: Pen = DEFAULT_PEN) -> tuple[StrokeGeometry, ...]:
    return tuple(stroke_geometry(stroke, pen) for stroke in sig.strokes)


def _pressure_factor(point: SignaturePoint) -> float:
    return 0.5 + point.pressure


def _velocity(start: SignaturePoint, end: SignaturePoint) -> float:
    """Pixels per millisecond; 0 when no time passed (signature_pad's rule)."""
    elapsed = end.t - start.t
    return math.hypot(end.x - start.x, end.y - start.y) / elapsed if elapsed > 0 else 0.0


def _control_points(
    s1: SignaturePoint, s2: SignaturePoint, s3: SignaturePoint
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The control points either side of s2 that make the curve through s1, s2, s3 smooth."""
    x1, y1, x2, y2, x3, y3 = s1.x, s1.y, s2.x, s2.y, s3.x, s3.y
    m1x, m1y = (x1 + x2) / 2, (y1 + y2) / 2
    m2x, m2y = (x2 + x3) / 2, (y2 + y3) / 2
    l1 = math.hypot(x1 - x2, y1 - y2)
    l2 = math.hypot(x2 - x3, y2 - y3)
    k = l2 / (l1 + l2) if l1 + l2 > 0 else 0.5
    tx = x2 - (m2x + (m1x - m2x) * k)
    ty = y2 - (m2y + (m1y - m2y) * k)
    return (m1x + tx, m1y + ty), (m2x + tx, m2y + ty)
