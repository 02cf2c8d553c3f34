"""One simulated desk of a rehearsal (gladi): a process of its own, with its own engine, that
signs in as its operator and serves its list of workers through the window's use cases.

For each worker it looks them up (by KPJ, or by name as staff type it), scans the card's QR
code (Handovers.card_from_scan) and records the handover with a synthetic signature
(Handovers.hand_over). Nothing here is special to the rehearsal but the list of workers and
the clock that paces it, so what it measures is what desks do.

A connection that breaks (the hub killed, the standby promoted) is not the end of the desk:
it reconnects and settles the attempt in flight (was the handover recorded before the break?)
before trying again, as the window does.
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.exc import InterfaceError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import connection_lost, make_engine, make_session_factory
from db.models import CardCheck, HandoverKind, IdDocument
from kiosk.security.pins import PinHasher
from kiosk.usecases.audit import Actor, Auditor, Workstation
from kiosk.usecases.handover import AlreadyHandedOverError, HandoverRequest, Handovers
from kiosk.usecases.lookup import Lookup
from kiosk.usecases.operators import Operators
from kiosk.usecases.settle import HubUnreachableError
from printing.keys import public_key_from_text, trusted_keys
from printing.signature import Signature, synthetic_signature

if TYPE_CHECKING:
    from multiprocessing.queues import Queue

T = TypeVar("T")

# How long a desk waits for its collision partner at the same worker before going alone.
PARTNER_WAIT_SECONDS = 60.0
RECONNECT_PAUSE_SECONDS = 0.25
# SQLSTATE classes of a connection that is gone or of a server that cannot write (yet):
# 08 connection exception, 57P admin shutdown / crash, 25006 read-only (a standby).
_READ_ONLY_SQLSTATE = "25006"  # a standby not promoted yet


class BarrierLike(Protocol):
    def wait(self, timeout: float | None = None) -> int: ...


@dataclass(frozen=True)
class Attempt:
    """One worker to serve. pair: the collision's number when another desk serves the same
    worker at the same moment (partner: that desk's index); None for a plain attempt."""

    worker_id: int
    kpj: str
    name: str
    payload: str  # the card's QR code, as the scanner reads it
    by_name: bool  # looked up by name (else by KPJ)
    pair: int | None = None
    partner: int | None = None


@dataclass(frozen=True)
class DeskPlan:
    index: int
    url: str
    operator: str
    pin: str
    device: str
    site: str
    event_id: int
    public_key: str  # the one-line public key whose signature the cards carry
    attempts: tuple[Attempt, ...]
    spread_seconds: float | None  # pace the attempts over this long; None: at full speed
    retry_for: float  # how long one attempt keeps retrying through broken connections


@dataclass(frozen=True)
class Confirmed:
    """A handover the desk was told is recorded. settled: found after a broken connection."""

    worker_id: int
    serial: int
    handover_id: int
    at: float  # time.time() when the desk knew
    settled: bool = False


@dataclass(frozen=True)
class Refusal:
    """An AlreadyHandedOverError: who the refusal named."""

    worker_id: int
    pair: int | None
    partner: int | None
    operator: str
    device: str
    at: str  # the prior handover's time, ISO 8601


@dataclass
class DeskResult:
    index: int
    lookups_ms: list[float] = field(default_factory=list)
    handovers_ms: list[float] = field(default_factory=list)  # the whole call, as the desk waits
    commits_ms: list[float] = field(default_factory=list)  # its transaction, begin to commit
    confirmed: list[Confirmed] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # attempts given up, and why
    reconnects: int = 0
    started: float = 0.0  # time.time() at the common start
    finished: float = 0.0
    fatal: str = ""  # the desk could not work at all


class GaveUpError(Exception):
    """An attempt kept failing on broken connections for longer than retry_for."""


def is_connection_error(error: BaseException) -> bool:
    """Whether error is the database being away (to reconnect and retry), not a bug: a lost
    connection as the use cases judge it, a closed one, or a standby still read-only."""
    if connection_lost(error) or isinstance(error, InterfaceError):
        return True
    state = getattr(getattr(error, "orig", None), "sqlstate", None) or ""
    return state == _READ_ONLY_SQLSTATE


def run_desk(
    plan: DeskPlan,
    start: BarrierLike,
    partners: Mapping[int, BarrierLike],
    results: Queue[DeskResult],
) -> None:
    """The desk process's entry point: set up, wait for the common start, serve, report."""
    result = DeskResult(plan.index)
    try:
        desk = Desk(plan, partners, result)
        desk.set_up()
    except Exception as error:  # noqa: BLE001 - reported: the parent counts this desk out
        result.fatal = f"{type(error).__name__}: {error}"
        start_wait(start)
        results.put(result)
        return
    start_wait(start)
    try:
        desk.serve()
    except Exception as error:  # noqa: BLE001 - reported to the parent, never silent
        result.fatal = f"{type(error).__name__}: {error}"
    finally:
        result.finished = time.time()
        desk.close()
    results.put(result)


def start_wait(start: BarrierLike) -> None:
    with contextlib.suppress(threading.BrokenBarrierError):
        start.wait(timeout=PARTNER_WAIT_SECONDS * 5)


class Desk:
    def __init__(
        self, plan: DeskPlan, partners: Mapping[int, BarrierLike], result: DeskResult
    ) -> None:
        self.plan = plan
        self.partners = partners
        self.result = result
        self.engine: Engine = make_engine(plan.url)
        self.sessions: sessionmaker[Session] = make_session_factory(self.engine)
        auditor = Auditor(self.sessions, Workstation(plan.site, plan.device))
        self.operators = Operators(self.sessions, auditor, PinHasher())
        self.lookup = Lookup(self.sessions, auditor)
        trusted = trusted_keys([public_key_from_text(plan.public_key)])
        self.handovers = Handovers(self.sessions, auditor, lambda: trusted, plan.event_id)
        self.signature: Signature = synthetic_signature(random.Random(plan.index))
        self.actor: Actor | None = None
        # The handover's own transaction, timed apart from what hand_over does before it
        # (drawing the signature's picture costs tens of milliseconds of CPU).
        self._began: float | None = None
        self._transactions: list[float] = []
        event.listen(self.sessions, "after_begin", self._on_begin)
        event.listen(self.sessions, "after_commit", self._on_commit)

    def _on_begin(self, *_: object) -> None:
        self._began = time.perf_counter()

    def _on_commit(self, *_: object) -> None:
        if self._began is not None:
            self._transactions.append((time.perf_counter() - self._began) * 1000)
            self._began = None

    def set_up(self) -> None:
        deadline = time.monotonic() + self.plan.retry_for
        self.actor = self._retrying(
            lambda: self.operators.sign_in(self.plan.operator, self.plan.pin), deadline
        )

    def close(self) -> None:
        self.engine.dispose()

    def serve(self) -> None:
        plan = self.plan
        began = time.monotonic()
        self.result.started = time.time()
        step = plan.spread_seconds / len(plan.attempts) if plan.spread_seconds else 0.0
        for number, attempt in enumerate(plan.attempts):
            if step:
                pause = began + number * step - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
            try:
                self.attempt(attempt)
            except Exception as error:  # noqa: BLE001 - counted; the desk goes on to the next
                self.result.failures.append(
                    f"worker {attempt.worker_id}: {type(error).__name__}: {error}"
                )

    # -- one worker ---------------------------------------------------------------------

    def attempt(self, attempt: Attempt) -> None:
        deadline = time.monotonic() + self.plan.retry_for
        card = self._retrying(lambda: self._find_card(attempt), deadline)
        if attempt.partner is not None:
            self._meet(attempt.partner)
        request = HandoverRequest(
            worker_id=attempt.worker_id,
            card_serial=card,
            document=IdDocument.KTP,
            kind=HandoverKind.SIGNED,
            signature=self.signature,
            card_check=CardCheck.QR_SCAN,
        )
        while True:
            started = time.perf_counter()
            self._transactions.clear()
            try:
                done = self.handovers.hand_over(self.actor, request)
            except AlreadyHandedOverError as refused:
                prior = refused.prior
                if prior.device == self.plan.device:
                    # Ours: committed before a break that hid the answer from us.
                    self._confirm(attempt.worker_id, card, prior.handover_id, settled=True)
                else:
                    self.result.refusals.append(
                        Refusal(
                            attempt.worker_id,
                            attempt.pair,
                            attempt.partner,
                            prior.operator,
                            prior.device,
                            prior.at.isoformat(),
                        )
                    )
                return
            except Exception as error:
                if not (isinstance(error, HubUnreachableError) or is_connection_error(error)):
                    raise
                # The use case gave up for now; the same request (its client id) sent again
                # is settled there: recorded once, and said so if it already was.
                self._reconnect(deadline)
                continue
            self.result.handovers_ms.append((time.perf_counter() - started) * 1000)
            self.result.commits_ms.extend(self._transactions[-1:])
            # settled: the use case itself found it recorded after a broken connection.
            self._confirm(
                attempt.worker_id, card, done.handover_id, settled=done.settled_after_retry
            )
            return

    def _find_card(self, attempt: Attempt) -> int:
        """Look the worker up as staff do, then scan the card: the card's serial."""
        started = time.perf_counter()
        worker_id = None
        if attempt.by_name:
            found = self.lookup.search(attempt.name, audit_as=self.actor)
            worker_id = next((h.id for h in found.hits if h.kpj == attempt.kpj), None)
        if worker_id is None:  # by KPJ, or the name had too many namesakes to show
            found = self.lookup.search(attempt.kpj, audit_as=self.actor)
            worker_id = next((h.id for h in found.hits if h.kpj == attempt.kpj), None)
        self.result.lookups_ms.append((time.perf_counter() - started) * 1000)
        if worker_id != attempt.worker_id:
            raise LookupError(f"worker {attempt.worker_id} not found by lookup")
        return self.handovers.card_from_scan(worker_id, attempt.payload).serial

    def _meet(self, partner: int) -> None:
        """Wait for the collision partner to reach the same worker: both hand over at once."""
        # The partner gone or late: go alone, the refusal still comes.
        with contextlib.suppress(threading.BrokenBarrierError):
            self.partners[partner].wait(timeout=PARTNER_WAIT_SECONDS)

    def _confirm(self, worker_id: int, serial: int, handover_id: int, *, settled: bool) -> None:
        self.result.confirmed.append(
            Confirmed(worker_id, serial, handover_id, time.time(), settled=settled)
        )

    # -- the connection -----------------------------------------------------------------

    def _retrying(self, call: Callable[[], T], deadline: float) -> T:
        while True:
            try:
                return call()
            except Exception as error:
                if not is_connection_error(error):
                    raise
                self._reconnect(deadline)

    def _reconnect(self, deadline: float) -> None:
        """Drop every pooled connection (they point at a dead server) and wait a little;
        GaveUpError past the deadline."""
        self.result.reconnects += 1
        self.engine.dispose()
        if time.monotonic() > deadline:
            raise GaveUpError(f"no database for {self.plan.retry_for:.0f} s")
        time.sleep(RECONNECT_PAUSE_SECONDS)
