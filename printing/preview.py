"""A picture of a card PDF for the screen, drawn from the very bytes that are printed."""

from __future__ import annotations

import io

import pypdfium2

from printing.card_layout import CARD_WIDTH

__all__ = ["pdf_page_png"]


def pdf_page_png(pdf: bytes, width_px: int, page: int = 0) -> bytes:
    """Page `page` of a PDF as PNG bytes, width_px pixels wide."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        scale = width_px / CARD_WIDTH if width_px > 0 else 1.0
        image = document[page].render(scale=scale).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()
    finally:
        document.close()
