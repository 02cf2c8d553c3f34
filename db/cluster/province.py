"""The province: sites (event hubs, branch offices) and a centre, linked both ways with
PostgreSQL's own logical replication. No sync protocol of our own: publications with row
filters, subscriptions, replication slots, and a few ALWAYS triggers.

PostgreSQL 15 has row filters but not `origin = none`, so a row applied from a site would
be published again by the centre, back to the site that made it. The design never lets
that happen:
- every row a site writes carries its site's code (`origin`, migration 0015) and is written
  only there; a site publishes only its own rows (publication `kiosk_centre`, filter
  origin = its code);
- the centre publishes to each site in a publication of that site's own (`kiosk_to_<slug>`):
  regions, targets, the workers of the site's kabupaten, and the cards and signing keys of
  every *other* origin (cards only for that kabupaten). Nothing a site made comes back;
- the centre keys the site-owned tables by (origin, id), so ids of two sites never collide,
  and it has none of the unique indexes two sites could each satisfy on their own: a
  worker handed over at two sites is applied and shown as a double, never an apply error;
- a site applies what the centre sends through BEFORE INSERT triggers enabled ALWAYS (they
  fire in the apply and table-sync workers): a row it already has is updated (regions,
  targets, workers) or kept (cards, keys) instead of stopping the apply on its primary key.

The centre cannot open a connection to a hub behind mobile NAT. The site's subscription to
the centre dials out as any client does; the centre's subscription to the site connects to
an address the site makes reachable from the centre: a reverse tunnel the site opens
(`ssh -R 127.0.0.1:6011:localhost:5432 tunnel@centre`), given as `reach` when linking.

PostgreSQL 15 does not carry logical slots to a promoted standby. Re-linking a promoted
hub makes the slot anew and the centre replaces that site's rows by a fresh copy of them:
nothing lost (the standby was synchronous), nothing doubled (the old rows are gone first).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeAlias

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from db.models import CENTRE_ORIGIN

Conn: TypeAlias = "psycopg.Connection[Any]"

SITE_PUBLICATION = "kiosk_centre"
SITE_SUBSCRIPTION = "kiosk_from_centre"
PROVINCE_SCHEMA = "province"
LINK_ROLE = "kiosk_link"

# Tables a site writes, with their primary keys at a site. At the centre: (origin, *keys).
SITE_OWNED: dict[str, tuple[str, ...]] = {
    "site": ("id",),
    "card": ("serial",),
    "print_job": ("id",),
    "handover": ("id",),
    "bast_record": ("id",),
    "bank_application": ("id",),
    "bank_account": ("id",),
    "worker_correction": ("worker_id", "field"),
    "audit_event": ("seq",),
    "signing_key": ("key_id",),
}
HEARTBEAT = "site_heartbeat"
# What the centre sends a site, and how the site takes a row it already has.
UPSERTED = ("region", "target", "worker")
KEPT = ("card", "signing_key")

# A site keeps WAL for an absent centre up to this much, unless the disk is smaller.
WAL_KEEP_MAX_MB = 8192
WAL_KEEP_DISK_SHARE = 0.25
# The status warns when the slot may take less than this share of its bound more.
WAL_WARN_SHARE = 0.5

_ORIGIN = re.compile(r"^[0-9]{2}\.[0-9]{2}/[0-9a-f]{6}$|^pusat$")
_KABUPATEN = re.compile(r"^53\.[0-9]{2}$")


class ProvinceError(RuntimeError):
    """A link or a centre that cannot be made as asked; problem is one of the names below."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem
        self.detail = detail


NOT_A_CENTRE = "not_a_centre"  # the URL's database was not prepared as the centre
IS_A_CENTRE = "is_a_centre"  # a centre cannot be linked to another as a site
NEEDS_LOGICAL_WAL = "needs_logical_wal"  # wal_level must be logical (a restart)
UNKNOWN_KABUPATEN = "unknown_kabupaten"
FOREIGN_WORKERS = "foreign_workers"  # the site holds workers the centre does not have
NOT_SUPERUSER = "not_superuser"  # PostgreSQL 15: only a superuser creates subscriptions
LINKED_ELSEWHERE = "linked_elsewhere"  # the site is linked for another kabupaten


class Direction(enum.StrEnum):
    TO_CENTRE = "to_centre"  # at a site: its rows on their way to the centre
    FROM_CENTRE = "from_centre"  # at a site: the centre's rows on their way here
    FROM_SITE = "from_site"  # at the centre: a site's rows on their way here
    TO_SITE = "to_site"  # at the centre: rows on their way to a site


