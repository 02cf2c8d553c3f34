"""The province's programme report as an A4 PDF for the governor's office, in Indonesian.

Everything printed comes from one ProgrammeReport: the PDF counts nothing itself, so it agrees
with the window, the XLSX and the JSON drawn from the same object. reportlab (platypus and its
chart drawings) loads only when a report is drawn: the pages live in report_pdf_pages, which
this module imports inside render_report_pdf, never at start-up.

The words and number formats the pages share are here, in plain Python, so that they can be
read (and tested) without reportlab.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

from printing.bast_data import WITA
from printing.report_data import ProgrammeReport, ReportScope, SiteFreshness

__all__ = ["render_report_pdf"]

NO_FIGURE = "–"  # a percentage of a target that is not set


def render_report_pdf(report: ProgrammeReport, out: Path) -> None:
    """Write the report as an A4 portrait PDF to out.

    Raises FileNotFoundError, before anything is laid out, when out's folder does not exist.
    reportlab writes the file only once the last page is laid out: a failure leaves none.
    """
    folder = out.parent
    if not folder.is_dir():
        raise FileNotFoundError(
            errno.ENOENT, f"the folder for the report PDF does not exist: {folder}", os.fspath(out)
        )
    from printing.report_pdf_pages import build_report_pdf  # reportlab: loaded on first use

    build_report_pdf(report, out)


def thousands(n: int) -> str:
    """n with Indonesian thousands separators: 100.000."""
    return f"{n:,}".replace(",", ".")


def percent(part: int, whole: int | None) -> str:
    """part as a percentage of whole, one decimal, Indonesian comma: "97,9%"; "–" without a
    whole (no target set, or a target of 0)."""
    if not whole:
        return NO_FIGURE
    return f"{100 * part / whole:.1f}%".replace(".", ",")


def short_name(name: str) -> str:
    """A kabupaten's name for a chart label: "Kabupaten Timor Tengah Selatan" -> "Kab. ..."."""
    prefix = "Kabupaten "
    return "Kab. " + name[len(prefix) :] if name.startswith(prefix) else name


def wita(moment: dt.datetime) -> dt.datetime:
    """An aware moment in WITA (UTC+8), as every time in the report is shown."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a report time must be aware, not {moment!r}")
    return moment.astimezone(WITA)


def date_text(day: dt.date) -> str:
    return f"{day:%d-%m-%Y}"


def made_at_text(report: ProgrammeReport) -> str:
    return f"{wita(report.made_at):%d-%m-%Y %H:%M} WITA"


def freshness_line(site: SiteFreshness) -> str:
    """'data Hub Sumba Timur s.d. 04-12 14:02' (WITA), or that nothing came from it yet."""
    if site.known_until is None:
        line = f"data {site.site}: belum ada data yang diterima"
    else:
        line = f"data {site.site} s.d. {wita(site.known_until):%d-%m %H:%M}"
    return f"{line} (basis data laporan ini)" if site.this_database else line


def scope_text(report: ProgrammeReport) -> str:
    """What the report covers: the province, or one kabupaten by name and code."""
    code = report.scope.kabupaten
    if code is None:
        return f"Seluruh Provinsi Nusa Tenggara Timur ({len(report.kabupaten)} kabupaten/kota)"
    names = [row.name for row in report.kabupaten if row.code == code]
    return f"{names[0]} ({code})" if names else code


def period_text(scope: ReportScope) -> str:
    """The period of handover days the report covers."""
    first, last = scope.date_from, scope.date_to
    if first is None and last is None:
        return "semua tanggal"
    if last is None:
        assert first is not None
        return f"sejak {date_text(first)}"
    if first is None:
        return f"s.d. {date_text(last)}"
    return f"{date_text(first)} s.d. {date_text(last)}"


def total_label(report: ProgrammeReport) -> str:
    return "Jumlah provinsi" if report.scope.kabupaten is None else "Jumlah"
