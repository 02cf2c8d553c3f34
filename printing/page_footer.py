"""The footer of an A4 document's every page: its name on the left, "Halaman X dari Y" on
the right (the BAST and the province's report)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from printing.bast_table import FRAME_WIDTH, MARGIN, PAGE_WIDTH, RULE, ellipsis


@dataclass(frozen=True)
class Footer:
    text: str  # on the left, shortened with an ellipsis when it would reach the page number
    page_label: str  # "Halaman %d dari %d"
    font: str
    pages: list[int] = field(default_factory=list)  # the page count, reported back


class FooterCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that holds its pages until save(), so each footer can say "of N".

    This is reportlab's documented recipe for page totals: one layout pass instead of two.
    Use it as `doc.build(story, canvasmaker=partial(FooterCanvas, footer=Footer(...)))`.
    """

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
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
        y = MARGIN
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN, y + 3.5 * mm, PAGE_WIDTH - MARGIN, y + 3.5 * mm)
        self.setFont(footer.font, 7.5)
        self.setFillColor(RULE)
        page = footer.page_label % (number, total)
        room = FRAME_WIDTH - pdfmetrics.stringWidth(page, footer.font, 7.5) - 10 * mm
        self.drawString(MARGIN, y, ellipsis(footer.text, footer.font, 7.5, room))
        self.drawRightString(PAGE_WIDTH - MARGIN, y, page)
        self.restoreState()
