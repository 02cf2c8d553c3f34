"""The event's hub and its standby, on PostgreSQL's own machinery.

The hub is a cluster with TLS, one password role for the desks (`kiosk`, also allowed to
stream WAL to a standby), the registry database and an empty one for rehearsals. A standby
is a pg_basebackup of it with a replication slot; the hub's watchdog (db.cluster.watch)
makes it synchronous while it streams and lets the hub carry on alone when it does not.
The schema `hub` holds the nodes' addresses, so desks learn of a standby that came later.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from db.cluster.joincode import Address, JoinCode, kiosk_url, parse_address, pgpass_line
from db.cluster.server import (
    KIOSK_DATABASE,
    KIOSK_ROLE,
    REHEARSAL_DATABASE,
    SLOT_NAME,
    STANDBY_NAME,
    ClusterDir,
    ClusterError,
    NodeInfo,
)
from db.cluster.tls import (
    CertificateFetchError,
    der_to_pem,
    fetch_server_certificate,
    fingerprint,
    make_certificate,
)
from db.engine import make_engine

WATCH_PID = "watch.pid"
PASSFILE = "replication.pgpass"
HUB_CA = "hub-ca.pem"


class HubError(RuntimeError):
    """Why a hub or standby step cannot go on (the problem as a code, the detail in words)."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem
        self.detail = detail


# problems
NOT_A_HUB = "not_a_hub"  # no cluster in this folder
ALREADY_EXISTS = "already_exists"
UNREACHABLE = "unreachable"
WRONG_CERTIFICATE = "wrong_certificate"
PORT_IN_USE = "port_in_use"
NOT_A_STANDBY = "not_a_standby"
SUPERSEDED = "superseded"  # this was the hub; its standby was promoted since


@dataclass(frozen=True)
class NodeRow:
    name: str
    addresses: tuple[Address, ...]
    role: str  # primary | standby | former
    synchronous: bool
    updated_at: dt.datetime
    folder: str = ""


def _addresses(hosts: Sequence[str], port: int) -> list[str]:
    return [str(Address(h, port)) for h in hosts]


def _parse(addresses: Sequence[str]) -> tuple[Address, ...]:
    return tuple(parse_address(a) for a in addresses)


# -- the hub -----------------------------------------------------------------------------


def create_hub(
    cluster: ClusterDir, *, port: int, listen: str, hosts: Sequence[str], now: dt.datetime
) -> NodeInfo:
    """initdb, TLS, the kiosk role with a new password, the databases; left running.
    The registry's schema is the caller's to make (as the kiosk role, kiosk_local_url)."""
    if cluster.exists():
        raise HubError(ALREADY_EXISTS, str(cluster.path))
    cert_pem, key_pem = make_certificate([*hosts, "localhost"], now)
    cluster.init(cert_pem, key_pem)
    cluster.write_local_conf(port, listen)
    info = NodeInfo(
        role="primary",
        port=port,
        listen=listen,
        addresses=_addresses(hosts, port),
        password=secrets.token_urlsafe(24),
        fingerprint=fingerprint(cert_pem),
    )
    cluster.write_node(info)
    cluster.start()
    start_watchdog(cluster)
    engine = make_engine(cluster.superuser_url("postgres"))
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            from psycopg import sql

            with raw.cursor() as cur:  # type: ignore[attr-defined]
                cur.execute(
                    sql.SQL("CREATE ROLE {} LOGIN REPLICATION PASSWORD {}").format(
                        sql.Identifier(KIOSK_ROLE), sql.Literal(info.password)
                    )
                )
            for database in (KIOSK_DATABASE, REHEARSAL_DATABASE):
                conn.execute(text(f'CREATE DATABASE "{database}" OWNER "{KIOSK_ROLE}"'))
    finally:
        engine.dispose()
    _make_node_table(cluster, info)
    return info


def _make_node_table(cluster: ClusterDir, info: NodeInfo) -> None:
    engine = make_engine(cluster.superuser_url())
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE SCHEMA IF NOT EXISTS hub"))
            conn.execute(
                text(
                    "CREATE TABLE IF NOT EXISTS hub.node ("
                    " name text PRIMARY KEY, addresses text NOT NULL, role text NOT NULL,"
                    " folder text NOT NULL DEFAULT '',"
                    " synchronous boolean NOT NULL DEFAULT false,"
                    " updated_at timestamptz NOT NULL DEFAULT now())"
                )
            )
            conn.execute(text(f"GRANT USAGE ON SCHEMA hub TO {KIOSK_ROLE}"))
            conn.execute(text(f"GRANT SELECT, INSERT, UPDATE ON hub.node TO {KIOSK_ROLE}"))
            _upsert_node(conn, "hub", info.addresses, "primary", cluster.path)
    finally:
        engine.dispose()


