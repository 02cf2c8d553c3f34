"""The registry's closed vocabularies: the values its columns may hold, stored as text."""

from __future__ import annotations

import enum


class RegionLevel(enum.StrEnum):
    PROVINCE = "provinsi"
    REGENCY = "kabupaten_kota"
    DISTRICT = "kecamatan"
    VILLAGE = "desa_kelurahan"


class Sex(enum.StrEnum):
    MALE = "L"
    FEMALE = "P"


class WorkerStatus(enum.StrEnum):
    REGISTERED = "registered"
    CARD_PRINTED = "card_printed"
    HANDED_OVER = "handed_over"
    INACTIVE = "inactive"


class CardStatus(enum.StrEnum):
    ACTIVE = "active"
    REPLACED = "replaced"
    VOIDED = "voided"


class PrintKind(enum.StrEnum):
    """What a print job produces: the CR80 card, or the card on a thermal receipt printer."""

    CARD = "card"
    RECEIPT = "receipt"


class JobStatus(enum.StrEnum):
    QUEUED = "queued"  # recorded, not yet accepted by the printer (or the outcome is unknown)
    SENT = "sent"  # the printer or its queue accepted the whole job
    FAILED = "failed"  # not accepted: can be retried, or sent to another printer


class HandoverKind(enum.StrEnum):
    SIGNED = "signed"  # the worker signed
    THUMBPRINT = "thumbprint"  # thumbprint on the paper form, a witness signed
    REPRESENTATIVE = "representative"  # someone else collected it for the worker
    # No hub could be reached: a receipt signed by hand, entered afterwards with its scan and
    # a supervisor's approval. No pad signature is recorded.
    PAPER = "paper"


class CardCheck(enum.StrEnum):
    """How the desk made sure the card in hand is the worker's current card."""

    QR_SCAN = "qr_scan"  # its QR code scanned and verified
    SERIAL_TYPED = "serial_typed"  # no scanner: the serial printed on it typed, and it matched
    PRINTED_HERE = "printed_here"  # printed at the desk during the handover


class IdDocument(enum.StrEnum):
    """The identity document the desk compared with the registry."""

    KTP = "ktp"
    KK = "kk"  # kartu keluarga
    OTHER = "other"


class ApplicationStatus(enum.StrEnum):
    PENDING = "pending"  # saved here; not yet answered by the bank (sent or not)
    OPENED = "opened"  # the bank opened the account
    REJECTED = "rejected"  # the bank refused; the reason is recorded
    FAILED = "failed"  # the bank will not take the request as it is: a person must look


class AccountStatus(enum.StrEnum):
    PRE_OPENED = "pre_opened"  # opened collectively by the bank, not yet handed over
    OPENED = "opened"  # opened on site
    ACTIVATED = "activated"  # handed over: specimen signature, passbook or ATM card


class SiteKind(enum.StrEnum):
    OFFICE = "office"
    EVENT = "event"


class CorrectedField(enum.StrEnum):
    """A worker's field that a correction at the desk can change (the NIK never)."""

    FULL_NAME = "full_name"
    BIRTH_DATE = "birth_date"
    PHONE = "phone"
    REGION = "desa_code"


class Role(enum.StrEnum):
    """What an operator is at the desk; their permissions are in kiosk.security.roles."""

    DESK = "petugas"
    PRINTING = "operator_cetak"
    TELLER = "teller"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    # The province's staff: the programme's counts and charts, never a name or a NIK.
    MONITOR = "monitor"


class KeySource(enum.StrEnum):
    """How a card-signing public key came into the registry."""

    DESK = "desk"  # a desk registered its own key when it opened the registry
    IMPORT = "import"  # `kiosk keys import FILE.pub`: another site's key
