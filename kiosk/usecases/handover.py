"""Handing a worker their card: identity checked, the card bound, a signature, one commit.

The handover, its signature, the worker's status and the audit event commit together or not
at all. A card is handed over once: a second attempt, from this desk or another on the same
database, is refused with who handed it over, when and where (the partial unique index on
the valid handovers of a card settles a race). A supervisor can void a handover with a
reason; the card can then be handed over again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import lock_for_write
from db.models import (
    AccountStatus,
    BankAccount,
    Card,
    CardCheck,
    CardStatus,
    Handover,
    HandoverKind,
    IdDocument,
    Site,
    Worker,
    WorkerStatus,
)
from kiosk.config import WITA
from kiosk.registry.identifiers import check_nik
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, worker_target
from kiosk.usecases.cards import CardState, verify_card
from kiosk.usecases.handover_records import (
    PriorHandover,
    PriorVoid,
    account_to_activate,
    active_card,
    as_utc,
    cards_ending_in,
    current_event,
    handover_event,
    prior_handover,
    prior_void,
)
from kiosk.usecases.settle import RetryPolicy, new_client_id, settle
from printing.payload import SerialFormatError, format_serial, parse_serial_tail
from printing.signature import Signature, SignatureProblem, signature_problem
from printing.signature_picture import render_signature_png

SIGNATURE_PNG_WIDTH = 480  # pixels: sharp as a thumbnail in the BAST, small in the database
MAX_TEXT = 120
# Without a scanner the desk types the serial printed on the card: its last characters are
# enough when there are at least this many and no other card ends in them.
MIN_SERIAL_TAIL = 4


class HandoverProblem(enum.StrEnum):
    """Why a handover cannot be recorded as it stands; the desk can put it right."""

    SIGNATURE_EMPTY = "signature_empty"
    SIGNATURE_TOO_SMALL = "signature_too_small"
    SIGNATURE_STRAIGHT_LINE = "signature_straight_line"
    WITNESS_NAME_MISSING = "witness_name_missing"
    REPRESENTATIVE_NAME_MISSING = "representative_name_missing"
    REPRESENTATIVE_NIK_INVALID = "representative_nik_invalid"
    RELATIONSHIP_MISSING = "relationship_missing"
    REASON_MISSING = "reason_missing"
    NO_CARD = "no_card"  # the worker has no active card: print one first
    CARD_NOT_GENUINE = "card_not_genuine"  # the scanned QR is not a genuine card
    CARD_OF_ANOTHER_WORKER = "card_of_another_worker"
    CARD_NOT_CURRENT = "card_not_current"  # genuine, but replaced or voided
    WORKER_INACTIVE = "worker_inactive"
    NO_ACCOUNT_TO_ACTIVATE = "no_account_to_activate"
    SERIAL_TOO_SHORT = "serial_too_short"  # fewer than MIN_SERIAL_TAIL characters typed
    SERIAL_NOT_A_SERIAL = "serial_not_a_serial"  # characters a serial does not have
    SERIAL_MISMATCH = "serial_mismatch"  # not the end of the worker's card's serial
    SERIAL_AMBIGUOUS = "serial_ambiguous"  # another card ends in the same characters
    # A handover made on paper, entered afterwards (kiosk.usecases.handover_paper):
    NO_WORKER = "no_worker"  # no worker with that KPJ
    SCAN_NOT_PDF_OR_PNG = "scan_not_pdf_or_png"
    SCAN_TOO_LARGE = "scan_too_large"
    TIME_IN_FUTURE = "time_in_future"
    TIME_BEFORE_CARD = "time_before_card"  # before the card was issued


_SIGNATURE_PROBLEMS = {
    SignatureProblem.EMPTY: HandoverProblem.SIGNATURE_EMPTY,
    SignatureProblem.TOO_SMALL: HandoverProblem.SIGNATURE_TOO_SMALL,
    SignatureProblem.STRAIGHT_LINE: HandoverProblem.SIGNATURE_STRAIGHT_LINE,
}


class HandoverRefusedError(Exception):
    def __init__(self, problem: HandoverProblem, detail: str = "") -> None:
        super().__init__(problem.value if not detail else f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


class AlreadyHandedOverError(Exception):
    def __init__(self, prior: PriorHandover) -> None:
        super().__init__(f"card {prior.serial_text} was handed over at {prior.at.isoformat()}")
        self.prior = prior


class HandoverNotFoundError(LookupError):
    pass


class AlreadyVoidedError(Exception):
    """The handover was voided before: the first void, and its reason, stand."""

    def __init__(self, prior: PriorVoid) -> None:
        super().__init__(f"handover {prior.handover_id} was voided at {prior.at.isoformat()}")
        self.prior = prior


@dataclass(frozen=True)
class CardForHandover:
    """The worker's active card as the desk sees it."""

    serial: int
    serial_text: str
    printed: bool
    prior: PriorHandover | None  # handed over already
    account_to_activate: str | None = None  # a pre-opened bank account's number


