"""The event network as `make bench` runs it: a hub and a synchronous standby started on this
machine from the system's PostgreSQL binaries, a desk joined by the join code, and the
rehearsal (10 desks, 3,986 workers, 5 % collisions) with the hub killed half-way."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import time
from pathlib import Path

from bench import rehearsal
from bench.common import Row
from db.cluster import hub
from db.cluster.server import ClusterDir
from kiosk.usecases.audit import Workstation
from kiosk.usecases.hub import join_hub, make_standby, start_hub

KILL_HUB_AFTER = 60.0  # the desks spread their work over twice this: the hub dies half-way


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run() -> list[Row]:
    root = Path(tempfile.mkdtemp(prefix="kiosk-bench-event-"))
    root.chmod(0o755)  # as root, the 'postgres' user runs the servers and must reach them
    hub_dir, standby_dir = root / "hub", root / "standby"
    try:
        started = time.perf_counter()
        made = start_hub(
            hub_dir,
            port=_free_port(),
            listen="127.0.0.1",
            addresses=None,
            workstation=Workstation("Gladi", "bench-hub"),
        )
        make_standby(
            standby_dir, made.code.encode(), port=_free_port(), listen="127.0.0.1", addresses=None
        )
        hub.wait_until_streaming(ClusterDir(hub_dir))
        set_up = time.perf_counter() - started
        code = hub.join_code(ClusterDir(hub_dir))
        desk = join_hub(code.encode(), root / "desk", "bench-desk")
        rows = [Row("event network: hub + synchronous standby made and started", f"{set_up:.1f} s")]
        rows += rehearsal.run(
            desk.database_url,
            hub_dir=hub_dir,
            standby_dir=standby_dir,
            kill_hub_after=KILL_HUB_AFTER,
        )
        return rows
    finally:
        for folder in (standby_dir, hub_dir):
            cluster = ClusterDir(folder)
            if cluster.exists():
                hub.stop_watchdog(cluster)
                cluster.kill()
        if os.environ.get("KIOSK_BENCH_KEEP") != "1":
            shutil.rmtree(root, ignore_errors=True)
