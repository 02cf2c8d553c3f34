"""Issuing a worker's signed card, and telling whether a scanned card is genuine and current."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.models import Card, CardStatus, Worker
from kiosk.config import WITA
from kiosk.registry.identifiers import mask_nik, normalize_kpj
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, Clock, worker_target
from printing.card import CardData
from printing.keys import key_id
from printing.payload import (
    CardClaims,
    PayloadError,
    Rejection,
    decode_and_verify,
    encode,
    fold_short_name,
    format_serial,
    new_serial,
)

RandomBytes = Callable[[int], bytes]


class CardKind(enum.StrEnum):
    """What an issued card was rendered as, for the audit trail."""

    PDF = "pdf"  # a PDF file written by `kiosk card --out`
    CARD = "card"  # a print job for a card printer or a PDF folder
    RECEIPT = "receipt"  # a print job for a thermal receipt printer


class ReprintReason(enum.StrEnum):
    """Why a worker's active card is replaced by a new one."""

    LOST = "lost"
    DAMAGED = "damaged"
    DATA_CORRECTED = "data_corrected"
    SPOILED = "spoiled"  # spoiled in the printer


class CardState(enum.StrEnum):
    """A genuine card's standing in this database; UNKNOWN: signed, but not issued here."""

    ACTIVE = "active"
    REPLACED = "replaced"
    VOIDED = "voided"
    UNKNOWN = "unknown"


