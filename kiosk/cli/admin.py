"""Command-line administration: operators, the audit trail, the settings file, corrections."""

from __future__ import annotations

import argparse
import datetime as dt

from PySide6.QtCore import QCoreApplication

from db.audit import ChainProblem
from db.models import Role
from kiosk.cli.context import (
    ENV_PIN,
    EXIT_NOT_ALLOWED,
    CliContext,
    CliSignInError,
)
from kiosk.config import WITA, SettingError, SettingKey, read_settings, today_in_ntt
from kiosk.security.pins import PinProblem
from kiosk.security.roles import Permission
from kiosk.usecases.audit import (
    PermissionDeniedError,
    recent_events,
    verify_received_trails,
    verify_trail,
)
from kiosk.usecases.operators import OperatorError, OperatorProblem
from kiosk.usecases.settings import change_setting

ENV_NEW_PIN = "KIOSK_NEW_PIN"


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ops = sub.add_parser("operators", help="the people who sign in to the kiosk")
    ops_sub = ops.add_subparsers(dest="operators_command", required=True)
    add = ops_sub.add_parser("add", help="add an operator (the first one must be an admin)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--name", help="full name (default: the username)")
    ops_sub.add_parser("list", help="list operators")
    unlock = ops_sub.add_parser("unlock", help="lift a lockout after too many wrong PINs")
    unlock.add_argument("username")

    aud = sub.add_parser("audit", help="the audit trail")
    aud_sub = aud.add_subparsers(dest="audit_command", required=True)
    aud_sub.add_parser("verify", help="check the hash chain; exit 1 when it is broken")
    show = aud_sub.add_parser("show", help="the newest events")
    show.add_argument("--last", type=int, default=30, choices=range(1, 10_001), metavar="N")

    sett = sub.add_parser("settings", help="this installation's settings file")
    sett_sub = sett.add_subparsers(dest="settings_command", required=True)
    sett_sub.add_parser("show", help="print the settings")
    set_ = sett_sub.add_parser("set", help="change a setting (admin)")
    set_.add_argument("key", choices=[k.value for k in SettingKey])
    set_.add_argument("value")

    fix = sub.add_parser(
        "correct", help="correct a worker's registration data (a supervisor approves)"
    )
    fix.add_argument("--kpj", required=True, help="the worker's KPJ number")
    fix.add_argument("--name", help="the full name")
    fix.add_argument("--birth-date", type=_date, help="YYYY-MM-DD (must agree with the NIK)")
    fix.add_argument("--phone", help='the phone number ("" clears it)')
    fix.add_argument("--desa", help="the desa/kelurahan's code, e.g. 53.11.03.2004")
    fix.add_argument(
        "--approver", required=True, help="the supervisor who approves ($KIOSK_APPROVER_PIN)"
    )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date as YYYY-MM-DD, not {text!r}") from None


COMMANDS: tuple[str, ...] = ("operators", "audit", "settings", "correct")


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    try:
        if args.command == "operators":
            return _operators(ctx, args)
        if args.command == "audit":
            return _audit(ctx, args)
        if args.command == "correct":
            return _correct(ctx, args)
        return _settings(ctx, args)
    except CliSignInError as error:
        print(error, file=ctx.err)
        return EXIT_NOT_ALLOWED


def describe_operator_error(error: OperatorError) -> str:
    match error.problem:
        case OperatorProblem.BAD_USERNAME:
            return QCoreApplication.translate(
                "cli",
                "A username is 2 to 40 small letters, digits, dots or dashes, starting"
                " with a letter.",
            )
        case OperatorProblem.TAKEN:
            return QCoreApplication.translate("cli", "That username is taken.")
        case OperatorProblem.NAME_MISSING:
            return QCoreApplication.translate("cli", "The full name is missing.")
        case OperatorProblem.WEAK_PIN:
            if error.pin is PinProblem.TOO_SIMPLE:
                return QCoreApplication.translate(
                    "cli", "The PIN is too easy to guess (like 111111 or 123456)."
                )
            return QCoreApplication.translate(
                "cli", "A PIN has at least 6 digits; a password at least 8 characters."
            )
        case OperatorProblem.NOT_FIRST:
            return QCoreApplication.translate("cli", "There are operators already.")
        case OperatorProblem.UNKNOWN:
            return QCoreApplication.translate("cli", "No such operator.")