@dataclass(frozen=True)
class LinkStatus:
    """One direction of one link, as this database sees it."""

    site: str  # the site's label ("Hub Sumba Timur"), or the centre's
    origin: str
    direction: Direction
    connected: bool
    last_contact: dt.datetime | None  # aware UTC; None: never
    lag_seconds: float | None  # None: not known from here
    lag_rows: int | None  # changes waiting; None: not known from here
    retained_wal_bytes: int | None  # WAL kept here for this link (a slot here)
    wal_keep_bytes: int | None  # the bound on it (max_slot_wal_keep_size)
    wal_status: str | None  # reserved / extended / unreserved / lost
    data_until: dt.datetime | None = None  # at the centre: the site's heartbeat

    @property
    def wal_warning(self) -> bool:
        """Long before the disk fills: half the bound used, or WAL already given up."""
        if self.wal_status in ("unreserved", "lost"):
            return True
        if self.retained_wal_bytes is None or not self.wal_keep_bytes:
            return False
        return self.retained_wal_bytes > self.wal_keep_bytes * WAL_WARN_SHARE


def slug(origin: str) -> str:
    return re.sub(r"[^0-9a-z]", "_", origin.lower())


def site_slot(origin: str) -> str:
    """At the site: the slot the centre's subscription reads."""
    return f"kiosk_centre_{slug(origin)}"


def centre_publication(origin: str) -> str:
    return f"kiosk_to_{slug(origin)}"


def centre_slot(origin: str) -> str:
    """At the centre: the slot the site's subscription reads."""
    return f"kiosk_site_{slug(origin)}"


def centre_subscription(origin: str) -> str:
    return f"kiosk_from_{slug(origin)}"


def is_origin(text: str) -> bool:
    return bool(_ORIGIN.match(text))


def is_kabupaten(text: str) -> bool:
    return bool(_KABUPATEN.match(text))


def libpq(url: str) -> str:
    """A libpq conninfo from a kiosk database URL (postgresql+psycopg://…)."""
    return make_conninfo(re.sub(r"^postgresql\+psycopg://", "postgresql://", url))


def connect(url: str) -> Conn:
    return psycopg.connect(libpq(url), autocommit=True, connect_timeout=10)


@contextmanager
def _transaction(conn: Conn) -> Iterator[None]:
    """One transaction in which triggers other than ALWAYS ones sleep: the audit trail's
    guards let a link name the rows' origin (a superuser only)."""
    with conn.transaction():
        conn.execute("SET LOCAL session_replication_role = replica")
        yield


def _is_superuser(conn: Conn) -> bool:
    return bool(_one(conn, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))


def _one(conn: Conn, query: str, *params: object) -> Any:
    row = conn.execute(query, params).fetchone()
    return None if row is None else row[0]


def local_origin(conn: Conn) -> tuple[str, str]:
    row = conn.execute("SELECT origin, label FROM local_origin WHERE id = 1").fetchone()
    return ("", "") if row is None else (str(row[0]), str(row[1]))


def _name_origin(conn: Conn, origin: str, label: str) -> None:
    """Rows made before the link become this origin's; new rows are, by default."""
    for table in (*SITE_OWNED, HEARTBEAT):
        if table != HEARTBEAT:
            conn.execute(
                sql.SQL("UPDATE {} SET origin = %s WHERE origin = ''").format(
                    sql.Identifier(table)
                ),
                (origin,),
            )
            conn.execute(
                sql.SQL("ALTER TABLE {} ALTER COLUMN origin SET DEFAULT {}").format(
                    sql.Identifier(table), sql.Literal(origin)
                )
            )
    conn.execute("UPDATE local_origin SET origin = %s, label = %s WHERE id = 1", (origin, label))


# -- the centre ------------------------------------------------------------------------


