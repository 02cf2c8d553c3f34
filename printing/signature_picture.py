"""A signature as a picture: a PNG to store and print, or a 1-bit raster for a receipt."""

from __future__ import annotations

import functools
import io
import math

from PIL import Image, ImageDraw

from printing.signature import Signature
from printing.signature_geometry import DEFAULT_PEN, Pen, Segment, signature_geometry

# Drawn this many times larger, then shrunk: smooth edges without an anti-aliasing library.
_SUPERSAMPLE = 3
# The straight pieces a curve is drawn in stray at most this far from it, in supersampled pixels.
_FLATNESS = 1.5
# Where the line turns by more than this between two points, a dab rounds the corner (cosine).
_SHARP_TURN = math.cos(math.radians(35))
# A polygon stretch of the line turns at most about this much (radians) before the next starts.
_STRETCH_TURN = 1.5
# Pillow fills a shape's rows end to end, a pixel more than its width; across a slanted line
# that adds less than it does to a round dab. The outline grown this much (supersampled pixels)
# gives a line the weight of the dabs the pad draws.
_OUTLINE_GROWTH = 0.35
# Thin, fast lines are never drawn thinner than this many output pixels, or they vanish.
_MIN_PICTURE_WIDTH = 1.0
# A thermal printer's dot is coarse: under two dots a line breaks up.
_MIN_THERMAL_WIDTH = 2.0


def render_signature_png(
    sig: Signature,
    *,
    width: int,
    height: int | None = None,
    ink: tuple[int, int, int] = (20, 30, 60),
    background: tuple[int, int, int] | None = None,
    pen: Pen = DEFAULT_PEN,
) -> bytes:
    """A PNG of the signature, its ink fitted to the picture; transparent unless `background`.

    Without `height` the picture has the pad's proportions.
    """
    size = (width, height if height is not None else _pad_height(sig, width))
    coverage = _ink_coverage(sig, size, pen, _MIN_PICTURE_WIDTH)
    if background is None:
        # Transparent: the ink colour everywhere, the coverage as its alpha.
        picture = Image.new("RGBA", size, (*ink, 0))
        picture.putalpha(coverage)
        out = io.BytesIO()
        # Fast deflate: Pillow tries every PNG filter on each row, so compressing harder
        # costs more than drawing the signature; the file is a few KB bigger.
        picture.save(out, format="PNG", optimize=False, compress_level=1)
        return out.getvalue()
    picture = Image.new("RGB", size, background)
    picture.paste(ink, (0, 0, *size), coverage)
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=False)
    return out.getvalue()


def render_signature_raster(sig: Signature, width_dots: int, pen: Pen = DEFAULT_PEN) -> Image.Image:
    """A 1-bit picture, black ink on white, `width_dots` wide, for a thermal receipt printer."""
    size = (width_dots, _pad_height(sig, width_dots))
    coverage = _ink_coverage(sig, size, pen, _MIN_THERMAL_WIDTH)
    # Dots at least 40 % covered are printed: lines keep their weight without bleeding.
    return coverage.point(lambda v: 0 if v >= 102 else 255).convert("1", dither=Image.Dither.NONE)


def _pad_height(sig: Signature, width: int) -> int:
    return max(1, round(width * sig.height / sig.width))


def _ink_coverage(sig: Signature, size: tuple[int, int], pen: Pen, min_width: float) -> Image.Image:
    """How much ink covers each pixel (0..255): the signature's ink fitted into `size`."""
    big = (size[0] * _SUPERSAMPLE, size[1] * _SUPERSAMPLE)
    mask = Image.new("L", big, 0)
    geometries = signature_geometry(sig, pen)
    if not geometries:
        return mask.reduce(_SUPERSAMPLE)
    # Fit the ink, plus the widest line, into the picture with a small border. A curve lies
    # within its control points, so they bound the ink without drawing it twice.
    segments = [s for g in geometries for s in g.segments]
    xs = [g.start.x for g in geometries]
    ys = [g.start.y for g in geometries]
    xs += [v for s in segments for v in (s.p0[0], s.p1[0], s.p2[0], s.p3[0])]
    ys += [v for s in segments for v in (s.p0[1], s.p1[1], s.p2[1], s.p3[1])]
    # A curve's width goes from the last one's end width to its own.
    reach = max(g.start.width for g in geometries) / 2
    if segments:
        reach = max(reach, max(s.end_width for s in segments) / 2)
    left, top = min(xs) - reach, min(ys) - reach
    box_w = max(xs) + reach - left
    box_h = max(ys) + reach - top
    border = 0.04 * min(big)
    scale = min((big[0] - 2 * border) / box_w, (big[1] - 2 * border) / box_h)
    off_x = (big[0] - box_w * scale) / 2 - left * scale
    off_y = (big[1] - box_h * scale) / 2 - top * scale
    floor = min_width * _SUPERSAMPLE
    draw = ImageDraw.Draw(mask)
    for geometry in geometries:
        start = geometry.start
        _dot(
            draw, start.x * scale + off_x, start.y * scale + off_y, max(start.width * scale, floor)
        )
        if geometry.segments:
            _ink_curves(draw, geometry.segments, scale, off_x, off_y, floor)
    # Each output pixel the mean of its supersampled block: the share of it the ink covers.
    return mask.reduce(_SUPERSAMPLE)


