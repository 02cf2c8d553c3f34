"""The hub's watchdog: `python -m db.cluster.watch CLUSTER_DIR` (started by hub start).

While the standby streams, the hub waits for it at every commit (synchronous_standby_names):
a desk hears "tercatat" only once the handover is on both laptops. When the standby has
been silent for GRACE_S, the hub carries on alone and says so in hub.node, so every desk
can show it; when it comes back, it is synchronous again.
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import sys
import time
from pathlib import Path
from types import FrameType

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from db.cluster import province
from db.cluster.server import STANDBY_NAME, ClusterDir
from db.engine import make_engine

GRACE_S = 3.0
POLL_S = 0.5
# A site linked to the province's centre marks itself alive this often: the centre knows
# the site's data up to its newest mark (db.cluster.province).
HEARTBEAT_S = 2.0
log = logging.getLogger("kiosk.hub.watch")


def _set_synchronous(conn: Connection, on: bool) -> None:
    # Said in hub.node first (not waiting for any standby), then done: when the hub goes
    # on alone, a desk that sees its commit through also sees why.
    _say(conn, on)
    if on:
        conn.execute(text(f"ALTER SYSTEM SET synchronous_standby_names = '{STANDBY_NAME}'"))
    else:
        conn.execute(text("ALTER SYSTEM RESET synchronous_standby_names"))
    conn.execute(text("SELECT pg_reload_conf()"))


def step(conn: Connection, last_seen: float | None, now: float) -> float | None:
    """One look at the standby; returns when it was last seen streaming."""
    if conn.scalar(text("SELECT pg_is_in_recovery()")):
        return last_seen
    fresh = conn.scalar(
        text(
            "SELECT count(*) FROM pg_stat_replication WHERE application_name = :n"
            " AND state = 'streaming' AND (reply_time IS NULL OR reply_time > now() - :grace)"
        ),
        {"n": STANDBY_NAME, "grace": dt.timedelta(seconds=GRACE_S)},
    )
    current = conn.scalar(text("SHOW synchronous_standby_names")) or ""
    if fresh:
        if current != STANDBY_NAME:
            log.info("standby streaming: commits wait for it")
            _set_synchronous(conn, True)
        else:
            _say(conn, True)
        return now
    if current and (last_seen is None or now - last_seen > GRACE_S):
        log.warning("standby silent for %.0f s: the hub carries on alone", GRACE_S)
        _set_synchronous(conn, False)
    return last_seen


def _say(conn: Connection, on: bool) -> None:
    """hub.node as it is (a standby row made after it became synchronous)."""
    conn.execute(text("SET synchronous_commit TO local"))
    conn.execute(
        text(
            "UPDATE hub.node SET synchronous = :on, updated_at = now()"
            " WHERE name = 'standby' AND synchronous IS DISTINCT FROM :on"
        ),
        {"on": on},
    )


def heartbeat(conn: Connection) -> None:
    """A linked site's "alive" mark, and which of its links are up now (for the status)."""
    if conn.scalar(text("SELECT pg_is_in_recovery()")):
        return
    raw = conn.connection.dbapi_connection
    if raw is None:
        return
    # Never waits for a standby: the watchdog is what stops commits from waiting for one
    # that is gone.
    conn.execute(text("SET synchronous_commit TO local"))
    try:
        if province.beat(raw):  # type: ignore[arg-type]
            province.note_contacts(raw)  # type: ignore[arg-type]
            _index_arrived(conn)
    except psycopg.errors.UndefinedTable:  # a registry from before the province
        return
    except psycopg.Error as error:
        # Never the end of the watchdog: the next look at the standby reconnects.
        log.warning("heartbeat not written: %s", type(error).__name__)


def _index_arrived(conn: Connection) -> None:
    """Workers the centre sent are indexed for name lookup here, a batch at a time."""
    from sqlalchemy.orm import Session

    from db.name_index import index_arrived_workers

    with Session(bind=conn) as session:
        done = index_arrived_workers(session)
        session.commit()
    if done:
        log.info("name index: %d workers from the centre indexed", done)


def run(folder: Path) -> int:
    cluster = ClusterDir(folder)
    stopping = False

    def stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    engine = make_engine(cluster.superuser_url())
    last_seen: float | None = None
    last_beat = 0.0
    while not stopping and cluster.exists():
        try:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                while not stopping:
                    now = time.monotonic()
                    last_seen = step(conn, last_seen, now)
                    if now - last_beat >= HEARTBEAT_S:
                        heartbeat(conn)
                        last_beat = now
                    time.sleep(POLL_S)
        except (DBAPIError, psycopg.Error):
            # The server went away (a restart, a promotion): reconnect. The heartbeat uses
            # the connection's psycopg side, whose errors SQLAlchemy does not wrap.
            engine.dispose()
            time.sleep(1)
    engine.dispose()
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    sys.exit(run(Path(sys.argv[1])))
