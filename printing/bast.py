"""The BAST PDF: the handover record of an event or a day that the officials sign."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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

from printing.bast_data import (
    WITA,
    BastDataError,
    BastHeader,
    BastLabels,
    BastOfficial,
    BastRow,
    BastSummary,
    check_row,
)
from printing.bast_table import (
    BODY_BOTTOM,
    BODY_SIZE,
    FRAME_WIDTH,
    HEADER_FILL,
    INK,
    MARGIN,
    PAD,
    PAGE_HEIGHT,
    RULE,
    rows_table,
    wrap,
)
from printing.fonts import CardFonts, FontNames, register_fonts
from printing.page_footer import Footer, FooterCanvas

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


def render_bast(
    header: BastHeader,
    rows: Sequence[BastRow],
    *,
    out: Target,
    labels: BastLabels = BastLabels(),  # noqa: B008  # frozen: safe to share
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
        check_row(index, row)
    names = register_fonts(fonts)
    by_desa = _totals(row.desa for row in rows)
    by_kind = _totals(row.kind for row in rows)
    styles = _Styles(names)
    story: list[Flowable] = [
        *_title_block(header, labels, styles),
        rows_table(rows, labels, names),
        Spacer(1, 3 * mm),
        Paragraph(escape(labels.masked_note), styles.small),
        Spacer(1, 5 * mm),
        *_totals_block(by_desa, by_kind, labels, styles, names),
        _signature_block(header, labels, styles, len(rows)),
    ]
    pages: list[int] = []
    # The frame has no padding of its own: the 15 mm margins are the margins.
    frame = Frame(MARGIN, BODY_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN - BODY_BOTTOM,
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
        initialFontSize=BODY_SIZE,
    )
    footer = Footer(header.event, labels.page, names.regular, pages)
    doc.build(story, canvasmaker=partial(FooterCanvas, footer=footer))
    return BastSummary(pages=pages[0], rows=len(rows), by_desa=by_desa, by_kind=by_kind)


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
            "small": style("small", regular, 7.5, alignment=TA_LEFT, textColor=RULE),
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
    table = Table(data, colWidths=(34 * mm, 4 * mm, FRAME_WIDTH - 38 * mm), hAlign="LEFT")
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
                wrap(name.strip() or blank, fonts.regular, widths[1] - 2 * PAD),
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
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
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
    width = FRAME_WIDTH / per_row
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
