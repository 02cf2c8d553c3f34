"""A worker's handwritten signature: its data, its checks, and synthetic ones for demos."""

from __future__ import annotations

import itertools
import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from printing.errors import PrintingError

FORMAT_VERSION = 1
# A signature is a few hundred points; 20,000 is a minute of a 300 Hz stylus. More is not ink.
MAX_POINTS = 20_000
# The largest pad accepted, in pixels: a 4K screen on its side.
MAX_PAD_SIDE = 10_000
# Fingers and mice slide off the pad's edge; a point this far out (a fraction of the pad's
# side) is no longer a slip but bad data.
OUTSIDE_MARGIN = 0.25

# The checks a signature must pass before the handover counts.
# All ink together shorter than this fraction of the pad's width: a dot, a tick, a scrawl.
MIN_INK_LENGTH = 0.15
# The ink's bounding box has a diagonal shorter than this fraction of the pad's width.
MIN_BOX_DIAGONAL = 0.10
# A stroke whose points all lie within this fraction of the pad's height of one straight line
# (the least-squares line through them) is a straight line: 8 px on a 200 px pad.
STRAIGHT_TOLERANCE = 0.04
# A signature of up to this many strokes, each of them straight, is lines, not a signature.
MAX_STRAIGHT_STROKES = 2


class SignatureDataError(PrintingError, ValueError):
    """Stored or received signature data cannot be read; the message says what is wrong."""


@dataclass(frozen=True)
class SignaturePoint:
    """One sample of the pen: pad pixels, milliseconds since the pad was cleared, 0..1."""

    x: float
    y: float
    t: int
    pressure: float = 0.5


Stroke = tuple[SignaturePoint, ...]


