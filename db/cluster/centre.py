"""The province's centre as a cluster of its own (`kiosk central init`): for trials, demos
and tests. At the province, the centre is a PostgreSQL server its IT runs; `kiosk central
setup URL` prepares that one the same way (db.cluster.province.prepare_centre).

Like a hub (db.cluster.server), with TLS and passwords; beside the kiosk role, one role
for sites to link with: PostgreSQL 15 lets only a superuser create a subscription, so
kiosk_link is one (PostgreSQL 16 has pg_create_subscription). No standby, no watchdog.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from urllib.parse import quote

from sqlalchemy import text

from db.cluster.province import LINK_ROLE
from db.cluster.server import KIOSK_DATABASE, KIOSK_ROLE, ClusterDir, NodeInfo
from db.cluster.tls import fingerprint, make_certificate
from db.engine import make_engine

CENTRE_ROLE = "centre"
# Many sites: a slot and a sender for each, both ways.
_CENTRE_CONF = (
    "max_wal_senders = 64\nmax_replication_slots = 64\n"
    "max_logical_replication_workers = 32\nmax_worker_processes = 40\n"
    # A site away for months must not fill the centre's disk with WAL kept for it.
    "max_slot_wal_keep_size = 16GB\n"
)
_LINK_HBA = (
    f"hostssl all          {LINK_ROLE}  0.0.0.0/0      scram-sha-256\n"
    f"hostssl all          {LINK_ROLE}  ::/0           scram-sha-256\n"
)


class CentreError(RuntimeError):
    pass


def create_centre(
    cluster: ClusterDir, *, port: int, listen: str, hosts: Sequence[str], now: dt.datetime
) -> NodeInfo:
    """initdb, TLS, the kiosk and link roles with new passwords, the database; left running.
    The schema is the caller's to make (as the kiosk role), then prepare_centre."""
    if cluster.exists():
        raise CentreError(f"{cluster.path}: a cluster is already there")
    cert_pem, key_pem = make_certificate([*hosts, "localhost"], now)
    cluster.init(cert_pem, key_pem)
    with (cluster.data / "pg_hba.conf").open("a", encoding="utf-8") as hba:
        hba.write(_LINK_HBA)
    cluster.write_local_conf(port, listen)
    with (cluster.data / "kiosk-node.conf").open("a", encoding="utf-8") as conf:
        conf.write(_CENTRE_CONF)
    info = NodeInfo(
        role=CENTRE_ROLE,
        port=port,
        listen=listen,
        addresses=[f"{host}:{port}" for host in hosts],
        password=secrets.token_urlsafe(24),
        fingerprint=fingerprint(cert_pem),
        link_password=secrets.token_urlsafe(24),
    )
    cluster.write_node(info)
    cluster.start()
    engine = make_engine(cluster.superuser_url("postgres"))
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            from psycopg import sql

            with raw.cursor() as cur:  # type: ignore[attr-defined]
                cur.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                        sql.Identifier(KIOSK_ROLE), sql.Literal(info.password)
                    )
                )
                cur.execute(
                    sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
                        sql.Identifier(LINK_ROLE), sql.Literal(info.link_password)
                    )
                )
            conn.execute(text(f'CREATE DATABASE "{KIOSK_DATABASE}" OWNER "{KIOSK_ROLE}"'))
    finally:
        engine.dispose()
    return info


def link_url(info: NodeInfo, host: str | None = None) -> str:
    """What a site links with: the link role over TLS to the centre's first address."""
    address = host or (info.addresses[0] if info.addresses else f"127.0.0.1:{info.port}")
    if ":" not in address:
        address = f"{address}:{info.port}"
    password = quote(info.link_password, safe="")
    return f"postgresql+psycopg://{LINK_ROLE}:{password}@{address}/{KIOSK_DATABASE}?sslmode=require"


def is_centre(cluster: ClusterDir) -> bool:
    return cluster.exists() and cluster.node().role == CENTRE_ROLE
