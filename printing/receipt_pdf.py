"""The tanda terima as a PDF on 80 mm paper, for a desk without a receipt printer."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from printing.card_data import QrLevel
from printing.card_layout import qr_matrix
from printing.fonts import CardFonts, register_fonts, wrap_words
from printing.receipt import (
    INDONESIAN_LABELS,
    ReceiptData,
    ReceiptLabels,
    format_date,
    format_time,
    printable_fields,
    signature_bitmap,
)

__all__ = ["receipt_pdf"]

WIDTH = 80 * mm
MARGIN = 5 * mm
TEXT = 8.5
LINE = TEXT * 1.35
QR_SIZE = 30 * mm


def receipt_pdf(
    data: ReceiptData, *, labels: ReceiptLabels = INDONESIAN_LABELS, out: Path | None = None
) -> bytes:
    """The receipt's content on one 80 mm page as long as it needs; the same checks as the
    thermal receipt (a NIK in clear is refused). Written to out too when given."""
    printable_fields(data)  # raises ReceiptDataError for what must not be printed
    fonts = register_fonts(CardFonts())
    usable = WIDTH - 2 * MARGIN
    lines: list[tuple[str, str, float]] = []  # (font, text, size)

    def add(text: str, *, bold: bool = False, size: float = TEXT) -> None:
        font = fonts.bold if bold else fonts.regular
        for line in wrap_words(text, font, size, usable):
            lines.append((font, line, size))

    add(data.program_title, bold=True)
    add(labels.heading, bold=True, size=10)
    top = (
        (labels.name, data.worker_name),
        (labels.kpj, data.kpj),
        (labels.nik, data.masked_nik),
        (labels.serial, data.card_serial),
    )
    account = (
        ((labels.bank_account, data.account_number),)
        if data.account_number
        else (
            (labels.bank_account, labels.bank_in_process.format(number=data.account_application)),
        )
        if data.account_application
        else ()
    )
    bottom = (
        *account,
        (labels.site, data.site),
        (labels.operator, data.operator),
        (labels.date, format_date(data.printed_at.date(), labels.months)),
        (labels.time, format_time(data.printed_at)),
    )
    signature_height = 22 * mm if data.signature is not None else 0.0
    height = (
        2 * MARGIN + LINE * (len(lines) + len(top) + len(bottom) + 6) + QR_SIZE + signature_height
    )
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(WIDTH, height), invariant=1)
    canvas.setTitle(labels.heading)
    y = height - MARGIN - TEXT
    for font, text, size in lines:
        canvas.setFont(font, size)
        canvas.drawCentredString(WIDTH / 2, y, text)
        y -= size * 1.35
    y -= LINE / 2
    for label, value in top:
        canvas.setFont(fonts.regular, TEXT)
        canvas.drawString(MARGIN, y, label)
        canvas.setFont(fonts.bold, TEXT)
        canvas.drawString(MARGIN + 20 * mm, y, value[:40])
        y -= LINE
    matrix = qr_matrix(data.qr_payload, QrLevel.M)
    module = QR_SIZE / (len(matrix) + 8)
    left = (WIDTH - QR_SIZE) / 2 + 4 * module
    top_y = y - 4 * module
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                canvas.rect(left + col * module, top_y - (row + 1) * module, module, module,
                            stroke=0, fill=1)  # fmt: skip
    y -= QR_SIZE + LINE / 2
    canvas.setFont(fonts.regular, TEXT - 1)
    canvas.drawCentredString(WIDTH / 2, y, labels.qr_caption)
    y -= LINE * 1.5
    for label, value in bottom:
        canvas.setFont(fonts.regular, TEXT)
        canvas.drawString(MARGIN, y, label)
        canvas.drawString(MARGIN + 20 * mm, y, value[:40])
        y -= LINE
    if data.signature is not None:
        y -= LINE / 2
        canvas.drawCentredString(WIDTH / 2, y, data.signature.caption)
        bitmap = signature_bitmap(data.signature.png, 384)
        shown_w = usable * 0.7
        shown_h = min(16 * mm, shown_w * bitmap.height / bitmap.width)
        canvas.drawImage(ImageReader(bitmap.convert("L")), (WIDTH - shown_w) / 2,
                         y - shown_h - 1 * mm, shown_w, shown_h)  # fmt: skip
        y -= shown_h + 1 * mm + LINE
        canvas.drawCentredString(WIDTH / 2, y, data.signature.signer)
    canvas.showPage()
    canvas.save()
    pdf = buffer.getvalue()
    if out is not None:
        out.write_bytes(pdf)
    return pdf
