"""The TrueType fonts that card PDFs embed, and fitting text into a box with them."""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from printing.errors import PrintingError

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

# Sizes are rounded down to this step, so that a layout does not depend on the last float bit.
_SIZE_STEP = 0.1
_SMALLEST_SIZE = 1.0  # where wrap_paragraphs stops shrinking: a guard against endless loops


class FontFileError(PrintingError):
    """A font file is missing or is not a TrueType font that reportlab can embed."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path


@dataclass(frozen=True, slots=True)
class CardFonts:
    """The TrueType files a card is set in: any TTF with the Latin glyphs will do."""

    regular: Path = field(default_factory=lambda: FONTS_DIR / "DejaVuSans.ttf")
    bold: Path = field(default_factory=lambda: FONTS_DIR / "DejaVuSans-Bold.ttf")


@dataclass(frozen=True, slots=True)
class FontNames:
    """The names under which reportlab knows a CardFonts pair."""

    regular: str
    bold: str


def register_ttf(path: Path) -> str:
    """Register the TrueType font at path with reportlab and return the name to draw with.

    reportlab keeps fonts in its own process-wide table. The name is derived from the file's
    resolved path, so registering the same file again costs nothing and two different files
    never take each other's place; the file is parsed only the first time.
    """
    resolved = path.resolve()
    digest = hashlib.sha1(str(resolved).encode(), usedforsecurity=False).hexdigest()[:8]
    name = f"{resolved.stem}-{digest}"
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    try:
        font = TTFont(name, str(resolved))
    except OSError as exc:
        raise FontFileError(path, exc.strerror or str(exc)) from exc
    except TTFError as exc:
        raise FontFileError(path, str(exc)) from exc
    pdfmetrics.registerFont(font)
    return name


def register_fonts(fonts: CardFonts) -> FontNames:
    return FontNames(register_ttf(fonts.regular), register_ttf(fonts.bold))


@dataclass(frozen=True, slots=True)
class TextFit:
    """Where a text landed: its size in points, its lines and the drawn width of each line."""

    size: float
    lines: tuple[str, ...]
    widths: tuple[float, ...]
    leading: float

    @property
    def width(self) -> float:
        return max(self.widths)

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


def _floor_size(size: float) -> float:
    return math.floor(size / _SIZE_STEP + 1e-9) / round(1 / _SIZE_STEP)


def _balanced_split(words: list[str], font: str) -> tuple[tuple[str, str], float]:
    """The break between words that makes the wider of two lines narrowest (width at 1 pt)."""
    best: tuple[str, str] = (" ".join(words), "")
    best_width = math.inf
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        width = max(
            pdfmetrics.stringWidth(first, font, 1.0), pdfmetrics.stringWidth(second, font, 1.0)
        )
        if width < best_width:
            best, best_width = (first, second), width
    return best, best_width


def fit_text(
    text: str,
    font: str,
    *,
    max_width: float,
    max_height: float,
    max_size: float,
    wrap_below: float | None = None,
    max_lines: int = 2,
    line_spacing: float = 1.15,
) -> TextFit:
    """Set text in font as large as max_size allows, on one line or on two balanced ones.

    One line is kept while it can be set at wrap_below points or more (default: max_size, that
    is, as soon as one line would have to shrink); below that, two lines are used when they come
    out larger. The result always fits max_width and max_height: a text too long for any
    readable size is shrunk further rather than clipped, so a card never loses part of a name.
    Runs of whitespace count as one space; the words themselves are never changed.
    """
    words = text.split()
    if not words:
        raise ValueError("there is no text to fit")
    if max_lines not in (1, 2):
        raise ValueError(f"text is set on one line or two, not {max_lines}")
    one_line = " ".join(words)
    one_size = min(
        max_size,
        max_width / pdfmetrics.stringWidth(one_line, font, 1.0),
        max_height / line_spacing,
    )
    size: float = one_size
    lines: tuple[str, ...] = (one_line,)
    threshold = max_size if wrap_below is None else min(wrap_below, max_size)
    if one_size < threshold and len(words) > 1 and max_lines > 1:
        (first, second), two_width = _balanced_split(words, font)
        two_size = min(max_size, max_width / two_width, max_height / (2 * line_spacing))
        if two_size > one_size:
            size, lines = two_size, (first, second)
    size = _floor_size(size)
    widths = tuple(pdfmetrics.stringWidth(line, font, size) for line in lines)
    return TextFit(size=size, lines=lines, widths=widths, leading=size * line_spacing)


def wrap_paragraphs(
    paragraphs: tuple[str, ...],
    font: str,
    *,
    max_width: float,
    max_height: float,
    max_size: float,
    gap: float = 0.35,
    line_spacing: float = 1.2,
) -> tuple[float, tuple[tuple[str, ...], ...]]:
    """Word-wrap paragraphs at the largest size up to max_size at which they fit the box.

    gap is the space between paragraphs, in lines. Returns the size and each paragraph's lines;
    a text too long for the box keeps shrinking rather than being cut off.
    """
    size = _floor_size(max_size)
    while True:
        wrapped = tuple(_wrap(text, font, size, max_width) for text in paragraphs)
        line_count = sum(len(lines) for lines in wrapped)
        height = size * line_spacing * (line_count + gap * max(len(wrapped) - 1, 0))
        widest = max(
            (pdfmetrics.stringWidth(line, font, size) for lines in wrapped for line in lines),
            default=0.0,
        )
        if (height <= max_height and widest <= max_width) or size <= _SMALLEST_SIZE:
            return size, wrapped
        size = _floor_size(size - 0.25)


def wrap_words(text: str, font: str, size: float, max_width: float) -> tuple[str, ...]:
    """text in lines no wider than max_width at this size, broken between words."""
    return _wrap(text, font, size, max_width)


def _wrap(text: str, font: str, size: float, max_width: float) -> tuple[str, ...]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and pdfmetrics.stringWidth(candidate, font, size) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return tuple(lines)
