"""The permission table: one place that says what each role may do."""

from __future__ import annotations

import enum
from collections.abc import Mapping

from db.enums import Role


class Permission(enum.StrEnum):
    SEARCH = "search"
    VIEW_FULL_NIK = "view_full_nik"
    IMPORT = "import"
    EXPORT = "export"  # and every export also needs a supervisor's approval
    CORRECT_WORKER = "correct_worker"
    PRINT_CARD = "print_card"
    REQUEST_REPRINT = "request_reprint"
    HANDOVER = "handover"
    OPEN_ACCOUNT = "open_account"
    APPROVE = "approve"  # approve a reprint, a void, an export or a correction in place
    CLOSE_DAY = "close_day"  # make the BAST: the handover record of an event or a day
    UNLOCK_OPERATOR = "unlock_operator"
    VIEW_AUDIT = "view_audit"
    MANAGE_OPERATORS = "manage_operators"
    CHANGE_SETTINGS = "change_settings"
    LEAVE_KIOSK_MODE = "leave_kiosk_mode"
    DEMO_DATA = "demo_data"
    VIEW_REPORT = "view_report"  # the programme's report: counts and charts, no names
    SET_TARGETS = "set_targets"  # the number of workers each kabupaten is to reach


P = Permission
_EVERYONE = {P.SEARCH}

# Printing operators never need a full NIK; desk staff and tellers compare it with the KTP.
# Admins run the installation, not the registry: they do not handle workers' data.
PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    Role.DESK: frozenset(_EVERYONE | {P.VIEW_FULL_NIK, P.PRINT_CARD, P.HANDOVER, P.OPEN_ACCOUNT}),
    Role.PRINTING: frozenset(_EVERYONE | {P.PRINT_CARD, P.REQUEST_REPRINT}),
    Role.TELLER: frozenset(
        _EVERYONE
        | {P.VIEW_FULL_NIK, P.PRINT_CARD, P.REQUEST_REPRINT, P.HANDOVER, P.OPEN_ACCOUNT, P.EXPORT}
    ),
    Role.SUPERVISOR: frozenset(
        _EVERYONE
        | {
            P.VIEW_FULL_NIK,
            P.IMPORT,
            P.EXPORT,
            P.CORRECT_WORKER,
            P.PRINT_CARD,
            P.REQUEST_REPRINT,
            P.HANDOVER,
            P.OPEN_ACCOUNT,
            P.APPROVE,
            P.CLOSE_DAY,
            P.UNLOCK_OPERATOR,
            P.VIEW_AUDIT,
            P.LEAVE_KIOSK_MODE,
            P.VIEW_REPORT,
        }
    ),
    Role.ADMIN: frozenset(
        _EVERYONE
        | {
            P.IMPORT,
            P.UNLOCK_OPERATOR,
            P.VIEW_AUDIT,
            P.MANAGE_OPERATORS,
            P.CHANGE_SETTINGS,
            P.LEAVE_KIOSK_MODE,
            P.DEMO_DATA,
            P.SET_TARGETS,
        }
    ),
    # Not even SEARCH: a monitor never sees a worker.
    Role.MONITOR: frozenset({P.VIEW_REPORT}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


def permission_table() -> list[tuple[Permission, list[Role]]]:
    """(permission, roles that have it), in declaration order: for the README and help."""
    return [(p, [r for r in Role if p in PERMISSIONS[r]]) for p in Permission]
