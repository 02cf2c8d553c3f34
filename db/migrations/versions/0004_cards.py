"""printed cards, at most one active per worker

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ACTIVE = sa.text("status = 'active'")


def upgrade() -> None:
    op.create_table(
        "card",
        sa.Column("serial", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=8), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "replaced",
                "voided",
                name="card_status",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("replaces_serial", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["worker.id"], name=op.f("fk_card_worker_id_worker")
        ),
        sa.PrimaryKeyConstraint("serial", name=op.f("pk_card")),
    )
    with op.batch_alter_table("card") as batch_op:
        batch_op.create_index(batch_op.f("ix_card_worker_id"), ["worker_id"], unique=False)
        batch_op.create_index(
            "ix_card_one_active_per_worker",
            ["worker_id"],
            unique=True,
            sqlite_where=_ACTIVE,
            postgresql_where=_ACTIVE,
        )


def downgrade() -> None:
    with op.batch_alter_table("card") as batch_op:
        batch_op.drop_index("ix_card_one_active_per_worker")
        batch_op.drop_index(batch_op.f("ix_card_worker_id"))
    op.drop_table("card")
