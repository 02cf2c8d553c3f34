"""Where everything goes on a card, and drawing it on a reportlab canvas."""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp
from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from printing.card_data import (
    CardData,
    CardDataError,
    CardStyle,
    QrLevel,
    format_issue_date,
    format_kpj,
)
from printing.errors import PrintingError
from printing.fonts import FontNames, TextFit, fit_text, wrap_paragraphs

_MM: float = mm  # points in a millimetre

# ISO/IEC 7810 ID-1 (CR80), landscape, in points.
CARD_WIDTH = 85.60 * _MM
CARD_HEIGHT = 53.98 * _MM
# Text keeps this far from the edges: card printers do not print reliably right at the edge.
MARGIN = 4.0 * _MM

NAME_MAX_SIZE = 12.0  # points
NAME_MIN_SIZE = 7.0  # the smallest size a name is meant to be read at
QR_MIN_SYMBOL = 18.0 * _MM  # the symbol alone, without its quiet zone
QR_QUIET_MODULES = 4  # ISO/IEC 18004
LABEL_SIZE = 5.0


class CardArtworkError(PrintingError):
    """The artwork image of a card style cannot be read."""


def _p(value_mm: float) -> float:
    return value_mm * _MM


# The front's grid, in points from the bottom-left corner.
_HEADER_BOTTOM = _p(43.8)
_ACCENT = _p(0.6)  # the rule under the header
_FOOTER_TOP = _p(5.8)
_NAME_LABEL_BASELINE = _p(40.9)
_NAME_TOP = _p(39.9)  # cap height of the name's first line
_NAME_HEIGHT = _p(8.5)  # room for two lines, descenders included
_NAME_WRAP_BELOW = 9.5  # points: a name that would be smaller on one line takes two
_QR_BOX_RIGHT = CARD_WIDTH - _p(3.5)
_QR_BOX_BOTTOM = _FOOTER_TOP + _p(1.2)
_QR_BOX = _p(23.5)  # symbol plus quiet zone
_QR_FRAME_GAP = _p(0.5)  # from the box to the rounded frame: its corners clear the quiet zone
_QR_FRAME_RADIUS = _p(1.2)
_QR_MIN_VERSION = 5  # 37 modules: fills the box with a symbol over QR_MIN_SYMBOL
_QR_MIN_MODULE = _p(0.3)  # 3.5 dots of a 300 dpi card printer
_COLUMN_GAP = _p(3.0)
_COLUMN = _QR_BOX_RIGHT - _QR_BOX - _COLUMN_GAP - MARGIN  # width of the details, left of the QR
_HALF_GAP = _p(2.0)
_HALF = (_COLUMN - _HALF_GAP) / 2
_BACK_BAND = _p(3.2)  # the bands at the top and bottom of the back

# The room for the worker's name on the front: x, y, width, height.
NAME_BOX = (MARGIN, _NAME_TOP - _NAME_HEIGHT, CARD_WIDTH - 2 * MARGIN, _NAME_HEIGHT)


def layout_name(name: str, *, fonts: FontNames) -> TextFit:
    """The size and lines a name is set in on the front, across the card between the margins."""
    return fit_text(
        name,
        fonts.bold,
        max_width=NAME_BOX[2],
        max_height=NAME_BOX[3],
        max_size=NAME_MAX_SIZE,
        wrap_below=_NAME_WRAP_BELOW,
    )


@dataclass(frozen=True, slots=True)
class QrLayout:
    """Where the QR symbol sits on the front: its bottom-left corner and module size, in points."""

    modules: int  # per side, without the quiet zone
    module: float
    x: float
    y: float

    @property
    def symbol(self) -> float:
        return self.modules * self.module

    @property
    def quiet_zone(self) -> float:
        return QR_QUIET_MODULES * self.module

    @property
    def box(self) -> tuple[float, float, float, float]:
        """The symbol with its quiet zone: x, y, width, height. Nothing else is drawn in it."""
        q = self.quiet_zone
        return self.x - q, self.y - q, self.symbol + 2 * q, self.symbol + 2 * q

    @property
    def frame(self) -> tuple[float, float, float, float]:
        """The rounded frame around the box, x, y, width, height: all of it outside the box."""
        x, y, width, height = self.box
        gap = _QR_FRAME_GAP
        return x - gap, y - gap, width + 2 * gap, height + 2 * gap


def layout_qr(modules: int) -> QrLayout:
    """Place a QR symbol of this many modules per side in the front's lower-right corner.

    The symbol and its quiet zone fill a fixed box; the symbol is never under QR_MIN_SYMBOL.
    Raises CardDataError when the modules would be too small to print reliably.
    """
    total = modules + 2 * QR_QUIET_MODULES
    module = max(_QR_BOX / total, QR_MIN_SYMBOL / modules)
    if module < _QR_MIN_MODULE:
        raise CardDataError(
            f"the QR payload is too long for a card: {modules} modules of {module / _MM:.2f} mm"
        )
    box = total * module
    quiet = QR_QUIET_MODULES * module
    return QrLayout(modules, module, _QR_BOX_RIGHT - box + quiet, _QR_BOX_BOTTOM + quiet)


