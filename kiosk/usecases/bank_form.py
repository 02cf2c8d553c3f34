"""A Bank NTT account application's form and standing: its fields, their checks, the answer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    AccountStatus,
    ApplicationStatus,
    BankAccount,
    BankApplication,
)
from kiosk.bank.model import (
    IncomeBand,
    MaritalStatus,
)
from kiosk.registry.identifiers import normalize_phone

# What the worker agrees to, shown on screen and stored with the application word for word.
CONSENT_TEXT = (
    "Saya menyetujui data pribadi saya (nama, NIK, tanggal lahir, alamat, nomor telepon, nama "
    "ibu kandung, pekerjaan, sumber dana dan penghasilan) serta tanda tangan saya diberikan "
    "kepada Bank NTT untuk membuka rekening tabungan atas nama saya, sesuai Undang-Undang "
    "Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi. Persetujuan ini dapat saya tarik "
    "kembali dengan memberi tahu Bank NTT."
)
MAX_TEXT = 120


class FormProblem(enum.StrEnum):
    REQUIRED = "required"  # the field is empty
    PHONE_INVALID = "phone_invalid"
    NIK_INCONSISTENT = "nik_inconsistent"  # the registry's NIK does not fit birth date/sex
    CONSENT_MISSING = "consent_missing"
    SIGNATURE_MISSING = "signature_missing"
    SIGNATURE_TRIVIAL = "signature_trivial"
    NO_HANDOVER_SIGNATURE = "no_handover_signature"
    HAS_ACCOUNT = "has_account"  # opened, pre-opened or activated already
    APPLICATION_PENDING = "application_pending"  # one is on its way to the bank


class FormRefusedError(Exception):
    """The form cannot be saved as it is: (field, problem) for each thing to put right."""

    def __init__(self, problems: tuple[tuple[str, FormProblem], ...]) -> None:
        super().__init__(", ".join(f"{field}: {problem.value}" for field, problem in problems))
        self.problems = problems


@dataclass(frozen=True)
class AccountForm:
    """The customer due-diligence fields the desk fills in (the rest is in the registry).

    A choice not made yet is None: the check names it with every other field to put right.
    """

    mother_maiden_name: str
    marital_status: MaritalStatus | None
    occupation: str
    source_of_funds: str
    average_income: IncomeBand | None
    purpose: str
    current_address: str
    phone: str
    birth_place: str = ""  # only when the registry has none: the bank needs it


# In the form's order, so the problems are named as the desk reads the form.
REQUIRED_FIELDS = (
    "mother_maiden_name",
    "marital_status",
    "occupation",
    "source_of_funds",
    "average_income",
    "purpose",
    "current_address",
    "phone",
)


class AccountState(enum.StrEnum):
    NONE = "none"
    PENDING = "pending"  # an application is on its way
    REJECTED = "rejected"
    FAILED = "failed"  # the bank would not take the request as it is: look, apply again
    PRE_OPENED = "pre_opened"
    OPENED = "opened"
    ACTIVATED = "activated"


@dataclass(frozen=True)
class AccountStanding:
    """A worker's account as the detail and the receipt show it."""

    state: AccountState
    application_no: str | None = None
    account_number: str | None = None
    reject_code: str | None = None
    attempts: int = 0  # sent this often without an answer
    last_error: str | None = None  # why the last attempt brought none (no personal data)
    # True: this call saved nothing; the application was found saved under its client id
    # (its answer lost with a broken connection, or sent twice).
    settled_after_retry: bool = False


@dataclass(frozen=True)
class Prefill:
    """What the form starts from: the registry's data (NIK masked) and the standing."""

    worker_id: int
    full_name: str
    nik_masked: str
    birth_place: str
    birth_date: dt.date
    sex: str
    address: str
    occupation: str
    phone: str
    mother_maiden_name: str
    standing: AccountStanding
    has_handover_signature: bool