@dataclass(frozen=True)
class HandoverRequest:
    """What the desk collected. signature is the worker's (SIGNED), the witness's
    (THUMBPRINT) or the representative's (REPRESENTATIVE)."""

    worker_id: int
    card_serial: int
    document: IdDocument
    kind: HandoverKind
    signature: Signature
    # How the card in hand was checked (recorded as such); None: not said.
    card_check: CardCheck | None = None
    witness_name: str = ""
    representative_name: str = ""
    representative_nik: str = ""
    relationship: str = ""
    reason: str = ""
    # A bank account the bank opened beforehand becomes active here: the specimen is this
    # signature, and the worker takes the passbook and/or the ATM card home.
    activate_account: bool = False
    passbook_given: bool = False
    atm_card_given: bool = False
    # Made once per attempt, when the request is built: sent again after a broken
    # connection, it is recorded once (kiosk.usecases.settle).
    client_id: str = field(default_factory=new_client_id)


@dataclass(frozen=True)
class HandoverDone:
    handover_id: int
    worker_id: int
    worker_name: str
    serial_text: str
    at: dt.datetime
    kind: HandoverKind
    # True: this call recorded nothing; the handover was found recorded under its client
    # id (its commit had gone through before the connection broke, or it was sent twice).
    settled_after_retry: bool = False


@dataclass(frozen=True)
class DeskCounts:
    """The running counts the handover screen shows."""

    desk_today: int  # valid handovers at this device, today (WITA)
    event: int  # valid handovers of the current event
    event_name: str


EventId = Callable[[], int | None]


