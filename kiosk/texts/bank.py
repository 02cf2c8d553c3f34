"""Words for the bank account: form choices, form problems, an account's standing, refusals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from kiosk.bank.model import IncomeBand, MaritalStatus
from kiosk.usecases.bank_files import ResultProblem
from kiosk.usecases.bank_form import AccountStanding, AccountState, FormProblem


def marital_status_label(status: MaritalStatus) -> str:
    match status:
        case MaritalStatus.SINGLE:
            return QCoreApplication.translate("bank", "Single")
        case MaritalStatus.MARRIED:
            return QCoreApplication.translate("bank", "Married")
        case MaritalStatus.DIVORCED:
            return QCoreApplication.translate("bank", "Divorced")
        case MaritalStatus.WIDOWED:
            return QCoreApplication.translate("bank", "Widowed")


def income_band_label(band: IncomeBand) -> str:
    match band:
        case IncomeBand.UP_TO_1M:
            return QCoreApplication.translate("bank", "Up to Rp1 million")
        case IncomeBand.FROM_1M_TO_3M:
            return QCoreApplication.translate("bank", "Rp1–3 million")
        case IncomeBand.FROM_3M_TO_5M:
            return QCoreApplication.translate("bank", "Rp3–5 million")
        case IncomeBand.ABOVE_5M:
            return QCoreApplication.translate("bank", "Above Rp5 million")


def field_label(field: str) -> str:
    """The name of a form field (AccountForm's, or "consent", "signature", "nik")."""
    labels = {
        "mother_maiden_name": QCoreApplication.translate("bank", "Mother's maiden name"),
        "marital_status": QCoreApplication.translate("bank", "Marital status"),
        "occupation": QCoreApplication.translate("bank", "Occupation"),
        "source_of_funds": QCoreApplication.translate("bank", "Source of funds"),
        "average_income": QCoreApplication.translate("bank", "Average monthly income"),
        "purpose": QCoreApplication.translate("bank", "Purpose of the account"),
        "current_address": QCoreApplication.translate("bank", "Current address"),
        "phone": QCoreApplication.translate("bank", "Phone"),
        "consent": QCoreApplication.translate("bank", "Consent"),
        "signature": QCoreApplication.translate("bank", "Specimen signature"),
        "nik": QCoreApplication.translate("bank", "NIK"),
        "account": QCoreApplication.translate("bank", "Account"),
    }
    return labels.get(field, field)


def _problem_words(problem: FormProblem) -> str:
    match problem:
        case FormProblem.REQUIRED:
            return QCoreApplication.translate("bank", "this is required.")
        case FormProblem.PHONE_INVALID:
            return QCoreApplication.translate(
                "bank", "this is not a phone number; write it starting with 08, 10 to 13 digits."
            )
        case FormProblem.NIK_INCONSISTENT:
            return QCoreApplication.translate(
                "bank",
                "the NIK in the registry does not fit the date of birth or the sex: "
                "correct the worker's data first.",
            )
        case FormProblem.CONSENT_MISSING:
            return QCoreApplication.translate(
                "bank", "read the consent to the worker and tick the box when they agree."
            )
        case FormProblem.SIGNATURE_MISSING:
            return QCoreApplication.translate("bank", "the worker signs on the pad.")
        case FormProblem.SIGNATURE_TRIVIAL:
            return QCoreApplication.translate(
                "bank", "this is not a signature: the worker signs with their usual signature."
            )
        case FormProblem.NO_HANDOVER_SIGNATURE:
            return QCoreApplication.translate(
                "bank", "no handover signature is on record: the worker signs on the pad."
            )
        case FormProblem.HAS_ACCOUNT:
            return QCoreApplication.translate("bank", "this worker has a Bank NTT account already.")
        case FormProblem.APPLICATION_PENDING:
            return QCoreApplication.translate(
                "bank", "an application for this worker is on its way to the bank already."
            )


def form_problem_text(field: str, problem: FormProblem) -> str:
    """What to put right, and where: "Mother's maiden name: this is required." """
    return (
        QCoreApplication.translate("bank", "%1: %2")
        .replace("%1", field_label(field))
        .replace("%2", _problem_words(problem))
    )


def form_problems_text(problems: Sequence[tuple[str, FormProblem]]) -> str:
    """Everything to put right, at once and short: the empty fields named on one line
    ("To fill in: Marital status, Phone."), then each other problem on a line of its own."""
    empty = [field_label(field) for field, problem in problems if problem is FormProblem.REQUIRED]
    lines = []
    if empty:
        lines.append(
            QCoreApplication.translate("bank", "To fill in: %1.").replace("%1", ", ".join(empty))
        )
    lines += [
        form_problem_text(field, problem)
        for field, problem in problems
        if problem is not FormProblem.REQUIRED
    ]
    return "\n".join(lines)


def rejection_text(code: str) -> str:
    """The bank's refusal in words the desk can act on; unknown codes are named."""
    match code:
        case "NIK_INVALID":
            return QCoreApplication.translate(
                "bank",
                "The bank's population check does not know this NIK: compare it with the KTP. "
                "If the KTP agrees, the worker asks at the Dukcapil office.",
            )
        case "DATA_MISMATCH":
            return QCoreApplication.translate(
                "bank",
                "The name or date of birth does not match the population records: "
                "check the KTP and correct the data.",
            )
        case "DUPLICATE_CUSTOMER":
            return QCoreApplication.translate(
                "bank",
                "The worker has a basic savings account at Bank NTT already: "
                "the bank's desk looks it up with the KTP.",
            )
        case "PHONE_INVALID":
            return QCoreApplication.translate(
                "bank", "The bank refused the phone number: check it with the worker."
            )
        case "UNDERAGE":
            return QCoreApplication.translate(
                "bank",
                "The worker is too young for an account of their own: the bank's desk advises.",
            )
        case "INCOMPLETE":
            return QCoreApplication.translate(
                "bank", "The bank found a required field missing: complete the form."
            )
        case _:
            return QCoreApplication.translate(
                "bank", "The bank refused the application (code %1): ask the bank's desk."
            ).replace("%1", code)


def account_state_text(standing: AccountStanding) -> str:
    """One line on a worker's account, for the detail panel and the account dialog."""
    number = standing.account_number or ""
    application = standing.application_no or ""
    match standing.state:
        case AccountState.NONE:
            return QCoreApplication.translate("bank", "No account yet")
        case AccountState.PENDING:
            text = QCoreApplication.translate(
                "bank", "Application %1 waits for the bank's answer"
            ).replace("%1", application)
            if standing.attempts and standing.last_error:
                more = QCoreApplication.translate("bank", "(tried %1 times; the last time: %2)")
                text += " " + more.replace("%1", str(standing.attempts)).replace(
                    "%2", standing.last_error
                )
            return text
        case AccountState.FAILED:
            return (
                QCoreApplication.translate(
                    "bank",
                    "The bank did not take application %1 (%2): a supervisor checks the "
                    "bank connection; then apply again.",
                )
                .replace("%1", application)
                .replace("%2", standing.last_error or "?")
            )
        case AccountState.OPENED:
            return QCoreApplication.translate("bank", "Account %1 opened").replace("%1", number)
        case AccountState.PRE_OPENED:
            return QCoreApplication.translate(
                "bank", "Pre-opened by the bank: %1 — activate at handover"
            ).replace("%1", number)
        case AccountState.ACTIVATED:
            return QCoreApplication.translate("bank", "Active: %1").replace("%1", number)
        case AccountState.REJECTED:
            return (
                QCoreApplication.translate("bank", "The bank refused application %1: %2")
                .replace("%1", application)
                .replace("%2", rejection_text(standing.reject_code or ""))
            )


def result_problem_text(problem: ResultProblem) -> str:
    """Why a row of the bank's result file was not used (the line is given with it)."""
    match problem:
        case ResultProblem.NO_HEADER:
            return QCoreApplication.translate(
                "bank",
                "The file has no nik, account_number and status columns: "
                "is it the bank's result file?",
            )
        case ResultProblem.NIK_INVALID:
            return QCoreApplication.translate("bank", "The NIK is not a valid NIK.")
        case ResultProblem.NIK_UNKNOWN:
            return QCoreApplication.translate("bank", "No worker in the registry has this NIK.")
        case ResultProblem.ACCOUNT_INVALID:
            return QCoreApplication.translate("bank", "The account number is not valid.")
        case ResultProblem.STATUS_UNKNOWN:
            return QCoreApplication.translate(
                "bank", "The status is neither opened nor rejected: ask the bank what it means."
            )
        case ResultProblem.ACCOUNT_OF_ANOTHER:
            return QCoreApplication.translate(
                "bank", "This account number belongs to another worker here: ask the bank."
            )
        case ResultProblem.HAS_OTHER_ACCOUNT:
            return QCoreApplication.translate(
                "bank", "The worker has a different account already: ask the bank which is right."
            )
        case ResultProblem.DUPLICATE_ROW:
            return QCoreApplication.translate(
                "bank", "The same NIK is on an earlier line; this line was not used."
            )
        case ResultProblem.NOTHING_TO_REJECT:
            return QCoreApplication.translate(
                "bank", "Rejected, but the worker has no application waiting for an answer."
            )
