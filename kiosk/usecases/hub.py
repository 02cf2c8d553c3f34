"""The event network's use cases: start a hub, join a desk, add a standby, promote it.

The clusters themselves are db.cluster's; here they meet the registry: the schema made by
the hub and never by a desk, the regions, the audit trail, the desk's stored connection.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import socket
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db import audit
from db.cluster import hub as cluster_hub
from db.cluster.joincode import Address, JoinCode, JoinCodeError, kiosk_url, pgpass_line
from db.cluster.province import LinkStatus
from db.cluster.server import ClusterDir, NodeInfo
from db.cluster.tls import der_to_pem
from db.engine import make_engine
from db.migrate import HEAD_REVISION, current_revision, upgrade
from db.models import Handover
from db.regions import ensure_regions
from kiosk.config import REGIONS_CSV, WITA
from kiosk.usecases.audit import Actor, AuditAction, Workstation, utc_now

HUB_CA_FILE = "hub-ca.pem"
HUB_PASSFILE = "hub.pgpass"


class JoinProblem(enum.StrEnum):
    BAD_CODE = "bad_code"  # not a join code, or damaged
    UNREACHABLE = "unreachable"  # no address of the hub answered
    WRONG_CERTIFICATE = "wrong_certificate"  # a server answered with another certificate
    KIOSK_TOO_OLD = "kiosk_too_old"  # the hub's schema is newer than this kiosk
    HUB_TOO_OLD = "hub_too_old"  # the hub's schema is older: the hub must be updated
    REFUSED = "refused"  # the hub refused the password


class JoinError(Exception):
    def __init__(self, problem: JoinProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class HubStarted:
    created: bool
    folder: Path
    code: JoinCode
    copied_from: str | None


@dataclass(frozen=True)
class Joined:
    database_url: str  # no password in it: that is in the owner-only passfile
    addresses: tuple[Address, ...]
    revision: str


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses on its networks (not loopback), for the join code."""
    try:
        out = subprocess.run(
            ["hostname", "-I"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except OSError:
        out = ""
    found = [a for a in out.split() if "." in a and not a.startswith("127.")]
    if not found:
        try:
            found = [socket.gethostbyname(socket.gethostname())]
        except OSError:
            found = []
    return [a for a in found if not a.startswith("127.")] or ["127.0.0.1"]


def code_hosts(listen: str, addresses: Sequence[str] | None) -> list[str]:
    if addresses:
        return list(addresses)
    if listen not in ("*", "0.0.0.0", "::", ""):
        return [h.strip() for h in listen.split(",") if h.strip()]
    return lan_addresses()


# -- the hub -----------------------------------------------------------------------------


def start_hub(
    folder: Path,
    *,
    port: int,
    listen: str,
    addresses: Sequence[str] | None,
    workstation: Workstation,
    from_url: str | None = None,
    actor: Actor | None = None,
) -> HubStarted:
    """Make the hub on first use (cluster, TLS, role, databases, schema, regions, optionally
    the registry copied from from_url), else start it; returns its join code."""
    cluster = ClusterDir(folder)
    created = not cluster.exists()
    if created:
        cluster_hub.create_hub(
            cluster,
            port=port,
            listen=listen,
            hosts=code_hosts(listen, addresses),
            now=utc_now(),
        )
        url = cluster.kiosk_local_url()
        if from_url:
            from kiosk.usecases.db_copy import copy_registry

            copy_registry(from_url, url, actor, workstation)
        _migrate(url, workstation, actor, created=True)
    else:
        cluster_hub.start(cluster)
        if cluster.node().role == "primary":
            _migrate(cluster.kiosk_local_url(), workstation, actor, created=False)
    return HubStarted(created, cluster.path, cluster_hub.join_code(cluster), from_url)


def _migrate(url: str, workstation: Workstation, actor: Actor | None, *, created: bool) -> None:
    """The hub's schema is brought up to date by the hub, as the kiosk role; never by desks."""
    engine = make_engine(url)
    try:
        upgrade(engine)
        with Session(engine) as session, session.begin():
            ensure_regions(session, REGIONS_CSV)
            if created:
                audit.append(
                    session,
                    audit.AuditEntry(
                        at=utc_now(),
                        operator=actor.username if actor else None,
                        site=workstation.site,
                        device=workstation.device,
                        action=AuditAction.HUB_START.value,
                        details={"revision": HEAD_REVISION},
                    ),
                )
    finally:
        engine.dispose()


def stop_hub(folder: Path) -> None:
    cluster = ClusterDir(folder)
    if not cluster.exists():
        raise cluster_hub.HubError(cluster_hub.NOT_A_HUB, str(folder))
    cluster_hub.stop(cluster)


def hub_join_code(folder: Path) -> JoinCode:
    cluster = ClusterDir(folder)
    if not cluster.exists():
        raise cluster_hub.HubError(cluster_hub.NOT_A_HUB, str(folder))
    return cluster_hub.join_code(cluster)


@dataclass(frozen=True)
class HubReport:
    status: cluster_hub.ClusterStatus
    handovers_today: int | None  # on the registry this node holds; None when stopped
    standby_known: bool  # a standby was added to this hub once
    synchronous: bool  # commits wait for the standby now
    links: list[LinkStatus] = field(default_factory=list)  # to the province's centre


def hub_status(folder: Path, today: dt.date | None = None) -> HubReport:
    cluster = ClusterDir(folder)
    status = cluster_hub.status(cluster)
    if not status.running:
        return HubReport(status, None, False, False)
    day = today or dt.datetime.now(WITA).date()
    start = dt.datetime.combine(day, dt.time(), WITA)
    engine = make_engine(cluster.superuser_url())
    try:
        with Session(engine) as session:
            count = session.scalar(
                select(func.count())
                .select_from(Handover)
                .where(
                    Handover.voided_at.is_(None),
                    Handover.handed_over_at >= start,
                    Handover.handed_over_at < start + dt.timedelta(days=1),
                )
            )
        nodes = cluster_hub.nodes(engine)
    finally:
        engine.dispose()
    standby = [n for n in nodes if n.name == "standby"]
    return HubReport(
        status,
        int(count or 0),
        bool(standby),
        any(s.synchronous for s in status.standbys),
        _province_links(cluster),
    )


def _province_links(cluster: ClusterDir) -> list[LinkStatus]:
    """The hub's links to the province's centre, with the WAL it keeps for them."""
    import psycopg

    from db.cluster import province

    try:
        with province.connect(cluster.superuser_url()) as conn:
            return province.site_status(conn, utc_now())
    except psycopg.errors.UndefinedTable:  # a registry from before the province
        return []


# -- the standby -------------------------------------------------------------------------


def make_standby(
    folder: Path, code_text: str, *, port: int, listen: str, addresses: Sequence[str] | None
) -> NodeInfo:
    code = _decode(code_text)
    try:
        return cluster_hub.create_standby(
            ClusterDir(folder), code, port=port, listen=listen, hosts=code_hosts(listen, addresses)
        )
    except cluster_hub.HubError as error:
        raise _join_error(error) from error


def promote_standby(folder: Path) -> NodeInfo:
    return cluster_hub.promote(ClusterDir(folder))


# -- a desk joins ------------------------------------------------------------------------


def _decode(code_text: str) -> JoinCode:
    try:
        return JoinCode.decode(code_text)
    except JoinCodeError as error:
        raise JoinError(JoinProblem.BAD_CODE, str(error)) from error


def _join_error(error: cluster_hub.HubError) -> JoinError:
    problem = {
        cluster_hub.UNREACHABLE: JoinProblem.UNREACHABLE,
        cluster_hub.WRONG_CERTIFICATE: JoinProblem.WRONG_CERTIFICATE,
    }.get(error.problem)
    if problem is None:
        raise error
    return JoinError(problem, error.detail)


def join_hub(code_text: str, config_dir: Path, device: str, prefix: str = "") -> Joined:
    """Check the hub's certificate against the code, then its schema against this kiosk's;
    store the certificate and (owner-only) the password; return the database URL to keep.
    Nothing is written when a check fails."""
    code = _decode(code_text)
    try:
        der = cluster_hub.check_certificate(code)
    except cluster_hub.HubError as error:
        raise _join_error(error) from error
    config_dir.mkdir(parents=True, exist_ok=True)
    # Per settings file: two desks on one machine (a rehearsal) may join different hubs.
    ca_file = config_dir / f"{prefix}{HUB_CA_FILE}"
    passfile = config_dir / f"{prefix}{HUB_PASSFILE}"
    staged_ca, staged_pass = ca_file.with_suffix(".new"), passfile.with_suffix(".new")
    staged_ca.write_bytes(der_to_pem(der))
    fd = os.open(staged_pass, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(pgpass_line(code.user, code.password))
    url = kiosk_url(
        code.addresses,
        database=code.database,
        user=code.user,
        ca_file=ca_file,
        passfile=passfile,
        application=device,
    )
    staged_url = url.replace(str(ca_file), str(staged_ca)).replace(str(passfile), str(staged_pass))
    try:
        revision = check_schema(staged_url)
    except BaseException:
        staged_ca.unlink(missing_ok=True)
        staged_pass.unlink(missing_ok=True)
        raise
    os.replace(staged_ca, ca_file)
    os.replace(staged_pass, passfile)
    url = learn_addresses(url) or url
    addresses = tuple(_url_addresses(url))
    return Joined(url, addresses, revision)


def _url_addresses(url: str) -> list[Address]:
    query = make_url(url).query
    hosts = str(query.get("host", "")).split(",")
    ports = str(query.get("port", "")).split(",")
    return [Address(h, int(p)) for h, p in zip(hosts, ports, strict=False) if p.isdigit()]


def learn_addresses(url: str) -> str | None:
    """The desk's URL with every address the hub lists (a standby that came after the join
    code was made); None when nothing is new or the hub cannot say."""
    engine = make_engine(url)
    try:
        found = cluster_hub.nodes(engine)
    except DBAPIError:
        return None
    finally:
        engine.dispose()
    live = sorted((n for n in found if n.role != "former"), key=lambda n: n.role != "primary")
    return url_with_addresses(url, [a for n in live for a in n.addresses])


def check_schema(url: str) -> str:
    """The hub's schema revision, when this kiosk can work with it (its own head)."""
    engine = make_engine(url)
    try:
        try:
            revision = current_revision(engine)
        except DBAPIError as error:
            message = str(error.orig) if error.orig is not None else str(error)
            if "password authentication failed" in message:
                raise JoinError(JoinProblem.REFUSED, "") from error
            where = ", ".join(str(a) for a in _url_addresses(url))
            raise JoinError(JoinProblem.UNREACHABLE, where) from error
    finally:
        engine.dispose()
    if revision == HEAD_REVISION:
        return revision
    if revision is None or _older(revision):
        raise JoinError(JoinProblem.HUB_TOO_OLD, revision or "none")
    raise JoinError(JoinProblem.KIOSK_TOO_OLD, revision)


def _older(revision: str) -> bool:
    return revision.isdigit() and int(revision) < int(HEAD_REVISION)


def is_hub_url(url: str) -> bool:
    """A joined desk's URL: PostgreSQL with the hub's pinned certificate."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "postgresql" and "sslrootcert" in parsed.query


@dataclass(frozen=True)
class DeskHubState:
    """What a desk shows about its hub (read every few seconds)."""

    address: str  # host:port this desk works on now
    standby_known: bool
    synchronous: bool
    addresses: tuple[Address, ...]  # every address the hub lists (primary first)


def desk_hub_state(engine: Engine) -> DeskHubState:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT inet_server_addr()::text, inet_server_port()")).one()
    nodes = cluster_hub.nodes(engine)
    live = [n for n in nodes if n.role != "former"]
    ordered = sorted(live, key=lambda n: n.role != "primary")
    addresses = tuple(a for n in ordered for a in n.addresses)
    standby = [n for n in live if n.name == "standby"]
    host = (row[0] or "").split("/")[0]
    return DeskHubState(
        address=f"{host}:{row[1]}",
        standby_known=bool(standby),
        synchronous=any(n.synchronous for n in standby),
        addresses=addresses,
    )


def url_with_addresses(url: str, addresses: Sequence[Address]) -> str | None:
    """The desk's URL extended by addresses it does not know yet (a standby that came
    later); None when it knows them all."""
    parsed = make_url(url)
    hosts = str(parsed.query.get("host", "")).split(",")
    ports = str(parsed.query.get("port", "")).split(",")
    known = {(h, p) for h, p in zip(hosts, ports, strict=False)}
    new = [a for a in addresses if (a.host, str(a.port)) not in known]
    if not new:
        return None
    query = dict(parsed.query)
    query["host"] = ",".join([*hosts, *(a.host for a in new)])
    query["port"] = ",".join([*ports, *(str(a.port) for a in new)])
    return parsed.set(query=query).render_as_string(hide_password=False)


def record_join(
    url: str, workstation: Workstation, public_key: Ed25519PublicKey | None = None
) -> None:
    """The hub's audit trail says which desk joined (never the password: it is not in url),
    and the desk's card-signing public key is registered, so that every desk, the hub and
    `kiosk verify` accept the cards it prints; its private key never leaves the desk."""
    from kiosk.usecases.signing_keys import register_own_key

    engine = make_engine(url)
    try:
        with Session(engine) as session, session.begin():
            if public_key is not None:
                register_own_key(session, public_key, workstation.site, workstation.device)
            audit.append(
                session,
                audit.AuditEntry(
                    at=utc_now(),
                    operator=None,
                    site=workstation.site,
                    device=workstation.device,
                    action=AuditAction.HUB_JOIN.value,
                    details={"hosts": str(make_url(url).query.get("host", ""))},
                ),
            )
    finally:
        engine.dispose()


def record_promotion(folder: Path, workstation: Workstation) -> None:
    engine = make_engine(ClusterDir(folder).superuser_url())
    try:
        with Session(engine) as session, session.begin():
            audit.append(
                session,
                audit.AuditEntry(
                    at=utc_now(),
                    operator=None,
                    site=workstation.site,
                    device=workstation.device,
                    action=AuditAction.HUB_PROMOTE.value,
                    details={"folder": str(folder)},
                ),
            )
    finally:
        engine.dispose()


def local_cluster_dirs(url: str) -> tuple[Path, Path] | None:
    """The hub's and the standby's cluster folders, when both run on this machine (a
    rehearsal that kills the hub, as `make bench` does); None otherwise."""
    engine = make_engine(url)
    try:
        found = cluster_hub.nodes(engine)
    finally:
        engine.dispose()
    by_role = {n.role: n for n in found if n.folder}
    hub, standby = by_role.get("primary"), by_role.get("standby")
    if hub is None or standby is None:
        return None
    folders = (Path(hub.folder), Path(standby.folder))
    for folder, node in zip(folders, (hub, standby), strict=True):
        cluster = ClusterDir(folder)
        if not cluster.exists() or not any(a.port == cluster.node().port for a in node.addresses):
            return None
    return folders
