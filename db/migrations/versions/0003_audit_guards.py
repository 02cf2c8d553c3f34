"""guards on the audit head and against TRUNCATE

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The head may only stay where it is (the append's lock-taking no-op) or move one step on,
# to an event that exists with that hash. Rewinding it to hide deleted events is refused.
_HEAD_RULE = (
    "(NEW.seq = OLD.seq AND NEW.hash = OLD.hash) OR (NEW.seq = OLD.seq + 1 AND EXISTS"
    " (SELECT 1 FROM audit_event WHERE audit_event.seq = NEW.seq"
    " AND audit_event.hash = NEW.hash))"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head"
            f" WHEN NOT ({_HEAD_RULE})"
            " BEGIN SELECT RAISE(ABORT, 'the audit head only moves forward'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head"
            " BEGIN SELECT RAISE(ABORT, 'the audit head only moves forward'); END"
        )
        return
    op.execute(
        "CREATE FUNCTION audit_head_forward_only() RETURNS trigger AS $$ BEGIN"
        f" IF TG_OP = 'DELETE' OR NOT ({_HEAD_RULE}) THEN"
        " RAISE EXCEPTION 'the audit head only moves forward'; END IF;"
        " RETURN NEW; END $$ LANGUAGE plpgsql"
    )
    op.execute(
        "CREATE TRIGGER audit_head_forward_only BEFORE UPDATE OR DELETE ON audit_head"
        " FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only()"
    )
    # Row triggers do not see TRUNCATE: refuse it for both tables with a statement trigger.
    op.execute(
        "CREATE FUNCTION audit_no_truncate() RETURNS trigger AS $$ BEGIN"
        " RAISE EXCEPTION 'the audit trail is append-only'; END $$ LANGUAGE plpgsql"
    )
    for table in ("audit_event", "audit_head"):
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}"
            " FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER audit_head_forward_only")
        op.execute("DROP TRIGGER audit_head_no_delete")
        return
    for table in ("audit_event", "audit_head"):
        op.execute(f"DROP TRIGGER {table}_no_truncate ON {table}")
    op.execute("DROP FUNCTION audit_no_truncate()")
    op.execute("DROP TRIGGER audit_head_forward_only ON audit_head")
    op.execute("DROP FUNCTION audit_head_forward_only()")