def prepare_centre(conn: Conn, label: str) -> bool:
    """Make a migrated kiosk database the province's centre (as a superuser); True when it
    was done now, False when it already was one. Idempotent."""
    if not _is_superuser(conn):
        raise ProvinceError(NOT_SUPERUSER)
    origin, _ = local_origin(conn)
    if origin == CENTRE_ORIGIN:
        return False
    if origin:
        raise ProvinceError(LINKED_ELSEWHERE, origin)
    tables = list(SITE_OWNED)
    with _transaction(conn):
        _name_origin(conn, CENTRE_ORIGIN, label)
        # Foreign keys into or out of site-owned tables: ids are only unique per origin.
        for table, name in conn.execute(
            "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c"
            " WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY(%s)"
            " OR c.confrelid::regclass::text = ANY(%s))",
            (tables, tables),
        ).fetchall():
            conn.execute(
                sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(
                    sql.Identifier(str(table)), sql.Identifier(str(name))
                )
            )
        for table in tables:
            # Unique constraints and indexes that two sites could each satisfy alone.
            for (name,) in conn.execute(
                "SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass"
                " AND contype IN ('u', 'p')",
                (table,),
            ).fetchall():
                conn.execute(
                    sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(
                        sql.Identifier(table), sql.Identifier(str(name))
                    )
                )
            for (name,) in conn.execute(
                "SELECT i.indexrelid::regclass::text FROM pg_index i"
                " WHERE i.indrelid = %s::regclass AND i.indisunique",
                (table,),
            ).fetchall():
                conn.execute(sql.SQL("DROP INDEX {}").format(sql.Identifier(str(name))))
            keys = ("origin", *SITE_OWNED[table])
            conn.execute(
                sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY ({})").format(
                    sql.Identifier(table),
                    sql.Identifier(f"pk_{table}"),
                    sql.SQL(", ").join(map(sql.Identifier, keys)),
                )
            )
        for table in ("region", "target", "worker", "card", "signing_key"):
            conn.execute(
                sql.SQL("ALTER TABLE {} REPLICA IDENTITY FULL").format(sql.Identifier(table))
            )
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {PROVINCE_SCHEMA}")
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {PROVINCE_SCHEMA}.site ("
            " origin text PRIMARY KEY, label text NOT NULL, kabupaten text NOT NULL,"
            " reach text NOT NULL, linked_at timestamptz NOT NULL,"
            " relinked_at timestamptz)"
        )
    return True


def _check_centre(centre: Conn) -> None:
    if not _is_superuser(centre):
        raise ProvinceError(NOT_SUPERUSER)
    try:
        origin, _ = local_origin(centre)
    except psycopg.errors.UndefinedTable as error:
        raise ProvinceError(NOT_A_CENTRE) from error
    if origin != CENTRE_ORIGIN:
        raise ProvinceError(NOT_A_CENTRE, origin)


# -- a site ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Reach:
    """Where the centre finds the site: the far end of the site's tunnel, as the centre's
    server sees it (127.0.0.1 on the centre when it is an `ssh -R` tunnel)."""

    host: str
    port: int


@dataclass(frozen=True)
class Linked:
    origin: str
    label: str
    kabupaten: str
    relinked: bool  # the centre replaced the site's rows by a fresh copy (after a failover)
    workers: int  # the kabupaten's workers the centre holds
    kabupaten_name: str = ""  # "Sumba Timur"


def new_origin(kabupaten: str, token: str) -> str:
    return f"{kabupaten}/{token}"


def link_site(
    site: Conn,
    centre: Conn,
    *,
    centre_conninfo: str,
    site_conninfo_for_centre: str,
    kabupaten: str,
    label: str,
    reach: Reach,
    token: str,
    wal_keep_mb: int,
) -> Linked:
    """Link the site (a superuser connection to its kiosk database) to the centre (a
    superuser connection), both ways. Run again on a promoted standby to re-link."""
    if not is_kabupaten(kabupaten):
        raise ProvinceError(UNKNOWN_KABUPATEN, kabupaten)
    if not _is_superuser(site):
        raise ProvinceError(NOT_SUPERUSER, "site")
    _check_centre(centre)
    if _one(site, "SHOW wal_level") != "logical":
        raise ProvinceError(NEEDS_LOGICAL_WAL)
    origin, _ = local_origin(site)
    if origin == CENTRE_ORIGIN:
        raise ProvinceError(IS_A_CENTRE)
    name = _one(
        centre,
        "SELECT name FROM region WHERE code = %s AND level = 'kabupaten_kota'",
        kabupaten,
    )
    if name is None:
        raise ProvinceError(UNKNOWN_KABUPATEN, kabupaten)
    if origin and not origin.startswith(kabupaten + "/"):
        raise ProvinceError(LINKED_ELSEWHERE, origin)
    _check_workers(site, centre)
    origin = origin or new_origin(kabupaten, token)
    _prepare_site(site, origin, label, wal_keep_mb)
    relinked = _link_to_centre(
        site, centre, origin, label, kabupaten, reach, site_conninfo_for_centre
    )
    _link_from_centre(site, centre, origin, kabupaten, centre_conninfo)
    workers = _one(centre, "SELECT count(*) FROM worker WHERE left(desa_code, 5) = %s", kabupaten)
    return Linked(origin, label, kabupaten, relinked, int(workers or 0))


