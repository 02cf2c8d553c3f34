"""Operators and an auditor for tests: a cheap argon2 and a fake clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, Role
from kiosk.security.pins import PinHasher
from kiosk.usecases.audit import Actor, Auditor, Workstation
from kiosk.usecases.operators import Operators
from tests.helpers.clock import FakeClock

# Each role's synthetic operator, with a PIN no real person has.
PINS = {
    Role.ADMIN: "204817",
    Role.SUPERVISOR: "592730",
    Role.TELLER: "738105",
    Role.DESK: "461902",
    Role.PRINTING: "815364",
    Role.MONITOR: "318274",
}
USERNAMES = {
    Role.ADMIN: "admin",
    Role.SUPERVISOR: "sari.supervisor",
    Role.TELLER: "teller1",
    Role.DESK: "petugas1",
    Role.PRINTING: "cetak1",
    Role.MONITOR: "pemantau",
}


def cheap_hasher() -> PinHasher:
    return PinHasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@dataclass
class Security:
    sessions: sessionmaker[Session]
    clock: FakeClock
    auditor: Auditor
    operators: Operators
    actors: dict[Role, Actor]

    def events(self) -> list[AuditEvent]:
        with self.sessions() as session:
            return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))

    def actions(self) -> list[str]:
        return [e.action for e in self.events()]


def build_security(sessions: sessionmaker[Session], *, monitor: bool = True) -> Security:
    """An admin and one operator of each role (a monitor unless monitor=False: a schema
    before migration 0015 has no such role)."""
    clock = FakeClock()
    auditor = Auditor(sessions, Workstation("Aula Kantor Bupati, Waingapu", "meja-01"), clock)
    operators = Operators(sessions, auditor, cheap_hasher(), lockout=dt.timedelta(minutes=15))
    admin = operators.create_first_admin(USERNAMES[Role.ADMIN], "Admin Kiosk", PINS[Role.ADMIN])
    actors = {Role.ADMIN: admin}
    roles = [Role.SUPERVISOR, Role.TELLER, Role.DESK, Role.PRINTING]
    for role in [*roles, Role.MONITOR] if monitor else roles:
        operators.add(admin, USERNAMES[role], f"Operator {role.value}", role, PINS[role])
        actors[role] = operators.sign_in(USERNAMES[role], PINS[role])
    return Security(sessions, clock, auditor, operators, actors)
