"""The rehearsal's plan: where it runs, and which desk serves which worker when."""

from __future__ import annotations

import pytest

from kiosk.usecases.rehearsal import (
    RehearsalOptions,
    RehearsalProblem,
    RehearsalRefusedError,
    check_rehearsal_url,
    collision_count,
    plan_attempts,
    rehearsal_url,
)
from kiosk.usecases.rehearsal_desk import Attempt

HUB = (
    "postgresql+psycopg://kiosk@/kiosk?host=10.0.0.1,10.0.0.2&port=5432,5433"
    "&target_session_attrs=read-write&passfile=/cfg/hub.pgpass"
)


def test_the_rehearsal_runs_beside_the_registry_on_the_same_hub() -> None:
    url = rehearsal_url(HUB)
    assert url.startswith("postgresql+psycopg://kiosk@/kiosk_gladi?")
    assert "host=10.0.0.1,10.0.0.2" in url.replace("%2C", ",")
    assert "target_session_attrs=read-write" in url


def test_sqlite_and_the_registry_itself_are_refused() -> None:
    with pytest.raises(RehearsalRefusedError) as sqlite:
        rehearsal_url("sqlite:////home/kiosk/kiosk.sqlite")
    assert sqlite.value.problem is RehearsalProblem.SQLITE
    with pytest.raises(RehearsalRefusedError) as same:
        check_rehearsal_url(HUB, HUB)
    assert same.value.problem is RehearsalProblem.SAME_AS_REGISTRY
    check_rehearsal_url(rehearsal_url(HUB), HUB)


def _attempts(count: int) -> list[Attempt]:
    return [Attempt(i, f"{i:011d}", f"Peserta {i}", "QR", by_name=False) for i in range(count)]


def test_every_worker_is_served_once_and_each_collision_by_two_desks() -> None:
    options = RehearsalOptions(desks=4, workers=200, collisions=0.05)
    collisions = collision_count(options)
    queues = plan_attempts(_attempts(200), 4, collisions)

    served = [a.worker_id for queue in queues for a in queue]
    assert collisions == 10
    assert len(served) == 210
    assert set(served) == set(range(200))
    paired = [(d, a) for d, queue in enumerate(queues) for a in queue if a.pair is not None]
    assert len(paired) == 20
    for desk, attempt in paired:
        assert attempt.partner is not None
        assert attempt.partner != desk
        partner = [a for a in queues[attempt.partner] if a.pair == attempt.pair]
        assert [(a.worker_id, a.partner) for a in partner] == [(attempt.worker_id, desk)]
    # The desks share the work evenly.
    assert max(map(len, queues)) - min(map(len, queues)) <= 2


def test_partners_meet_in_the_same_order_on_both_desks() -> None:
    """A desk waits for its partner at each collision: both must reach them in one order."""
    queues = plan_attempts(_attempts(300), 5, 60)
    for desk, queue in enumerate(queues):
        for other in range(5):
            mine = [a.pair for a in queue if a.partner == other]
            theirs = [a.pair for a in queues[other] if a.partner == desk]
            assert mine == theirs


def test_one_desk_has_no_collisions() -> None:
    assert collision_count(RehearsalOptions(desks=1, workers=50, collisions=0.5)) == 0
    assert collision_count(RehearsalOptions(desks=2, workers=10, collisions=1.0)) == 10
