"""the event network: ids made on the desk, signing keys in the database

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04

- handover, print_job and bank_application get client_id: a uuid4 made on the desk once per
  attempt, unique, so that an attempt whose commit was in flight when the connection broke
  is settled on reconnect and never recorded twice. Rows made before are left without one.
- signing_key: the card-signing public keys every desk on the registry trusts.
(The hub's and the standby's addresses are the cluster's own, not the registry's: they live
in the schema `hub` that db.cluster makes, and are never copied with a registry.)
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WITH_CLIENT_ID = ("handover", "print_job", "bank_application")


def upgrade() -> None:
    for table in _WITH_CLIENT_ID:
        op.add_column(table, sa.Column("client_id", sa.String(length=36), nullable=True))
        op.create_index(op.f(f"ix_{table}_client_id"), table, ["client_id"], unique=True)
    op.create_table(
        "signing_key",
        sa.Column("key_id", sa.String(length=8), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("site", sa.String(length=120), nullable=False),
        sa.Column("device", sa.String(length=120), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "source",
            sa.Enum("desk", "import", name="key_source", native_enum=False, length=16,
                    create_constraint=True),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_signing_key")),
    )


def downgrade() -> None:
    op.drop_table("signing_key")
    for table in reversed(_WITH_CLIENT_ID):
        op.drop_index(op.f(f"ix_{table}_client_id"), table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("client_id")
