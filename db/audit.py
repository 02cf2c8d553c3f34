"""The audit trail: appending hash-chained events, and verifying the chain."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ScalarSelect, func, select, text, update
from sqlalchemy.orm import Session

from db.models import AuditEvent, AuditHead, LocalOrigin

GENESIS_HASH = "0" * 64
_HEAD_ID = 1


@dataclass(frozen=True)
class AuditEntry:
    """What happened, who did it, where: the content of one event before it is chained."""

    at: dt.datetime  # aware; stored in UTC
    operator: str | None
    site: str
    device: str
    action: str
    target: str | None = None
    details: Mapping[str, Any] | None = None
    approver: str | None = None


def _timestamp(at: dt.datetime) -> str:
    if at.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _canonical(details: Mapping[str, Any] | None) -> str:
    return json.dumps(details or {}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_hash(
    *,
    seq: int,
    at: str,
    operator: str | None,
    approver: str | None,
    site: str,
    device: str,
    action: str,
    target: str | None,
    details: str,
    prev_hash: str,
) -> str:
    """SHA-256 over every field of the event and the previous event's hash."""
    fields = [str(seq), at, operator or "", approver or "", site, device, action, target or ""]
    payload = json.dumps([*fields, details, prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def hash_of(event: AuditEvent) -> str:
    """What an event's hash must be, from what it holds now."""
    return event_hash(
        seq=event.seq,
        at=event.at,
        operator=event.operator,
        approver=event.approver,
        site=event.site,
        device=event.device,
        action=event.action,
        target=event.target,
        details=event.details,
        prev_hash=event.prev_hash,
    )


def append(session: Session, entry: AuditEntry) -> AuditEvent:
    """Chain one event onto the trail, inside the caller's transaction.

    The head row is locked as it is read (PostgreSQL's row lock; SQLite's write lock, taken
    by a write first), so concurrent writers from several kiosks queue up behind each other
    instead of both chaining onto the same event.
    """
    if session.get_bind().dialect.name == "postgresql":
        return _append_in_server(session, entry)
    locked = select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == _HEAD_ID)
    if session.get_bind().dialect.name == "sqlite":
        # SQLite has no row locks: a write that changes nothing takes the database's.
        session.execute(update(AuditHead).where(AuditHead.id == _HEAD_ID).values(seq=AuditHead.seq))
    else:
        # One round trip that locks and reads: every desk's append waits on this row, so
        # the time it is held is what ten desks queue for.
        locked = locked.with_for_update()
    head = session.execute(locked).one()
    seq, prev_hash = head[0] + 1, head[1]
    event = AuditEvent(
        seq=seq,
        at=_timestamp(entry.at),
        operator=entry.operator,
        approver=entry.approver,
        site=entry.site,
        device=entry.device,
        action=entry.action,
        target=entry.target,
        details=_canonical(entry.details),
        prev_hash=prev_hash,
    )
    event.hash = digest = hash_of(event)
    session.add(event)
    session.execute(update(AuditHead).where(AuditHead.id == _HEAD_ID).values(seq=seq, hash=digest))
    session.flush()
    return event


def _append_in_server(session: Session, entry: AuditEntry) -> AuditEvent:
    """PostgreSQL: audit_append() (migration 0014) locks the head, chains, hashes, inserts
    and moves the head in one round trip, so the head is held for the commit and little
    else: ten desks appending at once queue for a short while, not for each other's
    round trips. verify() recomputes every hash in Python all the same."""
    at, details = _timestamp(entry.at), _canonical(entry.details)
    session.flush()  # the caller's pending rows go first, as they would with the ORM
    seq, digest = session.execute(
        text("SELECT new_seq, new_hash FROM audit_append(:at, :op, :ap, :si, :de, :ac, :ta, :dt)"),
        {"at": at, "op": entry.operator, "ap": entry.approver, "si": entry.site,
         "de": entry.device, "ac": entry.action, "ta": entry.target, "dt": details},
    ).one()  # fmt: skip
    return AuditEvent(
        seq=seq,
        at=at,
        operator=entry.operator,
        approver=entry.approver,
        site=entry.site,
        device=entry.device,
        action=entry.action,
        target=entry.target,
        details=details,
        prev_hash="",  # not read back: the chain is the database's
        hash=digest,
    )


class ChainProblem(enum.StrEnum):
    EDITED = "edited"  # the event's content no longer matches its hash
    MISSING = "missing"  # events are missing before this one
    NOT_LINKED = "not_linked"  # the event does not point at the one before it
    HEAD_MISMATCH = "head_mismatch"  # the newest event is not the one the chain ends at


@dataclass(frozen=True)
class ChainBreak:
    """The first place where the trail is not what was written."""

    seq: int
    problem: ChainProblem


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    first_break: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.first_break is None


def _events(session: Session, upto: int, batch: int = 2000) -> Iterator[AuditEvent]:
    after = 0
    while True:
        rows = session.scalars(
            select(AuditEvent)
            .where(
                AuditEvent.origin == _own_origin(), AuditEvent.seq > after, AuditEvent.seq <= upto
            )
            .order_by(AuditEvent.seq)
            .limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        after = rows[-1].seq
        session.expunge_all()


def _own_origin() -> ScalarSelect[str]:
    """This database's chain: at a province centre, the sites' chains sit beside it."""
    return select(LocalOrigin.origin).where(LocalOrigin.id == 1).scalar_subquery()


def _head(session: Session) -> tuple[int, str]:
    seq, digest = session.execute(
        select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == _HEAD_ID)
    ).one()
    return seq, digest


def verify(session: Session) -> VerifyResult:
    """Walk the chain from the first event to the head; report the first broken link.

    The head is read first: an event and its head move commit together, so every event up
    to that head is there to check, while other kiosks go on appending behind it.
    """
    head_seq, head_hash = _head(session)
    expected_seq, prev_hash, checked = 1, GENESIS_HASH, 0
    for event in _events(session, head_seq):
        if event.seq != expected_seq:
            return VerifyResult(checked, ChainBreak(expected_seq, ChainProblem.MISSING))
        if event.prev_hash != prev_hash:
            return VerifyResult(checked, ChainBreak(event.seq, ChainProblem.NOT_LINKED))
        recomputed = hash_of(event)
        if recomputed != event.hash:
            return VerifyResult(checked, ChainBreak(event.seq, ChainProblem.EDITED))
        checked += 1
        expected_seq, prev_hash = event.seq + 1, event.hash
    if expected_seq - 1 < head_seq:  # the newest events were deleted
        return VerifyResult(checked, ChainBreak(expected_seq, ChainProblem.MISSING))
    if prev_hash != head_hash:
        return VerifyResult(checked, ChainBreak(head_seq, ChainProblem.HEAD_MISMATCH))
    newest = (
        session.scalar(select(func.max(AuditEvent.seq)).where(AuditEvent.origin == _own_origin()))
        or 0
    )
    if newest > head_seq and _head(session)[0] < newest:
        # Events past the head that the head has not caught up with: not written by a kiosk.
        return VerifyResult(checked, ChainBreak(head_seq + 1, ChainProblem.HEAD_MISMATCH))
    return VerifyResult(checked, None)


def verify_received(session: Session) -> dict[str, VerifyResult]:
    """At a province centre: every site's chain as replicated here, by its origin. Each
    must run from its first event, every event linked to the one before and its hash
    recomputed; it ends at the newest event received (a site's head stays at the site)."""
    origins = session.scalars(
        select(AuditEvent.origin).where(AuditEvent.origin != _own_origin()).distinct()
    ).all()
    results = {}
    for origin in sorted(origins):
        expected_seq, prev_hash, checked = 1, GENESIS_HASH, 0
        problem: ChainBreak | None = None
        after = 0
        while problem is None:
            rows = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.origin == origin, AuditEvent.seq > after)
                .order_by(AuditEvent.seq)
                .limit(2000)
            ).all()
            if not rows:
                break
            for event in rows:
                if event.seq != expected_seq:
                    problem = ChainBreak(expected_seq, ChainProblem.MISSING)
                elif event.prev_hash != prev_hash:
                    problem = ChainBreak(event.seq, ChainProblem.NOT_LINKED)
                elif hash_of(event) != event.hash:
                    problem = ChainBreak(event.seq, ChainProblem.EDITED)
                if problem is not None:
                    break
                checked += 1
                expected_seq, prev_hash = event.seq + 1, event.hash
            after = rows[-1].seq
            session.expunge_all()
        results[origin] = VerifyResult(checked, problem)
    return results