def _check_workers(site: Conn, centre: Conn) -> None:
    """A site's own workers must be the centre's, id for id: the registry is imported at
    the centre, and a site that imported its own list cannot take the centre's."""
    rows = site.execute("SELECT id, nik FROM worker").fetchall()
    if not rows:
        return
    ids = [int(r[0]) for r in rows]
    niks = [str(r[1]) for r in rows]
    missing = _one(
        centre,
        "SELECT count(*) FROM unnest(%s::int[], %s::text[]) AS s(id, nik)"
        " WHERE NOT EXISTS (SELECT 1 FROM worker w WHERE w.id = s.id AND w.nik = s.nik)",
        ids,
        niks,
    )
    if missing:
        raise ProvinceError(FOREIGN_WORKERS, str(missing))


def _prepare_site(site: Conn, origin: str, label: str, wal_keep_mb: int) -> None:
    with _transaction(site):
        _name_origin(site, origin, label)
        site.execute(
            "INSERT INTO site_heartbeat (origin, label, beat_at) VALUES (%s, %s, now())"
            " ON CONFLICT (origin) DO UPDATE SET label = excluded.label, beat_at = now()",
            (origin, label),
        )
        # One active card per worker among the cards printed here; a card printed at
        # another site for the same worker (a double) arrives beside it.
        site.execute("DROP INDEX IF EXISTS ix_card_one_active_per_worker")
        site.execute(
            sql.SQL(
                "CREATE UNIQUE INDEX ix_card_one_active_per_worker ON card (worker_id)"
                " WHERE status = 'active' AND origin = {}"
            ).format(sql.Literal(origin))
        )
        for table in (*SITE_OWNED, HEARTBEAT):
            site.execute(
                sql.SQL("ALTER TABLE {} REPLICA IDENTITY FULL").format(sql.Identifier(table))
            )
        site.execute("CREATE SCHEMA IF NOT EXISTS hub")
        site.execute(
            f"CREATE TABLE IF NOT EXISTS {CONTACT_TABLE} (direction text PRIMARY KEY,"
            " seen_at timestamptz NOT NULL)"
        )
        for table in UPSERTED:
            _apply_trigger(site, table, update=True)
        for table in KEPT:
            _apply_trigger(site, table, update=False)
        exists = _one(site, "SELECT 1 FROM pg_publication WHERE pubname = %s", SITE_PUBLICATION)
        if not exists:
            mine = sql.SQL("WHERE (origin = {})").format(sql.Literal(origin))
            # Of the keys, only its desks' own: a key imported here is another site's, which
            # reaches the centre from that site.
            own_keys = sql.SQL("WHERE (origin = {} AND source = 'desk')").format(
                sql.Literal(origin)
            )
            site.execute(
                sql.SQL("CREATE PUBLICATION {} FOR TABLE {}").format(
                    sql.Identifier(SITE_PUBLICATION),
                    sql.SQL(", ").join(
                        sql.SQL("{} {}").format(
                            sql.Identifier(t), own_keys if t == "signing_key" else mine
                        )
                        for t in (*SITE_OWNED, HEARTBEAT)
                    ),
                )
            )
        _keep_site_state(site)
    site.execute(
        sql.SQL("ALTER SYSTEM SET max_slot_wal_keep_size = {}").format(
            sql.Literal(f"{wal_keep_mb}MB")
        )
    )
    site.execute("SELECT pg_reload_conf()")


def _keep_site_state(conn: Conn) -> None:
    """What the site itself changed on a worker stands when the centre's row arrives: the
    status its desks set (card printed, handed over) and the fields a desk corrected."""
    conn.execute(
        "CREATE OR REPLACE FUNCTION kiosk_keep_site_state() RETURNS trigger LANGUAGE plpgsql"
        " SET search_path = public AS $body$ BEGIN"
        " IF current_setting('session_replication_role') = 'replica' THEN"
        " NEW.status := OLD.status;"
        " IF EXISTS (SELECT 1 FROM worker_correction c WHERE c.worker_id = OLD.id"
        "   AND c.field = 'full_name') THEN"
        "   NEW.full_name := OLD.full_name; NEW.name_key := OLD.name_key; END IF;"
        " IF EXISTS (SELECT 1 FROM worker_correction c WHERE c.worker_id = OLD.id"
        "   AND c.field = 'birth_date') THEN NEW.birth_date := OLD.birth_date; END IF;"
        " IF EXISTS (SELECT 1 FROM worker_correction c WHERE c.worker_id = OLD.id"
        "   AND c.field = 'phone') THEN NEW.phone := OLD.phone; END IF;"
        " IF EXISTS (SELECT 1 FROM worker_correction c WHERE c.worker_id = OLD.id"
        "   AND c.field = 'desa_code') THEN NEW.desa_code := OLD.desa_code; END IF;"
        " END IF; RETURN NEW; END $body$"
    )
    conn.execute("DROP TRIGGER IF EXISTS kiosk_keep_site_state ON worker")
    conn.execute(
        "CREATE TRIGGER kiosk_keep_site_state BEFORE UPDATE ON worker FOR EACH ROW"
        " EXECUTE FUNCTION kiosk_keep_site_state()"
    )
    conn.execute("ALTER TABLE worker ENABLE ALWAYS TRIGGER kiosk_keep_site_state")