def account_standing(session: Session, worker_id: int) -> AccountStanding:
    """A worker's account, inside the caller's session (the detail view reads it so)."""
    account = session.scalar(select(BankAccount).where(BankAccount.worker_id == worker_id))
    if account is not None:
        state = {
            AccountStatus.PRE_OPENED: AccountState.PRE_OPENED,
            AccountStatus.OPENED: AccountState.OPENED,
            AccountStatus.ACTIVATED: AccountState.ACTIVATED,
        }[account.status]
        return AccountStanding(state, account_number=account.account_number)
    application = session.scalar(
        select(BankApplication)
        .where(BankApplication.worker_id == worker_id)
        .order_by(BankApplication.id.desc())
        .limit(1)
    )
    if application is None:
        return AccountStanding(AccountState.NONE)
    if application.status is ApplicationStatus.PENDING:
        return AccountStanding(
            AccountState.PENDING,
            application.application_no,
            attempts=application.attempts,
            last_error=application.last_error,
        )
    if application.status is ApplicationStatus.FAILED:
        return AccountStanding(
            AccountState.FAILED, application.application_no, last_error=application.last_error
        )
    if application.status is ApplicationStatus.REJECTED:
        return AccountStanding(
            AccountState.REJECTED, application.application_no, reject_code=application.reject_code
        )
    return AccountStanding(
        AccountState.OPENED, application.application_no, application.account_number
    )


# Words that name a region's level in an address, not the region: "Desa Kambuhapang".
_DESA_WORDS = frozenset({"desa", "kelurahan", "kel", "kel."})
_KECAMATAN_WORDS = frozenset({"kecamatan", "kec", "kec."})


def _bare_name(part: str) -> str:
    words = part.casefold().split()
    while words and words[0] in _DESA_WORDS | _KECAMATAN_WORDS:
        words = words[1:]
    return " ".join(words)


def _names_level(parts: list[str], level: frozenset[str]) -> bool:
    return any(part.casefold().split()[0] in level for part in parts)


def address_with_region(
    address: str, desa: str = "", kecamatan: str = "", *, kelurahan: bool = False
) -> str:
    """The address as on the KTP: the registry's address (street, RT/RW, dusun), then the
    desa (or kelurahan) and the kecamatan, each named once. A part of the address that is
    one of their names ("RT 001/RW 001, Bidipraing") gives way to the named one; a desa or a
    kecamatan the address names itself ("…, Desa Mbatakapidu") is not named again."""
    names = {_bare_name(name) for name in (desa, kecamatan) if name.strip()}
    parts = [part.strip() for part in address.split(",")]
    kept = [part for part in parts if part and _bare_name(part) not in names]
    if desa.strip() and not _names_level(kept, _DESA_WORDS):
        kept.append(f"{'Kel.' if kelurahan else 'Desa'} {desa.strip()}")
    if kecamatan.strip() and not _names_level(kept, _KECAMATAN_WORDS):
        kept.append(f"Kec. {kecamatan.strip()}")
    return ", ".join(kept)


def tidy_form(form: AccountForm) -> tuple[AccountForm, list[tuple[str, FormProblem]]]:
    """The form with its spaces tidied, and every field in it still to put right."""
    problems: list[tuple[str, FormProblem]] = []
    cleaned: dict[str, object] = {}
    for field in dataclasses.fields(form):
        value = getattr(form, field.name)
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            value = " ".join(value.split())[:MAX_TEXT]
        cleaned[field.name] = value
    for name in REQUIRED_FIELDS:
        if cleaned[name] is None or cleaned[name] == "":
            problems.append((name, FormProblem.REQUIRED))
    if cleaned["phone"]:
        phone = normalize_phone(str(cleaned["phone"]))
        if phone is None:
            problems.append(("phone", FormProblem.PHONE_INVALID))  # the last field: in order
        else:
            cleaned["phone"] = phone
    return AccountForm(**cleaned), problems  # type: ignore[arg-type]