class Handovers:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        auditor: Auditor,
        trusted: Callable[[], Mapping[bytes, Ed25519PublicKey]],
        configured_event: int | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.sessions = sessions
        self.auditor = auditor
        self.trusted = trusted
        self.configured_event = configured_event
        self.retry = retry or RetryPolicy()

    # -- reading ------------------------------------------------------------------------

    def current_event(self) -> Site | None:
        """The configured event, else the most recent one; None when there is none."""
        with self.sessions() as session:
            return current_event(session, self.configured_event)

    def card_for(self, worker_id: int) -> CardForHandover | None:
        """The worker's active card and whether it was handed over; None: no card yet."""
        with self.sessions() as session:
            card = active_card(session, worker_id)
            if card is None:
                return None
            return CardForHandover(
                serial=card.serial,
                serial_text=format_serial(card.serial),
                printed=card.printed_at is not None,
                prior=prior_handover(session, card.serial),
                account_to_activate=account_to_activate(session, worker_id),
            )

    def card_from_scan(self, worker_id: int, text: str) -> CardForHandover:
        """The card whose QR code was scanned, if it is this worker's current card."""
        verification = verify_card(self.sessions, self.trusted(), text)
        if not verification.genuine or verification.claims is None:
            raise HandoverRefusedError(HandoverProblem.CARD_NOT_GENUINE)
        if verification.worker is None or verification.worker.worker_id != worker_id:
            name = verification.worker.name if verification.worker else ""
            raise HandoverRefusedError(HandoverProblem.CARD_OF_ANOTHER_WORKER, name)
        if verification.status is not CardState.ACTIVE:
            raise HandoverRefusedError(HandoverProblem.CARD_NOT_CURRENT)
        card = self.card_for(worker_id)
        if card is None or card.serial != verification.claims.serial:
            raise HandoverRefusedError(HandoverProblem.CARD_NOT_CURRENT)
        return card

    def card_from_serial(self, worker_id: int, typed: str) -> CardForHandover:
        """No scanner: the card whose serial the desk typed from the card in hand, if it is
        this worker's current card.

        The whole serial, or its last characters: at least MIN_SERIAL_TAIL of them (spaces,
        hyphens and case do not count; I and L read as 1, O as 0), and no other card in the
        registry (another worker's, or this worker's replaced one) may end in them."""
        try:
            value, chars = parse_serial_tail(typed)
        except SerialFormatError:
            raise HandoverRefusedError(HandoverProblem.SERIAL_NOT_A_SERIAL) from None
        if chars < MIN_SERIAL_TAIL:
            raise HandoverRefusedError(HandoverProblem.SERIAL_TOO_SHORT)
        with self.sessions() as session:
            card = active_card(session, worker_id)
            if card is None:
                raise HandoverRefusedError(HandoverProblem.NO_CARD)
            matches = cards_ending_in(session, value, chars)
            if card.serial not in (m.serial for m in matches):
                if len(matches) == 1 and matches[0].worker_id == worker_id:
                    raise HandoverRefusedError(HandoverProblem.CARD_NOT_CURRENT)
                raise HandoverRefusedError(HandoverProblem.SERIAL_MISMATCH)
            if len(matches) > 1:
                raise HandoverRefusedError(HandoverProblem.SERIAL_AMBIGUOUS)
        found = self.card_for(worker_id)
        if found is None or found.serial != card.serial:
            raise HandoverRefusedError(HandoverProblem.CARD_NOT_CURRENT)
        return found

    def counts(self) -> DeskCounts:
        now = self.auditor.clock().astimezone(WITA)
        # Stored times are UTC (SQLite keeps them as text without the zone).
        start = dt.datetime.combine(now.date(), dt.time(), WITA).astimezone(dt.UTC)
        device = self.auditor.workstation.device
        with self.sessions() as session:
            event = current_event(session, self.configured_event)
            valid = Handover.voided_at.is_(None)
            desk = session.scalar(
                select(func.count())
                .select_from(Handover)
                .where(valid, Handover.device == device, Handover.handed_over_at >= start)
            )
            at_event = (
                session.scalar(
                    select(func.count())
                    .select_from(Handover)
                    .where(valid, Handover.event_id == event.id)
                )
                if event is not None
                else 0
            )
            return DeskCounts(desk or 0, at_event or 0, event.name if event else "")

    # -- recording ----------------------------------------------------------------------

    def hand_over(self, actor: Actor | None, request: HandoverRequest) -> HandoverDone:
        """Record the handover, its signature, the worker's status and the audit event in
        one transaction. Raises HandoverRefusedError for what the desk can put right and
        AlreadyHandedOverError when the card was handed over already (here or elsewhere).

        Recorded once per request.client_id: when the connection breaks, the handover is
        settled on reconnect (kiosk.usecases.settle), and a request already recorded is
        answered from its record (settled_after_retry). HubUnreachableError when the
        database stays away longer than the retry bound."""
        target = worker_target(request.worker_id)
        actor = self.auditor.require(actor, Permission.HANDOVER, target=target)
        png = render_signature_png(request.signature, width=SIGNATURE_PNG_WIDTH)
        try:
            return settle(
                request.client_id,
                lambda: self._record(actor, request, png),
                lambda: self.recorded(request.client_id),
                self.retry,
            )
        except IntegrityError:
            with self.sessions() as session:
                prior = prior_handover(session, request.card_serial)
            if prior is not None:
                raise AlreadyHandedOverError(prior) from None
            raise

    def recorded(self, client_id: str) -> HandoverDone | None:
        """The handover recorded under client_id, if there is one (void or not)."""
        with self.sessions() as session:
            return recorded_handover(session, client_id)

    def _record(self, actor: Actor, request: HandoverRequest, png: bytes) -> HandoverDone:
        """One attempt at the transaction; the time is read again at each."""
        target = worker_target(request.worker_id)
        now = self.auditor.clock()
        request = _check(request, now.astimezone(WITA).date())
        with self.sessions.begin() as session:
            lock_for_write(session)  # a reprint must not slip between check and insert
            worker = session.get(Worker, request.worker_id)
            if worker is None:
                raise HandoverRefusedError(HandoverProblem.NO_CARD)
            if worker.status is WorkerStatus.INACTIVE:
                raise HandoverRefusedError(HandoverProblem.WORKER_INACTIVE)
            card = session.get(Card, request.card_serial, with_for_update=True)
            if card is None or card.worker_id != worker.id:
                raise HandoverRefusedError(HandoverProblem.NO_CARD)
            if card.status is not CardStatus.ACTIVE:
                raise HandoverRefusedError(HandoverProblem.CARD_NOT_CURRENT)
            prior = prior_handover(session, card.serial)
            if prior is not None:
                raise AlreadyHandedOverError(prior)
            event = handover_event(session, self.configured_event, now.astimezone(WITA).date())
            handover = Handover(
                worker_id=worker.id,
                card_serial=card.serial,
                event_id=event.id if event is not None else None,
                kind=request.kind,
                document=request.document,
                card_check=request.card_check,
                signature_json=request.signature.to_json(),
                signature_png=png,
                witness_name=_text(request.witness_name),
                representative_name=_text(request.representative_name),
                representative_nik=_text(request.representative_nik),
                relationship=_text(request.relationship),
                reason=_text(request.reason),
                site=self.auditor.workstation.site,
                device=self.auditor.workstation.device,
                operator=actor.username,
                handed_over_at=now,
                client_id=request.client_id,
            )
            session.add(handover)
            # The unique index speaks here if another desk got there first.
            session.flush()
            if card.printed_at is None:
                card.printed_at = now  # in the worker's hand: it was printed
            worker.status = WorkerStatus.HANDED_OVER
            if request.activate_account:
                _activate_account(session, worker.id, handover.id, request, png, now)
            self.auditor.record(
                session,
                actor,
                AuditAction.HANDOVER,
                target=target,
                details={
                    "handover": handover.id,
                    "serial": format_serial(card.serial),
                    "kind": request.kind.value,
                    "document": request.document.value,
                    "card_check": request.card_check.value if request.card_check else None,
                    "account_activated": request.activate_account,
                },
            )
            done = HandoverDone(
                handover_id=handover.id,
                worker_id=worker.id,
                worker_name=worker.full_name,
                serial_text=format_serial(card.serial),
                at=now,
                kind=request.kind,
            )
        return done

    def void(
        self,
        actor: Actor | None,
        handover_id: int,
        reason: str,
    ) -> None:
        """A supervisor voids a handover (a wrong worker, a mistake): it stays on record,
        marked void with the reason; the card can be handed over again.

        Raises AlreadyVoidedError, saying who voided it, when and why, when it was voided
        before: the first reason stands and nothing is recorded twice."""
        with self.sessions() as session:
            found = session.get(Handover, handover_id)
            if found is None:
                raise HandoverNotFoundError(handover_id)
            target = worker_target(found.worker_id)
        actor = self.auditor.require(actor, Permission.APPROVE, target=target)
        if not reason.strip():
            raise HandoverRefusedError(HandoverProblem.REASON_MISSING)
        with self.sessions.begin() as session:
            lock_for_write(session)
            handover = session.get_one(Handover, handover_id, with_for_update=True)
            if handover.voided_at is not None:
                raise AlreadyVoidedError(prior_void(session, handover))
            handover.voided_at = self.auditor.clock()
            handover.voided_by = actor.username
            handover.void_reason = reason.strip()[:200]
            session.flush()
            worker = session.get_one(Worker, handover.worker_id)
            still_handed = session.scalar(
                select(func.count())
                .select_from(Handover)
                .where(Handover.worker_id == worker.id, Handover.voided_at.is_(None))
            )
            if worker.status is WorkerStatus.HANDED_OVER and not still_handed:
                worker.status = WorkerStatus.CARD_PRINTED
            account = session.scalar(
                select(BankAccount).where(BankAccount.handover_id == handover.id)
            )
            if account is not None:  # activated in this handover: it was not, after all
                account.status = (
                    AccountStatus.OPENED if account.application_id else AccountStatus.PRE_OPENED
                )
                account.activated_at = None
                account.handover_id = None
                account.passbook_given = account.atm_card_given = False
            self.auditor.record(
                session,
                actor,
                AuditAction.VOID,
                target=target,
                details={
                    "handover": handover.id,
                    "serial": format_serial(handover.card_serial),
                    "reason": reason.strip()[:200],
                },
            )