def _upsert_node(
    conn: Connection, name: str, addresses: Sequence[str], role: str, folder: Path
) -> None:
    """folder: the node's cluster folder on its own laptop (a rehearsal with hub and standby
    on one machine finds them there)."""
    conn.execute(
        text(
            "INSERT INTO hub.node (name, addresses, role, folder, synchronous, updated_at)"
            " VALUES (:n, :a, :r, :f, false, now())"
            " ON CONFLICT (name) DO UPDATE SET addresses = :a, role = :r, folder = :f,"
            " updated_at = now()"
        ),
        {"n": name, "a": ",".join(addresses), "r": role, "f": str(folder)},
    )


def start(cluster: ClusterDir) -> None:
    """Start the server and its watchdog (both survive this process)."""
    if not cluster.exists():
        raise HubError(NOT_A_HUB, str(cluster.path))
    try:
        if cluster.node().role == "primary" and not cluster.is_running():
            # A former hub whose standby took over must not come back as a second hub:
            # it asks its standby first, before any desk can reach it.
            cluster.start(local_only=True)
            try:
                successor = _successor(cluster)
            finally:
                cluster.stop()
            if successor is not None:
                raise HubError(SUPERSEDED, successor)
        cluster.start()
    except ClusterError as error:
        if "Address already in use" in str(error) or "could not bind" in str(error):
            raise HubError(PORT_IN_USE, str(cluster.node().port)) from error
        raise
    start_watchdog(cluster)


def _successor(cluster: ClusterDir) -> str | None:
    """The address of a standby of this hub that now accepts writes, if any."""
    info = cluster.node()
    engine = make_engine(cluster.superuser_url())
    try:
        others = [n for n in nodes(engine) if n.name != "hub"]
    except DBAPIError:  # no hub table (yet): no standby ever
        return None
    finally:
        engine.dispose()
    ca = cluster.data / "server.crt"
    for node in others:
        for address in node.addresses:
            if str(address) in info.addresses:
                continue
            try:
                import psycopg

                with psycopg.connect(
                    host=address.host,
                    port=address.port,
                    dbname=KIOSK_DATABASE,
                    user=KIOSK_ROLE,
                    password=info.password,
                    sslmode="verify-ca",
                    sslrootcert=str(ca),
                    target_session_attrs="read-write",
                    connect_timeout=3,
                ):
                    return str(address)
            except (psycopg.Error, OSError):
                continue
    return None


def stop(cluster: ClusterDir) -> None:
    stop_watchdog(cluster)
    cluster.stop()