def _new_pin(ctx: CliContext, username: str) -> str:
    first = ctx.secret(
        QCoreApplication.translate("cli", "New PIN for {name}: ").format(name=username),
        ENV_NEW_PIN,
    )
    if ctx.environ.get(ENV_NEW_PIN):
        return first
    again = ctx.secret(QCoreApplication.translate("cli", "The same PIN again: "), ENV_NEW_PIN)
    if again != first:
        raise CliSignInError(QCoreApplication.translate("cli", "The two PINs differ."))
    return first


def _operators(ctx: CliContext, args: argparse.Namespace) -> int:
    ops = ctx.operators
    try:
        if args.operators_command == "add":
            role = Role(args.role)
            name = args.name or args.username
            if not ops.any_exist():
                if role is not Role.ADMIN:
                    print(
                        QCoreApplication.translate(
                            "cli", "The first operator must be an admin (--role admin)."
                        ),
                        file=ctx.err,
                    )
                    return 2
                ops.create_first_admin(args.username, name, _new_pin(ctx, args.username))
            else:
                actor = ctx.sign_in(Permission.MANAGE_OPERATORS)
                ops.add(actor, args.username, name, role, _new_pin(ctx, args.username))
            print(
                QCoreApplication.translate("cli", "Operator {name} added ({role}).").format(
                    name=args.username.lower(), role=role.value
                ),
                file=ctx.out,
            )
            return 0
        if args.operators_command == "unlock":
            actor = ctx.sign_in(Permission.UNLOCK_OPERATOR)
            ops.unlock(actor, args.username)
            print(
                QCoreApplication.translate("cli", "Operator {name} unlocked.").format(
                    name=args.username
                ),
                file=ctx.out,
            )
            return 0
        ctx.sign_in(Permission.MANAGE_OPERATORS)
        for info in ops.list():
            locked = ""
            if info.locked_until is not None:
                locked = QCoreApplication.translate("cli", "locked until {time}").format(
                    time=info.locked_until.astimezone(WITA).strftime("%d/%m %H:%M")
                )
            print(
                f"{info.username:<20} {info.role.value:<15} {info.full_name:<30} {locked}",
                file=ctx.out,
            )
        return 0
    except OperatorError as error:
        print(describe_operator_error(error), file=ctx.err)
        return 2


def describe_chain_problem(problem: ChainProblem, seq: int) -> str:
    match problem:
        case ChainProblem.EDITED:
            text = QCoreApplication.translate(
                "cli", "event #{seq} was changed after it was written"
            )
        case ChainProblem.MISSING:
            text = QCoreApplication.translate("cli", "event #{seq} is missing (deleted)")
        case ChainProblem.NOT_LINKED:
            text = QCoreApplication.translate(
                "cli", "event #{seq} does not follow the event before it (inserted or replaced)"
            )
        case ChainProblem.HEAD_MISMATCH:
            text = QCoreApplication.translate(
                "cli",
                "the trail ends at event #{seq}, which is not where the kiosk left it"
                " (events added outside the kiosk)",
            )
    return text.format(seq=seq)


