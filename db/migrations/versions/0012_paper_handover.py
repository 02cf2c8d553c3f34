"""a handover made on paper, when no hub could be reached: entered afterwards with the scan
of the receipt signed by hand and the supervisor who approved the entry

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04

A new handover kind, "paper"; its handover has no pad signature (empty signature_json and
signature_png) but the scan (PDF or PNG) and who approved it. Going back down refuses while
paper handovers exist: the older schema cannot say what they are.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KINDS = ("signed", "thumbprint", "representative")
_NEW_KINDS = (*_OLD_KINDS, "paper")


def _kinds(values: Sequence[str]) -> str:
    return "kind IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def upgrade() -> None:
    with op.batch_alter_table("handover") as batch_op:
        batch_op.drop_constraint(op.f("ck_handover_handover_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_handover_handover_kind"), _kinds(_NEW_KINDS))
        batch_op.add_column(sa.Column("paper_scan", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("paper_scan_type", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("approved_by", sa.String(length=64), nullable=True))


def downgrade() -> None:
    paper = op.get_bind().execute(sa.text("SELECT count(*) FROM handover WHERE kind = 'paper'"))
    if paper.scalar():
        raise RuntimeError("paper handovers are recorded: the schema before 0012 cannot hold them")
    with op.batch_alter_table("handover") as batch_op:
        batch_op.drop_column("approved_by")
        batch_op.drop_column("paper_scan_type")
        batch_op.drop_column("paper_scan")
        batch_op.drop_constraint(op.f("ck_handover_handover_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_handover_handover_kind"), _kinds(_OLD_KINDS))
