"""workers keep their finest region; corrections made at the desk stand against re-imports

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26

worker.desa_code now holds the finest region a list gives (a desa, or a kecamatan or a
kabupaten when the desa is empty). Rows imported before kept no region at all when their desa
was empty, and the lists themselves are not stored (import_batch has a file name and a hash):
what they said cannot be recovered here. Re-importing the same list after this upgrade fills
those regions in. What can be repaired here is:

- the name index's copy of each worker's region, made equal to the worker's;
- the standing corrections, rebuilt from the audit trail's correction events, so that a
  correction made before the upgrade is not overwritten by the next import.
"""

import datetime as dt
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FIELDS = ("full_name", "birth_date", "phone", "desa_code")


def upgrade() -> None:
    correction = op.create_table(
        "worker_correction",
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column(
            "field",
            sa.Enum(
                *_FIELDS, name="corrected_field", native_enum=False, create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("value", sa.String(length=120), nullable=True),
        sa.Column("corrected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("operator", sa.String(length=40), nullable=False),
        sa.Column("approver", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["worker.id"],
            name=op.f("fk_worker_correction_worker_id_worker"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("worker_id", "field", name=op.f("pk_worker_correction")),
    )
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE worker_token SET desa_code ="
            " (SELECT worker.desa_code FROM worker WHERE worker.id = worker_token.worker_id)"
        )
    )
    _corrections_from_the_audit_trail(conn, correction)


def _corrections_from_the_audit_trail(conn: sa.Connection, correction: sa.Table) -> None:
    workers = set(conn.execute(sa.text("SELECT id FROM worker")).scalars())
    newest: dict[tuple[int, str], dict[str, object]] = {}
    events = conn.execute(
        sa.text(
            "SELECT at, operator, approver, target, details FROM audit_event"
            " WHERE action = 'correction' ORDER BY seq"
        )
    )
    for at, operator, approver, target, details in events:
        kind, _, number = (target or "").partition(":")
        if kind != "worker" or not number.isdigit() or int(number) not in workers:
            continue
        after = json.loads(details).get("after", {})
        for field, value in after.items():
            if field in _FIELDS:
                newest[(int(number), field)] = {
                    "worker_id": int(number),
                    "field": field,
                    "value": value,
                    "corrected_at": dt.datetime.fromisoformat(at),
                    "operator": operator or "-",
                    "approver": approver,
                }
    if newest:
        conn.execute(sa.insert(correction), list(newest.values()))


def downgrade() -> None:
    op.drop_table("worker_correction")
