"""The idle lock's clock: when a screen has been left alone long enough to lock it."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

# Seconds from a monotonic clock (time.monotonic): a laptop's wall clock jumps when it finds
# the network at an event, and that must neither lock the screen nor keep it open.
Monotonic = Callable[[], float]


class IdleLock:
    """Remembers the last input; due() once `limit` has passed without any.

    A limit of None (or zero) never locks. The clock comes in, so that a test can move it.
    """

    def __init__(self, limit: dt.timedelta | None, clock: Monotonic = time.monotonic) -> None:
        seconds = limit.total_seconds() if limit is not None else 0.0
        self._limit = seconds if seconds > 0 else None
        self._clock = clock
        self._last = clock()

    @classmethod
    def after_minutes(cls, minutes: int, clock: Monotonic = time.monotonic) -> IdleLock:
        """The lock of the settings file: `idle_lock_minutes`, 0 for never."""
        return cls(dt.timedelta(minutes=minutes) if minutes > 0 else None, clock)

    @property
    def enabled(self) -> bool:
        return self._limit is not None

    def touch(self) -> None:
        """Someone is there: a key, a click, a touch."""
        self._last = self._clock()

    def idle_seconds(self) -> float:
        return max(0.0, self._clock() - self._last)

    def due(self) -> bool:
        return self._limit is not None and self.idle_seconds() >= self._limit
