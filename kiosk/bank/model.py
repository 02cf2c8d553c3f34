"""What the kiosk sends to the bank to open an account, and what can come back.

Plain data, shared by the connectors (HTTP, collective file), the sandbox bank and the
outbox. The application number is the idempotency key: the bank opens at most one account
for it, however often it is sent.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Protocol


class MaritalStatus(enum.StrEnum):
    SINGLE = "belum_kawin"
    MARRIED = "kawin"
    DIVORCED = "cerai_hidup"
    WIDOWED = "cerai_mati"


class IncomeBand(enum.StrEnum):
    """Average monthly income, in the bands the customer form asks for."""

    UP_TO_1M = "sd_1jt"
    FROM_1M_TO_3M = "1jt_3jt"
    FROM_3M_TO_5M = "3jt_5jt"
    ABOVE_5M = "di_atas_5jt"


@dataclass(frozen=True)
class AccountRequest:
    """One application for a basic savings account, with the customer due-diligence data
    (POJK 8/2023 art. 25). Personal data: it travels only to the bank."""

    application_no: str  # the kiosk's id for it, and the idempotency key
    nik: str
    full_name: str
    birth_place: str
    birth_date: dt.date
    sex: str  # "L" or "P", as on the KTP
    mother_maiden_name: str
    marital_status: MaritalStatus
    occupation: str
    source_of_funds: str
    average_income: IncomeBand
    purpose: str
    address_ktp: str
    current_address: str
    phone: str
    branch: str  # the office or event the application comes from


@dataclass(frozen=True)
class Opened:
    account_number: str
    bank_reference: str


@dataclass(frozen=True)
class Rejected:
    """The bank refused the application; code is one of REJECTION_CODES or the bank's own."""

    code: str
    message: str  # the bank's words, for the record; people read the translated code


BankAnswer = Opened | Rejected

# What the sandbox (and the documented API) can answer; kiosk/texts/bank.py translates them.
REJECTION_CODES = (
    "NIK_INVALID",  # the NIK is not valid for the bank's population check
    "DATA_MISMATCH",  # name or birth date do not match the population records
    "DUPLICATE_CUSTOMER",  # the person already has a basic savings account
    "PHONE_INVALID",
    "UNDERAGE",
    "INCOMPLETE",  # a required field is missing
)


class BankUnavailableError(Exception):
    """The bank could not be asked, or its answer was lost (timeout, refused or dropped
    connection, a server error). The application may or may not have been processed:
    send it again with the same application number."""


class BankRequestRefusedError(Exception):
    """The bank will not take this request as it is (HTTP 400, 401, 403, 409): sending it
    again changes nothing. A person must look: a wrong token, or the same application
    number with other data."""


class BankConnector(Protocol):
    @property
    def name(self) -> str:
        """The bank as shown to people, e.g. https://sandbox.local:8443."""
        ...

    def open_account(self, request: AccountRequest) -> BankAnswer:
        """Ask the bank to open the account; raise BankUnavailableError when the answer is
        not known. Opening the same application_no again returns the same account."""
        ...