def recorded_handover(session: Session, client_id: str) -> HandoverDone | None:
    """The handover recorded under client_id, as its desk was told, flagged as found."""
    row = session.execute(
        select(Handover, Worker.full_name)
        .join(Worker, Worker.id == Handover.worker_id)
        .where(Handover.client_id == client_id)
    ).first()
    if row is None:
        return None
    handover, name = row
    return HandoverDone(
        handover_id=handover.id,
        worker_id=handover.worker_id,
        worker_name=name,
        serial_text=format_serial(handover.card_serial),
        at=as_utc(handover.handed_over_at),
        kind=handover.kind,
        settled_after_retry=True,
    )


def _activate_account(
    session: Session,
    worker_id: int,
    handover_id: int,
    request: HandoverRequest,
    specimen_png: bytes,
    now: dt.datetime,
) -> None:
    account = session.scalar(select(BankAccount).where(BankAccount.worker_id == worker_id))
    if account is None or account.status is AccountStatus.ACTIVATED:
        raise HandoverRefusedError(HandoverProblem.NO_ACCOUNT_TO_ACTIVATE)
    if request.kind is not HandoverKind.SIGNED:
        # The specimen is the worker's own signature, never a witness's or a representative's.
        raise HandoverRefusedError(HandoverProblem.NO_ACCOUNT_TO_ACTIVATE)
    account.status = AccountStatus.ACTIVATED
    account.activated_at = now
    account.handover_id = handover_id
    account.passbook_given = request.passbook_given
    account.atm_card_given = request.atm_card_given
    account.specimen_png = specimen_png


