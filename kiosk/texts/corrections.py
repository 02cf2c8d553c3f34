"""Translated words for a correction of a worker's data that the registry refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.usecases.corrections import MAX_NAME_LENGTH, CorrectionProblem


def correction_problem_text(problem: CorrectionProblem) -> str:
    match problem:
        case CorrectionProblem.NAME_EMPTY:
            return QCoreApplication.translate("corrections", "The name cannot be empty.")
        case CorrectionProblem.NAME_TOO_LONG:
            text = QCoreApplication.translate(
                "corrections", "The name is too long: at most %1 characters."
            )
            return text.replace("%1", str(MAX_NAME_LENGTH))
        case CorrectionProblem.BIRTH_DATE_IN_FUTURE:
            return QCoreApplication.translate(
                "corrections", "The date of birth cannot be in the future."
            )
        case CorrectionProblem.BIRTH_DATE_NOT_NIK:
            return QCoreApplication.translate(
                "corrections",
                "The date of birth does not match the NIK. Only the civil registry (Dukcapil)"
                " can correct a NIK.",
            )
        case CorrectionProblem.PHONE_INVALID:
            return QCoreApplication.translate(
                "corrections", "This is not a phone number: type it like 0812 3456 7890."
            )
        case CorrectionProblem.DESA_UNKNOWN:
            return QCoreApplication.translate("corrections", "Choose the desa from the list.")
        case CorrectionProblem.WORKER_UNKNOWN:
            return QCoreApplication.translate(
                "corrections", "This worker is no longer in the registry."
            )
        case CorrectionProblem.NOTHING_CHANGED:
            return QCoreApplication.translate("corrections", "Nothing was changed.")
