"""`kiosk central init|setup|start|stop|status|link-url` and `kiosk sync status`: the
province's centre and the links of sites to it (see README, "The province")."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from kiosk.cli.context import CliContext
from kiosk.config import Config, default_centre_dir, default_hub_dir
from kiosk.texts.province import describe_link, describe_province_error, link_json

if TYPE_CHECKING:
    from db.cluster.province import LinkStatus

COMMANDS: tuple[str, ...] = ("central", "sync")
DEFAULT_PORT = 5432
EXIT_FAILED = 2


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    central = sub.add_parser("central", help="the province's centre: every site's data")
    central_sub = central.add_subparsers(dest="central_command", required=True)

    def folder(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--dir",
            type=Path,
            default=None,
            help="the centre's folder (default: data folder/centre)",
        )

    init = central_sub.add_parser(
        "init", help="make a centre of its own on this machine (trials, demos), else start it"
    )
    folder(init)
    init.add_argument("--port", type=int, default=DEFAULT_PORT, help="default 5432")
    init.add_argument("--listen", default="*", help="addresses to listen on (default: all)")
    init.add_argument(
        "--address", action="append", help="an address sites reach the centre at (for the URL)"
    )
    setup = central_sub.add_parser(
        "setup", help="prepare a database on the province's own server as the centre"
    )
    setup.add_argument("url", metavar="URL", help="a superuser of that server, its database")
    for name, text in (
        ("start", "start the centre made by central init"),
        ("stop", "stop it"),
        ("link-url", "print the URL sites link with again"),
    ):
        folder(central_sub.add_parser(name, help=text))
    status = central_sub.add_parser("status", help="every site's link, both ways")
    folder(status)
    status.add_argument("--json", action="store_true")

    sync = sub.add_parser("sync", help="this database's links to the province")
    sync_sub = sync.add_subparsers(dest="sync_command", required=True)
    sync_status = sync_sub.add_parser(
        "status", help="per link: connected, lag in seconds and rows, last contact, WAL kept"
    )
    sync_status.add_argument(
        "--dir", type=Path, default=None, help="a hub's or the centre's folder on this machine"
    )
    sync_status.add_argument("--json", action="store_true")


def open_sessions(config: Config, args: argparse.Namespace) -> sessionmaker[Session]:
    """Nothing is opened before the command needs it: the centre may not exist yet."""
    from db.engine import make_engine, make_session_factory

    return make_session_factory(make_engine(config.database_url))


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    from db.cluster.province import ProvinceError
    from db.cluster.server import ClusterError

    try:
        if args.command == "sync":
            return _sync_status(ctx, args.dir, as_json=args.json)
        if args.central_command == "setup":
            return _setup(ctx, args.url)
        folder = (args.dir or default_centre_dir()).resolve()
        match args.central_command:
            case "init":
                return _init(ctx, args, folder)
            case "start":
                return _init(ctx, args, folder)
            case "stop":
                from kiosk.usecases.province import central_stop

                central_stop(folder)
                print(
                    QCoreApplication.translate("cli", "Stopped: {folder}").format(folder=folder),
                    file=ctx.out,
                )
                return 0
            case "link-url":
                from kiosk.usecases.province import central_url

                _print_link_url(ctx, central_url(folder))
                return 0
            case "status":
                return _central_status(ctx, folder, as_json=args.json)
    except ProvinceError as error:
        print(describe_province_error(error), file=ctx.err)
        return EXIT_FAILED
    except ClusterError as error:
        print(
            QCoreApplication.translate("cli", "PostgreSQL refused: {detail}").format(detail=error),
            file=ctx.err,
        )
        return EXIT_FAILED
    return EXIT_FAILED


def _init(ctx: CliContext, args: argparse.Namespace, folder: Path) -> int:
    from kiosk.usecases.province import central_init

    ready = central_init(
        folder,
        port=getattr(args, "port", DEFAULT_PORT),
        listen=getattr(args, "listen", "*"),
        addresses=getattr(args, "address", None),
        workstation=ctx.auditor.workstation,
    )
    message = (
        QCoreApplication.translate("cli", "The centre is made and running: {folder}")
        if ready.created
        else QCoreApplication.translate("cli", "The centre is running: {folder}")
    )
    print(message.format(folder=folder), file=ctx.out)
    if ready.link_url:
        _print_link_url(ctx, ready.link_url)
    return 0


def _print_link_url(ctx: CliContext, url: str) -> None:
    print(
        QCoreApplication.translate(
            "cli", "Each site links with (on the hub laptop, the kabupaten's code at the end):"
        ),
        file=ctx.out,
    )
    print(f"  kiosk hub link '{url}' --kabupaten 53.xx", file=ctx.out)
    print(
        QCoreApplication.translate(
            "cli",
            "The URL holds the centre's link password (a superuser's, as PostgreSQL 15"
            " requires): give it only to the people who link sites.",
        ),
        file=ctx.err,
    )


def _setup(ctx: CliContext, url: str) -> int:
    from kiosk.usecases.province import central_setup

    central_setup(url, ctx.auditor.workstation)
    print(
        QCoreApplication.translate(
            "cli", "The database is the province's centre now. Import the registry here."
        ),
        file=ctx.out,
    )
    return 0


def _central_status(ctx: CliContext, folder: Path, *, as_json: bool) -> int:
    from kiosk.usecases.province import central_status

    report = central_status(folder)
    if as_json:
        data = {
            "running": report.running,
            "folder": str(report.folder),
            "links": [link_json(link) for link in report.links],
        }
        print(json.dumps(data, indent=2), file=ctx.out)
        return 0
    state = (
        QCoreApplication.translate("cli", "running")
        if report.running
        else QCoreApplication.translate("cli", "stopped")
    )
    print(
        QCoreApplication.translate("cli", "Centre: {folder} ({state})").format(
            folder=report.folder, state=state
        ),
        file=ctx.out,
    )
    _print_links(ctx, report.links)
    return 0


def _print_links(ctx: CliContext, links: Sequence[LinkStatus]) -> None:
    if not links:
        print(QCoreApplication.translate("cli", "No links to the province."), file=ctx.out)
    for link in links:
        for line in describe_link(link):
            print(line, file=ctx.out)


def sync_url(ctx: CliContext, folder: Path | None) -> str:
    """The hub's or the centre's own superuser over its socket when it is on this machine;
    else the database this kiosk works on."""
    from db.cluster.server import ClusterDir

    candidates = [folder] if folder is not None else [default_hub_dir(), default_centre_dir()]
    for candidate in candidates:
        cluster = ClusterDir(candidate)
        if cluster.exists():
            return cluster.superuser_url()
    return ctx.config.database_url


def _sync_status(ctx: CliContext, folder: Path | None, *, as_json: bool) -> int:
    from kiosk.usecases.province import sync_status

    links = sync_status(sync_url(ctx, folder))
    if as_json:
        print(json.dumps([link_json(link) for link in links], indent=2), file=ctx.out)
        return 0
    _print_links(ctx, links)
    return 0
