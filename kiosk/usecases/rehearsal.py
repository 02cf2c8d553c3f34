"""The rehearsal (gladi): the day before an event, N simulated desks hand over cards to M
synthetic workers on the hub, to measure the event network and prove it loses nothing.

Everything happens in a database set aside for rehearsals (the hub's `kiosk_gladi`, beside
the registry's `kiosk`): the rehearsal's workers, cards, operators and handovers are never in
the registry, so they are never counted in its progress, reports or a BAST. It is migrated,
seeded with workers holding pre-printed cards signed by this desk's key, an event and one
operator per desk; the desks (kiosk.usecases.rehearsal_desk) run as separate processes;
afterwards the parent checks the database: no worker or card handed over twice, every
handover a desk was told is recorded still there, the audit trail whole. Then the database
is emptied, unless the rehearsal is kept for inspection (until `kiosk rehearse --clean`).

A rehearsal may kill the hub half-way and promote the standby, as an organiser would when the
hub laptop dies, and measure how long the desks take to work again.
"""

from __future__ import annotations

import enum
import math
import multiprocessing
import random
import secrets
import statistics
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, func, insert, inspect, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db import audit
from db.engine import make_engine, make_session_factory
from db.migrate import upgrade
from db.models import (
    AuditEvent,
    Card,
    CardStatus,
    Handover,
    Operator,
    Role,
    Site,
    SiteKind,
    Worker,
    WorkerStatus,
)
from db.regions import ensure_regions
from kiosk.config import REGIONS_CSV, WITA
from kiosk.registry.demo import SUMBA_TIMUR
from kiosk.security.pins import PinHasher
from kiosk.usecases.audit import Actor, AuditAction, Auditor, Workstation, utc_now
from kiosk.usecases.demo import create_demo
from kiosk.usecases.rehearsal_desk import Attempt, DeskPlan, DeskResult, run_desk
from printing.keys import key_id, public_key_to_text
from printing.payload import CardClaims, encode, fold_short_name, new_serial

REHEARSAL_DATABASE = "kiosk_gladi"
EVENT_NAME = "Gladi serah terima kartu (latihan)"
DEVICE_PREFIX = "gladi-meja-"
OPERATOR_PREFIX = "petugas-"
NAME_LOOKUP_SHARE = 0.25  # the rest are looked up by KPJ (typed or scanned from a letter)
RETRY_FOR_SECONDS = 120.0
_RESULTS_GRACE_SECONDS = 600.0


class RehearsalProblem(enum.StrEnum):
    SQLITE = "sqlite"  # a rehearsal needs a hub: PostgreSQL
    SAME_AS_REGISTRY = "same_as_registry"  # the rehearsal database is the registry itself
    KEPT = "kept"  # a kept rehearsal is there: --clean first
    NOT_A_REHEARSAL = "not_a_rehearsal"  # the database holds a registry, not a rehearsal
    NO_CLUSTER_DIRS = "no_cluster_dirs"  # --kill-hub-after without --hub-dir/--standby-dir
    BAD_FIGURES = "bad_figures"  # desks/workers/collisions out of range