def start_watchdog(cluster: ClusterDir) -> None:
    if _watchdog_pid(cluster) is not None:
        return
    import os

    log = os.open(cluster.path / "watch.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        # Its own session: it outlives this command, as the server does.
        pid = os.posix_spawn(
            sys.executable,
            [sys.executable, "-m", "db.cluster.watch", str(cluster.path)],
            dict(os.environ),
            file_actions=[
                (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                (os.POSIX_SPAWN_DUP2, log, 1),
                (os.POSIX_SPAWN_DUP2, log, 2),
            ],
            setsid=True,
        )
    finally:
        os.close(log)
    (cluster.path / WATCH_PID).write_text(str(pid))


def stop_watchdog(cluster: ClusterDir) -> None:
    import os
    import signal

    pid = _watchdog_pid(cluster)
    if pid is not None:
        os.kill(pid, signal.SIGTERM)
    (cluster.path / WATCH_PID).unlink(missing_ok=True)


def _watchdog_pid(cluster: ClusterDir) -> int | None:
    import os

    try:
        pid = int((cluster.path / WATCH_PID).read_text())
        os.kill(pid, 0)
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return None
    return pid if b"db.cluster.watch" in cmdline else None


def nodes(engine: Engine) -> list[NodeRow]:
    """The event's nodes as the hub knows them (any connection to the registry database)."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT name, addresses, role, synchronous, updated_at, folder"
                " FROM hub.node ORDER BY name"
            )
        ).all()
    return [
        NodeRow(r[0], _parse([a for a in r[1].split(",") if a]), r[2], bool(r[3]), r[4], r[5])
        for r in rows
    ]


def join_code(cluster: ClusterDir) -> JoinCode:
    """The primary's addresses first, then the standby's, from what the hub's table says."""
    info = cluster.node()
    addresses = list(_parse(info.addresses))
    if cluster.is_running():
        engine = make_engine(cluster.superuser_url())
        try:
            for row in sorted(nodes(engine), key=lambda n: n.role != "primary"):
                if row.role == "former":
                    continue
                addresses += [a for a in row.addresses if a not in addresses]
        finally:
            engine.dispose()
    else:
        addresses += [a for a in _parse(info.peers) if a not in addresses]
    return JoinCode(tuple(addresses), KIOSK_DATABASE, KIOSK_ROLE, info.password, info.fingerprint)


# -- the standby -------------------------------------------------------------------------


def check_certificate(code: JoinCode, timeout: float = 5.0) -> bytes:
    """The hub's certificate (DER), once one of its addresses presented the very certificate
    the code names. A different certificate is refused even if another address is down."""
    reached: list[str] = []
    for address in code.addresses:
        try:
            der = fetch_server_certificate(address.host, address.port, timeout)
        except CertificateFetchError:
            continue
        if fingerprint(der) == code.fingerprint:
            return der
        reached.append(str(address))
    if reached:
        raise HubError(WRONG_CERTIFICATE, ", ".join(reached))
    raise HubError(UNREACHABLE, ", ".join(str(a) for a in code.addresses))


def create_standby(
    cluster: ClusterDir, code: JoinCode, *, port: int, listen: str, hosts: Sequence[str]
) -> NodeInfo:
    """A streaming replica of the hub named by the code: base backup over TLS with the
    certificate pinned, its own slot on the hub, registered in hub.node; left running."""
    if cluster.exists():
        raise HubError(ALREADY_EXISTS, str(cluster.path))
    der = check_certificate(code)
    cluster.prepare_folders()
    ca_path = cluster.path / HUB_CA
    ca_path.write_bytes(der_to_pem(der))
    cluster.own(ca_path)
    passfile = cluster.path / PASSFILE
    passfile.write_text(pgpass_line(code.user, code.password))
    passfile.chmod(0o600)
    cluster.own(passfile)
    hosts_csv = ",".join(a.host for a in code.addresses)
    ports_csv = ",".join(str(a.port) for a in code.addresses)
    conninfo = (
        f"host={hosts_csv} port={ports_csv} user={code.user} passfile={passfile}"
        f" sslmode=verify-ca sslrootcert={ca_path} application_name={STANDBY_NAME}"
        " target_session_attrs=read-write connect_timeout=5"
    )
    hub_url = kiosk_url(
        code.addresses,
        database=code.database,
        user=code.user,
        ca_file=ca_path,
        passfile=passfile,
        application=STANDBY_NAME,
    )
    hub = make_engine(hub_url)
    try:
        with hub.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # A slot left by an earlier standby of this hub would refuse the new one.
            conn.execute(
                text(
                    "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"
                    " WHERE slot_name = :s AND NOT active"
                ),
                {"s": SLOT_NAME},
            )
        cluster.base_backup(conninfo, {})
        _forget_synchronous_names(cluster)
        cluster.write_local_conf(port, listen)
        info = NodeInfo(
            role="standby",
            port=port,
            listen=listen,
            addresses=_addresses(hosts, port),
            password=code.password,
            fingerprint=code.fingerprint,
            peers=[str(a) for a in code.addresses],
        )
        cluster.write_node(info)
        cluster.start()
        with hub.begin() as conn:
            # Not synchronous until the hub's watchdog sees it streaming.
            conn.execute(text("SET LOCAL synchronous_commit TO local"))
            _upsert_node(conn, "standby", info.addresses, "standby", cluster.path)
    except Exception:
        hub.dispose()
        raise
    hub.dispose()
    return info


def _forget_synchronous_names(cluster: ClusterDir) -> None:
    """The hub's postgresql.auto.conf came with the backup; a promoted standby must not
    wait for a standby of its own."""
    auto = cluster.data / "postgresql.auto.conf"
    lines = auto.read_text(encoding="utf-8").splitlines(keepends=True)
    auto.write_text(
        "".join(line for line in lines if not line.startswith("synchronous_standby_names")),
        encoding="utf-8",
    )


def promote(cluster: ClusterDir) -> NodeInfo:
    """The standby becomes the hub: promoted, alone (no synchronous standby), its watchdog
    started, and the hub table saying so. The old hub must stay off."""
    info = cluster.node()
    if info.role != "standby" and not _in_recovery(cluster):
        raise HubError(NOT_A_STANDBY, str(cluster.path))
    cluster.promote()
    engine = make_engine(cluster.superuser_url())
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ALTER SYSTEM RESET synchronous_standby_names"))
            conn.execute(text("SELECT pg_reload_conf()"))
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL synchronous_commit TO local"))
            # This node is the hub now; the old one is kept as "former", never used.
            conn.execute(text("DELETE FROM hub.node"))
            _upsert_node(conn, "hub", info.addresses, "primary", cluster.path)
            conn.execute(
                text(
                    "INSERT INTO hub.node (name, addresses, role)"
                    " VALUES ('former hub', :a, 'former')"
                ),
                {"a": ",".join(info.peers)},
            )
    finally:
        engine.dispose()
    info = NodeInfo(
        role="primary",
        port=info.port,
        listen=info.listen,
        addresses=info.addresses,
        password=info.password,
        fingerprint=info.fingerprint,
        peers=[],
    )
    cluster.write_node(info)
    start_watchdog(cluster)
    return info


def _in_recovery(cluster: ClusterDir) -> bool:
    engine = make_engine(cluster.superuser_url())
    try:
        with engine.connect() as conn:
            return bool(conn.scalar(text("SELECT pg_is_in_recovery()")))
    finally:
        engine.dispose()


# -- status ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StandbyState:
    address: str | None  # as it connects (client address)
    state: str  # streaming, catchup, ...
    synchronous: bool
    lag_bytes: int
    lag_seconds: float | None


@dataclass(frozen=True)
class ClusterStatus:
    folder: str
    running: bool
    role: str  # primary | standby | stopped
    port: int
    addresses: tuple[str, ...]
    desks: tuple[str, ...]  # application names of the desks connected now
    standbys: tuple[StandbyState, ...]
    replay_lag_seconds: float | None  # on a standby: how far behind the hub it is
    disk_free_bytes: int
    disk_total_bytes: int


def status(cluster: ClusterDir) -> ClusterStatus:
    if not cluster.exists():
        raise HubError(NOT_A_HUB, str(cluster.path))
    info = cluster.node()
    usage = shutil.disk_usage(cluster.path)
    stopped = ClusterStatus(
        folder=str(cluster.path),
        running=False,
        role="stopped",
        port=info.port,
        addresses=tuple(info.addresses),
        desks=(),
        standbys=(),
        replay_lag_seconds=None,
        disk_free_bytes=usage.free,
        disk_total_bytes=usage.total,
    )
    if not cluster.is_running():
        return stopped
    engine = make_engine(cluster.superuser_url())
    try:
        with engine.connect() as conn:
            recovery = bool(conn.scalar(text("SELECT pg_is_in_recovery()")))
            desks = tuple(
                r[0]
                for r in conn.execute(
                    text(
                        "SELECT DISTINCT application_name FROM pg_stat_activity"
                        " WHERE usename = :u AND datname = :d AND backend_type = 'client backend'"
                        " AND application_name <> '' ORDER BY 1"
                    ),
                    {"u": KIOSK_ROLE, "d": KIOSK_DATABASE},
                )
            )
            rows = (
                []
                if recovery
                else conn.execute(
                    text(
                        "SELECT client_addr, state, sync_state,"
                        " pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), replay_lag"
                        " FROM pg_stat_replication"
                    )
                ).all()
            )
            standbys = tuple(
                StandbyState(
                    address=str(r[0]) if r[0] is not None else None,
                    state=r[1],
                    synchronous=r[2] == "sync",
                    lag_bytes=int(r[3] or 0),
                    lag_seconds=r[4].total_seconds() if r[4] is not None else None,
                )
                for r in rows
            )
            lag = None
            if recovery:
                lag = conn.scalar(
                    text(
                        "SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()"
                        " THEN 0 ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())"
                        " END"
                    )
                )
    finally:
        engine.dispose()
    return dataclasses.replace(
        stopped,
        running=True,
        role="standby" if recovery else "primary",
        desks=desks,
        standbys=standbys,
        replay_lag_seconds=float(lag) if lag is not None else None,
    )


def wait_until_streaming(cluster: ClusterDir, timeout: float = 30.0) -> bool:
    """On the hub: until a standby streams and the watchdog made it synchronous."""
    deadline = time.monotonic() + timeout
    engine = make_engine(cluster.superuser_url())
    try:
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                sync = conn.scalar(
                    text("SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'")
                )
            if sync:
                return True
            time.sleep(0.2)
    finally:
        engine.dispose()
    return False