def qr_matrix(payload: str, level: QrLevel) -> list[list[bool]]:
    """The QR modules for payload, row by row from the top; True is dark. No quiet zone.

    Encoded by zxing-cpp: the pure-Python encoders (qrcode, reportlab's) spend 10 to 15 ms
    choosing the mask pattern of a card-sized symbol, the whole budget of a card.
    """
    smallest = 17 + 4 * _QR_MIN_VERSION  # modules a side
    try:
        image = zxingcpp.create_barcode(
            payload, zxingcpp.BarcodeFormat.QRCode, ec_level=level.value
        ).to_image(scale=1, add_quiet_zones=False)
        if image.shape[0] < smallest:
            # A small payload gets a larger version, so that its quiet zone fits the box.
            image = zxingcpp.create_barcode(
                payload,
                zxingcpp.BarcodeFormat.QRCode,
                ec_level=level.value,
                version=_QR_MIN_VERSION,
            ).to_image(scale=1, add_quiet_zones=False)
    except ValueError as exc:
        raise CardDataError(f"the QR payload cannot be encoded: {exc}") from exc
    size = image.shape[0]
    # A byte a module, 0 dark and 255 light. Image has the buffer protocol; its stubs omit it.
    pixels = bytes(memoryview(image))  # type: ignore[arg-type]
    return [[pixels[row * size + col] < 128 for col in range(size)] for row in range(size)]


def _qr_path(matrix: list[list[bool]]) -> str:
    """PDF rectangle operators for the dark runs of each row, in module units."""
    parts: list[str] = []
    for row, modules in enumerate(matrix):
        start = -1
        for col, dark in enumerate(modules):
            if dark and start < 0:
                start = col
            elif not dark and start >= 0:
                parts.append(f"{start} {row} {col - start} 1 re")
                start = -1
        if start >= 0:
            parts.append(f"{start} {row} {len(modules) - start} 1 re")
    return "\n".join(parts)