def _apply_trigger(conn: Conn, table: str, *, update: bool) -> None:
    """BEFORE INSERT, enabled ALWAYS: a row the site already has is updated (or kept) in
    place of a primary-key error that would stop the apply worker."""
    keys = [
        str(r[0])
        for r in conn.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
            " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
            " WHERE i.indrelid = %s::regclass AND i.indisprimary ORDER BY a.attnum",
            (table,),
        ).fetchall()
    ]
    columns = [
        str(r[0])
        for r in conn.execute(
            "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0"
            " AND NOT attisdropped ORDER BY attnum",
            (table,),
        ).fetchall()
        if str(r[0]) not in keys
    ]
    match = sql.SQL(" AND ").join(
        sql.SQL("{} = NEW.{}").format(sql.Identifier(k), sql.Identifier(k)) for k in keys
    )
    if update and columns:
        then = sql.SQL("UPDATE {} SET ({}) = ROW({}) WHERE {};").format(
            sql.Identifier(table),
            sql.SQL(", ").join(map(sql.Identifier, columns)),
            sql.SQL(", ").join(sql.SQL("NEW.{}").format(sql.Identifier(c)) for c in columns),
            match,
        )
    else:
        then = sql.Composed([])
    function = sql.Identifier(f"kiosk_apply_{table}")
    conn.execute(
        sql.SQL(
            # The apply workers run with an empty search_path.
            "CREATE OR REPLACE FUNCTION {}() RETURNS trigger LANGUAGE plpgsql"
            " SET search_path = public AS $body$"
            " BEGIN IF EXISTS (SELECT 1 FROM {} WHERE {}) THEN {} RETURN NULL; END IF;"
            " RETURN NEW; END $body$"
        ).format(function, sql.Identifier(table), match, then)
    )
    conn.execute(sql.SQL("DROP TRIGGER IF EXISTS kiosk_apply ON {}").format(sql.Identifier(table)))
    conn.execute(
        sql.SQL(
            "CREATE TRIGGER kiosk_apply BEFORE INSERT ON {} FOR EACH ROW EXECUTE FUNCTION {}()"
        ).format(sql.Identifier(table), function)
    )
    conn.execute(
        sql.SQL("ALTER TABLE {} ENABLE ALWAYS TRIGGER kiosk_apply").format(sql.Identifier(table))
    )


def _link_to_centre(
    site: Conn,
    centre: Conn,
    origin: str,
    label: str,
    kabupaten: str,
    reach: Reach,
    site_conninfo: str,
) -> bool:
    """The site's slot, and the centre's subscription reading it. True when the centre's
    copy of the site's rows was replaced (the slot had to be made anew: a promoted hub)."""
    slot = site_slot(origin)
    state = _one(site, "SELECT wal_status FROM pg_replication_slots WHERE slot_name = %s", slot)
    if state == "lost":
        # Away past max_slot_wal_keep_size: the WAL it needed is gone. Made anew, as after
        # a failover: the centre takes a fresh copy of this site's rows.
        site.execute("SELECT pg_drop_replication_slot(%s)", (slot,))
        state = None
    had_slot = state is not None
    if not had_slot:
        site.execute("SELECT pg_create_logical_replication_slot(%s, 'pgoutput')", (slot,))
    subscription = centre_subscription(origin)
    existing = _one(centre, "SELECT subname FROM pg_subscription WHERE subname = %s", subscription)
    centre.execute(
        f"INSERT INTO {PROVINCE_SCHEMA}.site (origin, label, kabupaten, reach, linked_at)"
        " VALUES (%s, %s, %s, %s, now()) ON CONFLICT (origin) DO UPDATE SET"
        " label = excluded.label, reach = excluded.reach",
        (origin, label, kabupaten, f"{reach.host}:{reach.port}"),
    )
    conninfo = make_conninfo(
        site_conninfo, host=reach.host, port=str(reach.port), application_name=subscription
    )
    if existing and had_slot:
        # Linked again with the same slot: a new tunnel's address is taken.
        centre.execute(
            sql.SQL("ALTER SUBSCRIPTION {} CONNECTION {}").format(
                sql.Identifier(subscription), sql.Literal(conninfo)
            )
        )
        centre.execute(sql.SQL("ALTER SUBSCRIPTION {} ENABLE").format(sql.Identifier(subscription)))
        return False
    relinked = bool(existing)
    if existing:
        # The slot it read is gone with the old hub: let go of it, then start over.
        centre.execute(
            sql.SQL("ALTER SUBSCRIPTION {} DISABLE").format(sql.Identifier(subscription))
        )
        centre.execute(
            sql.SQL("ALTER SUBSCRIPTION {} SET (slot_name = NONE)").format(
                sql.Identifier(subscription)
            )
        )
        centre.execute(sql.SQL("DROP SUBSCRIPTION {}").format(sql.Identifier(subscription)))
    with _transaction(centre):
        # Whatever of this site the centre holds is replaced by the copy that follows.
        for table in (*SITE_OWNED, HEARTBEAT):
            centre.execute(
                sql.SQL("DELETE FROM {} WHERE origin = %s").format(sql.Identifier(table)),
                (origin,),
            )
        if relinked:
            centre.execute(
                f"UPDATE {PROVINCE_SCHEMA}.site SET relinked_at = now() WHERE origin = %s",
                (origin,),
            )
    centre.execute(
        sql.SQL(
            "CREATE SUBSCRIPTION {} CONNECTION {} PUBLICATION {}"
            " WITH (create_slot = false, slot_name = {}, copy_data = true)"
        ).format(
            sql.Identifier(subscription),
            sql.Literal(conninfo),
            sql.Identifier(SITE_PUBLICATION),
            sql.Literal(slot),
        )
    )
    return relinked


