"""Command line: start the kiosk window, or run one command from a terminal (`kiosk --help`)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from kiosk.config import Config

if TYPE_CHECKING:
    from kiosk.cli.context import CliContext


class CommandGroup(Protocol):
    """A module of commands: the names it answers to, its parsers, and how it runs one."""

    COMMANDS: tuple[str, ...]

    def add_parsers(self, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...

    def run(self, ctx: CliContext, args: argparse.Namespace) -> int: ...


def _groups() -> tuple[CommandGroup, ...]:
    """The command modules, in the order `kiosk --help` lists them. Imported when a command
    is asked for: starting the window needs none of them (nor the registry they load)."""
    from kiosk.cli import (
        admin,
        bank,
        cards,
        database,
        handover,
        hub,
        printing,
        province,
        registry,
        rehearsal,
        report,
    )

    return (
        registry, cards, printing, handover, bank, report, admin, database, hub, province,
        rehearsal,
    )  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = _window_parser(add_help=True)
    sub = parser.add_subparsers(dest="command")

    for group in _groups():
        group.add_parsers(sub)
    return parser


def _window_parser(*, add_help: bool) -> argparse.ArgumentParser:
    """The options before any command: all that starting the window takes."""
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Kiosk serah terima kartu peserta BPJS Ketenagakerjaan (NTT).",
        add_help=add_help,
    )
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL (default: $KIOSK_DATABASE_URL, else SQLite in the user data folder)",
    )
    parser.add_argument("--language", choices=["id", "en"], help="id (default) or en")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="full screen without window chrome; closing needs a supervisor or an admin",
    )
    parser.add_argument(
        "--operator",
        help="act as this operator (default: $KIOSK_OPERATOR); the PIN is asked, or $KIOSK_PIN",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["bank-sandbox"]:
        # The sandbox bank is a server of its own: no registry, no operator.
        from kiosk.cli import bank

        return bank.run_sandbox(args_list[1:])
    # Nothing but options (no command, no --help): the window, without loading the commands.
    args, rest = _window_parser(add_help=False).parse_known_args(args_list)
    if not rest:
        from kiosk.app import run_gui

        config = Config.from_sources(database_url=args.database_url, language=args.language)
        return run_gui(config, [sys.argv[0], *args_list], kiosk_mode=args.kiosk)

    args = build_parser().parse_args(args_list)
    config = Config.from_sources(database_url=args.database_url, language=args.language)
    if args.command is None:
        from kiosk.app import run_gui

        return run_gui(config, [sys.argv[0], *args_list], kiosk_mode=args.kiosk)

    from PySide6.QtCore import QCoreApplication

    from kiosk.bootstrap import open_database
    from kiosk.cli.context import EXIT_NOT_ALLOWED, CliContext, CliSignInError
    from kiosk.i18n import install_translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translators = install_translators(app, config.language)
    try:
        group = next(g for g in _groups() if args.command in g.COMMANDS)
        # A command that works on databases of its own (`kiosk db copy`) opens them itself.
        opener = getattr(group, "open_sessions", None)
        sessions = opener(config, args) if opener is not None else open_database(config)
        ctx = CliContext.build(config, sessions, args.operator, sys.stdout, sys.stderr)
        return group.run(ctx, args)
    except CliSignInError as error:
        print(error, file=sys.stderr)
        return EXIT_NOT_ALLOWED
    except Exception as error:
        message = _unreachable(error, config.database_url)
        if message is None:
            raise
        print(message, file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `kiosk search … | head`: the reader has all it wanted. Point stdout at /dev/null so
        # that the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        del translators


def _unreachable(error: Exception, url: str) -> str | None:
    """A database that cannot be reached (or a hub this kiosk cannot work with), in words;
    None for every other error."""
    from PySide6.QtCore import QCoreApplication
    from sqlalchemy.exc import OperationalError

    from kiosk.usecases.hub import JoinError

    if isinstance(error, JoinError):
        from kiosk.texts.hub import describe_join_error

        return describe_join_error(error)
    if not isinstance(error, OperationalError):
        return None
    first = str(error.orig).strip().splitlines()[0] if error.orig is not None else ""
    if "sslrootcert=" in url:
        text = QCoreApplication.translate(
            "cli", "Hub unreachable ({detail}). Check the network and try again."
        )
    else:
        text = QCoreApplication.translate("cli", "The database cannot be reached: {detail}")
    return text.format(detail=first)
