"""The idle lock's clock: due after the limit without input, never when switched off."""

from __future__ import annotations

import datetime as dt

from kiosk.security.idle import IdleLock


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def test_due_only_after_the_limit_without_input() -> None:
    clock = Clock()
    idle = IdleLock(dt.timedelta(minutes=5), clock)

    clock.now += 299
    assert not idle.due()
    idle.touch()
    clock.now += 299
    assert not idle.due()
    clock.now += 1
    assert idle.due()
    assert idle.idle_seconds() == 300


def test_zero_minutes_never_locks() -> None:
    clock = Clock()
    idle = IdleLock.after_minutes(0, clock)

    clock.now += 10**9

    assert not idle.enabled
    assert not idle.due()


def test_a_clock_that_goes_back_does_not_count_negative_idleness() -> None:
    clock = Clock()
    idle = IdleLock.after_minutes(1, clock)

    clock.now -= 500

    assert idle.idle_seconds() == 0
    assert not idle.due()
