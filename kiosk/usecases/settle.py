"""Settling an attempt whose commit was in flight when the connection to the database broke.

At an event the database is on the hub laptop: a cable pulled, the hub's PostgreSQL killed
and its standby promoted, and a desk cannot tell whether the handover it just committed is
recorded. Every handover, print job and bank application therefore carries a client id made
on the desk once per attempt (a uuid4). After a broken connection the attempt connects
again and first looks its client id up: found, the attempt was recorded and its record is
the answer; not found, it did not commit and is made again, with the same id. The unique
index on the client id settles the rest: the same attempt sent twice is recorded once.

The desk retries with a short, growing wait, up to a bound (30 s by default), then gives up
with HubUnreachableError; trying again later with the same request settles it the same way.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.exc import IntegrityError

from db.engine import connection_lost

T = TypeVar("T")


def new_client_id() -> str:
    """A fresh client id: made once per attempt the operator makes, kept across retries."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class RetryPolicy:
    """How long a desk tries to reach the database again before it says it cannot."""

    total_s: float = 30.0  # a standby promoted by hand takes this long at most (issue 13)
    first_wait_s: float = 0.2
    longest_wait_s: float = 2.0
    sleep: Callable[[float], None] = time.sleep
    monotonic: Callable[[], float] = time.monotonic


class HubUnreachableError(Exception):
    """The database could not be reached within the retry bound. Whether the attempt was
    recorded is not known here: trying again with the same client id settles it."""

    def __init__(self, waited_s: float, client_id: str) -> None:
        super().__init__(
            f"the database could not be reached for {waited_s:.0f} s; "
            f"attempt {client_id} is not settled yet"
        )
        self.waited_s = waited_s
        self.client_id = client_id


def settle(
    client_id: str,
    attempt: Callable[[], T],
    recorded: Callable[[], T | None],
    policy: RetryPolicy,
) -> T:
    """attempt()'s result, made once whatever the connection does.

    recorded() looks the client id up on a fresh connection and returns the attempt's
    result as recorded (flagged as found, not made), or None. It runs first, so the same
    attempt sent again is answered from the record; after a broken connection; and after a
    unique violation, which is the same attempt committed by a twin at the same moment (any
    other unique violation is the caller's to explain, and is raised).
    """
    started: float | None = None
    wait = policy.first_wait_s
    while True:
        try:
            found = recorded()
            if found is not None:
                return found
            try:
                return attempt()
            except IntegrityError:
                found = recorded()
                if found is not None:
                    return found
                raise
        except Exception as error:  # only a lost connection is tried again; the rest raise
            if isinstance(error, IntegrityError) or not connection_lost(error):
                raise
            now = policy.monotonic()
            if started is None:
                started = now
            waited = now - started
            if waited >= policy.total_s:
                raise HubUnreachableError(waited, client_id) from error
            policy.sleep(min(wait, policy.total_s - waited))
            wait = min(wait * 2, policy.longest_wait_s)
