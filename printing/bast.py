"""The BAST PDF: the handover record of an event or a day that the officials sign."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from PIL import Image, UnidentifiedImageError
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printing.errors import PrintingError
from printing.fonts import CardFonts, FontNames, register_fonts

__all__ = [
    "WITA",
    "BastDataError",
    "BastHeader",
    "BastLabels",
    "BastOfficial",
    "BastRow",
    "BastSummary",
    "render_bast",
]

Target = str | os.PathLike[str] | BinaryIO

# All of NTT keeps Waktu Indonesia Tengah; the column header says so once for every row.
WITA = dt.timezone(dt.timedelta(hours=8), "WITA")

_NIK_RUN = re.compile(r"[0-9]{16,}")
_DIGIT = re.compile(r"[0-9]")
_SLASH = re.compile(r"(?<=/)(?=.)")
_MASK_CHARS = ("•", "*")

# A4 portrait: the eight columns fit in 180 mm at 7.5 pt, and a bound SPJ file is portrait.
# Landscape would give each row more width it does not need and cost half as many pages again.
_MARGIN = 15 * mm
_PAGE_WIDTH, _PAGE_HEIGHT = A4
_FRAME_WIDTH = _PAGE_WIDTH - 2 * _MARGIN
_BODY_BOTTOM = _MARGIN + 8 * mm  # the footer sits below
_BODY_SIZE = 7.5
_LEADING = 9.0
_PAD = 2.0
_THUMB_WIDTH, _THUMB_HEIGHT = 28 * mm, 10 * mm
_SIGNATURE_COLUMN = 7
# Columns sized to their content get at most this much; what is left goes to the text columns.
_MAX_NIK_WIDTH = 34 * mm
_MAX_KPJ_WIDTH = 26 * mm
# How the width left over is shared by Nama, Desa/Kelurahan and Cara.
_TEXT_SHARES = (0.45, 0.28, 0.27)
_ROW_HEIGHT = _THUMB_HEIGHT + 2 * _PAD  # the least a row takes, with or without a signature
_HEADER_FILL = colors.HexColor("#DDE5DF")
_ZEBRA = colors.HexColor("#F3F5F3")
_RULE = colors.HexColor("#555555")
_INK = colors.black


class BastDataError(PrintingError, ValueError):
    """The data for a BAST cannot be printed as it is (a NIK in clear, a naive time, no rows)."""


@dataclass(frozen=True, slots=True)
class BastOfficial:
    """One official who signs: the role above the space to sign, the name and e.g. the NIP."""

    role: str  # "Yang menyerahkan", "Yang menerima", "Mengetahui"
    name: str
    id_line: str = ""  # "NIP. 19750312 200003 1 004", printed under the name when given


@dataclass(frozen=True, slots=True, kw_only=True)
class BastHeader:
    """What the BAST is about; printed in the title block and the signature blocks."""

    title: str = "BERITA ACARA SERAH TERIMA KARTU PESERTA BPJS KETENAGAKERJAAN"
    programme: str  # the line under the title, e.g. who pays for the cover
    event: str  # also in every page's footer
    site: str
    place_and_date: str  # above the signatures: "Waingapu, 25 November 2026"
    period: str  # "Selasa, 25 November 2026" or "25-27 November 2026"
    officials: tuple[BastOfficial, ...]
    number: str = ""  # the document's number, printed under the title when given


@dataclass(frozen=True, slots=True)
class BastRow:
    """One worker who received their card. The NIK arrives masked: printing never sees it."""

    name: str
    nik_masked: str  # "5311••••••••0001"
    kpj: str
    desa: str
    time: dt.datetime  # aware; printed in WITA
    kind: str  # how the card was handed over, already translated: "Cap jempol + saksi"
    signature_png: bytes | None  # None for a row without a signature: printed as "—"
    note: str = ""  # printed under the kind, e.g. who collected on the worker's behalf


@dataclass(frozen=True, slots=True)
class BastLabels:
    """Every fixed word of the BAST, Indonesian by default."""

    number: str = "No."
    name: str = "Nama"
    nik: str = "NIK"
    kpj: str = "No. KPJ"
    desa: str = "Desa/Kelurahan"
    time: str = "Waktu (WITA)"
    kind: str = "Cara"
    signature: str = "Tanda tangan"
    no_signature: str = "—"
    no_desa: str = "—"  # in the table, for a worker whose desa is not recorded
    unknown_desa: str = "Tidak tercatat"  # the same, in the totals
    document_number: str = "Nomor"
    event: str = "Kegiatan"
    site: str = "Lokasi"
    period: str = "Waktu pelaksanaan"
    opening: str = (
        "Telah diserahterimakan Kartu Peserta BPJS Ketenagakerjaan kepada para pekerja yang "
        "namanya tercantum dalam daftar berikut, masing-masing satu kartu, yang diterima "
        "langsung atau melalui wakilnya sebagaimana tercatat pada kolom Cara."
    )
    by_desa: str = "Jumlah per desa"
    by_kind: str = "Jumlah per cara serah terima"
    count: str = "Jumlah"
    total: str = "Jumlah seluruhnya"
    persons: str = "orang"
    masked_note: str = (
        "NIK ditampilkan tersamar untuk melindungi data pribadi "
        "(Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi)."
    )
    closing: str = (
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
        "sebagaimana mestinya."
    )
    page: str = "Halaman %d dari %d"


@dataclass(frozen=True, slots=True)
class BastSummary:
    """What was rendered: pages, rows, and the totals as printed (sorted by name, blank last).

    The totals are keyed by the rows' own desa and kind; a blank desa is printed as
    BastLabels.unknown_desa.
    """

    pages: int
    rows: int
    by_desa: tuple[tuple[str, int], ...]
    by_kind: tuple[tuple[str, int], ...]


def render_bast(
    header: BastHeader,
    rows: Sequence[BastRow],
    *,
    out: Target,
    labels: BastLabels = BastLabels(),  # frozen: safe to share
    fonts: CardFonts = CardFonts(),  # noqa: B008  # frozen: safe to share
) -> BastSummary:
    """Write the BAST of rows, in the order given, as an A4 PDF to a path or a binary file.

    Raises BastDataError, before anything is written, for no rows or no officials, a naive
    time, a NIK that is not masked, a 16-digit run in any printed text, or a signature that
    is not an image. reportlab writes the file only once the last page is laid out: a failure
    leaves none.
    """
    if not rows:
        raise BastDataError("a BAST lists at least one worker")
    if not header.officials:
        raise BastDataError("a BAST needs at least one official to sign it")
    for index, row in enumerate(rows, start=1):
        _check_row(index, row)
    names = register_fonts(fonts)
    by_desa = _totals(row.desa for row in rows)
    by_kind = _totals(row.kind for row in rows)
    styles = _Styles(names)
    story: list[Flowable] = [
        *_title_block(header, labels, styles),
        _rows_table(rows, labels, names),
        Spacer(1, 3 * mm),
        Paragraph(escape(labels.masked_note), styles.small),
        Spacer(1, 5 * mm),
        *_totals_block(by_desa, by_kind, labels, styles, names),
        _signature_block(header, labels, styles, len(rows)),
    ]
    pages: list[int] = []
    # The frame has no padding of its own: the 15 mm margins are the margins.
    frame = Frame(_MARGIN, _BODY_BOTTOM, _FRAME_WIDTH, _PAGE_HEIGHT - _MARGIN - _BODY_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    doc = BaseDocTemplate(
        os.fspath(out) if isinstance(out, (str, os.PathLike)) else out,
        pagesize=A4,
        pageTemplates=[PageTemplate("bast", [frame])],
        title=header.title,
        author="ntt-kiosk",
        creator="ntt-kiosk",
        subject=header.event,
        invariant=1,  # no clock in the file: the same rows give the same bytes
        pageCompression=1,
        initialFontName=names.regular,  # else reportlab names Helvetica, which is not embedded
        initialFontSize=_BODY_SIZE,
    )
    footer = _Footer(header.event, labels.page, names.regular, pages)
    doc.build(story, canvasmaker=partial(_FooterCanvas, footer=footer))
    return BastSummary(pages=pages[0], rows=len(rows), by_desa=by_desa, by_kind=by_kind)


def _check_row(index: int, row: BastRow) -> None:
    where = f"row {index} ({row.name!r})"
    if not row.name.split():
        raise BastDataError(f"row {index} has no name")
    if not row.kind.strip():
        raise BastDataError(f"{where}: how the card was handed over is missing")
    if row.time.utcoffset() is None:
        raise BastDataError(f"{where}: the time has no time zone")
    nik = row.nik_masked
    if not any(char in nik for char in _MASK_CHARS) or len(_DIGIT.findall(nik)) >= 16:
        raise BastDataError(f"{where}: the NIK is not masked: mask it before printing")
    for name in ("name", "kpj", "desa", "kind", "note"):
        if _NIK_RUN.search(getattr(row, name)):
            raise BastDataError(f"{where}: {name} holds a run of 16 digits (a NIK in clear?)")


def _totals(values: Any) -> tuple[tuple[str, int], ...]:
    counts = Counter[str](values)
    # Sorted by name, a blank (a worker whose desa is not recorded) last.
    return tuple(
        sorted(counts.items(), key=lambda item: (not item[0].strip(), item[0].casefold(), item[0]))
    )


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # Indonesian: 4.000


@dataclass(frozen=True)
class _Styles:
    fonts: FontNames
    title: ParagraphStyle = field(init=False)
    subtitle: ParagraphStyle = field(init=False)
    body: ParagraphStyle = field(init=False)
    small: ParagraphStyle = field(init=False)
    heading: ParagraphStyle = field(init=False)
    signer: ParagraphStyle = field(init=False)
    signer_name: ParagraphStyle = field(init=False)

    def __post_init__(self) -> None:
        regular, bold = self.fonts.regular, self.fonts.bold

        def style(name: str, font: str, size: float, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **kw)

        values = {
            "title": style("title", bold, 12, alignment=TA_CENTER, spaceAfter=1 * mm),
            "subtitle": style("subtitle", regular, 9.5, alignment=TA_CENTER),
            "body": style("body", regular, 9, alignment=TA_JUSTIFY),
            "small": style("small", regular, 7.5, alignment=TA_LEFT, textColor=_RULE),
            "heading": style("heading", bold, 9, spaceAfter=1.5 * mm),
            "signer": style("signer", regular, 9, alignment=TA_CENTER),
            "signer_name": style("signer_name", bold, 9, alignment=TA_CENTER),
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)


def _title_block(header: BastHeader, labels: BastLabels, styles: _Styles) -> list[Flowable]:
    block: list[Flowable] = [Paragraph(escape(header.title), styles.title)]
    if header.number:
        block.append(Paragraph(f"{escape(labels.document_number)}: {escape(header.number)}",
                               styles.subtitle))  # fmt: skip
    block += [Paragraph(escape(header.programme), styles.subtitle), _Rule(), Spacer(1, 2 * mm)]
    fields = [
        (labels.event, header.event),
        (labels.site, header.site),
        (labels.period, header.period),
    ]
    data = [
        [Paragraph(escape(k), styles.body), ":", Paragraph(escape(v), styles.body)]
        for k, v in fields
    ]
    table = Table(data, colWidths=(34 * mm, 4 * mm, _FRAME_WIDTH - 38 * mm), hAlign="LEFT")
    table.setStyle(
        TableStyle([
            ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ])
    )  # fmt: skip
    block += [table, Spacer(1, 2 * mm), Paragraph(escape(labels.opening), styles.body)]
    block.append(Spacer(1, 3 * mm))
    return block


def _rows_table(rows: Sequence[BastRow], labels: BastLabels, fonts: FontNames) -> LongTable:
    """The numbered list, one row per worker, its header repeated on every page.

    Text cells are plain strings wrapped here, not Paragraphs, and every row height is given:
    reportlab then never measures a cell again when it splits the table at each page, which
    is what keeps 4,000 rows well inside the time allowed.
    """
    widths = _column_widths(rows, labels, fonts)
    inner = [w - 2 * _PAD for w in widths]
    titles = (labels.number, labels.name, labels.nik, labels.kpj, labels.desa, labels.time,
              labels.kind, labels.signature)  # fmt: skip
    head = [_wrap(t, fonts.bold, inner[i]) for i, t in enumerate(titles)]
    data: list[list[Any]] = [head]
    heights = [max(t.count("\n") + 1 for t in head) * _LEADING + 2 * _PAD]
    one_day = len({row.time.astimezone(WITA).date() for row in rows}) == 1
    for number, row in enumerate(rows, start=1):
        local = row.time.astimezone(WITA)
        kind = _wrap(row.kind, fonts.regular, inner[6])
        if row.note:
            kind += "\n" + _wrap(row.note, fonts.regular, inner[6])
        cells: list[Any] = [
            str(number),
            _wrap(row.name, fonts.regular, inner[1]),
            _wrap(row.nik_masked, fonts.regular, inner[2]),
            _wrap(row.kpj, fonts.regular, inner[3]),
            _wrap(row.desa, fonts.regular, inner[4]) or labels.no_desa,
            f"{local:%H:%M}" if one_day else f"{local:%d/%m}\n{local:%H:%M}",
            kind,
            _Thumbnail(row.signature_png) if row.signature_png else labels.no_signature,
        ]
        lines = max(cell.count("\n") + 1 for cell in cells if isinstance(cell, str))
        heights.append(max(_ROW_HEIGHT, lines * _LEADING + 2 * _PAD))
        data.append(cells)
    table = LongTable(data, colWidths=widths, rowHeights=heights, repeatRows=1,
                      splitByRow=1)  # fmt: skip
    table.setStyle(
        TableStyle([
            ("FONT", (0, 0), (-1, -1), fonts.regular, _BODY_SIZE, _LEADING),
            ("FONT", (0, 0), (-1, 0), fonts.bold, _BODY_SIZE, _LEADING),
            ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _ZEBRA]),
            ("GRID", (0, 0), (-1, -1), 0.4, _RULE),
            ("BOX", (0, 0), (-1, -1), 0.8, _INK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, _INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("ALIGN", (5, 1), (5, -1), "CENTER"),
            ("ALIGN", (_SIGNATURE_COLUMN, 1), (_SIGNATURE_COLUMN, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
            ("TOPPADDING", (0, 0), (-1, -1), _PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD),
        ])
    )  # fmt: skip
    return table


def _column_widths(
    rows: Sequence[BastRow], labels: BastLabels, fonts: FontNames
) -> tuple[float, ...]:
    """Widths of the eight columns, filling the frame.

    No., NIK, No. KPJ and Waktu are as wide as their widest value (and the widest word of
    their header), so a NIK never breaks; the signature column holds a 28 mm thumbnail; Nama,
    Desa/Kelurahan and Cara share the rest and wrap.
    """

    def fit(label: str, values: Sequence[str], limit: float = _FRAME_WIDTH) -> float:
        widest: float = max(
            [pdfmetrics.stringWidth(word, fonts.bold, _BODY_SIZE) for word in label.split()]
            + [pdfmetrics.stringWidth(value, fonts.regular, _BODY_SIZE) for value in values]
        )
        return min(limit, widest + 2 * _PAD + 1)  # 1 pt against rounding in the wrap

    number = fit(labels.number, [str(len(rows))])
    nik = fit(labels.nik, [row.nik_masked for row in rows], _MAX_NIK_WIDTH)
    kpj = fit(labels.kpj, [row.kpj for row in rows], _MAX_KPJ_WIDTH)
    time = fit(labels.time, ["00:00"])
    signature = _THUMB_WIDTH + 2 * _PAD + 2 * mm
    rest = _FRAME_WIDTH - (number + nik + kpj + time + signature)
    name, desa, kind = (rest * share for share in _TEXT_SHARES)
    return (number, name, nik, kpj, desa, time, kind, signature)


def _totals_block(
    by_desa: tuple[tuple[str, int], ...],
    by_kind: tuple[tuple[str, int], ...],
    labels: BastLabels,
    styles: _Styles,
    fonts: FontNames,
) -> list[Flowable]:
    total = sum(count for _, count in by_desa)
    block: list[Flowable] = []
    for heading, column, counts in (
        (labels.by_desa, labels.desa, by_desa),
        (labels.by_kind, labels.kind, by_kind),
    ):
        blank = labels.unknown_desa if counts is by_desa else labels.no_signature
        widths = (10 * mm, 80 * mm, 22 * mm)
        data: list[list[str]] = [[labels.number, column, labels.count]]
        data += [
            [
                str(i),
                _wrap(name.strip() or blank, fonts.regular, widths[1] - 2 * _PAD),
                _thousands(count),
            ]
            for i, (name, count) in enumerate(counts, start=1)
        ]
        data.append(["", labels.count, _thousands(total)])
        table = LongTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle([
                ("FONT", (0, 0), (-1, -1), fonts.regular, 8.5, 10.5),
                ("FONT", (0, 0), (-1, 0), fonts.bold, 8.5, 10.5),
                ("FONT", (0, -1), (-1, -1), fonts.bold, 8.5, 10.5),
                ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, _RULE),
                ("BOX", (0, 0), (-1, -1), 0.8, _INK),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, _INK),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ])
        )  # fmt: skip
        # A short list stays whole with its heading; a long one may run over pages.
        heading_para = Paragraph(escape(heading), styles.heading)
        if len(counts) <= 12:
            block.append(KeepTogether([heading_para, table]))
        else:
            block += [heading_para, table]
        block.append(Spacer(1, 4 * mm))
    return block


def _signature_block(
    header: BastHeader, labels: BastLabels, styles: _Styles, total: int
) -> Flowable:
    """The grand total, the closing sentence, the place and date and the officials, kept whole.

    The grand total travels with the signatures, so that a page that is signed never stands
    without what it vouches for. Officials sit three to a row; a last, shorter row is centred.
    """
    per_row = min(3, len(header.officials))
    width = _FRAME_WIDTH / per_row
    grand = f"{labels.total}: {_thousands(total)} {labels.persons}"
    block: list[Flowable] = [
        Paragraph(escape(grand), styles.heading),
        Spacer(1, 2 * mm),
        Paragraph(escape(labels.closing), styles.body),
        Spacer(1, 4 * mm),
    ]
    place = [""] * (per_row - 1) + [Paragraph(escape(header.place_and_date), styles.signer)]
    for start in range(0, len(header.officials), per_row):
        chunk = header.officials[start : start + per_row]
        data: list[list[Any]] = [[_signer(official, styles) for official in chunk]]
        if start == 0:
            data.insert(0, place)
        table = Table(data, colWidths=[width] * len(chunk), hAlign="CENTER")
        table.setStyle(
            TableStyle([
                ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ])
        )  # fmt: skip
        block += [table, Spacer(1, 4 * mm)]
    return KeepTogether(block)


def _signer(official: BastOfficial, styles: _Styles) -> list[Flowable]:
    cell: list[Flowable] = [
        Paragraph(_lines(official.role), styles.signer),
        Spacer(1, 22 * mm),  # room to sign and stamp
        Paragraph(f"<u>{escape(official.name)}</u>", styles.signer_name),
    ]
    if official.id_line:
        cell.append(Paragraph(escape(official.id_line), styles.signer))
    return cell


def _lines(text: str) -> str:
    """text as Paragraph markup, its own line breaks kept ("Yang menyerahkan,\\nKepala ...")."""
    return "<br/>".join(escape(line) for line in text.splitlines())


def _wrap(text: str, font: str, width: float, size: float = _BODY_SIZE) -> str:
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


class _Rule(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A double rule across the frame under the title, as on a letterhead."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, 3 * mm

    def draw(self) -> None:
        self.canv.setLineWidth(1.2)
        self.canv.line(0, 2.2 * mm, self._width, 2.2 * mm)
        self.canv.setLineWidth(0.4)
        self.canv.line(0, 1.5 * mm, self._width, 1.5 * mm)


@dataclass(frozen=True, slots=True)
class _Footer:
    event: str
    page_label: str
    font: str
    pages: list[int]  # the page count, reported back to render_bast


class _FooterCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that holds its pages until save(), so each footer can say "of N".

    This is reportlab's documented recipe for page totals: one layout pass instead of two.
    """

    def __init__(self, *args: Any, footer: _Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802  # reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        self._footer.pages.append(total)
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        footer = self._footer
        y = _MARGIN
        self.saveState()
        self.setStrokeColor(_RULE)
        self.setLineWidth(0.4)
        self.line(_MARGIN, y + 3.5 * mm, _PAGE_WIDTH - _MARGIN, y + 3.5 * mm)
        self.setFont(footer.font, 7.5)
        self.setFillColor(_RULE)
        page = footer.page_label % (number, total)
        room = _FRAME_WIDTH - pdfmetrics.stringWidth(page, footer.font, 7.5) - 10 * mm
        self.drawString(_MARGIN, y, _ellipsis(footer.event, footer.font, 7.5, room))
        self.drawRightString(_PAGE_WIDTH - _MARGIN, y, page)
        self.restoreState()


def _ellipsis(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