class RehearsalRefusedError(Exception):
    def __init__(self, problem: RehearsalProblem, detail: str = "") -> None:
        super().__init__(problem.value if not detail else f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


class RehearsalStage(enum.StrEnum):
    """What the rehearsal is doing, for a progress line."""

    PREPARING = "preparing"  # migrating, emptying a previous rehearsal
    SEEDING = "seeding"
    DESKS_STARTING = "desks_starting"
    RUNNING = "running"
    HUB_KILLED = "hub_killed"
    CHECKING = "checking"
    CLEANING = "cleaning"


Progress = Callable[[RehearsalStage], None]
Failover = Callable[[], None]


@dataclass(frozen=True)
class RehearsalOptions:
    desks: int
    workers: int
    collisions: float = 0.0  # the share of attempts that are deliberate collisions
    kill_hub_after: float | None = None  # seconds; needs a failover
    keep: bool = False
    seed: int = 1
    retry_for: float = RETRY_FOR_SECONDS


@dataclass(frozen=True)
class Latency:
    p50: float | None
    p95: float | None


@dataclass(frozen=True)
class RehearsalReport:
    desks: int
    workers: int
    seconds: float
    handovers_per_second: float
    lookup_ms: Latency
    handover_ms: Latency  # the whole use case, as the desk waits for it
    handover_commit_ms: Latency  # its transaction, begin to commit
    attempts: int
    handovers_confirmed: int
    handovers_in_database: int
    collisions_planned: int
    collisions_refused: int
    collisions_refused_naming_other_desk: int
    unexpected_refusals: int  # refused where no collision was planned
    doubles: int  # workers or cards with more than one valid handover
    confirmed_lost: int  # a desk was told "recorded", the database does not have it
    attempts_failed: int  # given up (no database for retry_for) or failed otherwise
    reconnects: int
    recovery_seconds: float | None  # from the hub's death to the slowest desk's next commit
    audit_ok: bool
    audit_events_checked: int
    kept: bool
    desk_failures: tuple[str, ...] = ()  # desks that could not work at all, and why

    @property
    def ok(self) -> bool:
        return self.doubles == 0 and self.confirmed_lost == 0 and self.audit_ok

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["desk_failures"] = list(self.desk_failures)
        data["ok"] = self.ok
        return data


@dataclass(frozen=True)
class Seeded:
    event_id: int
    pin: str
    attempts: tuple[Attempt, ...]  # one per worker, in the order they come to the desks


# -- where ------------------------------------------------------------------------------


def rehearsal_url(registry_url: str) -> str:
    """The rehearsal database beside the registry's: same hosts and credentials, the database
    name swapped. Refused for SQLite: a rehearsal needs a hub."""
    parsed = make_url(registry_url)
    if parsed.get_backend_name() != "postgresql":
        raise RehearsalRefusedError(RehearsalProblem.SQLITE)
    return parsed.set(database=REHEARSAL_DATABASE).render_as_string(hide_password=False)


def check_rehearsal_url(url: str, registry_url: str | None) -> None:
    """Refuse SQLite, and the registry's own database (it would be emptied)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise RehearsalRefusedError(RehearsalProblem.SQLITE)
    if registry_url is not None and _same_database(parsed, registry_url):
        raise RehearsalRefusedError(RehearsalProblem.SAME_AS_REGISTRY, parsed.database or "")


def _same_database(parsed: Any, registry_url: str) -> bool:
    other = make_url(registry_url)
    if other.get_backend_name() != "postgresql":
        return False
    return bool(
        parsed.database == other.database
        and parsed.host == other.host
        and parsed.port == other.port
        and parsed.query.get("host") == other.query.get("host")
    )


# -- the rehearsal database ---------------------------------------------------------------


class _State(enum.Enum):
    EMPTY = "empty"
    LEFTOVER = "leftover"  # a rehearsal that was not kept (it stopped half-way)
    KEPT = "kept"
    FOREIGN = "foreign"  # data, but not a rehearsal's


def _state(engine: Engine) -> _State:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "audit_event" not in tables or "worker" not in tables:
            return _State.FOREIGN if tables - {"alembic_version"} else _State.EMPTY
        marks = conn.execute(
            select(AuditEvent.details)
            .where(AuditEvent.action == AuditAction.REHEARSAL.value)
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        ).scalar()
        has_data = conn.scalar(select(select(Worker.id).exists())) or conn.scalar(
            select(select(Operator.id).exists())
        )
    if marks is None:
        return _State.FOREIGN if has_data else _State.EMPTY
    if '"kept":true' in marks.replace(" ", ""):
        return _State.KEPT
    return _State.LEFTOVER


def _empty(engine: Engine) -> None:
    """Drop every table of the rehearsal database, as its owner."""
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def clean_rehearsal(url: str, registry_url: str | None = None) -> bool:
    """Remove a kept (or half-done) rehearsal; False when there was none. A database holding
    anything but a rehearsal is refused, never emptied."""
    check_rehearsal_url(url, registry_url)
    engine = make_engine(url)
    try:
        state = _state(engine)
        if state is _State.FOREIGN:
            raise RehearsalRefusedError(RehearsalProblem.NOT_A_REHEARSAL, _database(url))
        if state is _State.EMPTY:
            return False
        _empty(engine)
        return True
    finally:
        engine.dispose()


def _database(url: str) -> str:
    return make_url(url).database or ""


def prepare(engine: Engine) -> sessionmaker[Session]:
    """The rehearsal database emptied of a previous rehearsal that was not kept, migrated,
    the regions loaded."""
    state = _state(engine)
    if state is _State.KEPT:
        raise RehearsalRefusedError(RehearsalProblem.KEPT, _database(str(engine.url)))
    if state is _State.FOREIGN:
        raise RehearsalRefusedError(RehearsalProblem.NOT_A_REHEARSAL, _database(str(engine.url)))
    if state is _State.LEFTOVER:
        _empty(engine)
    upgrade(engine)
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        ensure_regions(session, REGIONS_CSV)
    return sessions


def seed(
    sessions: sessionmaker[Session],
    auditor: Auditor,
    options: RehearsalOptions,
    signing_key: Ed25519PrivateKey,
) -> Seeded:
    """Synthetic workers with printed cards signed by signing_key, the event, and one
    operator per desk (petugas-01, ...), all sharing one generated PIN."""
    now = auditor.clock()
    today = now.astimezone(WITA).date()
    with sessions.begin() as session:
        event = Site(
            kind=SiteKind.EVENT,
            name=EVENT_NAME,
            place="Gladi",
            region_code=SUMBA_TIMUR,
            event_date=today,
        )
        session.add(event)
        session.flush()
        event_id = event.id
        auditor.record(
            session,
            None,
            AuditAction.REHEARSAL,
            details={"stage": "seeded", "desks": options.desks, "workers": options.workers},
        )
    create_demo(sessions, workers=options.workers, seed=options.seed, today=today, now=now)
    pin = secrets.token_urlsafe(12)
    pin_hash = PinHasher().hash(pin)
    kid = key_id(signing_key.public_key())
    rng = random.Random(options.seed)
    with sessions.begin() as session:
        workers = session.execute(
            select(Worker.id, Worker.kpj, Worker.full_name).order_by(Worker.id)
        ).all()
        cards, attempts = [], []
        for worker_id, kpj, name in workers:
            serial = new_serial(rng.randbytes)
            claims = CardClaims(
                kpj=kpj, serial=serial, issued=today, short_name=fold_short_name(name)
            )
            cards.append(
                {
                    "serial": serial,
                    "worker_id": worker_id,
                    "key_id": kid.hex(),
                    "issued_on": today,
                    "status": CardStatus.ACTIVE,
                    "created_at": now,
                    "printed_at": now,
                }
            )
            by_name = rng.random() < NAME_LOOKUP_SHARE
            attempts.append(Attempt(worker_id, kpj, name, encode(claims, signing_key), by_name))
        session.execute(insert(Card), cards)
        session.execute(update(Worker).values(status=WorkerStatus.CARD_PRINTED))
        for desk in range(options.desks):
            session.add(
                Operator(
                    username=operator_name(desk),
                    full_name=f"Petugas Gladi {desk + 1:02d}",
                    role=Role.DESK,
                    pin_hash=pin_hash,
                    active=True,
                    failed_attempts=0,
                    created_at=now,
                )
            )
            auditor.record(
                session,
                None,
                AuditAction.OPERATOR_ADDED,
                target=f"operator:{operator_name(desk)}",
                details={"role": Role.DESK.value, "rehearsal": True},
            )
    rng.shuffle(attempts)  # workers come to the hall in no order
    return Seeded(event_id, pin, tuple(attempts))


def operator_name(desk: int) -> str:
    return f"{OPERATOR_PREFIX}{desk + 1:02d}"


def device_name(desk: int) -> str:
    return f"{DEVICE_PREFIX}{desk + 1:02d}"


# -- the plan -----------------------------------------------------------------------------


def collision_count(options: RehearsalOptions) -> int:
    if options.desks < 2 or options.workers < 1:
        return 0
    return min(options.workers, round(options.collisions * options.workers))


def plan_attempts(attempts: Sequence[Attempt], desks: int, collisions: int) -> list[list[Attempt]]:
    """Each desk's list of attempts. Workers go to the least busy desk; `collisions` of them,
    spread evenly, go to two desks at once (pairs that vary). Every desk meets its partners
    in the same global order, so waiting for a partner never goes round in a circle."""
    queues: list[list[Attempt]] = [[] for _ in range(desks)]
    total = len(attempts)
    colliding = (
        {math.floor((k + 0.5) * total / collisions): k for k in range(collisions)}
        if collisions
        else {}
    )
    for index, attempt in enumerate(attempts):
        pair = colliding.get(index)
        if pair is None:  # to the desk with the shortest queue: they all end together
            min(queues, key=len).append(attempt)
            continue
        first = pair % desks
        second = (first + 1 + (pair // desks) % (desks - 1)) % desks
        queues[first].append(_paired(attempt, pair, second))
        queues[second].append(_paired(attempt, pair, first))
    return queues


def _paired(attempt: Attempt, pair: int, partner: int) -> Attempt:
    return Attempt(
        attempt.worker_id,
        attempt.kpj,
        attempt.name,
        attempt.payload,
        attempt.by_name,
        pair=pair,
        partner=partner,
    )


# -- the run ------------------------------------------------------------------------------


def cluster_failover(hub_dir: Path, standby_dir: Path) -> Failover:
    """What an organiser does when the hub laptop dies, for a hub and a standby on this
    machine: kill -9 the hub's postmaster, then promote the standby."""

    def failover() -> None:
        from db.cluster.server import ClusterDir
        from kiosk.usecases.hub import promote_standby

        ClusterDir(hub_dir).kill()
        promote_standby(standby_dir)

    return failover


def run_rehearsal(
    url: str,
    options: RehearsalOptions,
    signing_key: Ed25519PrivateKey,
    *,
    registry_url: str | None = None,
    site: str = "Gladi",
    failover: Failover | None = None,
    progress: Progress | None = None,
) -> RehearsalReport:
    """Prepare, seed, run the desks, check, record, and empty the rehearsal database (unless
    options.keep). failover: called at options.kill_hub_after seconds (required then)."""
    if options.desks < 1 or options.workers < 1 or not 0 <= options.collisions <= 1:
        raise RehearsalRefusedError(RehearsalProblem.BAD_FIGURES)
    if options.kill_hub_after is not None and failover is None:
        raise RehearsalRefusedError(RehearsalProblem.NO_CLUSTER_DIRS)
    check_rehearsal_url(url, registry_url)
    tell = progress or (lambda stage: None)
    engine = make_engine(url)
    try:
        tell(RehearsalStage.PREPARING)
        sessions = prepare(engine)
        auditor = Auditor(sessions, Workstation(site, "gladi"), utc_now)
        tell(RehearsalStage.SEEDING)
        seeded = seed(sessions, auditor, options, signing_key)
        engine.dispose()  # the desks are many; the parent holds no connection meanwhile
        results, started, killed_at = _run_desks(
            url, options, seeded, public_key_to_text(signing_key.public_key()), site, failover, tell
        )
        tell(RehearsalStage.CHECKING)
        report = _check(sessions, auditor, options, results, started, killed_at)
        if not options.keep:
            tell(RehearsalStage.CLEANING)
            _empty(engine)
        return report
    finally:
        engine.dispose()


def _run_desks(
    url: str,
    options: RehearsalOptions,
    seeded: Seeded,
    public_key: str,
    site: str,
    failover: Failover | None,
    tell: Progress,
) -> tuple[list[DeskResult], float, float | None]:
    context = multiprocessing.get_context("spawn")
    queues = plan_attempts(seeded.attempts, options.desks, collision_count(options))
    spread = 2 * options.kill_hub_after if options.kill_hub_after is not None else None
    plans = [
        DeskPlan(
            index=desk,
            url=url,
            operator=operator_name(desk),
            pin=seeded.pin,
            device=device_name(desk),
            site=site,
            event_id=seeded.event_id,
            public_key=public_key,
            attempts=tuple(queues[desk]),
            spread_seconds=spread,
            retry_for=options.retry_for,
        )
        for desk in range(options.desks)
    ]
    start = context.Barrier(options.desks + 1)
    # One barrier per pair of desks, reused for each of their collisions in turn.
    pairs = {
        (a, b): context.Barrier(2)
        for a in range(options.desks)
        for b in range(a + 1, options.desks)
    }
    results_queue: Any = context.Queue()
    processes = []
    tell(RehearsalStage.DESKS_STARTING)
    for plan in plans:
        partners = {
            other: pairs[min(plan.index, other), max(plan.index, other)]
            for other in range(options.desks)
            if other != plan.index
        }
        process = context.Process(
            target=run_desk,
            args=(plan, start, partners, results_queue),
            name=plan.device,
            daemon=True,
        )
        process.start()
        processes.append(process)
    killed: list[float] = []
    timer: threading.Timer | None = None
    try:
        start.wait()
        started = time.time()
        tell(RehearsalStage.RUNNING)
        if options.kill_hub_after is not None and failover is not None:

            def kill() -> None:
                killed.append(time.time())
                tell(RehearsalStage.HUB_KILLED)
                failover()

            timer = threading.Timer(options.kill_hub_after, kill)
            timer.start()
        limit = (spread or 0) + options.retry_for * 2 + _RESULTS_GRACE_SECONDS
        results = [results_queue.get(timeout=limit) for _ in plans]
        if timer is not None:
            timer.join()
    finally:
        if timer is not None:
            timer.cancel()
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.terminate()
                process.join()
    return results, started, (killed[0] if killed else None)


def _check(
    sessions: sessionmaker[Session],
    auditor: Auditor,
    options: RehearsalOptions,
    results: list[DeskResult],
    started: float,
    killed_at: float | None,
) -> RehearsalReport:
    confirmed = [c for r in results for c in r.confirmed]
    refusals = [f for r in results for f in r.refusals]
    lookups = [ms for r in results for ms in r.lookups_ms]
    commits = [ms for r in results for ms in r.commits_ms]
    handovers = [ms for r in results for ms in r.handovers_ms]
    collisions = [f for f in refusals if f.pair is not None]
    named = [
        f
        for f in collisions
        if f.partner is not None
        and f.operator == operator_name(f.partner)
        and f.device == device_name(f.partner)
        and f.at
    ]
    finished = max((r.finished for r in results), default=started)
    seconds = max(finished - started, 1e-9)
    recovery = None
    if killed_at is not None:
        firsts = [
            min(c.at for c in r.confirmed if c.at >= killed_at) - killed_at
            for r in results
            if any(c.at >= killed_at for c in r.confirmed)
        ]
        recovery = max(firsts) if firsts else None
    with sessions() as session:
        valid = Handover.voided_at.is_(None)
        doubles = sum(
            len(
                session.execute(
                    select(column).where(valid).group_by(column).having(func.count() > 1)
                ).all()
            )
            for column in (Handover.worker_id, Handover.card_serial)
        )
        in_database = {
            handover_id: serial
            for handover_id, serial in session.execute(
                select(Handover.id, Handover.card_serial).where(valid)
            )
        }
    lost = sum(1 for c in confirmed if in_database.get(c.handover_id) != c.serial)
    report_without_audit = dict(
        desks=options.desks,
        workers=options.workers,
        seconds=round(seconds, 2),
        handovers_per_second=round(len(confirmed) / seconds, 1),
        lookup_ms=_latency(lookups),
        handover_ms=_latency(handovers),
        handover_commit_ms=_latency(commits),
        attempts=_attempts(results),
        handovers_confirmed=len(confirmed),
        handovers_in_database=len(in_database),
        collisions_planned=collision_count(options),
        collisions_refused=len(collisions),
        collisions_refused_naming_other_desk=len(named),
        unexpected_refusals=len(refusals) - len(collisions),
        doubles=doubles,
        confirmed_lost=lost,
        attempts_failed=sum(len(r.failures) for r in results),
        reconnects=sum(r.reconnects for r in results),
        recovery_seconds=round(recovery, 2) if recovery is not None else None,
        kept=options.keep,
        desk_failures=tuple(f"{device_name(r.index)}: {r.fatal}" for r in results if r.fatal),
    )
    figures = {
        k: v
        for k, v in report_without_audit.items()
        if k not in {"lookup_ms", "handover_ms", "handover_commit_ms", "desk_failures"}
    }
    with sessions.begin() as session:
        auditor.record(session, None, AuditAction.REHEARSAL, details={"stage": "ran", **figures})
    with sessions() as session:
        chain = audit.verify(session)
    return RehearsalReport(
        **report_without_audit,  # type: ignore[arg-type]
        audit_ok=chain.ok,
        audit_events_checked=chain.checked,
    )


def _attempts(results: list[DeskResult]) -> int:
    return sum(len(r.confirmed) + len(r.refusals) + len(r.failures) for r in results)


def _latency(samples: list[float]) -> Latency:
    if not samples:
        return Latency(None, None)
    if len(samples) == 1:
        return Latency(round(samples[0], 1), round(samples[0], 1))
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return Latency(round(cuts[49], 1), round(cuts[94], 1))


def record_rehearsal(
    auditor: Auditor, actor: Actor | None, report: RehearsalReport, database: str
) -> None:
    """Note in the registry's own audit trail that a rehearsal ran, and its figures."""
    figures = report.as_dict()
    figures["lookup_ms"] = asdict(report.lookup_ms)
    figures["handover_ms"] = asdict(report.handover_ms)
    figures["handover_commit_ms"] = asdict(report.handover_commit_ms)
    figures.pop("desk_failures")
    auditor.record_now(actor, AuditAction.REHEARSAL, details={"database": database, **figures})