class CardPainter:
    """Draws cards on one canvas; what cards share is drawn once per document, as a form."""

    def __init__(self, canvas: Canvas, style: CardStyle, fonts: FontNames) -> None:
        self._c = canvas
        self._style = style
        self._fonts = fonts
        colours = style.colours
        self._primary = HexColor(colours.primary)
        self._on_primary = HexColor(colours.on_primary)
        self._accent = HexColor(colours.accent)
        self._background = HexColor(colours.background)
        self._pattern = HexColor(colours.pattern)
        self._text = HexColor(colours.text)
        self._label = HexColor(colours.label)
        self._qr = HexColor(colours.qr)
        self._forms: dict[tuple[str, ...], str] = {}

    # ------------------------------------------------------------------ front
    def front(self, card: CardData) -> None:
        c = self._c
        c.doForm(self._front_form(card))
        fonts = self._fonts
        name = layout_name(card.name, fonts=fonts)
        c.setFillColor(self._text)
        c.setFont(fonts.bold, name.size)
        # Two lines are centred in the name's room; one line hangs from its top, by the label.
        top = _NAME_TOP - (_NAME_HEIGHT - name.height) / 2 if len(name.lines) > 1 else _NAME_TOP
        baseline = top - name.size * 0.76
        for line in name.lines:
            c.drawString(MARGIN, baseline, line)
            baseline -= name.leading

        matrix = qr_matrix(card.qr_payload, self._style.qr_level)
        qr = layout_qr(len(matrix))
        c.setFillColor(self._text)
        self._value(format_kpj(card.kpj), fonts.bold, 11.5, _p(24.2), _COLUMN, char_space=0.6)
        codes = " · ".join(benefit.name for benefit in card.coverage)
        self._value(codes, fonts.bold, 9.0, _p(17.4), _COLUMN)
        c.setFillColor(self._label)
        names = " · ".join(benefit.value for benefit in card.coverage)
        self._value(names, fonts.regular, 5.2, _p(15.0), _COLUMN)
        c.setFillColor(self._text)
        date = format_issue_date(card.issue_date, self._style.date_style)
        self._value(date, fonts.regular, 7.5, _p(8.6), _HALF)
        self._value(card.serial, fonts.regular, 7.5, _p(8.6), _HALF, x=MARGIN + _HALF + _HALF_GAP)
        self._qr_symbol(matrix, qr)

    def _value(
        self,
        text: str,
        font: str,
        size: float,
        baseline: float,
        width: float,
        *,
        x: float = MARGIN,
        char_space: float = 0.0,
    ) -> None:
        """One line of text, shrunk if needed to stay inside width."""
        natural = pdfmetrics.stringWidth(text, font, size) + char_space * max(len(text) - 1, 0)
        if natural > width:
            size *= width / natural
            char_space *= width / natural
        self._c.setFont(font, size)
        self._c.drawString(x, baseline, text, charSpace=char_space)

    def _front_form(self, card: CardData) -> str:
        key = ("front", card.program_title, card.payer_line)
        if key in self._forms:
            return self._forms[key]
        name = f"Front{len(self._forms)}"
        c = self._c
        c.beginForm(name)
        self._background_and_pattern()
        c.setFillColor(self._primary)
        c.rect(0, _HEADER_BOTTOM, CARD_WIDTH, CARD_HEIGHT - _HEADER_BOTTOM, stroke=0, fill=1)
        c.rect(0, 0, CARD_WIDTH, _FOOTER_TOP, stroke=0, fill=1)
        c.setFillColor(self._accent)
        c.rect(0, _HEADER_BOTTOM - _ACCENT, CARD_WIDTH, _ACCENT, stroke=0, fill=1)

        mark = _p(7.4)
        mark_y = _HEADER_BOTTOM + (CARD_HEIGHT - _HEADER_BOTTOM - mark) / 2
        self._mark(MARGIN, mark_y, mark)
        title_x = MARGIN + mark + _p(2.6)
        title = fit_text(
            card.program_title,
            self._fonts.bold,
            max_width=CARD_WIDTH - MARGIN - title_x,
            max_height=CARD_HEIGHT - _HEADER_BOTTOM - _p(2.4),
            max_size=10.0,
            wrap_below=8.5,
        )
        c.setFillColor(self._on_primary)
        c.setFont(self._fonts.bold, title.size)
        middle = (_HEADER_BOTTOM + CARD_HEIGHT) / 2
        baseline = middle + title.height / 2 - title.size * 0.92
        for line in title.lines:
            c.drawString(title_x, baseline, line)
            baseline -= title.leading
        payer = fit_text(
            card.payer_line,
            self._fonts.bold,
            max_width=CARD_WIDTH - 2 * MARGIN,
            max_height=_FOOTER_TOP,
            max_size=7.0,
            max_lines=1,
        )
        c.setFont(self._fonts.bold, payer.size)
        c.drawCentredString(CARD_WIDTH / 2, _FOOTER_TOP / 2 - payer.size * 0.36, payer.lines[0])

        labels = self._style.labels
        c.setFillColor(self._label)
        self._label_text(labels.name, _NAME_LABEL_BASELINE, NAME_BOX[2])
        self._label_text(labels.kpj, _p(28.0), _COLUMN)
        self._label_text(labels.coverage, _p(21.0), _COLUMN)
        self._label_text(labels.issue_date, _p(11.6), _HALF)
        self._label_text(labels.serial, _p(11.6), _HALF, x=MARGIN + _HALF + _HALF_GAP)
        c.endForm()
        self._forms[key] = name
        return name

    def _label_text(self, text: str, baseline: float, width: float, *, x: float = MARGIN) -> None:
        font = self._fonts.regular
        self._value(text.upper(), font, LABEL_SIZE, baseline, width, x=x, char_space=0.35)

    def _background_and_pattern(self) -> None:
        c = self._c
        c.setFillColor(self._background)
        c.rect(0, 0, CARD_WIDTH, CARD_HEIGHT, stroke=0, fill=1)
        # Fine concentric arcs, the look of security printing; pale enough not to compete
        # with the text. The QR's white box is drawn over them.
        c.setStrokeColor(self._pattern)
        c.setLineWidth(0.35)
        cx, cy = CARD_WIDTH * 0.62, -CARD_HEIGHT * 0.35
        for i in range(14):
            radius = _p(30.0) + i * _p(2.6)
            c.circle(cx, cy, radius, stroke=1, fill=0)

    def _mark(self, x: float, y: float, size: float) -> None:
        """The artwork, or a neutral mark: a shield with a tick, in a ring."""
        c = self._c
        artwork = self._style.artwork
        if artwork is not None:
            try:
                c.drawImage(str(artwork), x, y, size, size, mask="auto", preserveAspectRatio=True)
            except OSError as exc:
                raise CardArtworkError(f"cannot read the card artwork {artwork}: {exc}") from exc
            return
        c.setStrokeColor(self._on_primary)
        c.setFillColor(self._on_primary)
        c.setLineWidth(0.8)
        c.circle(x + size / 2, y + size / 2, size / 2 - 0.4, stroke=1, fill=0)
        s = size / 10
        shield = c.beginPath()
        shield.moveTo(x + 5 * s, y + 8.2 * s)
        shield.lineTo(x + 7.6 * s, y + 7.3 * s)
        shield.curveTo(x + 7.6 * s, y + 4.4 * s, x + 6.8 * s, y + 2.9 * s, x + 5 * s, y + 1.8 * s)
        shield.curveTo(x + 3.2 * s, y + 2.9 * s, x + 2.4 * s, y + 4.4 * s, x + 2.4 * s, y + 7.3 * s)
        shield.close()
        c.drawPath(shield, stroke=0, fill=1)
        c.setStrokeColor(self._primary)
        c.setLineWidth(0.9)
        c.setLineCap(1)
        c.setLineJoin(1)
        tick = c.beginPath()
        tick.moveTo(x + 3.8 * s, y + 5.1 * s)
        tick.lineTo(x + 4.7 * s, y + 4.1 * s)
        tick.lineTo(x + 6.4 * s, y + 6.1 * s)
        c.drawPath(tick, stroke=1, fill=0)

    def _qr_symbol(self, matrix: list[list[bool]], qr: QrLayout) -> None:
        c = self._c
        c.setStrokeColor(self._primary)
        c.setFillColor(white)
        c.setLineWidth(0.5)
        c.roundRect(*qr.frame, _QR_FRAME_RADIUS, stroke=1, fill=1)
        # One path in module units, rows top-down, dark runs merged: no seams between modules,
        # a small page stream. Written as integer operators, because reportlab's path object
        # formats every coordinate as a float, which costs more than the rest of the card.
        c.saveState()
        c.translate(qr.x, qr.y + qr.symbol)
        c.scale(qr.module, -qr.module)
        c.setFillColor(self._qr)
        c.addLiteral(_qr_path(matrix) + " f")
        c.restoreState()

    # ------------------------------------------------------------------ back
    def back(self, card: CardData) -> None:
        c = self._c
        c.doForm(self._back_form())
        c.setFillColor(self._on_primary)
        c.setFont(self._fonts.regular, 5.5)
        text = f"{self._style.labels.serial} {card.serial}"
        c.drawRightString(CARD_WIDTH - MARGIN, _BACK_BAND / 2 - 5.5 * 0.36, text)

    def _back_form(self) -> str:
        key = ("back",)
        if key in self._forms:
            return self._forms[key]
        name = f"Back{len(self._forms)}"
        c = self._c
        style = self._style
        fonts = self._fonts
        width = CARD_WIDTH - 2 * MARGIN
        c.beginForm(name)
        self._background_and_pattern()
        c.setFillColor(self._primary)
        c.rect(0, CARD_HEIGHT - _BACK_BAND, CARD_WIDTH, _BACK_BAND, stroke=0, fill=1)
        c.rect(0, 0, CARD_WIDTH, _BACK_BAND, stroke=0, fill=1)
        c.setFillColor(self._accent)
        c.rect(0, CARD_HEIGHT - _BACK_BAND - _ACCENT, CARD_WIDTH, _ACCENT, stroke=0, fill=1)

        # Contacts from the bottom up, then the instructions take the room that is left.
        line = _p(2.6)
        baseline = _BACK_BAND + _p(2.2) + (len(style.contacts) - 1) * line
        contacts_heading = baseline + _p(3.0)
        rule = contacts_heading + _p(2.6)
        c.setFillColor(self._text)
        for contact in style.contacts:
            self._value(contact, fonts.regular, 6.0, baseline, width)
            baseline -= line
        c.setFillColor(self._primary)
        self._heading(style.labels.contacts, contacts_heading)
        c.setStrokeColor(self._accent)
        c.setLineWidth(0.4)
        c.line(MARGIN, rule, CARD_WIDTH - MARGIN, rule)

        heading = CARD_HEIGHT - _BACK_BAND - _ACCENT - _p(3.4)
        self._heading(style.labels.instructions, heading)
        top = heading - _p(1.6)
        max_size = 6.2
        indent = pdfmetrics.stringWidth(f"{len(style.instructions)}. ", fonts.regular, max_size)
        size, paragraphs = wrap_paragraphs(
            style.instructions,
            fonts.regular,
            max_width=width - indent,
            max_height=top - rule - _p(1.4),
            max_size=max_size,
        )
        indent *= size / max_size
        leading = size * 1.2
        baseline = top - size * 0.76
        c.setFillColor(self._text)
        c.setFont(fonts.regular, size)
        for number, lines in enumerate(paragraphs, 1):
            c.drawRightString(MARGIN + indent - size * 0.3, baseline, f"{number}.")
            for text in lines:
                c.drawString(MARGIN + indent, baseline, text)
                baseline -= leading
            baseline -= 0.35 * leading
        c.endForm()
        self._forms[key] = name
        return name

    def _heading(self, text: str, baseline: float) -> None:
        width = CARD_WIDTH - 2 * MARGIN
        self._value(text.upper(), self._fonts.bold, 6.0, baseline, width, char_space=0.4)
