"""handovers: a card given to its worker, signed for

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_VALID = sa.text("voided_at IS NULL")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=16)


def upgrade() -> None:
    op.create_table(
        "handover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("card_serial", sa.BigInteger(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind", _enum("handover_kind", "signed", "thumbprint", "representative"), nullable=False
        ),
        sa.Column("document", _enum("id_document", "ktp", "kk", "other"), nullable=False),
        sa.Column("signature_json", sa.Text(), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=False),
        sa.Column("witness_name", sa.String(length=120), nullable=True),
        sa.Column("representative_name", sa.String(length=120), nullable=True),
        sa.Column("representative_nik", sa.String(length=16), nullable=True),
        sa.Column("relationship", sa.String(length=60), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("site", sa.String(length=120), nullable=False),
        sa.Column("device", sa.String(length=120), nullable=False),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("handed_over_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by", sa.String(length=64), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["card_serial"], ["card.serial"], name=op.f("fk_handover_card_serial_card")
        ),
        sa.ForeignKeyConstraint(["event_id"], ["site.id"], name=op.f("fk_handover_event_id_site")),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["worker.id"], name=op.f("fk_handover_worker_id_worker")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
    )
    with op.batch_alter_table("handover") as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_worker_id"), ["worker_id"])
        batch_op.create_index(batch_op.f("ix_handover_event_id"), ["event_id"])
        batch_op.create_index(batch_op.f("ix_handover_handed_over_at"), ["handed_over_at"])
        batch_op.create_index(
            "ix_handover_one_valid_per_card",
            ["card_serial"],
            unique=True,
            sqlite_where=_VALID,
            postgresql_where=_VALID,
        )


def downgrade() -> None:
    op.drop_table("handover")
