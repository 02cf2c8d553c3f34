"""Signatures: their JSON, the checks that refuse a dot or a line, and their pictures."""

from __future__ import annotations

import io
import json
import math
import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from printing.errors import PrintingError
from printing.signature import (
    MAX_POINTS,
    Signature,
    SignatureDataError,
    SignaturePoint,
    SignatureProblem,
    signature_problem,
    synthetic_signature,
)
from printing.signature_geometry import stroke_geometry
from printing.signature_picture import render_signature_png, render_signature_raster

W, H = 600, 200


def line(
    x0: float, y0: float, x1: float, y1: float, *, ms: float, n: int = 40, t0: int = 0
) -> tuple[SignaturePoint, ...]:
    """A stroke of n points from (x0, y0) to (x1, y1) taking `ms` milliseconds."""
    return tuple(
        SignaturePoint(x0 + (x1 - x0) * i / (n - 1), y0 + (y1 - y0) * i / (n - 1),
                       t0 + round(ms * i / (n - 1)))
        for i in range(n)
    )  # fmt: skip


def sig(*strokes: tuple[SignaturePoint, ...]) -> Signature:
    return Signature(W, H, strokes)


# ---------------------------------------------------------------- JSON

_tenths = st.integers(min_value=-1500, max_value=7500).map(lambda v: v / 10)
_points = st.builds(
    SignaturePoint,
    x=_tenths,
    y=st.integers(min_value=-500, max_value=2500).map(lambda v: v / 10),
    t=st.integers(min_value=0, max_value=600_000),
    pressure=st.integers(min_value=0, max_value=100).map(lambda v: v / 100),
)
_signatures = st.builds(
    Signature,
    width=st.just(W),
    height=st.just(H),
    strokes=st.lists(st.lists(_points, min_size=1, max_size=30).map(tuple), max_size=6).map(tuple),
)


@given(_signatures)
def test_json_round_trip(signature: Signature) -> None:
    text = signature.to_json()
    assert Signature.from_json(text) == signature
    assert " " not in text


def test_json_is_compact_and_versioned() -> None:
    s = sig((SignaturePoint(10.04, 20.0, 5, 0.333),))
    assert json.loads(s.to_json()) == {"v": 1, "w": W, "h": H, "strokes": [[[10, 20, 5, 0.33]]]}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("not json", "not JSON"),
        ("[]", "not a JSON object"),
        ('{"v":2,"w":600,"h":200,"strokes":[]}', "version"),
        ('{"w":600,"h":200,"strokes":[]}', "version"),
        ('{"v":1,"w":-600,"h":200,"strokes":[]}', "width"),
        ('{"v":1,"w":600,"h":0,"strokes":[]}', "height"),
        ('{"v":1,"w":"600","h":200,"strokes":[]}', "not a number"),
        ('{"v":1,"w":600,"h":200}', "strokes"),
        ('{"v":1,"w":600,"h":200,"strokes":[[]]}', "no points"),
        ('{"v":1,"w":600,"h":200,"strokes":[[[1,2,3]]]}', "[x, y, t, pressure]"),
        ('{"v":1,"w":600,"h":200,"strokes":[[[NaN,2,3,0.5]]]}', "NaN"),
        ('{"v":1,"w":600,"h":200,"strokes":[[[1,2,3,Infinity]]]}', "Infinity"),
        ('{"v":1,"w":600,"h":200,"strokes":[[[1e400,2,3,0.5]]]}', "finite"),
        ('{"v":1,"w":600,"h":200,"strokes":[[[2000,2,3,0.5]]]}', "far outside"),
        ('{"v":1,"w":600,"h":200,"strokes":[[[10,-90,3,0.5]]]}', "far outside"),
        ('{"v":1,"w":600,"h":200,"strokes":[[[10,20,3,1.5]]]}', "pressure"),
        ('{"v":1,"w":600,"h":200,"strokes":[[[10,20,3.5,0.5]]]}', "whole number"),
        ('{"v":1,"w":600,"h":200,"strokes":[[[10,20,-3,0.5]]]}', "negative time"),
        ('{"v":1,"w":600,"h":200,"strokes":[[[true,20,3,0.5]]]}', "not a number"),
    ],
)
def test_malformed_json_is_refused_clearly(text: str, fragment: str) -> None:
    with pytest.raises(SignatureDataError, match=re.escape(fragment)) as caught:
        Signature.from_json(text)
    assert isinstance(caught.value, PrintingError)
    assert isinstance(caught.value, ValueError)


def test_time_may_go_backwards() -> None:
    text = '{"v":1,"w":600,"h":200,"strokes":[[[10,20,30,0.5],[40,50,10,0.5]]]}'
    assert Signature.from_json(text).strokes[0][1].t == 10


