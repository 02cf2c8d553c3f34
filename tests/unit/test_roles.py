"""The permission table says what each role may do, and nothing else."""

from __future__ import annotations

import pytest

from db.models import Role
from kiosk.security.roles import PERMISSIONS, Permission, allows

P = Permission
EXPECTED = {
    Role.DESK: {P.SEARCH, P.VIEW_FULL_NIK, P.PRINT_CARD, P.HANDOVER, P.OPEN_ACCOUNT},
    Role.PRINTING: {P.SEARCH, P.PRINT_CARD, P.REQUEST_REPRINT},
    Role.TELLER: {
        P.SEARCH, P.VIEW_FULL_NIK, P.PRINT_CARD, P.REQUEST_REPRINT, P.HANDOVER, P.OPEN_ACCOUNT,
        P.EXPORT,
    },
    Role.SUPERVISOR: {
        P.SEARCH, P.VIEW_FULL_NIK, P.IMPORT, P.EXPORT, P.CORRECT_WORKER, P.PRINT_CARD,
        P.REQUEST_REPRINT, P.HANDOVER, P.OPEN_ACCOUNT, P.APPROVE, P.UNLOCK_OPERATOR,
        P.VIEW_AUDIT, P.LEAVE_KIOSK_MODE, P.CLOSE_DAY, P.VIEW_REPORT,
    },
    Role.ADMIN: {
        P.SEARCH, P.IMPORT, P.UNLOCK_OPERATOR, P.VIEW_AUDIT, P.MANAGE_OPERATORS,
        P.CHANGE_SETTINGS, P.LEAVE_KIOSK_MODE, P.DEMO_DATA, P.SET_TARGETS,
    },
    Role.MONITOR: {P.VIEW_REPORT},
}  # fmt: skip


@pytest.mark.parametrize("role", list(Role))
def test_each_role_has_exactly_its_permissions(role: Role) -> None:
    assert set(PERMISSIONS[role]) == EXPECTED[role]


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_allows_reads_the_table(role: Role, permission: Permission) -> None:
    assert allows(role, permission) == (permission in EXPECTED[role])


def test_key_separations() -> None:
    assert [r for r in Role if allows(r, P.APPROVE)] == [Role.SUPERVISOR]
    assert [r for r in Role if allows(r, P.MANAGE_OPERATORS)] == [Role.ADMIN]
    assert [r for r in Role if allows(r, P.CHANGE_SETTINGS)] == [Role.ADMIN]
    assert not allows(Role.DESK, P.EXPORT)
    assert not allows(Role.PRINTING, P.VIEW_FULL_NIK)
    # The province's monitor never sees a worker: no search, no NIK.
    assert not allows(Role.MONITOR, P.SEARCH)
    assert not allows(Role.MONITOR, P.VIEW_FULL_NIK)
