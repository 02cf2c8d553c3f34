"""a record of each BAST written, so that files are purged only after their event's BAST

Revision ID: 0010
Revises: 0007
Create Date: 2026-11-26

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bast_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["site.id"], name=op.f("fk_bast_record_event_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bast_record")),
    )
    op.create_index(op.f("ix_bast_record_event_id"), "bast_record", ["event_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_bast_record_event_id"), table_name="bast_record")
    op.drop_table("bast_record")
