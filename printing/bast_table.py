"""The BAST's page geometry and its numbered table of workers, one row per handover."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

from PIL import Image, UnidentifiedImageError
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    LongTable,
    TableStyle,
)

from printing.bast_data import WITA, BastDataError, BastLabels, BastRow
from printing.fonts import FontNames

_SLASH = re.compile(r"(?<=/)(?=.)")

# A4 portrait: the eight columns fit in 180 mm at 7.5 pt, and a bound SPJ file is portrait.
# Landscape would give each row more width it does not need and cost half as many pages again.
MARGIN = 15 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_BOTTOM = MARGIN + 8 * mm  # the footer sits below
BODY_SIZE = 7.5
LEADING = 9.0
PAD = 2.0
_THUMB_WIDTH, _THUMB_HEIGHT = 28 * mm, 10 * mm
_SIGNATURE_COLUMN = 7
# Columns sized to their content get at most this much; what is left goes to the text columns.
_MAX_NIK_WIDTH = 34 * mm
_MAX_KPJ_WIDTH = 26 * mm
# How the width left over is shared by Nama, Desa/Kelurahan and Cara.
_TEXT_SHARES = (0.45, 0.28, 0.27)
_ROW_HEIGHT = _THUMB_HEIGHT + 2 * PAD  # the least a row takes, with or without a signature
HEADER_FILL = colors.HexColor("#DDE5DF")
_ZEBRA = colors.HexColor("#F3F5F3")
RULE = colors.HexColor("#555555")
INK = colors.black


def rows_table(rows: Sequence[BastRow], labels: BastLabels, fonts: FontNames) -> LongTable:
    """The numbered list, one row per worker, its header repeated on every page.

    Text cells are plain strings wrapped here, not Paragraphs, and every row height is given:
    reportlab then never measures a cell again when it splits the table at each page, which
    is what keeps 4,000 rows well inside the time allowed.
    """
    widths = _column_widths(rows, labels, fonts)
    inner = [w - 2 * PAD for w in widths]
    titles = (labels.number, labels.name, labels.nik, labels.kpj, labels.desa, labels.time,
              labels.kind, labels.signature)  # fmt: skip
    head = [wrap(t, fonts.bold, inner[i]) for i, t in enumerate(titles)]
    data: list[list[Any]] = [head]
    heights = [max(t.count("\n") + 1 for t in head) * LEADING + 2 * PAD]
    one_day = len({row.time.astimezone(WITA).date() for row in rows}) == 1
    for number, row in enumerate(rows, start=1):
        local = row.time.astimezone(WITA)
        kind = wrap(row.kind, fonts.regular, inner[6])
        if row.note:
            kind += "\n" + wrap(row.note, fonts.regular, inner[6])
        cells: list[Any] = [
            str(number),
            wrap(row.name, fonts.regular, inner[1]),
            wrap(row.nik_masked, fonts.regular, inner[2]),
            wrap(row.kpj, fonts.regular, inner[3]),
            wrap(row.desa, fonts.regular, inner[4]) or labels.no_desa,
            f"{local:%H:%M}" if one_day else f"{local:%d/%m}\n{local:%H:%M}",
            kind,
            _signature_cell(row, labels),
        ]
        lines = max(cell.count("\n") + 1 for cell in cells if isinstance(cell, str))
        heights.append(max(_ROW_HEIGHT, lines * LEADING + 2 * PAD))
        data.append(cells)
    table = LongTable(data, colWidths=widths, rowHeights=heights, repeatRows=1,
                      splitByRow=1)  # fmt: skip
    table.setStyle(
        TableStyle([
            ("FONT", (0, 0), (-1, -1), fonts.regular, BODY_SIZE, LEADING),
            ("FONT", (0, 0), (-1, 0), fonts.bold, BODY_SIZE, LEADING),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _ZEBRA]),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("ALIGN", (5, 1), (5, -1), "CENTER"),
            ("ALIGN", (_SIGNATURE_COLUMN, 1), (_SIGNATURE_COLUMN, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        ])
    )  # fmt: skip
    return table


def _signature_cell(row: BastRow, labels: BastLabels) -> Any:
    if row.signature_png:
        return _Thumbnail(row.signature_png)
    return labels.on_paper if row.on_paper else labels.no_signature


def _column_widths(
    rows: Sequence[BastRow], labels: BastLabels, fonts: FontNames
) -> tuple[float, ...]:
    """Widths of the eight columns, filling the frame.

    No., NIK, No. KPJ and Waktu are as wide as their widest value (and the widest word of
    their header), so a NIK never breaks; the signature column holds a 28 mm thumbnail; Nama,
    Desa/Kelurahan and Cara share the rest and wrap.
    """

    def fit(label: str, values: Sequence[str], limit: float = FRAME_WIDTH) -> float:
        widest: float = max(
            [pdfmetrics.stringWidth(word, fonts.bold, BODY_SIZE) for word in label.split()]
            + [pdfmetrics.stringWidth(value, fonts.regular, BODY_SIZE) for value in values]
        )
        return min(limit, widest + 2 * PAD + 1)  # 1 pt against rounding in the wrap

    number = fit(labels.number, [str(len(rows))])
    nik = fit(labels.nik, [row.nik_masked for row in rows], _MAX_NIK_WIDTH)
    kpj = fit(labels.kpj, [row.kpj for row in rows], _MAX_KPJ_WIDTH)
    time = fit(labels.time, ["00:00"])
    signature = _THUMB_WIDTH + 2 * PAD + 2 * mm
    rest = FRAME_WIDTH - (number + nik + kpj + time + signature)
    name, desa, kind = (rest * share for share in _TEXT_SHARES)
    return (number, name, nik, kpj, desa, time, kind, signature)


def wrap(text: str, font: str, width: float, size: float = BODY_SIZE) -> str:
    """text broken into lines of at most width points, joined by newlines.

    A word wider than the column (a long name without spaces) is broken between characters:
    a BAST must show every letter of a name, never clip it.
    """
    lines: list[str] = []
    current = ""
    # A break may also follow a slash, glued to what comes before: "Desa/" "Kelurahan".
    pieces = [(i > 0, piece) for word in text.split() for i, piece in enumerate(_SLASH.split(word))]
    for glued, word in pieces:
        candidate = f"{current}{'' if glued else ' '}{word}" if current else word
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:
            if current and pdfmetrics.stringWidth(current + char, font, size) > width:
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)
    return "\n".join(lines)


class _Thumbnail(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A signature scaled into 28 x 10 mm, keeping its aspect ratio, on white."""

    def __init__(self, png: bytes) -> None:
        super().__init__()
        # Only the header is read and the chunks checked here, so a broken image is refused
        # before anything is written; the pixels are decoded when the page is drawn, which
        # keeps the decoded signatures of 4,000 rows from being held all at once.
        try:
            with Image.open(io.BytesIO(png)) as image:
                width, height = image.size
                image.verify()
        except (UnidentifiedImageError, OSError, SyntaxError) as error:
            raise BastDataError(f"a signature is not a readable image: {error}") from error
        scale = min(_THUMB_WIDTH / width, _THUMB_HEIGHT / height)
        self.width, self.height = width * scale, height * scale
        self._png = png

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        try:
            with Image.open(io.BytesIO(self._png)) as image:
                image.load()
                grey = _on_white(image)
        except (UnidentifiedImageError, OSError) as error:  # truncated pixel data
            raise BastDataError(f"a signature is not a readable image: {error}") from error
        self.canv.drawImage(ImageReader(grey), 0, 0, self.width, self.height)


def _on_white(image: Image.Image) -> Image.Image:
    """The image in grey on white: transparency flattened, a third of the bytes of RGB."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        flat = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flat.alpha_composite(rgba)
        return flat.convert("L")
    return image.convert("L")


def ellipsis(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
