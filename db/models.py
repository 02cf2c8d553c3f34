"""The schema: typed SQLAlchemy models of the registry."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.enums import (
    AccountStatus,
    ApplicationStatus,
    CardCheck,
    CardStatus,
    CorrectedField,
    HandoverKind,
    IdDocument,
    JobStatus,
    KeySource,
    PrintKind,
    RegionLevel,
    Role,
    Sex,
    SiteKind,
    WorkerStatus,
)

# The vocabularies (db.enums) are part of the schema: `from db.models import Sex` holds.
__all__ = [
    "CENTRE_ORIGIN",
    "NAMING_CONVENTION",
    "AccountStatus",
    "ApplicationStatus",
    "AuditEvent",
    "AuditHead",
    "BankAccount",
    "BankApplication",
    "Base",
    "BastRecord",
    "Card",
    "CardCheck",
    "CardStatus",
    "CorrectedField",
    "Handover",
    "HandoverKind",
    "IdDocument",
    "ImportBatch",
    "JobStatus",
    "KeySource",
    "LocalOrigin",
    "NameToken",
    "Operator",
    "PrintJob",
    "PrintKind",
    "Region",
    "RegionLevel",
    "Role",
    "Sex",
    "SigningKey",
    "Site",
    "SiteHeartbeat",
    "SiteKind",
    "Target",
    "TokenVariant",
    "Worker",
    "WorkerCorrection",
    "WorkerStatus",
    "WorkerToken",
]

# A client id is a uuid4 in its 36-character text form.
CLIENT_ID_LENGTH = 36

# Stable constraint names, so that migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Store the value (short, readable), checked by a constraint on every backend.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=16,
        values_callable=lambda e: [m.value for m in e],
    )


class Region(Base):
    """An official region code of NTT (Kepmendagri), from province down to desa/kelurahan."""

    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(13), primary_key=True)  # dotted: 53.11.03.2002
    name: Mapped[str] = mapped_column(String(100))
    level: Mapped[RegionLevel] = mapped_column(_enum(RegionLevel, "region_level"))
    parent_code: Mapped[str | None] = mapped_column(
        String(13), ForeignKey("region.code"), index=True
    )


class ImportBatch(Base):
    """One imported registration list."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    inserted: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)