def _audit(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.audit_command == "verify":
        result = verify_trail(ctx.sessions)
        whole = result.first_break is None
        if whole:
            print(
                QCoreApplication.translate(
                    "cli", "The audit trail is whole: {n} events checked."
                ).format(n=result.checked),
                file=ctx.out,
            )
        else:
            assert result.first_break is not None
            print(
                QCoreApplication.translate("cli", "The audit trail is BROKEN: {why}.").format(
                    why=describe_chain_problem(result.first_break.problem, result.first_break.seq)
                ),
                file=ctx.out,
            )
        # At a province centre, each site's trail as received from it.
        for origin, received in verify_received_trails(ctx.sessions).items():
            if received.first_break is None:
                print(
                    QCoreApplication.translate(
                        "cli", "The trail received from {site} is whole: {n} events checked."
                    ).format(site=origin, n=received.checked),
                    file=ctx.out,
                )
                continue
            whole = False
            print(
                QCoreApplication.translate(
                    "cli", "The trail received from {site} is BROKEN: {why}."
                ).format(
                    site=origin,
                    why=describe_chain_problem(
                        received.first_break.problem, received.first_break.seq
                    ),
                ),
                file=ctx.out,
            )
        return 0 if whole else 1
    actor = ctx.sign_in(Permission.VIEW_AUDIT)
    for row in reversed(recent_events(ctx.auditor, actor, args.last)):
        when = row.at.astimezone(WITA).strftime("%Y-%m-%d %H:%M:%S")
        who = row.operator + (f" (+{row.approver})" if row.approver else "")
        print(
            f"#{row.seq:<6} {when} {who:<24} {row.action:<18} {row.target:<20} {row.details}",
            file=ctx.out,
        )
    return 0


def _settings(ctx: CliContext, args: argparse.Namespace) -> int:
    path = ctx.config.settings_file
    assert path is not None
    if args.settings_command == "show":
        print(
            QCoreApplication.translate("cli", "Settings file: {path}").format(path=path),
            file=ctx.out,
        )
        stored = read_settings(path)
        for key in SettingKey:
            value = stored.get(key.value, "")
            if key is SettingKey.DATABASE_URL and value:
                from sqlalchemy.engine import make_url

                value = make_url(str(value)).render_as_string(hide_password=True)
            print(f"{key.value:<20} {value}", file=ctx.out)
        return 0
    actor = ctx.sign_in(Permission.CHANGE_SETTINGS)
    try:
        change_setting(ctx.auditor, actor, path, SettingKey(args.key), args.value)
    except SettingError as error:
        print(
            QCoreApplication.translate("cli", "Not a valid value: {why}").format(why=error),
            file=ctx.err,
        )
        return 2
    print(QCoreApplication.translate("cli", "{key} changed.").format(key=args.key), file=ctx.out)
    return 0


def _correct(ctx: CliContext, args: argparse.Namespace) -> int:
    """As the correction dialog does it: desk staff or a supervisor, and a supervisor who
    approves with their PIN; both are named in the audit trail."""
    from db.search import ids_by_kpj
    from kiosk.registry.identifiers import normalize_kpj
    from kiosk.texts.corrections import correction_problem_text
    from kiosk.usecases.corrections import Correction, CorrectionError, Corrections

    change = Correction(
        full_name=args.name, birth_date=args.birth_date, phone=args.phone, desa_code=args.desa
    )
    if change == Correction():
        text = QCoreApplication.translate(
            "cli", "Say what to correct: --name, --birth-date, --phone or --desa."
        )
        print(text, file=ctx.err)
        return 2
    actor = ctx.sign_in(Permission.SEARCH)
    if not (actor.may(Permission.CORRECT_WORKER) or actor.may(Permission.HANDOVER)):
        text = QCoreApplication.translate(
            "cli", "{name} may not do this: it is not part of the role {role}."
        )
        raise CliSignInError(text.format(name=actor.username, role=actor.role.value))
    kpj = normalize_kpj(args.kpj) or args.kpj
    with ctx.sessions() as session:
        found = ids_by_kpj(session, kpj)
    if not found:
        text = QCoreApplication.translate("cli", "No worker has the KPJ number {kpj}.")
        print(text.format(kpj=args.kpj), file=ctx.err)
        return 2
    approver = ctx.approval(args.approver, Permission.CORRECT_WORKER, actor)
    try:
        diff = Corrections(ctx.sessions, ctx.auditor).correct(
            actor, found[0], change, today=today_in_ntt(), approved_by=approver
        )
    except CorrectionError as error:
        print(correction_problem_text(error.problem), file=ctx.err)
        return 2
    except PermissionDeniedError:
        text = QCoreApplication.translate("cli", "Not allowed for this operator.")
        print(text, file=ctx.err)
        return EXIT_NOT_ALLOWED
    for field, (before, after) in diff.items():
        print(f"{field}: {_shown(before)} -> {_shown(after)}", file=ctx.out)
    text = QCoreApplication.translate(
        "cli", "Corrected, approved by {approver}. A later import of the list keeps it."
    )
    print(text.format(approver=approver.username), file=ctx.out)
    return 0


def _shown(value: object) -> str:
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return "-" if value is None else str(value)


__all__ = ["COMMANDS", "ENV_NEW_PIN", "ENV_PIN", "add_parsers", "run"]
