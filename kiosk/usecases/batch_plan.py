"""Planning a batch: which of a region's workers a run would print, skip or leave alone."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from db.models import Card, CardStatus, Region, Worker
from kiosk.usecases.batch_recovery import (
    Fate,
    in_scope,
    job_fates,
)


@dataclass(frozen=True)
class BatchScope:
    """The workers of a region: a desa, a kecamatan or a kabupaten, by its dotted code."""

    region_code: str
    name: str


@dataclass(frozen=True)
class BatchPlan:
    """What a run would do now: print to_print cards, skip the printed and the unsettled."""

    scope: BatchScope
    registered: int
    printed: int
    unsettled: int  # a job went to a printer and its outcome is unknown: check by hand
    to_print: int
    foreign: int = 0  # active cards signed at another kiosk: reprint them one by one
    claimed: int = 0  # in a job of a batch that is running now: that batch prints them


@dataclass(frozen=True)
class PendingCard:
    worker_id: int
    card_serial: int | None  # an issued, never-printed card to print again; None: issue one


def survey(
    session: Session, engine: Engine, scope: BatchScope, own_key: str
) -> tuple[list[PendingCard], BatchPlan]:
    """The scope's workers in printing order, sorted into what a run would do, the
    queued jobs counted as recovery makes of them. own_key: the hex id of this kiosk's
    signing key; a card signed with another is not ours to print again."""
    desa = Region.__table__.alias("desa")
    rows = session.execute(
        select(Worker.id, Card.serial, Card.printed_at, Card.key_id)
        .join(desa, desa.c.code == Worker.desa_code)
        .outerjoin(Card, (Card.worker_id == Worker.id) & (Card.status == CardStatus.ACTIVE))
        .where(in_scope(scope.region_code))
        .order_by(desa.c.name, desa.c.code, Worker.name_key, Worker.id)
    ).all()
    queued = job_fates(session, engine, scope.region_code)
    pending: list[PendingCard] = []
    printed = unsettled = foreign = claimed = 0
    for worker_id, serial, printed_at, card_key in rows:
        if serial is None:
            pending.append(PendingCard(worker_id, None))
        elif card_key != own_key:
            foreign += 1  # signed at another kiosk: a reprint gives a card of ours
        elif serial in queued:
            match queued[serial].fate:
                case Fate.LIVE:
                    claimed += 1
                case Fate.UNKNOWN:
                    unsettled += 1
                case Fate.SENT:
                    printed += 1
                case Fate.FAILED:
                    if printed_at is not None:
                        printed += 1
                    else:
                        pending.append(PendingCard(worker_id, serial))
        elif printed_at is not None:
            printed += 1
        else:
            pending.append(PendingCard(worker_id, serial))
    plan = BatchPlan(scope, len(rows), printed, unsettled, len(pending), foreign, claimed=claimed)
    return pending, plan