def test_too_many_points_are_refused() -> None:
    stroke = [[1, 1, i, 0.5] for i in range(MAX_POINTS + 1)]
    text = json.dumps({"v": 1, "w": W, "h": H, "strokes": [stroke]})
    with pytest.raises(SignatureDataError, match="more than 20000 points"):
        Signature.from_json(text)


# ---------------------------------------------------------------- checks


def test_empty_pad() -> None:
    assert signature_problem(sig()) is SignatureProblem.EMPTY


def test_dot_is_too_small() -> None:
    assert signature_problem(sig((SignaturePoint(300, 100, 0),))) is SignatureProblem.TOO_SMALL


def test_short_scribble_is_too_small() -> None:
    scribble = tuple(
        SignaturePoint(300 + 12 * math.cos(i / 3), 100 + 12 * math.sin(i / 2), i * 10)
        for i in range(12)
    )
    assert signature_problem(sig(scribble)) is SignatureProblem.TOO_SMALL


def test_short_line_is_too_small() -> None:
    assert signature_problem(sig(line(250, 100, 320, 104, ms=100))) is SignatureProblem.TOO_SMALL


def test_long_straight_line_is_refused() -> None:
    wobbly = tuple(
        SignaturePoint(p.x, p.y + 2 * math.sin(p.x / 15), p.t)
        for p in line(40, 120, 560, 90, ms=500)
    )
    assert signature_problem(sig(wobbly)) is SignatureProblem.STRAIGHT_LINE


def test_two_parallel_lines_are_refused() -> None:
    first = line(40, 80, 560, 84, ms=400)
    second = line(60, 140, 540, 133, ms=400, t0=700)
    assert signature_problem(sig(first, second)) is SignatureProblem.STRAIGHT_LINE


def test_dashed_line_is_refused() -> None:
    dashes = [line(40 + 90 * i, 100, 100 + 90 * i, 101, ms=80, t0=200 * i) for i in range(6)]
    assert signature_problem(sig(*dashes)) is SignatureProblem.STRAIGHT_LINE


def test_a_curved_stroke_passes() -> None:
    wave = tuple(SignaturePoint(40 + 5 * i, 100 + 40 * math.sin(i / 6), 8 * i) for i in range(100))
    assert signature_problem(sig(wave)) is None


@pytest.mark.parametrize("seed", range(50))
def test_synthetic_signatures_pass(seed: int) -> None:
    signature = synthetic_signature(random.Random(seed))
    assert signature_problem(signature) is None
    assert len(signature.strokes) >= 3
    # Parsed back as stored.
    assert Signature.from_json(signature.to_json()).strokes[0][0].t > 0


def test_synthetic_signature_is_deterministic_and_varied() -> None:
    a = synthetic_signature(random.Random(7))
    assert a == synthetic_signature(random.Random(7))
    assert a != synthetic_signature(random.Random(8))
    pressures = {round(p.pressure, 1) for stroke in a.strokes for p in stroke}
    assert len(pressures) >= 4
    assert all(0 <= p.x <= 600 and 0 <= p.y <= 200 for s in a.strokes for p in s)


# ---------------------------------------------------------------- geometry and pictures


def _mean_width(stroke: tuple[SignaturePoint, ...]) -> float:
    widths = [d.width for d in stroke_geometry(stroke).dabs()]
    return sum(widths) / len(widths)


def test_slow_stroke_is_thicker_than_fast() -> None:
    slow = _mean_width(line(50, 100, 550, 100, ms=5000, n=60))
    fast = _mean_width(line(50, 100, 550, 100, ms=150, n=60))
    assert slow > 2 * fast


def test_pressure_makes_the_line_thicker() -> None:
    soft = tuple(SignaturePoint(p.x, p.y, p.t, 0.1) for p in line(50, 100, 550, 100, ms=900))
    hard = tuple(SignaturePoint(p.x, p.y, p.t, 0.9) for p in soft)
    assert _mean_width(hard) > 1.5 * _mean_width(soft)


def test_geometry_grows_as_points_come() -> None:
    stroke = synthetic_signature(random.Random(3)).strokes[0]
    so_far = stroke_geometry(stroke[:40], finished=False)
    later = stroke_geometry(stroke[:60], finished=False)
    assert later.segments[: len(so_far.segments)] == so_far.segments
    done = stroke_geometry(stroke[:60])
    assert done.segments[:-1] == later.segments


def test_a_tap_is_a_dot() -> None:
    geometry = stroke_geometry((SignaturePoint(10, 10, 0),))
    assert geometry.segments == ()
    assert geometry.dabs()[0].width > 0


