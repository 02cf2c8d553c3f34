"""When everything fails: paper. A handover made with a receipt signed by hand, while no hub
could be reached, entered afterwards.

It is recorded as a handover of its own kind (paper) with the time it happened, the scan of
the receipt (PDF or PNG, kept in the registry like the pad's signatures) and the supervisor
who approved entering it; the worker's status and the audit event commit with it. The same
guarantee as at the desk: a worker is handed over once, and entering a paper receipt for a
worker already handed over (here, at another desk, or on paper before) is refused with the
first record's who, when and where.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import lock_for_write
from db.models import Card, CardStatus, Handover, HandoverKind, IdDocument, Worker, WorkerStatus
from kiosk.config import WITA
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, worker_target
from kiosk.usecases.handover import (
    MIN_SERIAL_TAIL,
    AlreadyHandedOverError,
    HandoverDone,
    HandoverProblem,
    HandoverRefusedError,
    recorded_handover,
)
from kiosk.usecases.handover_records import (
    PriorHandover,
    active_card,
    as_utc,
    cards_ending_in,
    handover_event,
    prior_handover,
)
from kiosk.usecases.settle import RetryPolicy, new_client_id, settle
from printing.payload import SerialFormatError, format_serial, parse_serial_tail

MAX_SCAN_BYTES = 10 * 1024 * 1024
_MAGIC = {b"%PDF-": "pdf", b"\x89PNG\r\n\x1a\n": "png"}


@dataclass(frozen=True)
class PaperHandoverRequest:
    """A receipt signed by hand: whose (KPJ), which card (its serial, or its last
    characters), when it happened, and its scan."""

    kpj: str
    serial: str  # as printed on the card; its last MIN_SERIAL_TAIL characters are enough
    at: dt.datetime  # aware; the time written on the receipt
    scan: bytes
    document: IdDocument = IdDocument.KTP
    # Made once per entry: entered again after a broken connection, it is recorded once.
    client_id: str = field(default_factory=new_client_id)


def scan_type(scan: bytes) -> str:
    """ "pdf" or "png", by the file's first bytes; HandoverRefusedError for anything else or
    for a file over MAX_SCAN_BYTES."""
    if len(scan) > MAX_SCAN_BYTES:
        raise HandoverRefusedError(HandoverProblem.SCAN_TOO_LARGE)
    for magic, kind in _MAGIC.items():
        if scan.startswith(magic):
            return kind
    raise HandoverRefusedError(HandoverProblem.SCAN_NOT_PDF_OR_PNG)


def wita_time(text: str) -> dt.datetime:
    """'YYYY-MM-DD HH:MM' as typed, in WITA; ValueError when it is not one."""
    naive = dt.datetime.strptime(" ".join(text.split()), "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=WITA)


class PaperHandovers:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        auditor: Auditor,
        configured_event: int | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.sessions = sessions
        self.auditor = auditor
        self.configured_event = configured_event
        self.retry = retry or RetryPolicy()

    def record(
        self, actor: Actor | None, request: PaperHandoverRequest, approved_by: Actor | None
    ) -> HandoverDone:
        """Enter the paper handover, the worker's status and the audit event in one
        transaction. Raises PermissionDeniedError without a supervisor's approval (another
        person than actor), HandoverRefusedError for what can be put right, and
        AlreadyHandedOverError, naming the first record, when the worker (or the card) was
        handed over already."""
        with self.sessions() as session:
            worker_id = session.scalar(select(Worker.id).where(Worker.kpj == request.kpj.strip()))
        target = worker_target(worker_id) if worker_id is not None else None
        actor = self.auditor.require(actor, Permission.HANDOVER, target=target)
        if (
            approved_by is None
            or not approved_by.may(Permission.APPROVE)
            or approved_by.username == actor.username
        ):
            self.auditor.deny(approved_by or actor, Permission.APPROVE, target=target)
        if worker_id is None:
            raise HandoverRefusedError(HandoverProblem.NO_WORKER, request.kpj)
        kind = scan_type(request.scan)
        # Entered before (its answer lost with the connection): that record is the answer,
        # before the worker's own handover would refuse it.
        found = self.recorded(request.client_id)
        if found is not None:
            return found
        if request.at.utcoffset() is None:
            raise HandoverRefusedError(HandoverProblem.TIME_IN_FUTURE)
        serial = self._serial(worker_id, request.serial)
        approver = approved_by.username
        try:
            return settle(
                request.client_id,
                lambda: self._record(actor, approver, request, worker_id, serial, kind),
                lambda: self.recorded(request.client_id),
                self.retry,
            )
        except IntegrityError:
            with self.sessions() as session:
                prior = _prior_of_worker(session, worker_id) or prior_handover(session, serial)
            if prior is not None:
                raise AlreadyHandedOverError(prior) from None
            raise

    def recorded(self, client_id: str) -> HandoverDone | None:
        """The handover recorded under client_id, if there is one."""
        with self.sessions() as session:
            return recorded_handover(session, client_id)

    def _record(
        self,
        actor: Actor,
        approver: str,
        request: PaperHandoverRequest,
        worker_id: int,
        serial: int,
        kind: str,
    ) -> HandoverDone:
        """One attempt at the transaction."""
        target = worker_target(worker_id)
        at = request.at.astimezone(dt.UTC)
        if at > self.auditor.clock():
            raise HandoverRefusedError(HandoverProblem.TIME_IN_FUTURE)
        with self.sessions.begin() as session:
            lock_for_write(session)
            worker = session.get_one(Worker, worker_id)
            prior = _prior_of_worker(session, worker_id)
            if prior is not None:
                raise AlreadyHandedOverError(prior)
            if worker.status is WorkerStatus.INACTIVE:
                raise HandoverRefusedError(HandoverProblem.WORKER_INACTIVE)
            card = session.get(Card, serial, with_for_update=True)
            if card is None or card.worker_id != worker.id:
                raise HandoverRefusedError(HandoverProblem.NO_CARD)
            if card.status is not CardStatus.ACTIVE:
                raise HandoverRefusedError(HandoverProblem.CARD_NOT_CURRENT)
            # The receipt's time has minutes only: the minute the card was made will do.
            if at < as_utc(card.created_at).replace(second=0, microsecond=0):
                raise HandoverRefusedError(HandoverProblem.TIME_BEFORE_CARD)
            event = handover_event(
                session, self.configured_event, request.at.astimezone(WITA).date()
            )
            handover = Handover(
                worker_id=worker.id,
                card_serial=card.serial,
                event_id=event.id if event is not None else None,
                kind=HandoverKind.PAPER,
                document=request.document,
                card_check=None,
                signature_json="",
                signature_png=b"",
                paper_scan=request.scan,
                paper_scan_type=kind,
                approved_by=approver,
                site=self.auditor.workstation.site,
                device=self.auditor.workstation.device,
                operator=actor.username,
                handed_over_at=at,
                client_id=request.client_id,
            )
            session.add(handover)
            session.flush()  # the unique index speaks here if a desk got there first
            if card.printed_at is None:
                card.printed_at = at  # it was in the worker's hand: it was printed
            worker.status = WorkerStatus.HANDED_OVER
            self.auditor.record(
                session,
                actor,
                AuditAction.HANDOVER,
                target=target,
                details={
                    "handover": handover.id,
                    "serial": format_serial(card.serial),
                    "kind": HandoverKind.PAPER.value,
                    "document": request.document.value,
                    "handed_over_at": at.isoformat(),
                    "scan": kind,
                    "scan_sha256": hashlib.sha256(request.scan).hexdigest(),
                },
                approver=approver,
            )
            done = HandoverDone(
                handover_id=handover.id,
                worker_id=worker.id,
                worker_name=worker.full_name,
                serial_text=format_serial(card.serial),
                at=at,
                kind=HandoverKind.PAPER,
            )
        return done

    def scan(self, handover_id: int) -> tuple[str, bytes] | None:
        """The kept scan of a paper handover, as its type and its bytes; None if it has none."""
        with self.sessions() as session:
            row = session.execute(
                select(Handover.paper_scan_type, Handover.paper_scan).where(
                    Handover.id == handover_id
                )
            ).first()
        if row is None or row.paper_scan is None:
            return None
        return row.paper_scan_type or "", row.paper_scan

    def _serial(self, worker_id: int, typed: str) -> int:
        """The worker's active card whose serial (or its last characters) was typed."""
        try:
            value, chars = parse_serial_tail(typed)
        except SerialFormatError:
            raise HandoverRefusedError(HandoverProblem.SERIAL_NOT_A_SERIAL) from None
        if chars < MIN_SERIAL_TAIL:
            raise HandoverRefusedError(HandoverProblem.SERIAL_TOO_SHORT)
        with self.sessions() as session:
            prior = _prior_of_worker(session, worker_id)
            if prior is not None:  # whatever card the receipt names, the worker has theirs
                raise AlreadyHandedOverError(prior)
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
            return card.serial


def _prior_of_worker(session: Session, worker_id: int) -> PriorHandover | None:
    """The worker's valid handover, of any of their cards, if they have one."""
    serial = session.scalar(
        select(Handover.card_serial)
        .where(Handover.worker_id == worker_id, Handover.voided_at.is_(None))
        .order_by(Handover.handed_over_at)
        .limit(1)
    )
    return prior_handover(session, serial) if serial is not None else None
