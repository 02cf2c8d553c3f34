"""A real event hub (and standby) from the system's PostgreSQL binaries, for the tests."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.cluster import hub
from db.cluster.server import ClusterDir, PostgresNotInstalledError, bin_dir
from kiosk.usecases.audit import Workstation
from kiosk.usecases.hub import start_hub

REQUIRE = os.environ.get("CI") == "true" or os.environ.get("KIOSK_REQUIRE_POSTGRES") == "1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def require_binaries() -> None:
    try:
        bin_dir()
    except PostgresNotInstalledError as error:
        if REQUIRE:
            pytest.fail(f"PostgreSQL is required here: {error}")
        pytest.skip(str(error))


@dataclass
class EventNet:
    root: Path
    hub: ClusterDir
    standby: ClusterDir | None
    code: str

    def settings(self, name: str) -> Path:
        return self.root / f"{name}.toml"


@contextmanager
def event_network(*, with_standby: bool = True) -> Iterator[EventNet]:
    """A hub on 127.0.0.1 (a folder a 'postgres' user can reach when run as root) and,
    optionally, its synchronous standby; both stopped and removed afterwards."""
    require_binaries()
    root = Path(tempfile.mkdtemp(prefix="kiosk-hub-"))
    root.chmod(0o755)
    hub_dir, standby_dir = ClusterDir(root / "hub"), ClusterDir(root / "standby")
    try:
        started = start_hub(
            hub_dir.path,
            port=free_port(),
            listen="127.0.0.1",
            addresses=None,
            workstation=Workstation("Gladi", "hub-laptop"),
        )
        code = started.code
        standby = None
        if with_standby:
            from db.cluster.joincode import JoinCode

            hub.create_standby(
                standby_dir,
                JoinCode.decode(code.encode()),
                port=free_port(),
                listen="127.0.0.1",
                hosts=["127.0.0.1"],
            )
            assert hub.wait_until_streaming(hub_dir)
            standby = standby_dir
            code = hub.join_code(hub_dir)
        yield EventNet(root, hub_dir, standby, code.encode())
    finally:
        for cluster in (standby_dir, hub_dir):
            if cluster.exists():
                hub.stop_watchdog(cluster)
                cluster.kill()
        shutil.rmtree(root, ignore_errors=True)