def _link_from_centre(
    site: Conn,
    centre: Conn,
    origin: str,
    kabupaten: str,
    centre_conninfo: str,
) -> None:
    """The centre's publication for this site, and the site's subscription to it."""
    publication = centre_publication(origin)
    if not _one(centre, "SELECT 1 FROM pg_publication WHERE pubname = %s", publication):
        others = sql.SQL("origin <> {}").format(sql.Literal(origin))
        centre.execute(
            sql.SQL(
                "CREATE PUBLICATION {} FOR TABLE region, target,"
                " worker WHERE (left(desa_code, 5) = {}),"
                " card WHERE ({} AND kabupaten = {}),"
                " signing_key WHERE ({})"
            ).format(
                sql.Identifier(publication),
                sql.Literal(kabupaten),
                others,
                sql.Literal(kabupaten),
                others,
            )
        )
    slot = centre_slot(origin)
    lost = _one(centre, "SELECT wal_status FROM pg_replication_slots WHERE slot_name = %s", slot)
    subscribed = _one(site, "SELECT 1 FROM pg_subscription WHERE subname = %s", SITE_SUBSCRIPTION)
    if subscribed and lost == "lost":
        # The centre gave up the WAL this site needed: subscribe anew, copying the
        # centre's rows again (rows the site has are updated or kept by its triggers).
        for step in ("DISABLE", "SET (slot_name = NONE)"):
            site.execute(
                sql.SQL("ALTER SUBSCRIPTION {} " + step).format(sql.Identifier(SITE_SUBSCRIPTION))
            )
        site.execute(sql.SQL("DROP SUBSCRIPTION {}").format(sql.Identifier(SITE_SUBSCRIPTION)))
        subscribed = None
    if subscribed:
        # A promoted standby holds the old hub's subscription: the centre's slot is
        # still there, and the origin's progress came over with the WAL. The centre's
        # address may have changed since.
        site.execute(
            sql.SQL("ALTER SUBSCRIPTION {} CONNECTION {}").format(
                sql.Identifier(SITE_SUBSCRIPTION),
                sql.Literal(make_conninfo(centre_conninfo, application_name=centre_slot(origin))),
            )
        )
        site.execute(
            sql.SQL("ALTER SUBSCRIPTION {} ENABLE").format(sql.Identifier(SITE_SUBSCRIPTION))
        )
        return
    if _one(centre, "SELECT 1 FROM pg_replication_slots WHERE slot_name = %s", slot):
        centre.execute("SELECT pg_drop_replication_slot(%s)", (slot,))
    # Its own name at the centre's end, where every site's subscription arrives.
    conninfo = make_conninfo(centre_conninfo, application_name=slot)
    site.execute(
        sql.SQL(
            # synchronous_commit: the centre hears "applied" only once the hub's standby
            # has it too, so a promoted standby misses nothing the centre sent.
            "CREATE SUBSCRIPTION {} CONNECTION {} PUBLICATION {}"
            " WITH (slot_name = {}, copy_data = true, synchronous_commit = 'on')"
        ).format(
            sql.Identifier(SITE_SUBSCRIPTION),
            sql.Literal(conninfo),
            sql.Identifier(publication),
            sql.Literal(slot),
        )
    )


