"""What the registry holds about handovers: a card's valid handover, a void, the event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    AccountStatus,
    BankAccount,
    Card,
    CardCheck,
    CardStatus,
    Handover,
    HandoverKind,
    Operator,
    Site,
    SiteKind,
)
from printing.payload import format_serial


@dataclass(frozen=True)
class PriorHandover:
    """Who handed a card over, when and where: what a second attempt is told."""

    handover_id: int
    serial_text: str
    operator: str
    operator_name: str
    site: str
    device: str
    at: dt.datetime
    # How it was handed over, for the read-only summary of a worker handed over already.
    kind: HandoverKind | None = None
    card_check: CardCheck | None = None  # None: not recorded
    witness_name: str = ""
    representative_name: str = ""
    relationship: str = ""


@dataclass(frozen=True)
class PriorVoid:
    """Who voided a handover, when and why: what a second void is told."""

    handover_id: int
    voided_by: str
    voided_by_name: str
    at: dt.datetime
    reason: str


def account_to_activate(session: Session, worker_id: int) -> str | None:
    """The number of the worker's account that awaits activation at the handover."""
    return session.scalar(
        select(BankAccount.account_number).where(
            BankAccount.worker_id == worker_id,
            BankAccount.status.in_([AccountStatus.PRE_OPENED, AccountStatus.OPENED]),
        )
    )


def handover_event(session: Session, configured: int | None, today: dt.date) -> Site | None:
    """The event a handover belongs to: the configured one, else an event held today; a
    branch office's handover weeks later belongs to none."""
    if configured is not None:
        event = session.get(Site, configured)
        if event is not None and event.kind is SiteKind.EVENT:
            return event
    return session.scalar(
        select(Site)
        .where(Site.kind == SiteKind.EVENT, Site.event_date == today)
        .order_by(Site.id.desc())
        .limit(1)
    )


def current_event(session: Session, configured: int | None) -> Site | None:
    if configured is not None:
        event = session.get(Site, configured)
        if event is not None and event.kind is SiteKind.EVENT:
            return event
    return session.scalar(
        select(Site)
        .where(Site.kind == SiteKind.EVENT)
        .order_by(Site.event_date.desc().nulls_last(), Site.id.desc())
        .limit(1)
    )


def as_utc(value: dt.datetime) -> dt.datetime:
    """A stored time: SQLite gives it back without its zone, and every stored time is UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def active_card(session: Session, worker_id: int) -> Card | None:
    """The worker's active card, if any."""
    return session.scalar(
        select(Card).where(Card.worker_id == worker_id, Card.status == CardStatus.ACTIVE)
    )


def cards_ending_in(session: Session, value: int, chars: int, limit: int = 3) -> list[Card]:
    """Cards, of any worker and status, whose serial ends in the given characters (their
    value, as printing.payload.parse_serial_tail reads them): at most limit of them."""
    return list(
        session.scalars(
            select(Card)
            .where(Card.serial % (32**chars) == value)
            .order_by(Card.serial)
            .limit(limit)
        )
    )


def prior_void(session: Session, handover: Handover) -> PriorVoid:
    """Who voided the handover, when and why (it is void)."""
    assert handover.voided_at is not None
    voided_by = handover.voided_by or ""
    name = session.scalar(select(Operator.full_name).where(Operator.username == voided_by))
    return PriorVoid(
        handover_id=handover.id,
        voided_by=voided_by,
        voided_by_name=name or voided_by,
        at=as_utc(handover.voided_at),
        reason=handover.void_reason or "",
    )


def prior_handover(session: Session, serial: int) -> PriorHandover | None:
    """The card's valid handover, if it has one, as a second attempt is told it."""
    row = session.execute(
        select(Handover, Operator.full_name)
        .outerjoin(Operator, Operator.username == Handover.operator)
        .where(Handover.card_serial == serial, Handover.voided_at.is_(None))
    ).first()
    if row is None:
        return None
    handover, operator_name = row
    return PriorHandover(
        handover_id=handover.id,
        serial_text=format_serial(serial),
        operator=handover.operator,
        operator_name=operator_name or handover.operator,
        site=handover.site,
        device=handover.device,
        at=as_utc(handover.handed_over_at),
        kind=handover.kind,
        card_check=handover.card_check,
        witness_name=handover.witness_name or "",
        representative_name=handover.representative_name or "",
        relationship=handover.relationship or "",
    )
