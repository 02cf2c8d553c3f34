"""Who is at the kiosk: signing in and out, the idle lock and the audit check, off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from db.audit import VerifyResult
from kiosk.security.idle import IdleLock
from kiosk.ui.common.runner import Runner
from kiosk.usecases.audit import Actor
from kiosk.usecases.operators import Operators, SignInError

log = logging.getLogger(__name__)

IDLE_CHECK_MS = 5_000


class SessionController(QObject):
    """Runs the operators' use cases on the runner (argon2 takes a tenth of a second) and
    tells the window who is signed in, and when the screen locks.

    Signals:
        started(bool): the registry answered; True when no operator exists yet (first run).
        signed_in(Actor), sign_in_refused(SignInError), signed_out().
        locked(Actor): the idle lock; unlocked(Actor), unlock_refused(SignInError).
        trail_checked(VerifyResult): the audit trail was verified.
        failed(str): a technical failure, by kind (never a PIN).
    """

    started = Signal(bool)
    signed_in = Signal(object)
    sign_in_refused = Signal(object)
    signed_out = Signal()
    locked = Signal(object)
    unlocked = Signal(object)
    unlock_refused = Signal(object)
    trail_checked = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        operators: Operators,
        runner: Runner,
        idle: IdleLock,
        verify_trail: Callable[[], VerifyResult],
        *,
        idle_check_ms: int = IDLE_CHECK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._operators = operators
        self._runner = runner
        self._idle = idle
        self._verify_trail = verify_trail
        self._actor: Actor | None = None
        self._locked = False
        self._busy = False
        # Bumped whenever the operator changes: an answer about an earlier one is dropped.
        self._epoch = 0
        self._timer = QTimer(self)
        self._timer.setInterval(idle_check_ms)
        self._timer.timeout.connect(self.check_idle)
        if idle.enabled:
            self._timer.start()

    @property
    def actor(self) -> Actor | None:
        return self._actor

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def is_busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        """Ask whether any operator exists, and check the audit trail."""
        self._runner.run(
            self._operators.any_exist, lambda exist: self.started.emit(not exist), self._on_failed
        )
        self.check_trail()

    def check_trail(self) -> None:
        self._runner.run(self._verify_trail, self.trail_checked.emit, self._on_failed)

    # ---------------------------------------------------------------- signing in and out

    def sign_in(self, username: str, pin: str) -> bool:
        """Check the PIN in the background; False when a check is running already."""
        if self._busy or self._actor is not None:
            return False
        self._busy = True
        epoch = self._epoch
        self._runner.run(
            lambda: self._operators.sign_in(username, pin),
            lambda actor: self._on_signed_in(epoch, actor),
            lambda error: self._on_refused(epoch, error, self.sign_in_refused),
        )
        return True

    def sign_out(self) -> None:
        """Back to the sign-in screen at once; the sign-out is recorded in the background."""
        actor = self._actor
        if actor is None:
            return
        self._forget()
        self.signed_out.emit()
        self._runner.run(lambda: self._operators.sign_out(actor), _ignore, self._on_failed)

    def end(self) -> None:
        """The kiosk is closing: record the sign-out of whoever is still signed in."""
        actor = self._actor
        if actor is None:
            return
        self._forget()
        try:
            self._operators.sign_out(actor)
        except Exception as error:  # noqa: BLE001 - the window is gone; the log is all there is
            log.error("Recording the sign-out at exit failed: %s", type(error).__name__)

    def _forget(self) -> None:
        self._actor = None
        self._locked = False
        self._busy = False
        self._epoch += 1

    def _on_signed_in(self, epoch: int, actor: Actor) -> None:
        self._busy = False
        if epoch != self._epoch:
            return
        self._epoch += 1
        self._actor = actor
        self._locked = False
        self._idle.touch()
        self.signed_in.emit(actor)
        self.check_trail()

    # ---------------------------------------------------------------- the idle lock

    def touch(self) -> None:
        self._idle.touch()

    def check_idle(self) -> None:
        """Lock the screen when nobody has touched the kiosk for the configured time."""
        if self._actor is not None and not self._locked and self._idle.due():
            self.lock()

    def lock(self) -> None:
        actor = self._actor
        if actor is None or self._locked:
            return
        self._locked = True
        self.locked.emit(actor)
        self._runner.run(lambda: self._operators.lock_screen(actor), _ignore, self._on_failed)

    def unlock(self, username: str, pin: str) -> bool:
        """The same operator, or a supervisor for them, unlocks the screen (in the background);
        False when there is nothing to unlock or a check is running already."""
        actor = self._actor
        if actor is None or not self._locked or self._busy:
            return False
        self._busy = True
        epoch = self._epoch
        self._runner.run(
            lambda: self._operators.unlock_screen(actor, username, pin),
            lambda _actor: self._on_unlocked(epoch, actor),
            lambda error: self._on_refused(epoch, error, self.unlock_refused),
        )
        return True

    def _on_unlocked(self, epoch: int, actor: Actor) -> None:
        self._busy = False
        if epoch != self._epoch or not self._locked:
            return
        self._locked = False
        self._idle.touch()
        self.unlocked.emit(actor)

    # ---------------------------------------------------------------- failures

    def _on_refused(self, epoch: int, error: Exception, refused: SignalInstance) -> None:
        if epoch == self._epoch:
            self._busy = False
        if isinstance(error, SignInError):
            if epoch == self._epoch:
                refused.emit(error)
            return
        self._on_failed(error)

    def _on_failed(self, error: Exception) -> None:
        # Database errors quote their parameters: the log gets the kind of failure only.
        log.error("Operator action failed: %s", type(error).__name__)
        log.debug("Operator action failure", exc_info=error)
        self.failed.emit(type(error).__name__)


def _ignore(_result: object) -> None:
    return None
