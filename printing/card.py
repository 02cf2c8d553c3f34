"""Participant cards as PDF: one card, or a batch as one document, a CR80 page per side."""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Iterable
from typing import BinaryIO

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

from printing.card_data import (
    DEFAULT_CONTACTS,
    DEFAULT_INSTRUCTIONS,
    Benefit,
    CardColours,
    CardData,
    CardDataError,
    CardLabels,
    CardStyle,
    DateStyle,
    QrLevel,
    format_issue_date,
    format_kpj,
)
from printing.card_layout import (
    CARD_HEIGHT,
    CARD_WIDTH,
    LABEL_SIZE,
    MARGIN,
    NAME_BOX,
    NAME_MIN_SIZE,
    QR_MIN_SYMBOL,
    CardArtworkError,
    CardPainter,
    QrLayout,
    layout_name,
    layout_qr,
    qr_matrix,
)
from printing.fonts import CardFonts, FontFileError, register_fonts

__all__ = [
    "CARD_HEIGHT",
    "CARD_WIDTH",
    "DEFAULT_CONTACTS",
    "DEFAULT_INSTRUCTIONS",
    "MARGIN",
    "NAME_BOX",
    "NAME_MIN_SIZE",
    "QR_MIN_SYMBOL",
    "Benefit",
    "CardArtworkError",
    "CardColours",
    "CardData",
    "CardDataError",
    "CardFonts",
    "CardLabels",
    "CardStyle",
    "DateStyle",
    "FontFileError",
    "QrLayout",
    "QrLevel",
    "card_pdf",
    "format_issue_date",
    "format_kpj",
    "layout_name",
    "layout_qr",
    "qr_matrix",
    "render_card",
    "render_cards",
]

Target = str | os.PathLike[str] | BinaryIO


def render_card(card: CardData, *, style: CardStyle, out: Target, with_back: bool = False) -> None:
    """Write one card as a PDF to a path or a binary file: the front, then the back if asked."""
    render_cards((card,), style=style, out=out, with_back=with_back)


def card_pdf(card: CardData, *, style: CardStyle, with_back: bool = False) -> bytes:
    """One card as PDF bytes, for a transport that takes bytes."""
    buffer = io.BytesIO()
    render_card(card, style=style, out=buffer, with_back=with_back)
    return buffer.getvalue()


def render_cards(
    cards: Iterable[CardData], *, style: CardStyle, out: Target, with_back: bool = False
) -> int:
    """Write cards as one PDF, a page per side, in the order given; return how many cards.

    cards is consumed lazily: a caller can stream a batch, count it for a progress bar, or
    cancel it by raising from its iterator. Nothing is written until the last card is drawn,
    so a cancelled or failed batch leaves no half-written file behind. reportlab holds the
    whole document until then: memory grows by about 13 KB a card at its peak (while saving),
    so a batch that must stay flat is split into several documents. Raises CardDataError for
    a card that cannot be drawn and when there is no card at all.
    """
    fonts = register_fonts(style.fonts)
    canvas = _CardCanvas(
        os.fspath(out) if isinstance(out, (str, os.PathLike)) else out,
        pagesize=(CARD_WIDTH, CARD_HEIGHT),
        pageCompression=1,
        invariant=1,  # no clock in the file: the same cards give the same bytes
        initialFontName=fonts.regular,  # else reportlab names Helvetica, which is not embedded
        initialFontSize=LABEL_SIZE,
    )
    canvas.setCreator("ntt-kiosk")
    canvas.setAuthor("ntt-kiosk")
    canvas.setTitle("Kartu peserta")
    painter = CardPainter(canvas, style, fonts)
    count = 0
    for card in cards:
        painter.front(card)
        canvas.showPage()
        if with_back:
            painter.back(card)
            canvas.showPage()
        count += 1
    if count == 0:
        raise CardDataError("there are no cards to render")
    canvas.save()
    return count


class _CardCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that compresses each page as soon as it is finished.

    reportlab keeps a document's pages in memory as text until save(), then compresses them
    and wraps each in ASCII85. Compressed at once, a front's content shrinks from 10 KB of
    text to 2.5 KB, and saving skips the ASCII85 pass, a third of a card's time. This reaches
    into reportlab's document (Pages, PDFPage.Contents), unchanged for many releases; the
    integration tests read every page back with poppler.
    """

    def showPage(self) -> None:  # noqa: N802  # reportlab's name
        super().showPage()
        page = self._doc.Pages.pages[-1]
        content = zlib.compress(page.stream.encode("utf8"))  # reportlab's own encoding
        page.Contents = PDFStream(PDFDictionary({"Filter": PDFName("FlateDecode")}), content)
        page.stream = None
