"""The programme report's document: the title block with the date and each site's freshness,
the sections in order, and the footer with "Halaman X dari Y" on every page.

Loaded only when a report is drawn (printing.report_pdf.render_report_pdf imports it inside
the function): it brings reportlab's platypus and graphics.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printing.bast_table import (
    BODY_BOTTOM,
    FRAME_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    RULE,
)
from printing.fonts import CardFonts, FontNames, register_fonts
from printing.page_footer import Footer, FooterCanvas
from printing.report_data import ProgrammeReport
from printing.report_pdf import (
    freshness_line,
    made_at_text,
    percent,
    period_text,
    scope_text,
    thousands,
    total_label,
)
from printing.report_pdf_charts import day_chart, progress_chart
from printing.report_pdf_tables import (
    bank_table,
    cards_table,
    desk_hour_table,
    doubles_table,
    progress_table,
)

TITLE = "Laporan Kemajuan Program"
PROGRAMME = (
    "Program Jaminan Kecelakaan Kerja dan Jaminan Kematian bagi pekerja rentan; "
    "iuran dibayar oleh Pemerintah Provinsi Nusa Tenggara Timur"
)
PAGE_LABEL = "Halaman %d dari %d"


def build_report_pdf(report: ProgrammeReport, out: Path) -> None:
    names = register_fonts(CardFonts())
    styles = _Styles(names)
    story: list[Flowable] = [
        *_title_block(report, styles),
        *_summary(report, styles),
        *_progress(report, styles),
        *_reconciliation(report, styles),
        *_doubles(report, styles),
        *_per_day(report, styles),
        *_per_desk_hour(report, styles),
    ]
    frame = Frame(MARGIN, BODY_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN - BODY_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    doc = BaseDocTemplate(
        os.fspath(out),
        pagesize=A4,
        pageTemplates=[PageTemplate("report", [frame])],
        title=TITLE,
        author="ntt-kiosk",
        creator="ntt-kiosk",
        subject=scope_text(report),
        invariant=1,  # no clock in the file: the same report gives the same bytes
        pageCompression=1,
        initialFontName=names.regular,  # else reportlab names Helvetica, which is not embedded
        initialFontSize=8,
    )
    footer = f"{TITLE} · dibuat {made_at_text(report)}"
    doc.build(
        story,
        canvasmaker=partial(FooterCanvas, footer=Footer(footer, PAGE_LABEL, names.regular)),
    )


@dataclass(frozen=True)
class _Styles:
    fonts: FontNames
    title: ParagraphStyle = field(init=False)
    subtitle: ParagraphStyle = field(init=False)
    body: ParagraphStyle = field(init=False)
    small: ParagraphStyle = field(init=False)
    heading: ParagraphStyle = field(init=False)

    def __post_init__(self) -> None:
        regular, bold = self.fonts.regular, self.fonts.bold

        def style(name: str, font: str, size: float, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **kw)

        values = {
            "title": style("title", bold, 13, alignment=TA_CENTER, spaceAfter=1 * mm),
            "subtitle": style("subtitle", regular, 9, alignment=TA_CENTER),
            "body": style("body", regular, 8.5, alignment=TA_LEFT),
            "small": style("small", regular, 7.5, alignment=TA_LEFT, textColor=RULE),
            "heading": style("heading", bold, 10, spaceBefore=2 * mm, spaceAfter=2 * mm),
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)


def _title_block(report: ProgrammeReport, styles: _Styles) -> list[Flowable]:
    fresh = [freshness_line(site) for site in report.freshness] or ["tidak ada keterangan"]
    fields = [
        ("Dibuat", made_at_text(report)),
        ("Cakupan", scope_text(report)),
        ("Periode serah terima", period_text(report.scope)),
        ("Kesegaran data", "\n".join(fresh)),
    ]
    data = [
        [Paragraph(escape(k), styles.body), ":",
         Paragraph("<br/>".join(escape(line) for line in v.splitlines()), styles.body)]
        for k, v in fields
    ]  # fmt: skip
    table = Table(data, colWidths=(34 * mm, 4 * mm, FRAME_WIDTH - 38 * mm), hAlign="LEFT")
    table.setStyle(
        TableStyle([
            ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ])
    )  # fmt: skip
    return [
        Paragraph(escape(TITLE), styles.title),
        Paragraph(escape(PROGRAMME), styles.subtitle),
        _Rule(),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 1.5 * mm),
        Paragraph(
            "Kesegaran data: angka dari suatu lokasi hanya sampai saat data terakhirnya diterima "
            "di basis data laporan ini. Semua waktu dalam WITA.",
            styles.small,
        ),
        Spacer(1, 3 * mm),
    ]


def _summary(report: ProgrammeReport, styles: _Styles) -> list[Flowable]:
    """The province's four figures at a glance, each with its share of the target."""
    total = report.total
    figures = (
        ("Target", total.target, None),
        ("Terdaftar", total.registered, percent(total.registered, total.target)),
        ("Kartu dicetak", total.printed, percent(total.printed, total.target)),
        ("Kartu diserahkan", total.handed_over, percent(total.handed_over, total.target)),
        ("Rekening dibuka", total.account_opened, percent(total.account_opened, total.target)),
    )
    names = [name for name, _, _ in figures]
    values = [thousands(v) if v is not None else "belum ditetapkan" for _, v, _ in figures]
    shares = [f"{share} dari target" if share is not None else "" for _, _, share in figures]
    table = Table([names, values, shares], colWidths=[FRAME_WIDTH / 5] * 5, hAlign="LEFT")
    fonts = styles.fonts
    table.setStyle(
        TableStyle([
            ("FONT", (0, 0), (-1, 0), fonts.regular, 8, 10),
            ("FONT", (0, 1), (-1, 1), fonts.bold, 13, 16),
            ("FONT", (0, 2), (-1, 2), fonts.regular, 7.5, 9),
            ("TEXTCOLOR", (0, 2), (-1, 2), RULE),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("BOX", (0, 0), (-1, -1), 0.8, RULE),
            ("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ])
    )  # fmt: skip
    return [table, Spacer(1, 4 * mm)]


def _progress(report: ProgrammeReport, styles: _Styles) -> list[Flowable]:
    rows = report.kabupaten
    heading = Paragraph("1. Kemajuan per kabupaten/kota", styles.heading)
    if not rows:
        return [heading, Paragraph("Tidak ada kabupaten/kota dalam laporan ini.", styles.body)]
    unset = [row.name for row in rows if row.target is None]
    notes = [
        "Angka menghitung peserta (pekerja), bukan kartu. Persentase: terhadap target "
        "kabupaten/kota itu."
    ]
    if unset:
        notes.append(
            "Target belum ditetapkan untuk: "
            + ", ".join(unset)
            + f". Persentase baris {total_label(report).lower()} dihitung terhadap jumlah "
            "target yang sudah ditetapkan."
        )
    chart = progress_chart(rows, styles.fonts, FRAME_WIDTH)
    return [
        heading,
        progress_table(rows, report.total, total_label(report), styles.fonts),
        Spacer(1, 1.5 * mm),
        *(Paragraph(escape(note), styles.small) for note in notes),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                Paragraph("2. Grafik kemajuan per kabupaten/kota terhadap target", styles.heading),
                chart,
            ]
        ),
        Spacer(1, 4 * mm),
    ]


def _reconciliation(report: ProgrammeReport, styles: _Styles) -> list[Flowable]:
    cards = report.cards
    parts = cards.handed_over + cards.waiting + cards.replaced + cards.voided
    if cards.printed == parts:
        check = "Setiap kartu yang dicetak tercatat tepat di satu kolom."
    else:
        check = (
            f"PERHATIAN: tidak seimbang. Selisih {thousands(cards.printed - parts)} kartu "
            "harus diperiksa."
        )
    bank = report.bank
    bank_sum = bank.opened + bank.pending + bank.rejected + bank.failed
    bank_note = (
        []
        if bank_sum == bank.applications
        else [
            Paragraph(
                f"PERHATIAN: jumlah keadaan ({thousands(bank_sum)}) tidak sama dengan jumlah "
                f"permohonan ({thousands(bank.applications)}).",
                styles.small,
            )
        ]
    )
    return [
        KeepTogether([
            Paragraph("3. Rekonsiliasi kartu", styles.heading),
            cards_table(cards, styles.fonts),
            Spacer(1, 1.5 * mm),
            Paragraph(
                escape(f"{check} Dihitung per kartu: kartu pengganti dihitung sendiri."),
                styles.small,
            ),
        ]),
        Spacer(1, 4 * mm),
        KeepTogether([
            Paragraph("4. Permohonan rekening", styles.heading),
            bank_table(bank, styles.fonts),
            *bank_note,
        ]),
        Spacer(1, 4 * mm),
    ]  # fmt: skip


def _doubles(report: ProgrammeReport, styles: _Styles) -> list[Flowable]:
    heading = Paragraph("5. Serah terima ganda", styles.heading)
    if not report.doubles:
        return [
            KeepTogether([heading, Paragraph("Tidak ada serah terima ganda.", styles.body)]),
            Spacer(1, 4 * mm),
        ]
    count = len(report.doubles)
    note = (
        f"{thousands(count)} peserta menerima kartu lebih dari sekali (di lokasi yang berbeda "
        "atau tanpa saling tahu). Perlu diselesaikan oleh supervisor."
    )
    block: list[Flowable] = [
        heading,
        Paragraph(escape(note), styles.body),
        Spacer(1, 1.5 * mm),
        doubles_table(report.doubles, styles.fonts),
    ]
    # A short list stays whole with its heading; a long one starts with room for a few doubles.
    if count <= 10:
        return [KeepTogether(block), Spacer(1, 4 * mm)]
    return [CondPageBreak(80 * mm), *block, Spacer(1, 4 * mm)]


def _per_day(report: ProgrammeReport, styles: _Styles) -> list[Flowable]:
    heading = Paragraph("6. Serah terima per hari", styles.heading)
    if not report.per_day:
        return [
            KeepTogether([heading, Paragraph("Belum ada serah terima.", styles.body)]),
            Spacer(1, 4 * mm),
        ]
    total = sum(day.handovers for day in report.per_day)
    first, last = report.per_day[0].day, report.per_day[-1].day
    note = (
        f"{thousands(total)} serah terima pada {thousands(len(report.per_day))} hari, "
        f"{first:%d-%m-%Y} s.d. {last:%d-%m-%Y} (WITA)."
    )
    return [
        KeepTogether(
            [
                heading,
                Paragraph(escape(note), styles.body),
                Spacer(1, 1.5 * mm),
                day_chart(report.per_day, styles.fonts, FRAME_WIDTH),
            ]
        ),
        Spacer(1, 4 * mm),
    ]


def _per_desk_hour(report: ProgrammeReport, styles: _Styles) -> list[Flowable]:
    heading = Paragraph("7. Serah terima per meja per jam", styles.heading)
    if not report.per_desk_hour:
        return [KeepTogether([heading, Paragraph("Belum ada serah terima.", styles.body)])]
    note = (
        "Jam dalam WITA: kolom 09 berarti 09.00–09.59. Makin gelap sel, makin banyak serah terima."
    )
    return [
        CondPageBreak(40 * mm),
        heading,
        Paragraph(escape(note), styles.body),
        Spacer(1, 1.5 * mm),
        desk_hour_table(report.per_desk_hour, styles.fonts),
    ]


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
