"""Words for handovers: kinds, refusals, who handed a card over (the BAST's own words,
always in Bahasa Indonesia, are in kiosk.usecases.bast)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.models import CardCheck, HandoverKind
from kiosk.config import WITA
from kiosk.usecases.handover import HandoverProblem
from kiosk.usecases.handover_records import PriorHandover, PriorVoid


def kind_label(kind: HandoverKind) -> str:
    match kind:
        case HandoverKind.SIGNED:
            return QCoreApplication.translate("handover", "The worker signs")
        case HandoverKind.THUMBPRINT:
            return QCoreApplication.translate("handover", "Thumbprint and a witness")
        case HandoverKind.REPRESENTATIVE:
            return QCoreApplication.translate("handover", "A representative collects")
        case HandoverKind.PAPER:
            return QCoreApplication.translate("handover", "On a paper receipt signed by hand")


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
        case HandoverProblem.SERIAL_TOO_SHORT:
            return QCoreApplication.translate(
                "handover",
                "Type the serial printed on the card: at least its last 4 characters.",
            )
        case HandoverProblem.SERIAL_NOT_A_SERIAL:
            return QCoreApplication.translate(
                "handover",
                "That is not a card serial. Type the serial exactly as printed on the card.",
            )
        case HandoverProblem.SERIAL_MISMATCH:
            return QCoreApplication.translate(
                "handover",
                "The serial typed does not match this worker's card. Check that the card is"
                " theirs and that the serial is typed right.",
            )
        case HandoverProblem.SERIAL_AMBIGUOUS:
            return QCoreApplication.translate(
                "handover",
                "Another card ends in the same characters: type more of the serial.",
            )
        case HandoverProblem.NO_WORKER:
            text = QCoreApplication.translate("handover", "There is no worker with KPJ %1.")
            return text.replace("%1", detail or "?")
        case HandoverProblem.SCAN_NOT_PDF_OR_PNG:
            return QCoreApplication.translate(
                "handover", "The scan of the receipt must be a PDF or a PNG file."
            )
        case HandoverProblem.SCAN_TOO_LARGE:
            return QCoreApplication.translate(
                "handover", "The scan of the receipt is too large (at most 10 MB)."
            )
        case HandoverProblem.TIME_IN_FUTURE:
            return QCoreApplication.translate(
                "handover", "The time of the handover is in the future: check --at."
            )
        case HandoverProblem.TIME_BEFORE_CARD:
            return QCoreApplication.translate(
                "handover", "The time of the handover is before the card was made: check --at."
            )


def prior_handover_text(prior: PriorHandover) -> str:
    """Who handed the card over, when and where: what a second attempt is told. A kiosk
    without a site set records none: the sentence then names the device only."""
    at = prior.at.astimezone(WITA)
    if has_site(prior.site):
        text = QCoreApplication.translate(
            "handover",
            "This card was already handed over on %1 at %2 WITA by %3, at %4 (%5).",
        )
    else:
        text = QCoreApplication.translate(
            "handover", "This card was already handed over on %1 at %2 WITA by %3 (%5)."
        )
    return (
        text.replace("%1", at.strftime("%d-%m-%Y"))
        .replace("%2", at.strftime("%H:%M"))
        .replace("%3", prior.operator_name)
        .replace("%4", prior.site)
        .replace("%5", prior.device)
    )


def has_site(site: str) -> bool:
    """A site recorded as such: not empty, and not the dash of a kiosk without one."""
    return site.strip() not in ("", "—", "-")


def card_check_label(check: CardCheck | None) -> str:
    """How the desk made sure the card in hand was the worker's."""
    match check:
        case CardCheck.QR_SCAN:
            return QCoreApplication.translate("handover", "Its QR code scanned")
        case CardCheck.SERIAL_TYPED:
            return QCoreApplication.translate("handover", "Its serial typed and matched")
        case CardCheck.PRINTED_HERE:
            return QCoreApplication.translate("handover", "Printed at the desk during the handover")
        case None:
            return QCoreApplication.translate("handover", "Not recorded")


def already_voided_text(prior: PriorVoid) -> str:
    """Who voided the handover, when and why: what a second void is told (the first reason
    stands)."""
    at = prior.at.astimezone(WITA)
    text = QCoreApplication.translate(
        "handover",
        "Handover %1 was already voided on %2 at %3 WITA by %4. Reason: %5",
    )
    return (
        text.replace("%1", str(prior.handover_id))
        .replace("%2", at.strftime("%d-%m-%Y"))
        .replace("%3", at.strftime("%H:%M"))
        .replace("%4", prior.voided_by_name)
        .replace("%5", prior.reason or "-")
    )


def handed_over_text(worker_name: str) -> str:
    text = QCoreApplication.translate("handover", "✓ Card handed over to %1.")
    return text.replace("%1", worker_name)


def receipt_failed_text(problem: str) -> str:
    text = QCoreApplication.translate(
        "handover",
        "The tanda terima did not print: %1 It waits in Printing → Print jobs.",
    )
    return text.replace("%1", problem)
