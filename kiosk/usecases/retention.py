"""Deleting the tanda terima and card PDFs kept on disk once they are no longer needed.

UU PDP: personal data is kept no longer than its purpose needs. A PDF that a folder printer
wrote (`folder:///PATH`: the `cards` and `tanda-terima` folders of the data directory, or a
card printer's hot folder) carries a worker's name, KPJ and, on a receipt, a signature. Its
purpose ends with the handover and the BAST, the formal record the provincial budget's
accountability rests on. So a file is deleted when every card in it was handed over, the
BAST that lists that handover was written (a BastRecord made after the handover, of its
event, or of its day), and the retention (a setting, 30 days by default) has passed since
the event's date (the handover's own date when it was at no event).

Which card a file holds comes from the print jobs that wrote it: a single job's file holds
one card, a batch file many. A card that was replaced (a reprint) counts as handed over
when its worker's newer card was. Files the kiosk has no record of are never touched, and
nothing is deleted while a job that may be writing the same file has no known outcome.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import BastRecord, Card, CardStatus, Handover, JobStatus, PrintJob, Site
from kiosk.config import WITA
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor
from kiosk.usecases.batch_recovery import folder_from_url
from kiosk.usecases.handover_records import as_utc
from printing.card_printers import safe_file_name

log = logging.getLogger(__name__)


class Keep(enum.IntEnum):
    """Why a file stays; the larger reason wins when a file holds several cards."""

    PURGE = 0  # nothing keeps it
    IN_RETENTION = 1  # the BAST exists, the retention has not passed
    NO_BAST = 2  # handed over, but no BAST lists the handover yet
    NOT_HANDED_OVER = 3  # a card in it has not reached its worker (or may be printing)


class PurgeTrigger(enum.StrEnum):
    COMMAND = "command"  # `kiosk purge`, by a supervisor
    START = "start"  # the kiosk's start-up


@dataclass(frozen=True)
class PurgeReport:
    """How many files were (or, on a dry run, would be) removed, and why the rest stay.
    Counts only: the audit trail gets these, never a name or a file name."""

    removed: int
    kept_in_retention: int
    kept_no_bast: int
    kept_not_handed_over: int
    failed: int  # could not be deleted (permissions, a read-only disk): tried again next time
    retention_days: int
    dry_run: bool


@dataclass(frozen=True)
class _Job:
    path: Path
    alternative: Path
    status: JobStatus
    card_serial: int
    worker_id: int


def purge_documents(
    sessions: sessionmaker[Session],
    auditor: Auditor,
    actor: Actor | None,
    retention_days: int,
    *,
    dry_run: bool = False,
    trigger: PurgeTrigger = PurgeTrigger.COMMAND,
) -> PurgeReport:
    """Delete the PDFs whose handovers' BAST exists and whose retention has passed.

    A supervisor runs it (`kiosk purge`); at start-up the kiosk runs it itself (actor None)
    and records it only when it removed or failed to remove something."""
    if trigger is PurgeTrigger.COMMAND:
        actor = auditor.require(actor, Permission.CLOSE_DAY, target="documents")
    today = auditor.clock().astimezone(WITA).date()
    with sessions() as session:
        verdicts = _verdicts(session, today, retention_days)
    removed = failed = 0
    kept = dict.fromkeys(Keep, 0)
    for path, verdict in verdicts.items():
        if verdict is not Keep.PURGE:
            kept[verdict] += 1
        elif dry_run:
            removed += 1
        else:
            try:
                path.unlink()
                removed += 1
            except FileNotFoundError:
                pass  # gone meanwhile: nothing left to keep
            except OSError as error:
                failed += 1
                log.warning("A kept document could not be deleted: %s", type(error).__name__)
    report = PurgeReport(
        removed=removed,
        kept_in_retention=kept[Keep.IN_RETENTION],
        kept_no_bast=kept[Keep.NO_BAST],
        kept_not_handed_over=kept[Keep.NOT_HANDED_OVER],
        failed=failed,
        retention_days=retention_days,
        dry_run=dry_run,
    )
    if trigger is PurgeTrigger.COMMAND or removed or failed:
        auditor.record_now(
            actor,
            AuditAction.PURGE,
            target="documents",
            details={
                "trigger": trigger.value,
                "dry_run": dry_run,
                "retention_days": retention_days,
                "removed": removed,
                "failed": failed,
                "kept_in_retention": report.kept_in_retention,
                "kept_no_bast": report.kept_no_bast,
                "kept_not_handed_over": report.kept_not_handed_over,
            },
        )
    return report


def _verdicts(session: Session, today: dt.date, retention_days: int) -> dict[Path, Keep]:
    """Each existing file that folder printers wrote, with what keeps it (or PURGE)."""
    jobs = [
        _job(printer, document or "", status, serial, worker)
        for printer, document, status, serial, worker in session.execute(
            select(
                PrintJob.printer,
                PrintJob.document,
                PrintJob.status,
                PrintJob.card_serial,
                PrintJob.worker_id,
            ).where(
                PrintJob.printer.like("folder:%"),
                PrintJob.status.in_([JobStatus.SENT, JobStatus.QUEUED]),
                PrintJob.document.is_not(None),
            )
        )
    ]
    if not jobs:
        return {}
    handovers = _handovers(session)
    replaced = set(
        session.scalars(select(Card.serial).where(Card.status != CardStatus.ACTIVE)).all()
    )
    basts: list[_Bast] = [
        (event_id, day, as_utc(made_at))
        for event_id, day, made_at in session.execute(
            select(BastRecord.event_id, BastRecord.day, BastRecord.made_at)
        )
    ]
    event_dates: dict[int, dt.date | None] = {
        site_id: date
        for site_id, date in session.execute(
            select(Site.id, Site.event_date).where(Site.event_date.is_not(None))
        )
    }
    cutoff = today - dt.timedelta(days=retention_days)
    verdicts: dict[Path, Keep] = {}
    for job in jobs:
        path = job.path if job.path.is_file() else job.alternative
        if not path.is_file():
            continue
        if job.status is JobStatus.QUEUED:
            verdict = Keep.NOT_HANDED_OVER  # its outcome is unknown: it may be writing now
        else:
            handover = handovers.by_card.get(job.card_serial)
            if handover is None and job.card_serial in replaced:
                handover = handovers.latest_of_worker.get(job.worker_id)
            verdict = _verdict(handover, basts, event_dates, cutoff)
        verdicts[path] = max(verdicts.get(path, Keep.PURGE), verdict)
    return verdicts


_Bast = tuple[int | None, dt.date | None, dt.datetime]  # event, day, made at


@dataclass(frozen=True)
class _Handover:
    at: dt.datetime
    day: dt.date  # in NTT
    event_id: int | None


@dataclass
class _Handovers:
    by_card: dict[int, _Handover]
    latest_of_worker: dict[int, _Handover]


def _handovers(session: Session) -> _Handovers:
    by_card: dict[int, _Handover] = {}
    latest: dict[int, _Handover] = {}
    rows = session.execute(
        select(Handover.card_serial, Handover.worker_id, Handover.handed_over_at, Handover.event_id)
        .where(Handover.voided_at.is_(None))
        .order_by(Handover.handed_over_at)
    )
    for serial, worker_id, at, event_id in rows:
        when = as_utc(at)
        found = _Handover(when, when.astimezone(WITA).date(), event_id)
        by_card[serial] = found
        latest[worker_id] = found
    return _Handovers(by_card, latest)


def _verdict(
    handover: _Handover | None,
    basts: list[_Bast],
    event_dates: dict[int, dt.date | None],
    cutoff: dt.date,
) -> Keep:
    if handover is None:
        return Keep.NOT_HANDED_OVER
    if not any(_covers(event_id, day, made_at, handover) for event_id, day, made_at in basts):
        return Keep.NO_BAST
    date = event_dates.get(handover.event_id) if handover.event_id is not None else None
    if (date or handover.day) >= cutoff:
        return Keep.IN_RETENTION
    return Keep.PURGE


def _covers(
    event_id: int | None, day: dt.date | None, made_at: dt.datetime, handover: _Handover
) -> bool:
    """Whether a BAST lists the handover: it was written after it, of its event (all of it
    or its day), or of its day at any site."""
    if made_at < handover.at:
        return False
    if event_id is None:
        return day == handover.day
    return event_id == handover.event_id and (day is None or day == handover.day)


def _job(printer: str, document: str, status: JobStatus, serial: int, worker_id: int) -> _Job:
    folder = folder_from_url(printer)
    return _Job(
        path=folder / document,
        alternative=folder / f"{safe_file_name(document)}.pdf",
        status=status,
        card_serial=serial,
        worker_id=worker_id,
    )
