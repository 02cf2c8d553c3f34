"""One PostgreSQL cluster in a folder of its own: made, started, stopped, killed, promoted.

Layout of a cluster folder:
    data/        PGDATA (owned by the 'postgres' user when the kiosk runs as root)
    run/         the Unix socket, owner-only: local connections need no password
    log/         the server's log and the watchdog's
    node.json    what the kiosk needs to know about this node (owner-only: holds the password)
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import pwd
import shutil
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SUPERUSER = "postgres"
KIOSK_ROLE = "kiosk"
KIOSK_DATABASE = "kiosk"
REHEARSAL_DATABASE = "kiosk_gladi"
STANDBY_NAME = "kiosk_standby"
SLOT_NAME = "kiosk_standby"
NODE_FILE = "node.json"
LOCAL_CONF = "kiosk-node.conf"
START_TIMEOUT_S = 60

# Settings every node of the event shares (written once into postgresql.conf, so a base
# backup carries them to the standby); what differs per node lives in kiosk-node.conf.
_SHARED_CONF = """
# --- kiosk hub settings (db/cluster/server.py) ---
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
password_encryption = 'scram-sha-256'
# logical: a hub or a branch replicates to the province's centre (db.cluster.province).
wal_level = logical
max_wal_senders = 10
max_replication_slots = 10
max_logical_replication_workers = 6
hot_standby = on
wal_log_hints = on
max_connections = 200
# A synchronous standby is named by the hub's watchdog while it streams (postgresql.auto.conf).
synchronous_commit = on
# Desks on a LAN whose laptop vanished: notice within seconds, not hours.
tcp_keepalives_idle = 10
tcp_keepalives_interval = 3
tcp_keepalives_count = 3
wal_sender_timeout = 10s
wal_receiver_timeout = 10s
wal_receiver_status_interval = 1s
log_line_prefix = '%m [%p] %q%u@%d '
include_if_exists = 'kiosk-node.conf'
"""

_HBA = """# kiosk hub: local connections through the owner-only socket folder; the LAN only with TLS
# and the kiosk role's password.
local   all          all                   trust
local   replication  all                   trust
hostssl all          kiosk  0.0.0.0/0      scram-sha-256
hostssl all          kiosk  ::/0           scram-sha-256
hostssl replication  kiosk  0.0.0.0/0      scram-sha-256
hostssl replication  kiosk  ::/0           scram-sha-256
"""


class ClusterError(RuntimeError):
    """A PostgreSQL tool failed; the message carries its own words (the last lines)."""


class PostgresNotInstalledError(ClusterError):
    pass


class FolderNotReachableError(ClusterError):
    """As root, the server runs as 'postgres', which must be able to reach the folder."""


def bin_dir() -> Path:
    """The newest installed server's binaries (Debian: /usr/lib/postgresql/N/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=_version_key, reverse=True)
    if found:
        return Path(found[0]).parent
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise PostgresNotInstalledError("PostgreSQL server binaries not found (package postgresql)")


