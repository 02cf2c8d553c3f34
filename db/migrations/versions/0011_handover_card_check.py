"""how the desk checked the card in hand at a handover: its QR scanned, its serial typed, or
printed there and then

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27

Handovers recorded before stay without one (NULL): the desk could then confirm a card with
one click, so nobody knows how it was checked.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CARD_CHECK = sa.Enum(
    "qr_scan",
    "serial_typed",
    "printed_here",
    name="card_check",
    native_enum=False,
    create_constraint=True,
    length=16,
)


def upgrade() -> None:
    with op.batch_alter_table("handover") as batch_op:
        batch_op.add_column(sa.Column("card_check", _CARD_CHECK, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("handover") as batch_op:
        # The column's CHECK would outlive it in SQLite's copy of the table.
        batch_op.drop_constraint(op.f("ck_handover_card_check"), type_="check")
        batch_op.drop_column("card_check")
