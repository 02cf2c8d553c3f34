"""`kiosk db copy`: move the whole registry to another database (SQLite <-> PostgreSQL)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from kiosk.cli.context import EXIT_NOT_ALLOWED, CliContext
from kiosk.config import Config

if TYPE_CHECKING:
    from db.copy import CopyRefusedError
    from kiosk.usecases.db_copy import CopyReport

COMMANDS: tuple[str, ...] = ("db",)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="the database as a whole")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    copy = db_sub.add_parser(
        "copy",
        help="copy the whole registry into an empty database (SQLite or PostgreSQL); an admin"
        " of the source registry",
    )
    copy.add_argument("from_url", metavar="FROM_URL", help="the registry's database URL")
    copy.add_argument("to_url", metavar="TO_URL", help="the new, empty database's URL")


def open_sessions(config: Config, args: argparse.Namespace) -> sessionmaker[Session]:
    """The operator signs in against the source registry (the target has no operators yet);
    the source is opened as it is: not migrated, and --database-url plays no part."""
    from db.engine import make_engine, make_session_factory

    del config
    return make_session_factory(make_engine(args.from_url))


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    from db.copy import CopyRefusedError
    from kiosk.security.roles import Permission
    from kiosk.usecases.audit import PermissionDeniedError
    from kiosk.usecases.db_copy import CopyVerificationError, copy_registry, source_has_operators

    out, err = ctx.out, ctx.err

    def progress(table: str, done: int) -> None:
        text = QCoreApplication.translate("cli", "Copying {table}: {done} rows")
        print(text.format(table=table, done=done).ljust(60), end="\r", file=err, flush=True)

    try:
        secured = source_has_operators(args.from_url)
        # As for demo data: a registry nobody signs in to yet may be copied by anyone.
        actor = ctx.sign_in(Permission.CHANGE_SETTINGS) if secured else None
        report = copy_registry(
            args.from_url,
            args.to_url,
            actor,
            ctx.auditor.workstation,
            progress=progress if err.isatty() else None,
        )
    except CopyRefusedError as error:
        print(_refusal(error), file=err)
        return 2
    except PermissionDeniedError:
        print(QCoreApplication.translate("cli", "Not allowed for this operator."), file=err)
        return EXIT_NOT_ALLOWED
    except CopyVerificationError as error:
        _summary(ctx, error.report)
        text = QCoreApplication.translate(
            "cli", "The copy does not match its source; nothing was kept in the target."
        )
        print(text, file=err)
        return 1
    _summary(ctx, report)
    text = QCoreApplication.translate(
        "cli", "Copied. The copy is recorded in the new database's audit trail."
    )
    print(text, file=out)
    return 0


def _summary(ctx: CliContext, report: CopyReport) -> None:
    from kiosk.cli.admin import describe_chain_problem

    out = ctx.out
    header = (
        QCoreApplication.translate("cli", "Table"),
        QCoreApplication.translate("cli", "Source"),
        QCoreApplication.translate("cli", "Copy"),
    )
    print(f"{header[0]:<20} {header[1]:>12} {header[2]:>12}", file=out)
    for count in report.counts:
        mark = "" if count.equal else "  <-- " + QCoreApplication.translate("cli", "differs")
        print(f"{count.table:<20} {count.source:>12} {count.target:>12}{mark}", file=out)
    chain = report.chain
    if chain.first_break is None:
        text = QCoreApplication.translate("cli", "The audit trail is whole: {n} events checked.")
        print(text.format(n=chain.checked), file=out)
    else:
        text = QCoreApplication.translate("cli", "The audit trail is BROKEN: {why}.")
        why = describe_chain_problem(chain.first_break.problem, chain.first_break.seq)
        print(text.format(why=why), file=out)


def _refusal(error: CopyRefusedError) -> str:
    from db.copy import CopyProblem

    match error.problem:
        case CopyProblem.SAME_DATABASE:
            return QCoreApplication.translate("cli", "The source and the target are one database.")
        case CopyProblem.SOURCE_MISSING:
            text = QCoreApplication.translate("cli", "There is no database at {path}.")
            return text.format(path=error.detail)
        case CopyProblem.SOURCE_NOT_AT_HEAD:
            text = QCoreApplication.translate(
                "cli",
                "The source database has schema revision {revision}, not this kiosk's {head}:"
                " open it with this kiosk version first (kiosk --database-url FROM_URL"
                " audit verify), then copy it.",
            )
            from db.migrate import HEAD_REVISION

            return text.format(revision=error.detail, head=HEAD_REVISION)
        case CopyProblem.TARGET_UNKNOWN_REVISION:
            text = QCoreApplication.translate(
                "cli",
                "The target database has schema revision {revision}, which this kiosk does"
                " not know (a newer kiosk's?). Nothing was copied.",
            )
            return text.format(revision=error.detail)
        case CopyProblem.TARGET_NOT_EMPTY:
            text = QCoreApplication.translate(
                "cli",
                "The target already holds a registry (rows in: {tables}). Nothing was copied;"
                " copy only into a new, empty database.",
            )
            return text.format(tables=error.detail)