class Worker(Base):
    """A registered informal worker covered by the program."""

    __tablename__ = "worker"
    __table_args__ = (
        CheckConstraint("length(nik) = 16", name="nik_length"),
        CheckConstraint("length(kpj) = 11", name="kpj_length"),
        Index("ix_worker_name_key", "name_key"),
        Index("ix_worker_phone", "phone"),
        Index("ix_worker_desa_code", "desa_code"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nik: Mapped[str] = mapped_column(String(16), unique=True)
    kpj: Mapped[str] = mapped_column(String(11), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    # Normalised name (lower case, old spellings folded) for ordering and prefix search.
    name_key: Mapped[str] = mapped_column(String(120))
    birth_place: Mapped[str | None] = mapped_column(String(80))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    sex: Mapped[Sex] = mapped_column(_enum(Sex, "sex"))
    occupation: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(String(255))
    # The finest region the list (or a correction) gives: a desa (53.11.03.2002), or a
    # kecamatan (53.11.03) or kabupaten (53.11) when the desa was not given. The name stays
    # from when only desa were kept; filter with db.search.scope_condition.
    desa_code: Mapped[str | None] = mapped_column(String(13), ForeignKey("region.code"))
    phone: Mapped[str | None] = mapped_column(String(16))  # normalised to 08…
    mother_maiden_name: Mapped[str | None] = mapped_column(String(120))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)
    status: Mapped[WorkerStatus] = mapped_column(
        _enum(WorkerStatus, "worker_status"), default=WorkerStatus.REGISTERED
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.current_timestamp()
    )


class WorkerCorrection(Base):
    """The standing correction of one field of a worker, made at the desk.

    Re-importing the registration list never overwrites it: a list that brings another
    value is reported, for a supervisor to decide. value is the corrected value as text
    (a date as YYYY-MM-DD; None: the phone was cleared). The audit trail keeps the history;
    this keeps the newest correction of each field.
    """

    __tablename__ = "worker_correction"

    worker_id: Mapped[int] = mapped_column(
        ForeignKey("worker.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[CorrectedField] = mapped_column(
        _enum(CorrectedField, "corrected_field"), primary_key=True
    )
    value: Mapped[str | None] = mapped_column(String(120))
    corrected_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    operator: Mapped[str] = mapped_column(String(40))
    approver: Mapped[str | None] = mapped_column(String(40))
    # The site that made the row ('' until this database is linked to a province centre).
    origin: Mapped[str] = mapped_column(String(40), server_default="")


class Card(Base):
    """One printed card, by the serial its QR code carries; a reprint is a new card."""

    __tablename__ = "card"
    __table_args__ = (
        # At most one active card per worker: a reprint must retire the old one first.
        Index(
            "ix_card_one_active_per_worker",
            "worker_id",
            unique=True,
            sqlite_where=text("status = 'active'"),
            postgresql_where=text("status = 'active'"),
        ),
    )

    # The random 60-bit serial from printing.payload.new_serial, not a counter.
    serial: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(8))  # hex of the signing key's id
    issued_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[CardStatus] = mapped_column(_enum(CardStatus, "card_status"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    replaces_serial: Mapped[int | None] = mapped_column(BigInteger)
    # Set when a printer first accepted the whole job for this card; None: never printed.
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # The site that made the row ('' until this database is linked to a province centre).
    origin: Mapped[str] = mapped_column(String(40), server_default="")
    # The kabupaten of its worker ("53.11"): the centre sends a site the cards printed
    # elsewhere for the site's own workers by it.
    kabupaten: Mapped[str | None] = mapped_column(String(5))


class PrintJob(Base):
    """One attempt to put a card on paper or plastic, kept with its outcome for retrying.

    printer is the printer's URL (cups://QUEUE, folder:///PATH, tcp://HOST:9100 ...), and
    document the file or job title the card went out in. A queued job is the card's claim:
    at most one per card, so two desks or batches never draw the same card. A batch's jobs
    carry its run, alive while its process holds the run's lock (db.run_locks), and the
    sha256 of the file their cards were drawn into, recorded before the file got its name:
    after a crash, a file counts as holding the cards only when its bytes match.
    """

    __tablename__ = "print_job"
    __table_args__ = (
        Index(
            "ix_print_job_one_queued_per_card",
            "card_serial",
            unique=True,
            sqlite_where=text("status = 'queued'"),
            postgresql_where=text("status = 'queued'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_serial: Mapped[int] = mapped_column(ForeignKey("card.serial"), index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), index=True)
    kind: Mapped[PrintKind] = mapped_column(_enum(PrintKind, "print_kind"))
    printer: Mapped[str] = mapped_column(String(300))
    document: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[JobStatus] = mapped_column(_enum(JobStatus, "job_status"), index=True)
    error: Mapped[str | None] = mapped_column(String(500))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    operator: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    run: Mapped[str | None] = mapped_column(String(32), index=True)  # the batch run's token
    file_sha256: Mapped[str | None] = mapped_column(String(64))  # hex, of the file drawn
    # Made on the desk (a uuid4) once per attempt: a retry after a broken connection reuses
    # it, so the attempt is settled, never recorded twice. None for rows before 0013.
    client_id: Mapped[str | None] = mapped_column(String(CLIENT_ID_LENGTH), index=True, unique=True)
    # The site that made the row ('' until this database is linked to a province centre).
    origin: Mapped[str] = mapped_column(String(40), server_default="")


class NameToken(Base):
    """A distinct normalised word of workers' names, with how many workers carry it."""

    __tablename__ = "name_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(60), unique=True)
    freq: Mapped[int] = mapped_column(Integer, default=0)


class WorkerToken(Base):
    """Posting list: which workers carry a name token, kept in name order with their desa.

    The primary key is the search path: one token's workers in name order, with the desa
    inside the index so a kecamatan or desa filter never has to visit the worker table.
    """

    __tablename__ = "worker_token"
    __table_args__ = (
        Index("ix_worker_token_worker_id", "worker_id"),
        # The same postings in worker order, for multi-word queries: their matches are
        # spread evenly in worker order, but can bunch up late in name order.
        Index("ix_worker_token_token_worker", "token_id", "worker_id"),
        {"sqlite_with_rowid": False},
    )

    token_id: Mapped[int] = mapped_column(ForeignKey("name_token.id"), primary_key=True)
    name_key: Mapped[str] = mapped_column(String(120), primary_key=True)
    worker_id: Mapped[int] = mapped_column(
        ForeignKey("worker.id", ondelete="CASCADE"), primary_key=True
    )
    desa_code: Mapped[str | None] = mapped_column(String(13))  # a copy of the worker's


class TokenVariant(Base):
    """Deletion neighbourhood of each name token (SymSpell), for typo-tolerant lookup."""

    __tablename__ = "token_variant"
    __table_args__ = ({"sqlite_with_rowid": False},)

    variant: Mapped[str] = mapped_column(String(60), primary_key=True)
    token_id: Mapped[int] = mapped_column(ForeignKey("name_token.id"), primary_key=True)


class Site(Base):
    """Where a kiosk works: a branch office, or a handover event on a date."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[SiteKind] = mapped_column(_enum(SiteKind, "site_kind"))
    name: Mapped[str] = mapped_column(String(120))
    place: Mapped[str | None] = mapped_column(String(120))
    region_code: Mapped[str | None] = mapped_column(String(13), ForeignKey("region.code"))
    event_date: Mapped[dt.date | None] = mapped_column(Date)
    office: Mapped[str | None] = mapped_column(String(120))
    # The site that made the row ('' until this database is linked to a province centre).
    origin: Mapped[str] = mapped_column(String(40), server_default="")


class Operator(Base):
    """A person who signs in to the kiosk. The PIN is kept only as an argon2 hash."""

    __tablename__ = "operator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    pin_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class AuditEvent(Base):
    """One entry of the append-only audit trail, chained to the one before by its hash.

    Times are UTC. operator and approver are usernames (kept even if an operator is later
    deactivated). details is canonical JSON and never holds a full NIK, a PIN or a password.
    """

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC, exactly as hashed
    operator: Mapped[str | None] = mapped_column(String(40))
    approver: Mapped[str | None] = mapped_column(String(40))
    site: Mapped[str] = mapped_column(String(120))
    device: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str | None] = mapped_column(String(80))
    details: Mapped[str] = mapped_column(String)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # The site that made the row ('' until this database is linked to a province centre).
    origin: Mapped[str] = mapped_column(String(40), server_default="")


class AuditHead(Base):
    """The newest link of the chain: one row, locked by each writer to keep the chain single."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class Handover(Base):
    """A card given to its worker (or their representative), signed for.

    At most one valid handover per card: the partial unique index settles two desks handing
    over the same card at the same moment. Signatures are kept as the pad's strokes (JSON,
    with the pad's size) and as a rendered PNG. A supervisor can void a handover; it stays,
    marked void, and the card can then be handed over again.
    """

    __tablename__ = "handover"
    __table_args__ = (
        Index(
            "ix_handover_one_valid_per_card",
            "card_serial",
            unique=True,
            sqlite_where=text("voided_at IS NULL"),
            postgresql_where=text("voided_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), index=True)
    card_serial: Mapped[int] = mapped_column(ForeignKey("card.serial"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"), index=True)
    kind: Mapped[HandoverKind] = mapped_column(_enum(HandoverKind, "handover_kind"))
    document: Mapped[IdDocument] = mapped_column(_enum(IdDocument, "id_document"))
    # How the card in hand was checked; None for handovers recorded before 0011, when the
    # desk could confirm a card with one click.
    card_check: Mapped[CardCheck | None] = mapped_column(_enum(CardCheck, "card_check"))
    # Whose signature: the worker's (signed), the witness's (thumbprint) or the
    # representative's. Required: every handover has one signature on the pad.
    signature_json: Mapped[str] = mapped_column(Text)
    signature_png: Mapped[bytes] = mapped_column(LargeBinary)
    witness_name: Mapped[str | None] = mapped_column(String(120))
    representative_name: Mapped[str | None] = mapped_column(String(120))
    representative_nik: Mapped[str | None] = mapped_column(String(16))
    relationship: Mapped[str | None] = mapped_column(String(60))
    reason: Mapped[str | None] = mapped_column(String(200))
    site: Mapped[str] = mapped_column(String(120))
    device: Mapped[str] = mapped_column(String(120))
    operator: Mapped[str] = mapped_column(String(64))
    handed_over_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    voided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    voided_by: Mapped[str | None] = mapped_column(String(64))
    void_reason: Mapped[str | None] = mapped_column(String(200))
    # A handover made on paper (kind paper): the scan of the receipt signed by hand, "pdf" or
    # "png", and the supervisor who approved entering it. Its signature_json and signature_png
    # are empty: there was no pad.
    paper_scan: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    paper_scan_type: Mapped[str | None] = mapped_column(String(16))
    approved_by: Mapped[str | None] = mapped_column(String(64))
    # Made on the desk (a uuid4) once per attempt: a retry after a broken connection reuses
    # it, so the attempt is settled, never recorded twice. None for rows before 0013.
    client_id: Mapped[str | None] = mapped_column(String(CLIENT_ID_LENGTH), index=True, unique=True)
    # The site that made the row ('' until this database is linked to a province centre).
    origin: Mapped[str] = mapped_column(String(40), server_default="")


class BastRecord(Base):
    """A BAST that was written: of an event (day None), of a day at an event, or of a day at
    any site (event_id None). It covers the valid handovers it could list, those up to
    made_at; until one covers a handover, that handover's receipts and card files are kept.
    """

    __tablename__ = "bast_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"), index=True)
    day: Mapped[dt.date | None] = mapped_column(Date)
    rows: Mapped[int] = mapped_column(Integer)
    operator: Mapped[str] = mapped_column(String(64))
    made_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # The site that made the row ('' until this database is linked to a province centre).
    origin: Mapped[str] = mapped_column(String(40), server_default="")


class BankApplication(Base):
    """An application for a worker's savings account: saved here first (the outbox), then
    sent by a background worker until the bank answers. application_no is the idempotency
    key: however often it is sent, the bank opens one account for it."""

    __tablename__ = "bank_application"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_no: Mapped[str] = mapped_column(String(32), unique=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), index=True)
    status: Mapped[ApplicationStatus] = mapped_column(
        _enum(ApplicationStatus, "application_status"), index=True
    )
    # The customer due-diligence data as the desk confirmed it (POJK 8/2023 art. 25).
    form_json: Mapped[str] = mapped_column(Text)
    # What is sent, fixed when the application is saved: a correction of the worker's data
    # afterwards must not change the body sent under the same idempotency key.
    request_json: Mapped[str] = mapped_column(Text)
    consent_text: Mapped[str] = mapped_column(Text)
    consented_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    signature_json: Mapped[str] = mapped_column(Text)
    signature_png: Mapped[bytes] = mapped_column(LargeBinary)
    signature_reused: Mapped[bool] = mapped_column(default=False)  # from the handover
    account_number: Mapped[str | None] = mapped_column(String(40))
    bank_reference: Mapped[str | None] = mapped_column(String(80))
    reject_code: Mapped[str | None] = mapped_column(String(40))
    reject_message: Mapped[str | None] = mapped_column(String(300))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    last_error: Mapped[str | None] = mapped_column(String(300))
    # Who is sending it now: a sender finishes only the claim it made.
    claim_token: Mapped[str | None] = mapped_column(String(32))
    operator: Mapped[str] = mapped_column(String(64))
    site: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # Made on the desk (a uuid4) once per attempt: a retry after a broken connection reuses
    # it, so the attempt is settled, never recorded twice. None for rows before 0013.
    client_id: Mapped[str | None] = mapped_column(String(CLIENT_ID_LENGTH), index=True, unique=True)
    # The site that made the row ('' until this database is linked to a province centre).
    origin: Mapped[str] = mapped_column(String(40), server_default="")


class BankAccount(Base):
    """A worker's savings account: opened on site through an application, or collectively
    by the bank from the registration list (pre-opened), then activated at handover."""

    __tablename__ = "bank_account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), unique=True)
    account_number: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[AccountStatus] = mapped_column(_enum(AccountStatus, "account_status"))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("bank_application.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    activated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # At activation: the handover it happened in, and what the worker took home.
    handover_id: Mapped[int | None] = mapped_column(ForeignKey("handover.id"))
    passbook_given: Mapped[bool] = mapped_column(default=False)
    atm_card_given: Mapped[bool] = mapped_column(default=False)
    specimen_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The site that made the row ('' until this database is linked to a province centre).
    origin: Mapped[str] = mapped_column(String(40), server_default="")


class SigningKey(Base):
    """A card-signing public key whose cards verify at every desk on this registry.

    A desk registers its own (the private key never leaves the desk); `kiosk keys import`
    adds another site's. key_id is printing.keys.key_id in hex, as cards carry it.
    """

    __tablename__ = "signing_key"

    key_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    public_key: Mapped[str] = mapped_column(Text)  # one line: printing.keys.public_key_to_text
    site: Mapped[str] = mapped_column(String(120))
    device: Mapped[str] = mapped_column(String(120))
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[KeySource] = mapped_column(_enum(KeySource, "key_source"))
    # The site that made the row ('' until this database is linked to a province centre).
    origin: Mapped[str] = mapped_column(String(40), server_default="")


# The province centre's own origin (db.cluster.province): the rows it makes itself.
CENTRE_ORIGIN = "pusat"


class LocalOrigin(Base):
    """This database's own site code (one row): '' until it is linked to a province centre.
    The audit chain written here is the one whose events carry this origin."""

    __tablename__ = "local_origin"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    origin: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(120))  # "Hub Sumba Timur"


class SiteHeartbeat(Base):
    """A site's newest "alive" mark, written at the site and replicated with its data: at
    the centre, every row that site committed before beat_at is known."""

    __tablename__ = "site_heartbeat"

    origin: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(120))
    beat_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Target(Base):
    """The number of workers a kabupaten/kota is to reach, set by an admin at the centre."""

    __tablename__ = "target"
    __table_args__ = (CheckConstraint("workers >= 0", name="workers_not_negative"),)

    kabupaten: Mapped[str] = mapped_column(String(13), ForeignKey("region.code"), primary_key=True)
    workers: Mapped[int] = mapped_column(Integer)
    set_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    set_by: Mapped[str] = mapped_column(String(64))
