"""The province's use cases: make or prepare the centre, link a site to it, say how the
links are. The replication itself is db.cluster.province's: PostgreSQL's own."""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from db import audit
from db.cluster import centre as cluster_centre
from db.cluster import hub as cluster_hub
from db.cluster import province
from db.cluster.server import KIOSK_DATABASE, KIOSK_ROLE, ClusterDir
from db.engine import make_engine
from db.migrate import upgrade
from db.models import CENTRE_ORIGIN
from db.regions import ensure_regions
from kiosk.config import REGIONS_CSV
from kiosk.usecases.audit import Actor, AuditAction, Workstation, utc_now
from kiosk.usecases.hub import code_hosts

CENTRE_LABEL = "Pusat Provinsi"


@dataclass(frozen=True)
class CentreReady:
    folder: Path | None  # None: a server the province runs (central setup)
    created: bool
    link_url: str | None  # what sites link with; None when the province's IT gives it


def central_init(
    folder: Path,
    *,
    port: int,
    listen: str,
    addresses: Sequence[str] | None,
    workstation: Workstation,
    label: str = CENTRE_LABEL,
) -> CentreReady:
    """A centre of its own in folder (trials, demos, tests): made on first use, else started."""
    cluster = ClusterDir(folder)
    created = not cluster.exists()
    if created:
        info = cluster_centre.create_centre(
            cluster, port=port, listen=listen, hosts=code_hosts(listen, addresses), now=utc_now()
        )
        _schema(cluster.kiosk_local_url(), workstation)
        with province.connect(cluster.superuser_url()) as conn:
            province.prepare_centre(conn, label)
    else:
        if not cluster_centre.is_centre(cluster):
            raise province.ProvinceError(province.NOT_A_CENTRE, str(folder))
        cluster.start()
        info = cluster.node()
    return CentreReady(cluster.path, created, cluster_centre.link_url(info))


def central_setup(url: str, workstation: Workstation, label: str = CENTRE_LABEL) -> CentreReady:
    """Prepare a kiosk database on the province's own server as the centre; url names a
    superuser (PostgreSQL 15: sites' links need one). Idempotent."""
    _schema(url, workstation)
    with province.connect(url) as conn:
        province.prepare_centre(conn, label)
    return CentreReady(None, True, None)


def _schema(url: str, workstation: Workstation) -> None:
    """Migrated, with the regions, by the role of url (its tables are its own)."""
    engine = make_engine(url)
    try:
        upgrade(engine)
        with Session(engine) as session, session.begin():
            ensure_regions(session, REGIONS_CSV)
            audit.append(
                session,
                audit.AuditEntry(
                    at=utc_now(),
                    operator=None,
                    site=workstation.site,
                    device=workstation.device,
                    action=AuditAction.CENTRAL_SETUP.value,
                    details={},
                ),
            )
    finally:
        engine.dispose()


def central_stop(folder: Path) -> None:
    cluster = ClusterDir(folder)
    if not cluster_centre.is_centre(cluster):
        raise province.ProvinceError(province.NOT_A_CENTRE, str(folder))
    cluster.stop()


def central_url(folder: Path) -> str:
    cluster = ClusterDir(folder)
    if not cluster_centre.is_centre(cluster):
        raise province.ProvinceError(province.NOT_A_CENTRE, str(folder))
    return cluster_centre.link_url(cluster.node())


@dataclass(frozen=True)
class CentreReport:
    running: bool
    folder: Path | None
    links: list[province.LinkStatus]


def central_status(folder: Path, now: dt.datetime | None = None) -> CentreReport:
    cluster = ClusterDir(folder)
    if not cluster_centre.is_centre(cluster):
        raise province.ProvinceError(province.NOT_A_CENTRE, str(folder))
    if not cluster.is_running():
        return CentreReport(False, cluster.path, [])
    with province.connect(cluster.superuser_url()) as conn:
        return CentreReport(True, cluster.path, province.centre_status(conn, now or utc_now()))


