"""Words for handovers: kinds, refusals, and the BAST (always in Bahasa Indonesia)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from db.models import HandoverKind
from kiosk.config import WITA
from kiosk.usecases.bast import BastContent
from kiosk.usecases.handover import HandoverProblem, PriorHandover

if TYPE_CHECKING:
    from printing.bast import BastOfficial, BastSummary

# The BAST is a formal record of the provincial administration: it is in Indonesian
# whatever language the kiosk's screens speak.
BAST_KINDS = {
    HandoverKind.SIGNED: "Tanda tangan",
    HandoverKind.THUMBPRINT: "Cap jempol + saksi",
    HandoverKind.REPRESENTATIVE: "Diwakilkan",
}
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")  # fmt: skip
_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
# Signed by hand: the names are written in on the day.
_OFFICIAL_ROLES = ("Yang menyerahkan,", "Mengetahui,", "Yang menerima,")
_BLANK_NAME = "(..............................)"


def _officials() -> tuple[BastOfficial, ...]:
    from printing.bast import BastOfficial

    return tuple(BastOfficial(role, _BLANK_NAME) for role in _OFFICIAL_ROLES)


def _long_date(day: dt.date, weekday: bool = False) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{_DAYS[day.weekday()]}, {text}" if weekday else text


def bast_document(content: BastContent, out: Path, *, site: str) -> BastSummary:
    """Render the BAST of content to out (a PDF)."""
    # reportlab's platypus is imported when a BAST is made, not when the window opens.
    from printing.bast import BastHeader, BastRow, render_bast

    first = content.first.date() if content.first else dt.datetime.now(WITA).date()
    last = content.last.date() if content.last else first
    period = (
        _long_date(first, weekday=True)
        if first == last
        else f"{_long_date(first)} – {_long_date(last)}"
    )
    place = (content.place or site or "").split(",")[-1].strip() or "Waingapu"
    header = BastHeader(
        programme=(
            "Program Jaminan Kecelakaan Kerja dan Jaminan Kematian bagi pekerja rentan; "
            "iuran dibayar oleh Pemerintah Provinsi Nusa Tenggara Timur"
        ),
        event=content.event_name or "Serah terima kartu peserta",
        site=content.place or site or "-",
        place_and_date=f"{place}, {_long_date(last)}",
        period=period,
        officials=_officials(),
    )
    rows = [
        BastRow(
            name=entry.name,
            nik_masked=entry.nik_masked,
            kpj=entry.kpj,
            desa=entry.desa,
            time=entry.at,
            kind=BAST_KINDS[entry.kind],
            signature_png=entry.signature_png,
            note=entry.note,
        )
        for entry in content.entries
    ]
    return render_bast(header, rows, out=out)


def kind_label(kind: HandoverKind) -> str:
    match kind:
        case HandoverKind.SIGNED:
            return QCoreApplication.translate("handover", "The worker signs")
        case HandoverKind.THUMBPRINT:
            return QCoreApplication.translate("handover", "Thumbprint and a witness")
        case HandoverKind.REPRESENTATIVE:
            return QCoreApplication.translate("handover", "A representative collects")


def handover_problem_text(problem: HandoverProblem, detail: str = "") -> str:
    match problem:
        case HandoverProblem.SIGNATURE_EMPTY:
            return QCoreApplication.translate("handover", "Please sign: the pad is empty.")
        case HandoverProblem.SIGNATURE_TOO_SMALL:
            return QCoreApplication.translate(
                "handover", "The signature is too small: sign with your usual signature."
            )
        case HandoverProblem.SIGNATURE_STRAIGHT_LINE:
            return QCoreApplication.translate(
                "handover",
                "A straight line is not a signature: please sign with your usual signature.",
            )
        case HandoverProblem.WITNESS_NAME_MISSING:
            return QCoreApplication.translate("handover", "Write the witness's name.")
        case HandoverProblem.REPRESENTATIVE_NAME_MISSING:
            return QCoreApplication.translate("handover", "Write the representative's name.")
        case HandoverProblem.REPRESENTATIVE_NIK_INVALID:
            return QCoreApplication.translate(
                "handover", "The representative's NIK is not valid: 16 digits, as on their KTP."
            )
        case HandoverProblem.RELATIONSHIP_MISSING:
            return QCoreApplication.translate(
                "handover", "Write how the representative is related to the worker."
            )
        case HandoverProblem.REASON_MISSING:
            return QCoreApplication.translate("handover", "Write the reason.")
        case HandoverProblem.NO_CARD:
            return QCoreApplication.translate(
                "handover", "This worker has no card yet: print it first."
            )
        case HandoverProblem.CARD_NOT_GENUINE:
            return QCoreApplication.translate(
                "handover", "This QR code is not a genuine card. Scan the card again."
            )
        case HandoverProblem.CARD_OF_ANOTHER_WORKER:
            text = QCoreApplication.translate(
                "handover", "This card belongs to another worker (%1). Take the right card."
            )
            return text.replace("%1", detail or "?")
        case HandoverProblem.CARD_NOT_CURRENT:
            return QCoreApplication.translate(
                "handover",
                "This card is no longer valid (replaced or voided). Hand over the newest card.",
            )
        case HandoverProblem.WORKER_INACTIVE:
            return QCoreApplication.translate(
                "handover", "This worker is inactive: a supervisor must check the data first."
            )
        case HandoverProblem.NO_ACCOUNT_TO_ACTIVATE:
            return QCoreApplication.translate(
                "handover", "This worker has no bank account waiting to be activated."
            )


def prior_handover_text(prior: PriorHandover) -> str:
    """Who handed the card over, when and where: what a second attempt is told."""
    at = prior.at.astimezone(WITA)
    text = QCoreApplication.translate(
        "handover",
        "This card was already handed over on %1 at %2 WITA by %3, at %4 (%5).",
    )
    return (
        text.replace("%1", at.strftime("%d-%m-%Y"))
        .replace("%2", at.strftime("%H:%M"))
        .replace("%3", prior.operator_name)
        .replace("%4", prior.site)
        .replace("%5", prior.device)
    )
