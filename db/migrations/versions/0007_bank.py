"""bank accounts and the outbox of account applications

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=16)


def upgrade() -> None:
    op.create_table(
        "bank_application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_no", sa.String(length=32), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            _enum("application_status", "pending", "opened", "rejected", "failed"),
            nullable=False,
        ),
        sa.Column("form_json", sa.Text(), nullable=False),
        sa.Column("request_json", sa.Text(), nullable=False),
        sa.Column("consent_text", sa.Text(), nullable=False),
        sa.Column("consented_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signature_json", sa.Text(), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=False),
        sa.Column("signature_reused", sa.Boolean(), nullable=False),
        sa.Column("account_number", sa.String(length=40), nullable=True),
        sa.Column("bank_reference", sa.String(length=80), nullable=True),
        sa.Column("reject_code", sa.String(length=40), nullable=True),
        sa.Column("reject_message", sa.String(length=300), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("claim_token", sa.String(length=32), nullable=True),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("site", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["worker.id"], name=op.f("fk_bank_application_worker_id_worker")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_application")),
        sa.UniqueConstraint("application_no", name=op.f("uq_bank_application_application_no")),
    )
    with op.batch_alter_table("bank_application") as batch_op:
        batch_op.create_index(batch_op.f("ix_bank_application_worker_id"), ["worker_id"])
        batch_op.create_index(batch_op.f("ix_bank_application_status"), ["status"])
        batch_op.create_index(
            batch_op.f("ix_bank_application_next_attempt_at"), ["next_attempt_at"]
        )
    op.create_table(
        "bank_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("account_number", sa.String(length=40), nullable=False),
        sa.Column(
            "status", _enum("account_status", "pre_opened", "opened", "activated"), nullable=False
        ),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("activated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handover_id", sa.Integer(), nullable=True),
        sa.Column("passbook_given", sa.Boolean(), nullable=False),
        sa.Column("atm_card_given", sa.Boolean(), nullable=False),
        sa.Column("specimen_png", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["bank_application.id"],
            name=op.f("fk_bank_account_application_id_bank_application"),
        ),
        sa.ForeignKeyConstraint(
            ["handover_id"], ["handover.id"], name=op.f("fk_bank_account_handover_id_handover")
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["worker.id"], name=op.f("fk_bank_account_worker_id_worker")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_account")),
        sa.UniqueConstraint("account_number", name=op.f("uq_bank_account_account_number")),
        sa.UniqueConstraint("worker_id", name=op.f("uq_bank_account_worker_id")),
    )


def downgrade() -> None:
    op.drop_table("bank_account")
    op.drop_table("bank_application")
