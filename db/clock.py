"""The database server's clock, for every desk on one database to share one time.

Desks on the event network each have their own clock, and a laptop an hour off would order
handovers wrongly and hold print and bank leases too long or too short. On PostgreSQL the
time comes from the server: read once a minute (SELECT clock_timestamp()) and carried
forward in between on this machine's monotonic clock, which a wrong or changed wall clock
does not move. Reading it therefore costs no round trip per event.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable

from sqlalchemy import Engine, text

from db.engine import connection_lost

RESYNC_S = 60.0


class ServerClock:
    """Now, by the database server's clock (aware, UTC)."""

    def __init__(
        self,
        engine: Engine,
        *,
        resync_s: float = RESYNC_S,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self.resync_s = resync_s
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._anchor: tuple[dt.datetime, float] | None = None  # server time, monotonic then

    def __call__(self) -> dt.datetime:
        with self._lock:
            now = self._monotonic()
            if self._anchor is None or now - self._anchor[1] >= self.resync_s:
                try:
                    self._anchor = self._read()
                except Exception as error:
                    # The server away for a moment: the last reading, carried forward, is
                    # still its time. Without any reading there is no time to give.
                    if self._anchor is None or not connection_lost(error):
                        raise
                now = self._monotonic()
            server, then = self._anchor
            return server + dt.timedelta(seconds=now - then)

    def _read(self) -> tuple[dt.datetime, float]:
        with self.engine.connect() as conn:
            before = self._monotonic()
            server = conn.scalar(text("SELECT clock_timestamp()"))
            after = self._monotonic()
        if not isinstance(server, dt.datetime) or server.tzinfo is None:
            raise TypeError(f"the server's clock gave {server!r}")
        # The reading happened somewhere in the round trip: its middle is the best guess.
        return server.astimezone(dt.UTC), (before + after) / 2
