"""Search-as-you-type: debounce, one search in flight, stale answers dropped."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Actor, PermissionDeniedError
from kiosk.usecases.lookup import (
    Lookup,
    LookupResult,
    QueryKind,
    RegionChoice,
    WorkerDetail,
    parse_query,
)

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150


@dataclass(frozen=True)
class SearchRequest:
    seq: int
    query: str
    scope: str | None
    open_match: bool  # Enter or a scanner: open the worker when the match is unambiguous


def worker_to_open(result: LookupResult) -> int | None:
    """The worker that Enter (or a scan) opens: the only hit, or an exact NIK/KPJ match."""
    if not result.hits:
        return None
    if len(result.hits) == 1 or result.kind in (QueryKind.NIK, QueryKind.KPJ):
        return result.hits[0].id
    digits = parse_query(result.query).text
    if result.hits[0].kpj == digits:
        return result.hits[0].id
    return None


class LookupController(QObject):
    """Runs the Lookup use case in the background for the main window, as the signed-in
    operator.

    At most one search runs at a time; a request made meanwhile waits, and only the newest
    waiting request runs next. Answers to requests older than the newest are dropped, so the
    screen never shows results for text that is no longer in the search box.

    Searches as staff type are not audited; a submitted search (Enter, a scan), opening a
    worker and showing a full NIK are, under the operator's name.
    """

    searching = Signal(bool)
    results_ready = Signal(object, bool)  # LookupResult, open_match
    detail_ready = Signal(object)  # WorkerDetail | None
    kecamatan_ready = Signal(list)  # list[RegionChoice]
    desa_ready = Signal(str, list)  # kecamatan code, list[RegionChoice]
    failed = Signal(str)  # the kind of error, for the status bar (never the query: a NIK)
    nik_revealed = Signal(int, str)  # worker id, full NIK
    denied = Signal(object)  # Permission: the operator's role does not allow the action

    def __init__(self, lookup: Lookup, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._runner = runner
        self._seq = 0
        self._running: SearchRequest | None = None
        self._waiting: SearchRequest | None = None
        self._detail_seq = 0
        self._desa_seq = 0
        self._reveal_seq = 0
        self.actor: Actor | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_debounce_timeout)
        self._debounced: tuple[str, str | None] = ("", None)

    def set_actor(self, actor: Actor | None) -> None:
        """Who the searches, openings and NIKs shown are recorded for."""
        self.actor = actor

    def reset(self) -> None:
        """Sign-out: whatever is typed, on its way or waiting is dropped."""
        self._timer.stop()
        self._seq += 1
        self._waiting = None
        self._detail_seq += 1
        self._reveal_seq += 1
        self.searching.emit(False)

    # ---------------------------------------------------------------- searching

    def search_soon(self, query: str, scope: str | None) -> None:
        """Search after a short pause in typing."""
        self._debounced = (query, scope)
        self._seq += 1  # whatever is in flight is stale from now on
        self._timer.start()
        self.searching.emit(True)

    def search_now(self, query: str, scope: str | None, *, open_match: bool = False) -> None:
        self._timer.stop()
        self._seq += 1
        self._waiting = SearchRequest(self._seq, query, scope, open_match)
        self._start_next()

    def is_busy(self) -> bool:
        return self._timer.isActive() or self._running is not None or self._waiting is not None

    def _on_debounce_timeout(self) -> None:
        query, scope = self._debounced
        self.search_now(query, scope)

    def _start_next(self) -> None:
        if self._running is not None or self._waiting is None:
            return
        request, self._waiting = self._waiting, None
        self._running = request
        self.searching.emit(True)
        audit_as = self.actor if request.open_match else None
        self._runner.run(
            lambda: self._lookup.search(request.query, request.scope, audit_as=audit_as),
            lambda result: self._on_search_done(request, result),
            lambda error: self._on_search_failed(request, error),
        )

    def _on_search_done(self, request: SearchRequest, result: LookupResult) -> None:
        self._running = None
        if request.seq == self._seq:
            self.searching.emit(False)
            self.results_ready.emit(result, request.open_match)
        self._start_next()

    def _on_search_failed(self, request: SearchRequest, error: Exception) -> None:
        self._running = None
        if request.seq == self._seq:
            self.searching.emit(False)
            self._on_failed(error)
        else:
            self._log_failure("Search", error)
        self._start_next()

    # ---------------------------------------------------------------- details and regions

    def load_detail(self, worker_id: int) -> None:
        self._detail_seq += 1
        seq = self._detail_seq
        self._runner.run(
            lambda: self._lookup.detail(worker_id),
            lambda detail: self._on_detail_done(seq, detail),
            self._on_failed,
        )

    def open_worker(self, worker_id: int) -> None:
        """Staff open a worker to serve them: the detail comes through the audited use case."""
        actor = self.actor
        if actor is None:
            return
        self._detail_seq += 1
        seq = self._detail_seq
        self._runner.run(
            lambda: self._lookup.open_worker(actor, worker_id),
            lambda detail: self._on_detail_done(seq, detail),
            self._on_failed,
        )

    def reveal_nik(self, worker_id: int) -> None:
        """Fetch a worker's full NIK; the use case checks the role and records who saw it."""
        actor = self.actor
        if actor is None:
            return
        self._reveal_seq += 1
        seq = self._reveal_seq
        self._runner.run(
            lambda: self._lookup.reveal_nik(actor, worker_id),
            lambda nik: self._on_nik_done(seq, worker_id, nik),
            self._on_failed,
        )

    def _on_nik_done(self, seq: int, worker_id: int, nik: str | None) -> None:
        if seq == self._reveal_seq and nik is not None:
            self.nik_revealed.emit(worker_id, nik)

    def forget_detail(self) -> None:
        """Nothing is selected any more: a detail still on its way is not wanted."""
        self._detail_seq += 1

    def _on_detail_done(self, seq: int, detail: WorkerDetail | None) -> None:
        if seq == self._detail_seq:
            self.detail_ready.emit(detail)

    def load_kecamatan(self) -> None:
        self._runner.run(self._lookup.kecamatan_choices, self._on_kecamatan_done, self._on_failed)

    def _on_kecamatan_done(self, choices: list[RegionChoice]) -> None:
        self.kecamatan_ready.emit(choices)

    def load_desa(self, kecamatan_code: str) -> None:
        self._desa_seq += 1
        seq = self._desa_seq
        self._runner.run(
            lambda: self._lookup.desa_choices(kecamatan_code),
            lambda choices: self._on_desa_done(seq, kecamatan_code, choices),
            self._on_failed,
        )

    def forget_desa(self) -> None:
        self._desa_seq += 1

    def _on_desa_done(self, seq: int, kecamatan_code: str, choices: list[RegionChoice]) -> None:
        if seq == self._desa_seq:
            self.desa_ready.emit(kecamatan_code, choices)

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, PermissionDeniedError):
            # Expected, and already in the audit trail: the window says so in words.
            self.denied.emit(error.permission)
            return
        self._log_failure("Lookup", error)
        self.failed.emit(type(error).__name__)

    @staticmethod
    def _log_failure(what: str, error: Exception) -> None:
        # The query may be a full NIK, and database errors quote their parameters: the error
        # log gets the kind of failure only, the details stay at debug level.
        log.error("%s failed: %s", what, type(error).__name__)
        log.debug("%s failure", what, exc_info=error)