def beat(conn: Conn) -> bool:
    """The site's heartbeat (by the hub's watchdog); False when not linked."""
    origin, _ = local_origin(conn)
    if not origin or origin == CENTRE_ORIGIN:
        return False
    conn.execute("UPDATE site_heartbeat SET beat_at = now() WHERE origin = %s", (origin,))
    return True


# -- status ----------------------------------------------------------------------------


def _keep_bytes(conn: Conn) -> int | None:
    value = _one(
        conn,
        "SELECT setting::bigint * 1024 * 1024 FROM pg_settings"
        " WHERE name = 'max_slot_wal_keep_size'",
    )
    return None if value is None or int(value) < 0 else int(value)


@dataclass(frozen=True)
class _Slot:
    active: bool
    retained: int
    wal_status: str | None


def _slot(conn: Conn, name: str) -> _Slot | None:
    row = conn.execute(
        "SELECT active, pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint, wal_status"
        " FROM pg_replication_slots WHERE slot_name = %s",
        (name,),
    ).fetchone()
    if row is None:
        return None
    return _Slot(bool(row[0]), int(row[1] or 0), None if row[2] is None else str(row[2]))


def pending_changes(conn: Conn, slot: str, publication: str) -> int | None:
    """Rows inserted, updated or deleted that the slot still holds for its reader: decoded
    by pgoutput without consuming them. None while the reader is connected (the slot is
    busy) or the slot is gone."""
    try:
        value = _one(
            conn,
            "SELECT count(*) FROM pg_logical_slot_peek_binary_changes(%s, NULL, NULL,"
            " 'proto_version', '1', 'publication_names', %s)"
            " WHERE get_byte(data, 0) IN (73, 85, 68)"  # 'I', 'U', 'D'
            # ... but not the heartbeat's update every 2 s: it is no row of the site's work.
            " AND substring(data FROM 2 FOR 4)"
            " <> int4send('public.site_heartbeat'::regclass::oid::int4)",
            slot,
            publication,
        )
    except psycopg.Error:
        return None
    return int(value or 0)


def rows_not_at_centre(site: Conn, origin: str) -> int | None:
    """Rows this site made that the centre does not hold yet, table by table, asked of the
    centre over the site's own subscription's connection. None when it cannot be asked."""
    conninfo = _one(
        site, "SELECT subconninfo FROM pg_subscription WHERE subname = %s", SITE_SUBSCRIPTION
    )
    if conninfo is None:
        return None
    query = sql.SQL(" UNION ALL ").join(
        sql.SQL("SELECT {}, count(*) FROM {} WHERE origin = %(o)s").format(
            sql.Literal(table), sql.Identifier(table)
        )
        for table in SITE_OWNED
    )
    try:
        with psycopg.connect(str(conninfo), autocommit=True, connect_timeout=3) as centre:
            there: dict[str, int] = {
                str(t): int(n) for t, n in centre.execute(query, {"o": origin}).fetchall()
            }
    except psycopg.Error:
        return None
    here = {str(t): int(n) for t, n in site.execute(query, {"o": origin}).fetchall()}
    return sum(max(0, n - there.get(t, 0)) for t, n in here.items())


def _walsender(conn: Conn, application: str) -> tuple[dt.datetime | None, float] | None:
    row = conn.execute(
        "SELECT reply_time, coalesce(extract(epoch FROM replay_lag), 0)"
        " FROM pg_stat_replication WHERE application_name = %s AND state = 'streaming'",
        (application,),
    ).fetchone()
    return None if row is None else (row[0], float(row[1]))


def _subscription(conn: Conn, name: str) -> tuple[bool, dt.datetime | None, float | None] | None:
    """(connected, last message received, seconds behind) of a subscription here."""
    row = conn.execute(
        "SELECT s.pid IS NOT NULL, s.last_msg_receipt_time,"
        " extract(epoch FROM (s.last_msg_receipt_time - s.last_msg_send_time))"
        " FROM pg_subscription p LEFT JOIN pg_stat_subscription s"
        " ON s.subid = p.oid AND s.relid IS NULL WHERE p.subname = %s",
        (name,),
    ).fetchone()
    if row is None:
        return None
    return bool(row[0]), row[1], None if row[2] is None else max(0.0, float(row[2]))