@dataclass(frozen=True)
class Signature:
    """What was drawn on a pad of `width` x `height` pixels: pen-down to pen-up strokes."""

    width: int
    height: int
    strokes: tuple[Stroke, ...]

    def __post_init__(self) -> None:
        _check(self)

    @property
    def point_count(self) -> int:
        return sum(len(stroke) for stroke in self.strokes)

    def to_json(self) -> str:
        """Compact JSON, coordinates to a tenth of a pixel, pressure to a hundredth."""
        data = {
            "v": FORMAT_VERSION,
            "w": self.width,
            "h": self.height,
            "strokes": [
                [[_round(p.x, 1), _round(p.y, 1), p.t, _round(p.pressure, 2)] for p in stroke]
                for stroke in self.strokes
            ],
        }
        return json.dumps(data, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> Signature:
        """Read what `to_json` wrote; raises `SignatureDataError` for anything else."""
        try:
            data = json.loads(text, parse_constant=_refuse_constant)
        except (ValueError, TypeError) as error:  # JSONDecodeError is a ValueError
            raise SignatureDataError(f"signature data is not JSON: {error}") from error
        if not isinstance(data, dict):
            raise SignatureDataError("signature data is not a JSON object")
        if data.get("v") != FORMAT_VERSION:
            raise SignatureDataError(
                f"unsupported signature format version {data.get('v')!r} "
                f"(expected {FORMAT_VERSION})"
            )
        width, height = _integer(data.get("w"), "w"), _integer(data.get("h"), "h")
        strokes_data = data.get("strokes")
        if not isinstance(strokes_data, list):
            raise SignatureDataError("signature data has no list of strokes")
        if sum(len(s) for s in strokes_data if isinstance(s, list)) > MAX_POINTS:
            raise SignatureDataError(f"signature has more than {MAX_POINTS} points")
        strokes = tuple(_parse_stroke(i, s) for i, s in enumerate(strokes_data))
        return cls(width, height, strokes)


def _round(value: float, digits: int) -> float | int:
    rounded = round(value, digits)
    return int(rounded) if rounded == int(rounded) else rounded


def _refuse_constant(name: str) -> Any:
    raise SignatureDataError(f"signature data holds {name}, which is not a number")


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SignatureDataError(f"{what} is not a number: {value!r}")
    return float(value)


def _integer(value: object, what: str) -> int:
    number = _number(value, what)
    if number != int(number):
        raise SignatureDataError(f"{what} is not a whole number: {value!r}")
    return int(number)


def _parse_stroke(index: int, data: object) -> Stroke:
    if not isinstance(data, list):
        raise SignatureDataError(f"stroke {index} is not a list of points")
    points = []
    for j, item in enumerate(data):
        where = f"stroke {index}, point {j}"
        if not isinstance(item, list) or len(item) != 4:
            raise SignatureDataError(f"{where} is not [x, y, t, pressure]")
        x, y = _number(item[0], f"{where}: x"), _number(item[1], f"{where}: y")
        t = _integer(item[2], f"{where}: t")
        points.append(SignaturePoint(x, y, t, _number(item[3], f"{where}: pressure")))
    return tuple(points)


def _check(sig: Signature) -> None:
    """The invariants of a signature, so that every one in the program can be drawn."""
    for name, side in (("width", sig.width), ("height", sig.height)):
        if not 0 < side <= MAX_PAD_SIDE:
            raise SignatureDataError(f"pad {name} {side} is not between 1 and {MAX_PAD_SIDE}")
    if sig.point_count > MAX_POINTS:
        raise SignatureDataError(f"signature has more than {MAX_POINTS} points")
    x_slack, y_slack = OUTSIDE_MARGIN * sig.width, OUTSIDE_MARGIN * sig.height
    for i, stroke in enumerate(sig.strokes):
        if not stroke:
            raise SignatureDataError(f"stroke {i} has no points")
        for j, p in enumerate(stroke):
            where = f"stroke {i}, point {j}"
            if not all(math.isfinite(v) for v in (p.x, p.y, p.pressure)):
                raise SignatureDataError(f"{where} is not a finite number")
            if not (-x_slack <= p.x <= sig.width + x_slack) or not (
                -y_slack <= p.y <= sig.height + y_slack
            ):
                raise SignatureDataError(
                    f"{where} ({p.x}, {p.y}) lies far outside the {sig.width}x{sig.height} pad"
                )
            if p.t < 0:
                raise SignatureDataError(f"{where} has a negative time {p.t}")
            if not 0.0 <= p.pressure <= 1.0:
                raise SignatureDataError(f"{where} has pressure {p.pressure} outside 0..1")


# ---------------------------------------------------------------- checks


class SignatureProblem(Enum):
    """Why a drawing is not accepted as a signature."""

    EMPTY = "empty"
    TOO_SMALL = "too_small"
    STRAIGHT_LINE = "straight_line"


def signature_problem(sig: Signature) -> SignatureProblem | None:
    """What is wrong with the signature, or None if it looks like one."""
    points = [p for stroke in sig.strokes for p in stroke]
    if not points:
        return SignatureProblem.EMPTY
    ink = sum(_polyline_length(stroke) for stroke in sig.strokes)
    xs, ys = [p.x for p in points], [p.y for p in points]
    diagonal = math.hypot(max(xs) - min(xs), max(ys) - min(ys))
    if ink < MIN_INK_LENGTH * sig.width or diagonal < MIN_BOX_DIAGONAL * sig.width:
        return SignatureProblem.TOO_SMALL
    tolerance = STRAIGHT_TOLERANCE * sig.height
    # A dashed line is all ink on one line, whatever the number of strokes.
    if _line_deviation(points) <= tolerance:
        return SignatureProblem.STRAIGHT_LINE
    if len(sig.strokes) <= MAX_STRAIGHT_STROKES and all(
        _line_deviation(stroke) <= tolerance for stroke in sig.strokes
    ):
        return SignatureProblem.STRAIGHT_LINE
    return None


def _polyline_length(points: Sequence[SignaturePoint]) -> float:
    return sum(math.hypot(b.x - a.x, b.y - a.y) for a, b in itertools.pairwise(points))


def _line_deviation(points: Sequence[SignaturePoint]) -> float:
    """The largest distance of a point from the total least-squares line through them all."""
    n = len(points)
    mx, my = sum(p.x for p in points) / n, sum(p.y for p in points) / n
    sxx = sum((p.x - mx) ** 2 for p in points)
    syy = sum((p.y - my) ** 2 for p in points)
    sxy = sum((p.x - mx) * (p.y - my) for p in points)
    # The line's direction is the covariance's main axis.
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)
    nx, ny = -math.sin(angle), math.cos(angle)
    return max(abs((p.x - mx) * nx + (p.y - my) * ny) for p in points)


# ---------------------------------------------------------------- synthetic