def _ink_pixels(png: bytes) -> tuple[tuple[int, int], int]:
    image = Image.open(io.BytesIO(png))
    alpha = image.getchannel("A")
    return image.size, sum(alpha.histogram()[129:])


def test_png_has_the_size_asked_and_ink() -> None:
    signature = synthetic_signature(random.Random(1))
    size, ink = _ink_pixels(render_signature_png(signature, width=240, height=80))
    assert size == (240, 80)
    assert ink > 300
    size, _ = _ink_pixels(render_signature_png(signature, width=300))
    assert size == (300, 100)  # the pad's proportions


def test_png_on_a_background() -> None:
    png = render_signature_png(
        synthetic_signature(random.Random(2)), width=240, background=(255, 255, 255)
    )
    image = Image.open(io.BytesIO(png))
    assert image.mode == "RGB"
    assert image.getpixel((0, 0)) == (255, 255, 255)
    darkest, _ = image.convert("L").getextrema()
    assert isinstance(darkest, int)
    assert darkest < 80


def test_empty_signature_renders_blank() -> None:
    _, ink = _ink_pixels(render_signature_png(sig(), width=120))
    assert ink == 0


def test_thermal_raster() -> None:
    image = render_signature_raster(synthetic_signature(random.Random(4)), 384)
    assert image.mode == "1"
    assert image.size == (384, 128)
    black = image.histogram()[0]
    assert 500 < black < 384 * 128 // 3


def _alpha(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    assert image.mode == "RGBA"
    return image.getchannel("A")


def _at(alpha: Image.Image, x: int, y: int) -> int:
    value = alpha.getpixel((x, y))
    assert isinstance(value, int)
    return value


def _thickness(alpha: Image.Image, x: int, rows: range) -> int:
    """How many pixels of column x, within rows, are mostly ink."""
    return sum(1 for y in rows if _at(alpha, x, y) > 128)


def test_png_ink_lies_along_the_strokes_and_nowhere_else() -> None:
    # A line across the pad and back along it, a little lower: the pen doubles back.
    there = line(50, 90, 550, 90, ms=900)
    back = line(550, 110, 50, 110, ms=900, t0=1000)[1:]
    alpha = _alpha(render_signature_png(sig(there + back), width=W, height=H))
    left, top, right, bottom = alpha.getbbox() or (0, 0, 0, 0)
    # Fitted to the picture with a small border, the ink spans its width ...
    assert left < 40
    assert right > W - 40
    assert 60 < top < 100
    assert 100 < bottom < 140
    # ... as one unbroken line, with no ink between the two runs of it ...
    middle = (top + bottom) // 2
    for x in range(left + 8, right - 30, 7):
        column = [_at(alpha, x, y) for y in range(top, bottom)]
        assert max(column[: (middle - top) // 2]) > 200, x
        assert max(column[-(bottom - middle) // 2 :]) > 200, x
        assert _at(alpha, x, middle) == 0, x
    # ... and where it turns, a rounded bend joins the two runs.
    assert max(_at(alpha, x, middle) for x in range(right - 20, right)) > 200


def test_png_line_is_thicker_where_the_pen_went_slowly_or_pressed() -> None:
    slow = line(50, 40, 550, 40, ms=6000)
    fast = line(50, 100, 550, 100, ms=300, t0=7000)
    pressed = tuple(SignaturePoint(p.x, p.y + 60, p.t + 1000, 0.95) for p in fast)
    alpha = _alpha(render_signature_png(sig(slow, fast, pressed), width=W, height=H))
    # The three lines, fitted, sit in the top, middle and bottom thirds of the picture.
    thick = [_thickness(alpha, x, range(part * H // 3, (part + 1) * H // 3)) for x in (300,)
             for part in range(3)]  # fmt: skip
    assert thick[0] >= 2 * thick[1] > 0
    assert thick[2] >= 1.5 * thick[1]


def test_png_is_the_ink_colour_with_the_ink_as_its_alpha() -> None:
    ink = (20, 30, 60)
    image = Image.open(io.BytesIO(render_signature_png(synthetic_signature(random.Random(5)),
                                                       width=240, ink=ink)))  # fmt: skip
    assert image.mode == "RGBA"
    colours = image.convert("RGB").getcolors()
    assert colours is not None
    assert [colour for _, colour in colours] == [ink]
    # Anti-aliased: edges in between, not just ink and no ink.
    levels = image.getchannel("A").histogram()
    assert sum(1 for count in levels[1:255] if count) > 5


@given(_signatures)
def test_any_signature_renders(signature: Signature) -> None:
    alpha = _alpha(render_signature_png(signature, width=120, height=40))
    assert alpha.size == (120, 40)
    assert (alpha.getbbox() is not None) == bool(signature.strokes)
    raster = render_signature_raster(signature, 96)
    assert raster.size == (96, 32)
