"""print jobs, and when a card was first printed

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=16)


def upgrade() -> None:
    with op.batch_alter_table("card") as batch_op:
        batch_op.add_column(sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "print_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("card_serial", sa.BigInteger(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("print_kind", "card", "receipt"), nullable=False),
        sa.Column("printer", sa.String(length=300), nullable=False),
        sa.Column("document", sa.String(length=200), nullable=True),
        sa.Column("status", _enum("job_status", "queued", "sent", "failed"), nullable=False),
        sa.Column("error", sa.String(length=500), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_serial"], ["card.serial"], name=op.f("fk_print_job_card_serial_card")
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["worker.id"], name=op.f("fk_print_job_worker_id_worker")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_job")),
    )
    with op.batch_alter_table("print_job") as batch_op:
        batch_op.create_index(batch_op.f("ix_print_job_card_serial"), ["card_serial"])
        batch_op.create_index(batch_op.f("ix_print_job_worker_id"), ["worker_id"])
        batch_op.create_index(batch_op.f("ix_print_job_status"), ["status"])


def downgrade() -> None:
    op.drop_table("print_job")
    with op.batch_alter_table("card") as batch_op:
        batch_op.drop_column("printed_at")
