"""print jobs claim their card: one queued job per card, the run that queued it, its file

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-26

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_QUEUED = sa.text("status = 'queued'")


# Before this revision two batches could queue the same card (issue 11): such a card's older
# queued jobs are closed so that the index can hold, and the newest one stays queued, so the
# card stays blocked until a supervisor settles it (kiosk jobs --resolve).
_CLOSE_DOUBLES = sa.text(
    "UPDATE print_job SET status = 'failed', error = :error"
    " WHERE status = 'queued' AND id < (SELECT max(newer.id) FROM print_job AS newer"
    " WHERE newer.card_serial = print_job.card_serial AND newer.status = 'queued')"
)
_DOUBLE_ERROR = (
    "closed at upgrade 0009: a newer queued job of the same card stands; settle that one"
)


def upgrade() -> None:
    op.get_bind().execute(_CLOSE_DOUBLES, {"error": _DOUBLE_ERROR})
    with op.batch_alter_table("print_job") as batch_op:
        batch_op.add_column(sa.Column("run", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("file_sha256", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_print_job_run"), ["run"])
        batch_op.create_index(
            "ix_print_job_one_queued_per_card",
            ["card_serial"],
            unique=True,
            sqlite_where=_QUEUED,
            postgresql_where=_QUEUED,
        )


def downgrade() -> None:
    with op.batch_alter_table("print_job") as batch_op:
        batch_op.drop_index("ix_print_job_one_queued_per_card")
        batch_op.drop_index(batch_op.f("ix_print_job_run"))
        batch_op.drop_column("file_sha256")
        batch_op.drop_column("run")
