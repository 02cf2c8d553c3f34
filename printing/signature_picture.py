"""A signature as a picture: a PNG to store and print, or a 1-bit raster for a receipt."""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw

from printing.signature import Signature
from printing.signature_geometry import DEFAULT_PEN, Pen, Segment, signature_geometry

# Drawn this many times larger, then shrunk: smooth edges without an anti-aliasing library.
_SUPERSAMPLE = 3
# Thin, fast lines are never drawn thinner than this many output pixels, or they vanish.
_MIN_PICTURE_WIDTH = 1.0
# A thermal printer's dot is coarse: under two dots a line breaks up.
_MIN_THERMAL_WIDTH = 2.0
# Dabs along a curve, apart by this share of their radius (drawn pixels), at least this far.
_SPACING_OF_RADIUS = 0.5
_MIN_SPACING = 0.5


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
    else:
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
        return mask.resize(size)
    # Fit the ink, plus the widest line, into the picture with a small border. A curve lies
    # within its control points, so they bound the ink without drawing it twice.
    corners = [(g.start.x, g.start.y) for g in geometries]
    widths = [g.start.width for g in geometries]
    for segment in (s for g in geometries for s in g.segments):
        corners.extend((segment.p0, segment.p1, segment.p2, segment.p3))
        widths.append(max(segment.start_width, segment.end_width))
    reach = max(widths) / 2
    left = min(x for x, _ in corners) - reach
    top = min(y for _, y in corners) - reach
    box_w = max(x for x, _ in corners) + reach - left
    box_h = max(y for _, y in corners) + reach - top
    border = 0.04 * min(big)
    scale = min((big[0] - 2 * border) / box_w, (big[1] - 2 * border) / box_h)
    off_x = (big[0] - box_w * scale) / 2 - left * scale
    off_y = (big[1] - box_h * scale) / 2 - top * scale
    floor = min_width * _SUPERSAMPLE / 2
    draw = ImageDraw.Draw(mask)
    for geometry in geometries:
        _dab(draw, geometry.start.x * scale + off_x, geometry.start.y * scale + off_y,
             max(geometry.start.width * scale / 2, floor))  # fmt: skip
        for segment in geometry.segments:
            _ink_segment(draw, segment, scale, off_x, off_y, floor)
    return mask.resize(size, Image.Resampling.LANCZOS)


def _dab(draw: ImageDraw.ImageDraw, x: float, y: float, r: float) -> None:
    draw.ellipse((x - r, y - r, x + r, y + r), fill=255)


def _ink_segment(
    draw: ImageDraw.ImageDraw,
    segment: Segment,
    scale: float,
    off_x: float,
    off_y: float,
    floor: float,
) -> None:
    """The segment's dabs, as the pad draws them, but spaced by a fraction of their own
    radius rather than half a pixel: overlapping discs that close leave no visible ripple
    once the picture is shrunk, and a handover's picture costs a few milliseconds, not
    tens (the same curve and width law as Segment.dabs, the pad's)."""
    r_min = max(min(segment.start_width, segment.end_width) * scale / 2, floor)
    spacing = max(_MIN_SPACING, r_min * _SPACING_OF_RADIUS)
    steps = max(1, math.ceil(segment.length() * scale / spacing))
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = segment.p0, segment.p1, segment.p2, segment.p3
    w0, delta = segment.start_width, segment.end_width - segment.start_width
    ellipse = draw.ellipse
    for i in range(steps):
        t = i / steps
        u = 1.0 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        x = (a * x0 + b * x1 + c * x2 + d * x3) * scale + off_x
        y = (a * y0 + b * y1 + c * y2 + d * y3) * scale + off_y
        r = (w0 + d * delta) * scale / 2  # the width follows t cubed, as on the pad
        if r < floor:
            r = floor
        ellipse((x - r, y - r, x + r, y + r), fill=255)