def _ink_curves(
    draw: ImageDraw.ImageDraw,
    segments: tuple[Segment, ...],
    scale: float,
    off_x: float,
    off_y: float,
    floor: float,
) -> None:
    """One stroke's curves, their width following the pen's but never under `floor`.

    Pillow has no curves and draws a line in one width, so the line is drawn as its outline:
    at points along each curve the pen's width across the curve, joined into polygons. Pillow
    fills a polygon even-odd, so a polygon is a stretch of line that turns too little to
    overlap itself. Curves meet smoothly except where the pen doubled back; there a round dab
    fills the corner.
    """
    left: list[tuple[float, float]] = []
    right: list[tuple[float, float]] = []
    least = floor / 2
    turned = 0.0
    # The line's direction where the last curve ended.
    ux, uy = 1.0, 0.0
    for seg in segments:
        # The curve in supersampled pixels, as a polynomial in t: x = ax t³ + bx t² + cx t + x0.
        x0, y0 = seg.p0[0] * scale + off_x, seg.p0[1] * scale + off_y
        x1, y1 = seg.p1[0] * scale + off_x, seg.p1[1] * scale + off_y
        x2, y2 = seg.p2[0] * scale + off_x, seg.p2[1] * scale + off_y
        x3, y3 = seg.p3[0] * scale + off_x, seg.p3[1] * scale + off_y
        cx, cy = 3 * (x1 - x0), 3 * (y1 - y0)
        bx, by = 3 * (x2 - 2 * x1 + x0), 3 * (y2 - 2 * y1 + y0)
        ax, ay = x3 - x0 - cx - bx, y3 - y0 - cy - by
        ax3, ay3, bx2, by2 = 3 * ax, 3 * ay, 2 * bx, 2 * by
        r0 = seg.start_width * scale / 2
        dr = seg.end_width * scale / 2 - r0
        # Where the curve sets off: along its first control point, or where the pen came down
        # or doubled back (the control point on the curve's start), towards its end.
        sx, sy = cx, cy
        length = math.hypot(sx, sy)
        if length < 1e-9:
            sx, sy = x3 - x0, y3 - y0
            length = math.hypot(sx, sy)
            if length < 1e-9:
                continue
        sx /= length
        sy /= length
        if left:
            if sx * ux + sy * uy < _SHARP_TURN:
                # A corner: the stretch so far runs on to it, a dab rounds it.
                r = max(r0, least)
                grown = r + _OUTLINE_GROWTH
                left.append((x0 - uy * grown, y0 + ux * grown))
                right.append((x0 + uy * grown, y0 - ux * grown))
                _fill(draw, left, right)
                _dot(draw, x0, y0, 2 * r)
                turned = 0.0
            elif turned > _STRETCH_TURN:
                # The next stretch starts where this one ends.
                last_left, last_right = left[-1], right[-1]
                _fill(draw, left, right)
                left.append(last_left)
                right.append(last_right)
                turned = 0.0
        # Pieces short enough that each strays at most _FLATNESS from the curve (by the bound
        # on the curve's second derivative), and a corner per pixel the radius changes.
        bend = max(math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2),
                   math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3))  # fmt: skip
        steps = max(math.ceil(math.sqrt(0.75 * bend / _FLATNESS)), math.ceil(abs(dr)), 1)
        dx, dy = sx, sy
        for t, t2, t3 in _params(steps):
            x = ax * t3 + bx * t2 + cx * t + x0
            y = ay * t3 + by * t2 + cy * t + y0
            if t:
                # The curve's direction here (its derivative), across which the width lies.
                ex = ax3 * t2 + bx2 * t + cx
                ey = ay3 * t2 + by2 * t + cy
                length = math.hypot(ex, ey)
                if length > 1e-9:
                    dx, dy = ex / length, ey / length
            # The width follows t cubed, as in signature_pad: it changes late in the curve.
            r = r0 + t3 * dr
            if r < least:
                r = least
            r += _OUTLINE_GROWTH
            left.append((x - dy * r, y + dx * r))
            right.append((x + dy * r, y - dx * r))
        # How far the curve turned (the sine of it: a curve turns well under 90°).
        turned += abs(sx * dy - sy * dx)
        ux, uy = dx, dy
    # The end of the last curve, and a round end.
    last = segments[-1]
    x, y = last.p3[0] * scale + off_x, last.p3[1] * scale + off_y
    r = max(last.end_width * scale / 2, least)
    grown = r + _OUTLINE_GROWTH
    left.append((x - uy * grown, y + ux * grown))
    right.append((x + uy * grown, y - ux * grown))
    _fill(draw, left, right)
    _dot(draw, x, y, 2 * r)


@functools.cache
def _params(steps: int) -> tuple[tuple[float, float, float], ...]:
    """(t, t², t³) at `steps` even steps from t = 0 (not 1: the next curve starts there)."""
    return tuple((t, t * t, t * t * t) for t in (i / steps for i in range(steps)))


def _fill(
    draw: ImageDraw.ImageDraw, left: list[tuple[float, float]], right: list[tuple[float, float]]
) -> None:
    """Ink the polygon between the two sides of a stretch of line, and start afresh."""
    if len(left) > 1:
        right.reverse()
        draw.polygon(left + right, fill=255)
    left.clear()
    right.clear()


def _dot(draw: ImageDraw.ImageDraw, x: float, y: float, width: float) -> None:
    """A round dab `width` across."""
    r = width / 2
    draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