def _check(request: HandoverRequest, today: dt.date) -> HandoverRequest:
    """The request with its texts tidied, or HandoverRefusedError."""
    problem = signature_problem(request.signature)
    if problem is not None:
        raise HandoverRefusedError(_SIGNATURE_PROBLEMS[problem])
    match request.kind:
        case HandoverKind.THUMBPRINT:
            if not request.witness_name.strip():
                raise HandoverRefusedError(HandoverProblem.WITNESS_NAME_MISSING)
        case HandoverKind.REPRESENTATIVE:
            if not request.representative_name.strip():
                raise HandoverRefusedError(HandoverProblem.REPRESENTATIVE_NAME_MISSING)
            checked = check_nik(request.representative_nik, today=today)
            if not checked.ok:
                raise HandoverRefusedError(HandoverProblem.REPRESENTATIVE_NIK_INVALID)
            if not request.relationship.strip():
                raise HandoverRefusedError(HandoverProblem.RELATIONSHIP_MISSING)
            if not request.reason.strip():
                raise HandoverRefusedError(HandoverProblem.REASON_MISSING)
        case HandoverKind.SIGNED:
            pass
    nik = (
        check_nik(request.representative_nik, today=today).nik if request.representative_nik else ""
    )
    return dataclasses.replace(request, representative_nik=nik or "")


def _text(value: str) -> str | None:
    cleaned = " ".join(value.split())[:MAX_TEXT]
    return cleaned or None
