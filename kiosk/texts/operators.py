"""Translated words for operators: roles, refused sign-ins, PIN rules, refused actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.enums import Role
from kiosk.config import WITA
from kiosk.security.pins import MIN_PASSWORD_LENGTH, MIN_PIN_DIGITS, PinProblem
from kiosk.usecases.operators import OperatorError, OperatorProblem, SignInError, SignInProblem


def role_label(role: Role) -> str:
    match role:
        case Role.DESK:
            return QCoreApplication.translate("operators", "Desk staff")
        case Role.PRINTING:
            return QCoreApplication.translate("operators", "Printing operator")
        case Role.TELLER:
            return QCoreApplication.translate("operators", "Teller")
        case Role.SUPERVISOR:
            return QCoreApplication.translate("operators", "Supervisor")
        case Role.ADMIN:
            return QCoreApplication.translate("operators", "Administrator")
        case Role.MONITOR:
            return QCoreApplication.translate("operators", "Province monitor")


def sign_in_refusal(error: SignInError, *, not_allowed: str | None = None) -> str:
    """Why a PIN was refused; not_allowed says what the NOT_ALLOWED answer means here."""
    match error.problem:
        case SignInProblem.WRONG:
            return QCoreApplication.translate(
                "operators",
                "Wrong username or PIN. After 5 wrong PINs the operator is locked for a while.",
            )
        case SignInProblem.LOCKED:
            text = QCoreApplication.translate(
                "operators",
                "Too many wrong PINs: this operator is locked until %1 WITA."
                " A supervisor can unlock it sooner.",
            )
            until = error.locked_until
            return text.replace("%1", f"{until.astimezone(WITA):%H:%M}" if until else "?")
        case SignInProblem.INACTIVE:
            return QCoreApplication.translate(
                "operators", "This operator is no longer active. Ask an administrator."
            )
        case SignInProblem.NOT_ALLOWED:
            return not_allowed or QCoreApplication.translate(
                "operators", "This operator may not do this."
            )


def pin_rules() -> str:
    text = QCoreApplication.translate(
        "operators",
        "A PIN has at least %1 digits, not all the same and not a run like 123456."
        " A password of at least %2 characters may be used instead.",
    )
    return text.replace("%1", str(MIN_PIN_DIGITS)).replace("%2", str(MIN_PASSWORD_LENGTH))


def pin_problem_text(problem: PinProblem) -> str:
    match problem:
        case PinProblem.TOO_SHORT:
            text = QCoreApplication.translate(
                "operators",
                "The PIN is too short: at least %1 digits, or a password of at least %2"
                " characters.",
            )
            return text.replace("%1", str(MIN_PIN_DIGITS)).replace("%2", str(MIN_PASSWORD_LENGTH))
        case PinProblem.TOO_SIMPLE:
            return QCoreApplication.translate(
                "operators",
                "The PIN is too easy to guess: not all the same digit (111111), not a run"
                " (123456).",
            )


def pins_differ() -> str:
    return QCoreApplication.translate("operators", "The two PINs are not the same.")


def operator_problem_text(error: OperatorError) -> str:
    match error.problem:
        case OperatorProblem.BAD_USERNAME:
            return QCoreApplication.translate(
                "operators",
                "A username has 2 to 40 characters: small letters, digits, dot, dash or"
                " underscore, starting with a letter.",
            )
        case OperatorProblem.TAKEN:
            return QCoreApplication.translate("operators", "This username is taken already.")
        case OperatorProblem.NAME_MISSING:
            return QCoreApplication.translate("operators", "Type the operator's full name.")
        case OperatorProblem.WEAK_PIN:
            return pin_problem_text(error.pin or PinProblem.TOO_SHORT)
        case OperatorProblem.NOT_FIRST:
            return QCoreApplication.translate(
                "operators", "An administrator exists already: sign in."
            )
        case OperatorProblem.UNKNOWN:
            return QCoreApplication.translate("operators", "There is no such operator.")


def not_allowed_for_role() -> str:
    """A use case refused an action: the operator's role does not allow it."""
    return QCoreApplication.translate("operators", "This is not allowed for your role.")


def could_not_check() -> str:
    return QCoreApplication.translate("operators", "The registry could not be reached. Try again.")
