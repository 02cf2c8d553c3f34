"""A throwaway PostgreSQL cluster on a Unix socket, for the integration tests."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PORT = 55432


class PostgresUnavailableError(RuntimeError):
    """The PostgreSQL server binaries are not installed."""


def _bin_dir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    found = shutil.which("pg_ctl")
    if candidates:
        return Path(candidates[0]).parent
    if found:
        return Path(found).parent
    raise PostgresUnavailableError(
        "PostgreSQL server not found (install Debian's 'postgresql' package: make test does)"
    )


@dataclass
class Cluster:
    root: Path
    bin_dir: Path
    as_user: str | None

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket_dir}&port={PORT}"

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_user:
            cmd = ["runuser", "-u", self.as_user, "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb and start a server; as root, PostgreSQL runs as the 'postgres' user."""
    bin_dir = _bin_dir()
    root = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    as_user = None
    if os.geteuid() == 0:
        as_user = "postgres"
        pw = pwd.getpwnam(as_user)
        os.chown(root, pw.pw_uid, pw.pw_gid)
    root.chmod(0o755)
    cluster = Cluster(root, bin_dir, as_user)
    cluster._run("initdb", "-D", str(root / "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8")
    options = f"-k {root} -c listen_addresses='' -p {PORT} -c fsync=off -c full_page_writes=off"
    cluster._run(
        "pg_ctl", "-D", str(root / "data"), "-l", str(root / "log"), "-w", "-o", options, "start"
    )
    return cluster
