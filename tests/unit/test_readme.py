"""The README's permission table is the code's."""

from __future__ import annotations

from pathlib import Path

from db.models import Role
from kiosk.security.roles import permission_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_permission_table_matches_the_code() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("| permission | " + " | ".join(r.value for r in Role) + " |")
    rows = {}
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[0].strip("`")] = [c == "✔" for c in cells[1:]]
    for permission, roles in permission_table():
        assert rows[permission.value] == [r in roles for r in Role], permission
    assert len(rows) == len(permission_table())
