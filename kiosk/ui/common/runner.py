"""Run use cases on a thread pool and report back to the UI thread with success or failure."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import Shiboken

log = logging.getLogger(__name__)

T = TypeVar("T")

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[Exception], None]


class _Job(QRunnable):
    """Calls one function on a pool thread and hands the outcome to its runner."""

    def __init__(self, runner: Runner, job_id: int, fn: Callable[[], object]) -> None:
        super().__init__()
        self._runner = runner
        self._job_id = job_id
        self._fn: Callable[[], object] | None = fn

    def run(self) -> None:
        # The runner holds fn too, until its callbacks have run on the UI thread: whatever
        # fn's closure keeps alive (often a dialog) is never released on this pool thread,
        # where destroying a Qt object crashes the process.
        fn, self._fn = self._fn, None
        assert fn is not None
        try:
            value: object = fn()
            ok = True
        except Exception as error:  # noqa: BLE001 - handed to the failure callback
            value, ok = error, False
        del fn
        try:
            self._runner.job_finished.emit(self._job_id, ok, value)
        except RuntimeError:
            # The runner was deleted with its window while this job ran: nobody is waiting.
            log.debug("Background job %d finished after its runner was deleted", self._job_id)


class Runner(QObject):
    """Runs functions off the UI thread; callbacks come back on the UI thread (Anki's QueryOp).

    The runner lives on the UI thread, so the signal a pool thread emits is queued to it and
    the callbacks run where widgets may be touched. Whoever owns the pool waits for it before
    the runner goes away.
    """

    job_finished = Signal(int, bool, object)

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._ids = itertools.count(1)
        self._callbacks: dict[
            int, tuple[SuccessCallback, FailureCallback, QObject | None, Callable[[], object]]
        ] = {}
        self.job_finished.connect(self._on_job_finished)

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: FailureCallback | None = None,
        *,
        context: QObject | None = None,
    ) -> None:
        """Call fn on the pool; then on_success(result) or on_failure(error) on this thread.

        With a context (the dialog that asked), the callbacks are dropped when the context
        was deleted meanwhile: a dialog closed while its job ran has no widgets to update.
        """
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_success, on_failure or self._log_failure, context, fn)
        self._pool.start(_Job(self, job_id, fn))

    def pending(self) -> int:
        """Jobs started whose callbacks have not run yet."""
        return len(self._callbacks)

    def wait_for_done(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(int, bool, object)
    def _on_job_finished(self, job_id: int, ok: bool, value: object) -> None:
        on_success, on_failure, context, _fn = self._callbacks.pop(job_id)  # freed here
        if context is not None and not Shiboken.isValid(context):
            # Its dialog was closed meanwhile: nothing is left to show the outcome on.
            log.debug(
                "Background job %d finished after its context was deleted; callbacks dropped",
                job_id,
                exc_info=value if not ok and isinstance(value, Exception) else None,
            )
            return
        if ok:
            on_success(value)
        else:
            assert isinstance(value, Exception)
            on_failure(value)

    @staticmethod
    def _log_failure(error: Exception) -> None:
        log.error("Background job failed", exc_info=error)
