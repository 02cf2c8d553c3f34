"""What every command-line command works with: the registry, the audit trail, the operator."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from db.enums import Role
from kiosk.config import WITA, Config
from kiosk.security.pins import PinHasher
from kiosk.security.roles import Permission
from kiosk.services import register_own_key_on_hub, registry_clock
from kiosk.usecases.audit import Actor, Auditor, PermissionDeniedError, Workstation
from kiosk.usecases.operators import Operators, SignInError, SignInProblem

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from kiosk.signing import SigningKeys

ENV_OPERATOR = "KIOSK_OPERATOR"
ENV_PIN = "KIOSK_PIN"
ENV_APPROVER_PIN = "KIOSK_APPROVER_PIN"
EXIT_NOT_ALLOWED = 3


class CliSignInError(Exception):
    """The command could not act as an operator; the message says why, translated."""


@dataclass
class CliContext:
    config: Config
    sessions: sessionmaker[Session]
    auditor: Auditor
    operators: Operators
    operator_name: str | None
    out: TextIO
    err: TextIO
    environ: Mapping[str, str]

    @classmethod
    def build(
        cls,
        config: Config,
        sessions: sessionmaker[Session],
        operator_name: str | None,
        out: TextIO,
        err: TextIO,
        environ: Mapping[str, str] | None = None,
    ) -> CliContext:
        env = os.environ if environ is None else environ
        auditor = Auditor(
            sessions,
            Workstation(config.site or "-", f"{config.device} (cli)"),
            registry_clock(sessions),
        )
        operators = Operators(
            sessions, auditor, PinHasher(), lockout=dt.timedelta(minutes=config.lockout_minutes)
        )
        return cls(
            config,
            sessions,
            auditor,
            operators,
            operator_name or env.get(ENV_OPERATOR),
            out,
            err,
            env,
        )

    def signing_keys(self) -> SigningKeys:
        """This installation's signing key (made on first use) and the keys it trusts; on a
        PostgreSQL registry its public key is registered for every desk to trust."""
        from kiosk.signing import open_signing_keys, signing_key_path

        keys = open_signing_keys(signing_key_path(self.environ))
        register_own_key_on_hub(self.sessions, self.auditor, keys.private_key)
        return keys

    def trusted(self) -> Mapping[bytes, Ed25519PublicKey]:
        """The keys whose cards verify here: the key files and the registry's keys. Needs no
        signing key of its own: a fresh machine with trusted keys can verify."""
        from kiosk.signing import load_trusted_keys, signing_key_path
        from kiosk.usecases.signing_keys import with_registry_keys

        files = signing_key_path(self.environ)
        return with_registry_keys(self.sessions, lambda: load_trusted_keys(files))()

    def secret(self, prompt: str, env_name: str = ENV_PIN) -> str:
        """A PIN from the environment (scripts) or typed on the terminal, never echoed."""
        value = self.environ.get(env_name)
        if value:
            return value
        try:
            return getpass.getpass(prompt)
        except EOFError as error:
            raise CliSignInError(
                QCoreApplication.translate("cli", "No PIN given: type it, or set {env}.").format(
                    env=env_name
                )
            ) from error

    def sign_in(self, permission: Permission) -> Actor:
        """Act as the operator named by --operator (or KIOSK_OPERATOR), for one permission."""
        if not self.operator_name:
            raise CliSignInError(
                QCoreApplication.translate(
                    "cli", "Say who you are: --operator NAME (or set {env})."
                ).format(env=ENV_OPERATOR)
            )
        pin = self.secret(
            QCoreApplication.translate("cli", "PIN for {name}: ").format(name=self.operator_name)
        )
        try:
            actor = self.operators.sign_in(self.operator_name, pin)
        except SignInError as error:
            raise CliSignInError(describe_sign_in_error(error)) from error
        try:
            return self.auditor.require(actor, permission)
        except PermissionDeniedError as error:
            if actor.role is Role.MONITOR:
                raise CliSignInError(
                    QCoreApplication.translate(
                        "cli",
                        "{name} is a province monitor: only the programme's report"
                        " (kiosk report), never a worker's data.",
                    ).format(name=actor.username)
                ) from error
            raise CliSignInError(
                QCoreApplication.translate(
                    "cli", "{name} may not do this: it is not part of the role {role}."
                ).format(name=actor.username, role=actor.role.value)
            ) from error

    def approval(self, approver_name: str, permission: Permission, actor: Actor) -> Actor:
        """The supervisor approving actor's command: their PIN asked (or $KIOSK_APPROVER_PIN),
        then checked for the permission; a refusal ends the command as a sign-in does."""
        pin = self.secret(
            QCoreApplication.translate("cli", "PIN of the approving supervisor {name}: ").format(
                name=approver_name
            ),
            ENV_APPROVER_PIN,
        )
        try:
            return self.operators.approve(approver_name, pin, permission, actor)
        except SignInError as error:
            raise CliSignInError(describe_sign_in_error(error)) from error


def describe_sign_in_error(error: SignInError) -> str:
    match error.problem:
        case SignInProblem.LOCKED:
            until = error.locked_until.astimezone(WITA) if error.locked_until else None
            text = QCoreApplication.translate(
                "cli",
                "Locked after too many wrong PINs, until {time} WITA; a supervisor can unlock it.",
            )
            return text.format(time=until.strftime("%H:%M") if until else "?")
        case SignInProblem.INACTIVE:
            return QCoreApplication.translate("cli", "This operator is no longer active.")
        case SignInProblem.NOT_ALLOWED:
            return QCoreApplication.translate("cli", "Not allowed for this operator.")
        case SignInProblem.WRONG:
            return QCoreApplication.translate("cli", "Wrong name or PIN.")
