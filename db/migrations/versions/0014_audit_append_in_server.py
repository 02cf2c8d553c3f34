"""the audit trail's append as one server-side function on PostgreSQL

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04

Ten desks append to one chain, serialised on the audit head's row. A desk that locks the
head and then takes four more round trips to insert the event, move the head and commit holds
every other desk up for all of them, longer still when its laptop is busy. audit_append()
locks, chains, hashes (the very same SHA-256 over the very same JSON that db.audit computes
in Python, and verifies there), inserts and moves the head in one call. SQLite, one
machine, keeps appending from Python.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The payload is db.audit.event_hash's: a compact JSON array of the fields as strings (None
# as ""), the details' canonical JSON text and the previous hash. PostgreSQL's to_json of a
# text escapes as Python's json.dumps(ensure_ascii=False) does (", \, \b \f \n \r \t, other
# control characters as lower-case \u00XX, everything else as it is).
_FUNCTION = """
CREATE FUNCTION audit_append(
    p_at text, p_operator text, p_approver text, p_site text, p_device text,
    p_action text, p_target text, p_details text
) RETURNS TABLE (new_seq integer, new_hash text) AS $$
DECLARE
    head_seq integer;
    head_hash text;
    payload text;
BEGIN
    SELECT h.seq, h.hash INTO head_seq, head_hash FROM audit_head h WHERE h.id = 1 FOR UPDATE;
    new_seq := head_seq + 1;
    payload := '[' || concat_ws(',',
        to_json(new_seq::text)::text, to_json(p_at)::text,
        to_json(coalesce(p_operator, ''))::text, to_json(coalesce(p_approver, ''))::text,
        to_json(p_site)::text, to_json(p_device)::text, to_json(p_action)::text,
        to_json(coalesce(p_target, ''))::text, to_json(p_details)::text,
        to_json(head_hash)::text) || ']';
    new_hash := encode(sha256(convert_to(payload, 'UTF8')), 'hex');
    INSERT INTO audit_event (seq, at, operator, approver, site, device, action, target,
                             details, prev_hash, hash)
    VALUES (new_seq, p_at, p_operator, p_approver, p_site, p_device, p_action, p_target,
            p_details, head_hash, new_hash);
    UPDATE audit_head SET seq = new_seq, hash = new_hash WHERE id = 1;
    RETURN NEXT;
END
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_FUNCTION)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DROP FUNCTION audit_append(text, text, text, text, text, text, text, text)"
        )