def _version_key(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


@dataclass
class NodeInfo:
    """node.json: this node's role and what a desk needs to reach the event's database."""

    role: str  # "primary" or "standby"
    port: int
    listen: str
    addresses: list[str]  # host[:port] desks use to reach this node
    password: str
    fingerprint: str
    peers: list[str] = field(default_factory=list)  # the other node's host:port, if any
    # A province centre only: the password of the role sites link with (kiosk_link).
    link_password: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    @classmethod
    def from_json(cls, text: str) -> NodeInfo:
        data: dict[str, Any] = json.loads(text)
        return cls(**data)


class ClusterDir:
    """A cluster's folder; every method runs the system's PostgreSQL tools on it."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self.data = self.path / "data"
        self.run_dir = self.path / "run"
        self.log_dir = self.path / "log"
        self.as_user = SUPERUSER if os.geteuid() == 0 else None

    # -- facts ---------------------------------------------------------------------------

    def exists(self) -> bool:
        return (self.data / "PG_VERSION").exists()

    def node(self) -> NodeInfo:
        return NodeInfo.from_json((self.path / NODE_FILE).read_text(encoding="utf-8"))

    def write_node(self, info: NodeInfo) -> None:
        target = self.path / NODE_FILE
        tmp = target.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(info.to_json())
        os.replace(tmp, target)

    def port(self) -> int:
        return self.node().port

    def pid(self) -> int | None:
        """The postmaster's pid while it runs."""
        try:
            first = (self.data / "postmaster.pid").read_text().splitlines()[0]
            pid = int(first)
        except (OSError, IndexError, ValueError):
            return None
        return pid if self._alive(pid) else None

    def is_running(self) -> bool:
        if self.pid() is None:
            return False
        result = self._tool("pg_ctl", "-D", str(self.data), "status", check=False)
        return result.returncode == 0

    def superuser_url(self, database: str = KIOSK_DATABASE) -> str:
        """Over the owner-only socket: no password, no TLS, only this machine's owner."""
        return (
            f"postgresql+psycopg://{SUPERUSER}@/{database}"
            f"?host={self.run_dir}&port={self.port()}&connect_timeout=5"
        )

    def kiosk_local_url(self, database: str = KIOSK_DATABASE) -> str:
        """The kiosk role over the socket: tables it makes are its own, as desks' are."""
        return (
            f"postgresql+psycopg://{KIOSK_ROLE}@/{database}"
            f"?host={self.run_dir}&port={self.port()}&connect_timeout=5"
        )

    # -- making --------------------------------------------------------------------------

    def prepare_folders(self) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        os.chmod(self.path, 0o711)  # the server's user passes through, reads nothing
        if self.as_user:
            probe = subprocess.run(
                ["runuser", "-u", self.as_user, "--", "test", "-x", str(self.path)], check=False
            )
            if probe.returncode != 0:
                raise FolderNotReachableError(
                    f"{self.path}: the '{self.as_user}' user cannot reach this folder (a parent"
                    " folder is private); choose a folder such as /srv/kiosk-hub"
                )
        for folder, mode in ((self.data, 0o700), (self.run_dir, 0o700), (self.log_dir, 0o700)):
            folder.mkdir(exist_ok=True)
            os.chmod(folder, mode)
            self.own(folder)

    def init(self, cert_pem: bytes, key_pem: bytes) -> None:
        """initdb, the shared settings, TLS files and pg_hba; the cluster is not started."""
        self.prepare_folders()
        self._tool(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "-A",
            "trust",
            # One sync of the whole file system afterwards is much faster than initdb's
            # fsync of every file, and as safe once it returns.
            "--no-sync",
        )
        os.sync()
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(_SHARED_CONF)
        (self.data / "pg_hba.conf").write_text(_HBA, encoding="utf-8")
        self._write_private(self.data / "server.crt", cert_pem, 0o644)
        self._write_private(self.data / "server.key", key_pem, 0o600)
        self.own(self.data / "pg_hba.conf")

    def write_local_conf(self, port: int, listen: str) -> None:
        text = (
            f"port = {port}\nlisten_addresses = '{listen}'\n"
            f"unix_socket_directories = '{self.run_dir}'\n"
        )
        path = self.data / LOCAL_CONF
        path.write_text(text, encoding="utf-8")
        self.own(path)

    def _write_private(self, path: Path, content: bytes, mode: int) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.chmod(path, mode)
        self.own(path)

    # -- running -------------------------------------------------------------------------

    def start(self, *, local_only: bool = False) -> None:
        """Start the server; local_only: on its socket alone, no desk can reach it."""
        if self.is_running():
            return
        options = ["-o", "-c listen_addresses=''"] if local_only else []
        self._tool(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.log_dir / "postgresql.log"),
            "-w",
            "-t",
            str(START_TIMEOUT_S),
            *options,
            "start",
        )

    def stop(self) -> None:
        if self.is_running():
            self._tool("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def kill(self) -> None:
        """The laptop dies: SIGKILL to the postmaster and every process it started, no
        shutdown of any kind. What the machine's init does not reap is treated as gone."""
        pid = self.pid()
        if pid is None:
            return
        children = [c for c in _all_pids() if _parent(c) == pid]
        for victim in (pid, *children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(self._alive(p) for p in (pid, *children)):
            time.sleep(0.05)
        # As after a power cut and a reboot: no postmaster of that pid is left (a zombie
        # that init never reaped would make the next start believe one still runs).
        (self.data / "postmaster.pid").unlink(missing_ok=True)
        for stale in self.run_dir.glob(".s.PGSQL.*"):
            stale.unlink(missing_ok=True)

    @staticmethod
    def _alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass
        # A zombie until its parent (pg_ctl's shell, long gone: init) reaps it.
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split()[2]
        except (OSError, IndexError):
            return False
        return state != "Z"

    def promote(self) -> None:
        """pg_ctl promote, waiting until the node accepts writes."""
        self._tool("pg_ctl", "-D", str(self.data), "-w", "-t", str(START_TIMEOUT_S), "promote")

    def reload(self) -> None:
        self._tool("pg_ctl", "-D", str(self.data), "reload")

    def base_backup(self, conninfo: str, env: Mapping[str, str]) -> None:
        """pg_basebackup of the primary into data/, with its replication slot and the
        standby's connection settings (-R); WAL streamed alongside."""
        self.prepare_folders()
        self._tool(
            "pg_basebackup",
            "-d",
            conninfo,
            "-D",
            str(self.data),
            "-X",
            "stream",
            "-R",
            "-C",
            "-S",
            SLOT_NAME,
            "--checkpoint=fast",
            "--no-sync",
            env=env,
        )
        os.sync()

    # -- helpers -------------------------------------------------------------------------

    def own(self, path: Path) -> None:
        """As root: the file or folder becomes the server's user's."""
        if self.as_user:
            user = pwd.getpwnam(self.as_user)
            os.chown(path, user.pw_uid, user.pw_gid)

    def _tool(
        self, name: str, *args: str, check: bool = True, env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        cmd: Sequence[str] = [str(bin_dir() / name), *args]
        run_env = dict(os.environ)
        if env:
            run_env.update(env)
        if self.as_user:
            # runuser without --login keeps the environment (PGPASSFILE and the like).
            cmd = ["runuser", "-u", self.as_user, "--", *cmd]
        result = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            env=run_env,
            cwd=self.path if self.path.exists() else None,
            check=False,
        )
        if check and result.returncode != 0:
            lines = (result.stderr or result.stdout).strip().splitlines()[-5:]
            raise ClusterError(f"{name} failed: " + " / ".join(lines))
        return result


def _all_pids() -> list[int]:
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()]


def _parent(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # pid (comm) state ppid ...: comm may hold spaces and parentheses.
    fields = stat[stat.rindex(")") + 2 :].split()
    return int(fields[1]) if len(fields) > 1 else None