class WorkerNotFoundError(LookupError):
    """No worker has this KPJ (or this id)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class ActiveCardExistsError(Exception):
    """The worker already holds an active card: a new one is a reprint, which needs approval."""

    def __init__(self, worker_id: int, serial: int) -> None:
        self.serial_text = format_serial(serial)
        super().__init__(f"worker {worker_id} already has the active card {self.serial_text}")
        self.worker_id = worker_id
        self.serial = serial


class NoActiveCardError(Exception):
    """A reprint replaces an active card; this worker has none (issue a first card instead)."""

    def __init__(self, worker_id: int) -> None:
        super().__init__(f"worker {worker_id} has no active card to replace")
        self.worker_id = worker_id


class ForeignCardError(Exception):
    """The card was signed with another key (another installation): it cannot be re-rendered
    here; a reprint gives the worker a card of this installation."""

    def __init__(self, serial: int) -> None:
        self.serial_text = format_serial(serial)
        super().__init__(f"card {self.serial_text} was signed with another key")
        self.serial = serial


@dataclass(frozen=True)
class IssuedCard:
    card_data: CardData
    serial_text: str
    payload: str
    serial: int
    worker_id: int


@dataclass(frozen=True)
class WorkerSummary:
    """Who a card belongs to, as a verifier may see it: never the full NIK."""

    worker_id: int
    name: str
    nik_masked: str
    kpj: str


@dataclass(frozen=True)
class Verification:
    """The answer to a scan. status and claims are None unless the card is genuine."""

    genuine: bool
    reason: Rejection | None
    status: CardState | None
    worker: WorkerSummary | None
    claims: CardClaims | None = None

    @property
    def serial_text(self) -> str | None:
        return format_serial(self.claims.serial) if self.claims else None


class Cards:
    """Issues cards signed with this installation's key and verifies cards against trusted keys."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        auditor: Auditor,
        signing_key: Ed25519PrivateKey,
        trusted: Mapping[bytes, Ed25519PublicKey],
        clock: Clock,
        random_bytes: RandomBytes,
    ) -> None:
        self.sessions = sessions
        self.auditor = auditor
        self.signing_key = signing_key
        self.trusted = trusted
        self.clock = clock
        self.random_bytes = random_bytes

    def worker_id_for_kpj(self, kpj: str) -> int:
        """The id of the worker with this KPJ (any common spelling), else WorkerNotFoundError."""
        digits = normalize_kpj(kpj)
        if digits is None:
            raise WorkerNotFoundError(kpj)
        with self.sessions() as session:
            found = session.scalar(select(Worker.id).where(Worker.kpj == digits))
        if found is None:
            raise WorkerNotFoundError(kpj)
        return found

    def issue(
        self, actor: Actor | None, worker_id: int, kind: CardKind = CardKind.PDF
    ) -> IssuedCard:
        """A new active card for a worker who has none, recorded with its audit event."""
        target = worker_target(worker_id)
        actor = self.auditor.require(actor, Permission.PRINT_CARD, target=target)
        try:
            with self.sessions.begin() as session:
                worker = session.get(Worker, worker_id)
                if worker is None:
                    raise WorkerNotFoundError(str(worker_id))
                issued = self.issue_in(session, actor, worker, kind)
        except IntegrityError:
            self._raise_if_active(worker_id)
            raise
        return issued

    def issue_in(
        self,
        session: Session,
        actor: Actor,
        worker: Worker,
        kind: CardKind,
        details: Mapping[str, object] | None = None,
    ) -> IssuedCard:
        """issue() inside the caller's transaction, for a caller that records more with it
        (a print job). The caller has checked PRINT_CARD and handles the IntegrityError of a
        race with another kiosk (see issue())."""
        active = _active_serial(session, worker.id)
        if active is not None:
            raise ActiveCardExistsError(worker.id, active)
        issued = self._new_card(session, worker, replaces=None)
        self.auditor.record(
            session,
            actor,
            AuditAction.PRINT,
            target=worker_target(worker.id),
            details={"serial": issued.serial_text, "kind": kind.value, **(details or {})},
        )
        return issued

    def card_data(self, card: Card, worker: Worker) -> CardData:
        """What an issued card says, signed again: Ed25519 signatures are deterministic, so a
        retried job prints exactly the QR code of the first attempt."""
        if card.key_id != key_id(self.signing_key.public_key()).hex():
            raise ForeignCardError(card.serial)
        claims = CardClaims(
            kpj=worker.kpj,
            serial=card.serial,
            issued=card.issued_on,
            short_name=fold_short_name(worker.full_name),
        )
        return CardData(
            name=worker.full_name,
            kpj=worker.kpj,
            issue_date=card.issued_on,
            serial=format_serial(card.serial),
            qr_payload=encode(claims, self.signing_key),
        )

    def reprint(
        self,
        actor: Actor | None,
        worker_id: int,
        reason: ReprintReason,
        approved_by: Actor | None,
        kind: CardKind = CardKind.PDF,
    ) -> IssuedCard:
        """Replace a worker's active card by a new one, with a reason and another person's
        approval (a supervisor). The old card becomes replaced in the same transaction."""
        target = worker_target(worker_id)
        actor = self.auditor.require(actor, Permission.REQUEST_REPRINT, target=target)
        if (
            approved_by is None
            or not approved_by.may(Permission.APPROVE)
            or approved_by.username == actor.username
        ):
            self.auditor.deny(approved_by or actor, Permission.APPROVE, target=target)
        try:
            with self.sessions.begin() as session:
                worker = session.get(Worker, worker_id)
                if worker is None:
                    raise WorkerNotFoundError(str(worker_id))
                old = session.scalar(
                    select(Card)
                    .where(Card.worker_id == worker_id, Card.status == CardStatus.ACTIVE)
                    .with_for_update()
                )
                if old is None:
                    raise NoActiveCardError(worker_id)
                old.status = CardStatus.REPLACED
                # Retire the old card before the new one exists: one active card per worker.
                session.flush()
                issued = self._new_card(session, worker, replaces=old.serial)
                self.auditor.record(
                    session,
                    actor,
                    AuditAction.REPRINT,
                    target=target,
                    details={
                        "reason": reason.value,
                        "old_serial": format_serial(old.serial),
                        "new_serial": issued.serial_text,
                        "kind": kind.value,
                    },
                    approver=approved_by.username,
                )
        except IntegrityError:
            # Another kiosk reprinted or issued this worker's card at the same moment.
            self._raise_if_active(worker_id)
            raise
        return issued

    def _new_card(self, session: Session, worker: Worker, replaces: int | None) -> IssuedCard:
        """Add an active card for worker, flushed so that the unique index has spoken."""
        now = self.clock()
        serial = new_serial(self.random_bytes)
        claims = CardClaims(
            kpj=worker.kpj,
            serial=serial,
            issued=now.astimezone(WITA).date(),
            short_name=fold_short_name(worker.full_name),
        )
        session.add(
            Card(
                serial=serial,
                worker_id=worker.id,
                key_id=key_id(self.signing_key.public_key()).hex(),
                issued_on=claims.issued,
                status=CardStatus.ACTIVE,
                created_at=now,
                replaces_serial=replaces,
                kabupaten=(worker.desa_code or "")[:5] or None,
            )
        )
        # The partial unique index settles a race with another kiosk here.
        session.flush()
        serial_text = format_serial(serial)
        # Signed before the commit: a card row never exists without its payload.
        payload = encode(claims, self.signing_key)
        card = CardData(
            name=worker.full_name,
            kpj=worker.kpj,
            issue_date=claims.issued,
            serial=serial_text,
            qr_payload=payload,
        )
        return IssuedCard(
            card_data=card,
            serial_text=serial_text,
            payload=payload,
            serial=serial,
            worker_id=worker.id,
        )

    def _raise_if_active(self, worker_id: int) -> None:
        with self.sessions() as session:
            active = _active_serial(session, worker_id)
        if active is not None:
            raise ActiveCardExistsError(worker_id, active) from None

    def verify(self, text: str) -> Verification:
        """Whether text is a genuine card and how it stands here; never raises for bad input."""
        return verify_card(self.sessions, self.trusted, text)


def verify_card(
    sessions: sessionmaker[Session], trusted: Mapping[bytes, Ed25519PublicKey], text: str
) -> Verification:
    """Whether text is a genuine card and how it stands here; never raises for bad input."""
    try:
        verified = decode_and_verify(text, trusted)
    except PayloadError as error:
        return Verification(genuine=False, reason=error.reason, status=None, worker=None)
    claims = verified.claims
    with sessions() as session:
        card = session.get(Card, claims.serial)
        if card is not None and card.key_id == verified.key_id.hex():
            status = CardState(card.status.value)
            worker = session.get(Worker, card.worker_id)
        else:
            # Signed by a trusted key but printed elsewhere: the worker may still be ours.
            status = CardState.UNKNOWN
            worker = session.scalar(select(Worker).where(Worker.kpj == claims.kpj))
        summary = (
            WorkerSummary(
                worker_id=worker.id,
                name=worker.full_name,
                nik_masked=mask_nik(worker.nik),
                kpj=worker.kpj,
            )
            if worker is not None
            else None
        )
    return Verification(genuine=True, reason=None, status=status, worker=summary, claims=claims)


def _active_serial(session: Session, worker_id: int) -> int | None:
    return session.scalar(
        select(Card.serial).where(Card.worker_id == worker_id, Card.status == CardStatus.ACTIVE)
    )