def site_status(site: Conn, now: dt.datetime) -> list[LinkStatus]:
    """Both directions of this site's link, from the site's side (the centre need not be
    reachable). Empty when the site is not linked."""
    if _one(site, "SELECT pg_is_in_recovery()"):
        return []  # a standby: its hub links; once promoted, it links again
    origin, label = local_origin(site)
    if not origin or origin == CENTRE_ORIGIN:
        return []
    keep = _keep_bytes(site)
    seen = _last_contacts(site)
    links = []
    slot = _slot(site, site_slot(origin))
    sender = _walsender(site, centre_subscription(origin))
    connected = sender is not None
    if connected:
        pending = rows_not_at_centre(site, origin)
    else:
        pending = pending_changes(site, site_slot(origin), SITE_PUBLICATION)
    contact = sender[0] if sender else seen.get(Direction.TO_CENTRE)
    links.append(
        LinkStatus(
            site=label,
            origin=origin,
            direction=Direction.TO_CENTRE,
            connected=connected,
            last_contact=contact,
            lag_seconds=(sender[1] if sender else _since(now, contact)),
            lag_rows=pending,
            retained_wal_bytes=None if slot is None else slot.retained,
            wal_keep_bytes=keep,
            wal_status=None if slot is None else slot.wal_status,
        )
    )
    sub = _subscription(site, SITE_SUBSCRIPTION)
    if sub is not None:
        up, received, behind = sub
        contact = received if up and received else seen.get(Direction.FROM_CENTRE)
        links.append(
            LinkStatus(
                site=label,
                origin=origin,
                direction=Direction.FROM_CENTRE,
                connected=up,
                last_contact=contact,
                lag_seconds=behind if up else _since(now, contact),
                lag_rows=None,
                retained_wal_bytes=None,
                wal_keep_bytes=None,
                wal_status=None,
            )
        )
    return links


def centre_status(centre: Conn, now: dt.datetime) -> list[LinkStatus]:
    """Every linked site, both directions, from the centre's side."""
    keep = _keep_bytes(centre)
    rows = centre.execute(
        f"SELECT s.origin, s.label, h.beat_at FROM {PROVINCE_SCHEMA}.site s"
        " LEFT JOIN site_heartbeat h ON h.origin = s.origin ORDER BY s.label, s.origin"
    ).fetchall()
    links = []
    for origin, label, beat_at in rows:
        origin, label = str(origin), str(label)
        sub = _subscription(centre, centre_subscription(origin))
        up, received, _behind = sub if sub is not None else (False, None, None)
        links.append(
            LinkStatus(
                site=label,
                origin=origin,
                direction=Direction.FROM_SITE,
                connected=up,
                last_contact=received if up and received else beat_at,
                lag_seconds=_since(now, beat_at),
                lag_rows=None,
                retained_wal_bytes=None,
                wal_keep_bytes=None,
                wal_status=None,
                data_until=beat_at,
            )
        )
        slot = _slot(centre, centre_slot(origin))
        sender = _walsender(centre, centre_slot(origin))
        active = slot is not None and slot.active
        links.append(
            LinkStatus(
                site=label,
                origin=origin,
                direction=Direction.TO_SITE,
                connected=active,
                last_contact=sender[0] if (active and sender) else None,
                lag_seconds=None,
                lag_rows=None
                if active
                else pending_changes(centre, centre_slot(origin), centre_publication(origin)),
                retained_wal_bytes=None if slot is None else slot.retained,
                wal_keep_bytes=keep,
                wal_status=None if slot is None else slot.wal_status,
            )
        )
    return links


def _since(now: dt.datetime, then: dt.datetime | None) -> float | None:
    return None if then is None else max(0.0, (now - then).total_seconds())


# The hub's watchdog notes when it saw each direction connected, so that the status can
# say "last contact" after the link went down (PostgreSQL forgets it with the connection).
CONTACT_TABLE = "hub.link_contact"


def _last_contacts(conn: Conn) -> dict[Direction, dt.datetime]:
    try:
        rows = conn.execute(f"SELECT direction, seen_at FROM {CONTACT_TABLE}").fetchall()
    except psycopg.errors.UndefinedTable:
        return {}
    return {Direction(str(r[0])): r[1] for r in rows}


def note_contacts(conn: Conn) -> None:
    """Record the directions connected now (the watchdog, every few seconds)."""
    origin, _ = local_origin(conn)
    if not origin or origin == CENTRE_ORIGIN:
        return
    up = []
    if _walsender(conn, centre_subscription(origin)) is not None:
        up.append(Direction.TO_CENTRE.value)
    sub = _subscription(conn, SITE_SUBSCRIPTION)
    if sub is not None and sub[0]:
        up.append(Direction.FROM_CENTRE.value)
    for direction in up:
        conn.execute(
            f"INSERT INTO {CONTACT_TABLE} VALUES (%s, now())"
            " ON CONFLICT (direction) DO UPDATE SET seen_at = now()",
            (direction,),
        )


def conninfo_user(conninfo: str) -> str:
    return str(conninfo_to_dict(conninfo).get("user", ""))


def table_names() -> Sequence[str]:
    return (*SITE_OWNED, HEARTBEAT)