def sync_status(url: str, now: dt.datetime | None = None) -> list[province.LinkStatus]:
    """The links of the database at url (a site or the centre), as it sees them."""
    moment = now or utc_now()
    with province.connect(url) as conn:
        origin, _ = province.local_origin(conn)
        if origin == CENTRE_ORIGIN:
            return province.centre_status(conn, moment)
        return province.site_status(conn, moment)


def wal_keep_mb(folder: Path) -> int:
    """The WAL a site may keep for an absent centre: a quarter of the free disk, at most
    WAL_KEEP_MAX_MB; the status warns at half of it."""
    free_mb = shutil.disk_usage(folder).free // (1024 * 1024)
    return max(64, min(province.WAL_KEEP_MAX_MB, int(free_mb * province.WAL_KEEP_DISK_SHARE)))


def link_hub(
    folder: Path,
    centre_url: str,
    *,
    kabupaten: str,
    workstation: Workstation,
    actor: Actor | None = None,
    reach: province.Reach | None = None,
    label: str | None = None,
) -> province.Linked:
    """Link the hub in folder (or a branch office's, made the same way) to the centre.

    reach: where the centre's server finds this hub, normally the far end of the tunnel
    this hub opens to the centre (`ssh -R`); by default this machine, for a trial with the
    centre beside the hub. Run again on a promoted standby to re-link it."""
    cluster = ClusterDir(folder)
    if not cluster.exists():
        raise cluster_hub.HubError(cluster_hub.NOT_A_HUB, str(folder))
    info = cluster.node()
    if not cluster.is_running():
        cluster_hub.start(cluster)
    with province.connect(cluster.superuser_url()) as site:
        wal_level = site.execute("SHOW wal_level").fetchone()
        needs_restart = wal_level is None or wal_level[0] != "logical"
        if needs_restart:
            # A hub made before the province: logical decoding needs a restart.
            site.execute("ALTER SYSTEM SET wal_level = 'logical'")
    if needs_restart:
        cluster_hub.stop(cluster)
        cluster_hub.start(cluster)
    where = reach or province.Reach("127.0.0.1", info.port)
    site_conninfo = make_conninfo(
        dbname=KIOSK_DATABASE, user=KIOSK_ROLE, password=info.password, sslmode="require"
    )
    with (
        province.connect(cluster.superuser_url()) as site,
        province.connect(centre_url) as centre,
    ):
        name = _kabupaten_name(centre, kabupaten)
        linked = province.link_site(
            site,
            centre,
            centre_conninfo=province.libpq(centre_url),
            site_conninfo_for_centre=site_conninfo,
            kabupaten=kabupaten,
            label=label or f"Hub {name}",
            reach=where,
            token=secrets.token_hex(3),
            wal_keep_mb=wal_keep_mb(folder),
        )
    linked = dataclasses.replace(linked, kabupaten_name=name)
    engine = make_engine(cluster.kiosk_local_url())
    try:
        with Session(engine) as session, session.begin():
            audit.append(
                session,
                audit.AuditEntry(
                    at=utc_now(),
                    operator=actor.username if actor else None,
                    site=workstation.site,
                    device=workstation.device,
                    action=AuditAction.PROVINCE_LINK.value,
                    target=f"site:{linked.origin}",
                    details={
                        "origin": linked.origin,
                        "kabupaten": kabupaten,
                        "centre": _without_password(centre_url),
                        "relinked": linked.relinked,
                    },
                ),
            )
    finally:
        engine.dispose()
    return linked


def _kabupaten_name(conn: province.Conn, code: str) -> str:
    row = conn.execute(
        "SELECT name FROM region WHERE code = %s AND level = 'kabupaten_kota'", (code,)
    ).fetchone()
    if row is None:
        raise province.ProvinceError(province.UNKNOWN_KABUPATEN, code)
    name = str(row[0])
    return name.removeprefix("Kabupaten ")


def _without_password(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
