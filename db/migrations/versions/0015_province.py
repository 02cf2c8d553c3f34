"""the province: rows owned by the site that made them, targets, a monitor role

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04

Sites (event hubs, branch offices) replicate to a province centre with PostgreSQL's logical
replication (db.cluster.province). Every row a site makes is owned by that site and written
only there:
- `origin` on every table a site writes: the owning site's code; '' is "this database" until
  it is linked to a centre, when the link names it and sets the column's default. At the
  centre those tables are keyed by (origin, id), so ids made at two sites never collide.
- `local_origin`: this database's own code (one row), what the audit chain and the link read.
- `card.kabupaten`: the kabupaten of the card's worker, for the centre's row filter that
  sends a site the cards printed elsewhere for its own workers.
- `site_heartbeat`: each site's newest "alive" mark, replicated with its data: up to when
  the centre knows a site's data.
- `target`: the number of workers each kabupaten is to reach, set at the centre.
- the role `monitor`: the province's staff, counts and charts only.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SITE_OWNED = (
    "site",
    "card",
    "print_job",
    "handover",
    "bast_record",
    "bank_application",
    "bank_account",
    "worker_correction",
    "audit_event",
    "signing_key",
)
_OLD_ROLES = ("petugas", "operator_cetak", "teller", "supervisor", "admin")
_NEW_ROLES = (*_OLD_ROLES, "monitor")


def _roles(values: Sequence[str]) -> str:
    return "role IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def upgrade() -> None:
    for table in SITE_OWNED:
        # A plain ADD COLUMN on every backend: SQLite keeps the audit trail's guards.
        op.add_column(
            table, sa.Column("origin", sa.String(length=40), server_default="", nullable=False)
        )
    op.add_column("card", sa.Column("kabupaten", sa.String(length=5), nullable=True))
    op.execute(
        "UPDATE card SET kabupaten = "
        "(SELECT substr(worker.desa_code, 1, 5) FROM worker WHERE worker.id = card.worker_id)"
    )
    op.create_table(
        "local_origin",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_local_origin_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_origin")),
    )
    op.execute("INSERT INTO local_origin (id, origin, label) VALUES (1, '', '')")
    op.create_table(
        "site_heartbeat",
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("beat_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("origin", name=op.f("pk_site_heartbeat")),
    )
    op.create_table(
        "target",
        sa.Column("kabupaten", sa.String(length=13), nullable=False),
        sa.Column("workers", sa.Integer(), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("set_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("workers >= 0", name=op.f("ck_target_workers_not_negative")),
        sa.ForeignKeyConstraint(
            ["kabupaten"], ["region.code"], name=op.f("fk_target_kabupaten_region")
        ),
        sa.PrimaryKeyConstraint("kabupaten", name=op.f("pk_target")),
    )
    with op.batch_alter_table("operator") as batch_op:
        batch_op.drop_constraint(op.f("ck_operator_role"), type_="check")
        batch_op.create_check_constraint(op.f("ck_operator_role"), _roles(_NEW_ROLES))


def downgrade() -> None:
    monitors = op.get_bind().execute(sa.text("SELECT count(*) FROM operator WHERE role = 'monitor'"))
    if monitors.scalar():
        raise RuntimeError("monitors are recorded: the schema before 0015 has no such role")
    with op.batch_alter_table("operator") as batch_op:
        batch_op.drop_constraint(op.f("ck_operator_role"), type_="check")
        batch_op.create_check_constraint(op.f("ck_operator_role"), _roles(_OLD_ROLES))
    op.drop_table("target")
    op.drop_table("site_heartbeat")
    op.drop_table("local_origin")
    with op.batch_alter_table("card") as batch_op:
        batch_op.drop_column("kabupaten")
    for table in reversed(SITE_OWNED):
        # Not a batch (a copied table on SQLite): the audit trail's guards stay in place.
        op.execute(f"ALTER TABLE {table} DROP COLUMN origin")