def synthetic_signature(rng: random.Random, width: int = 600, height: int = 200) -> Signature:
    """A plausible handwritten signature for demos and tests; the same for the same `rng`.

    A cursive name (loops from a rolling circle), a second shorter word and a flourish
    underneath, drawn at a varying speed and pressure as a hand does.
    """
    shapes = [_cursive(rng, loops=rng.randint(5, 8)), _cursive(rng, loops=rng.randint(2, 4))]
    # The second word goes after the first, a little lower.
    end_x = max(x for x, _ in shapes[0])
    gap, drop = end_x + rng.uniform(15, 35), rng.uniform(5, 20)
    shapes[1] = [(x + gap, y + drop) for x, y in shapes[1]]
    shapes.append(_flourish(rng, 0.0, end_x * rng.uniform(0.9, 1.3)))
    xs = [x for shape in shapes for x, _ in shape]
    ys = [y for shape in shapes for _, y in shape]
    scale = min(0.84 * width / (max(xs) - min(xs)), 0.7 * height / (max(ys) - min(ys)))
    dx = width / 2 - scale * (max(xs) + min(xs)) / 2
    dy = height / 2 - scale * (max(ys) + min(ys)) / 2
    strokes = []
    t = rng.randint(300, 900)  # the worker reads the screen before signing
    for shape in shapes:
        stroke = _timed([(dx + x * scale, dy + y * scale) for x, y in shape], rng, t)
        strokes.append(stroke)
        t = stroke[-1].t + rng.randint(150, 450)  # the pen is lifted and moved
    return Signature(width, height, tuple(strokes))


def _cursive(rng: random.Random, loops: int) -> list[tuple[float, float]]:
    """A line of loops, as handwriting: a point on a rolling, wobbling circle (a trochoid)."""
    radius, advance = rng.uniform(14, 20), rng.uniform(15, 24)
    wobble = [rng.uniform(0, math.tau) for _ in range(3)]
    slant = rng.uniform(0.15, 0.35)
    points = []
    for i in range(loops * 48 + 1):
        s = i / 48 * math.tau
        r = radius * (1 + 0.3 * math.sin(0.7 * s + wobble[0]))
        y = -r * math.sin(s) - 6 * math.sin(0.35 * s + wobble[1])
        x = advance * s / math.tau - 0.6 * r * math.cos(s) - slant * y
        points.append((x, y + 4 * math.sin(0.2 * s + wobble[2])))
    return points


def _flourish(rng: random.Random, x0: float, x1: float) -> list[tuple[float, float]]:
    """A swung underline: a shallow arc with a hook at its start."""
    base, sag = rng.uniform(38, 48), rng.uniform(6, 14)
    points = []
    for i in range(81):
        u = i / 80
        hook = 12 * math.exp(-u * 12) * math.sin(u * 30)
        points.append((x0 + (x1 - x0) * u, base + sag * math.sin(math.pi * u) - hook))
    return points


def _timed(path: list[tuple[float, float]], rng: random.Random, t0: int) -> Stroke:
    """Samples a pen would report along `path` every 8 ms, going faster on straight parts."""
    lengths = [0.0]
    for a, b in itertools.pairwise(path):
        lengths.append(lengths[-1] + math.dist(a, b))
    total = lengths[-1]
    top_speed = rng.uniform(0.9, 1.6)  # px/ms
    phase = rng.uniform(0, math.tau)
    samples: list[SignaturePoint] = []
    s, t, k = 0.0, float(t0), 0
    while True:
        while k < len(path) - 2 and lengths[k + 1] < s:
            k += 1
        piece = lengths[k + 1] - lengths[k] or 1.0
        f = min(1.0, (s - lengths[k]) / piece)
        x = path[k][0] + f * (path[k + 1][0] - path[k][0])
        y = path[k][1] + f * (path[k + 1][1] - path[k][1])
        u = s / total
        pressure = 0.45 + 0.25 * math.sin(5 * u + phase) - 0.2 * (1 - min(1.0, 8 * u))
        samples.append(SignaturePoint(x, y, round(t), max(0.05, min(1.0, pressure))))
        if s >= total:
            break
        # Slow at the ends of the stroke and in the turns of the loops.
        ease = min(1.0, 6 * u, 6 * (1 - u)) * 0.75 + 0.25
        speed = top_speed * ease * (0.6 + 0.4 * math.sin(_heading(path, k) + phase))
        s = min(total, s + max(0.15, speed) * 8)
        t += 8
    return tuple(samples)


def _heading(path: list[tuple[float, float]], k: int) -> float:
    """The heading of the path at `k`, in radians (drives the speed up and down with the loops)."""
    a, b = path[max(0, k - 1)], path[min(len(path) - 1, k + 1)]
    return math.atan2(b[1] - a[1], b[0] - a[0])
