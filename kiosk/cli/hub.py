"""`kiosk hub start|stop|status|join-code|standby|promote` and `kiosk join CODE`: the event
network on PostgreSQL's own machinery (see README, "The event network")."""

from __future__ import annotations

import argparse
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from kiosk.cli.context import CliContext
from kiosk.config import Config, default_hub_dir, default_settings_file
from kiosk.texts.hub import describe_hub_error, describe_join_error
from kiosk.texts.province import describe_link, link_json

if TYPE_CHECKING:
    from db.cluster.joincode import JoinCode

COMMANDS: tuple[str, ...] = ("hub", "join")
DEFAULT_PORT = 5432
EXIT_FAILED = 2


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hub = sub.add_parser("hub", help="the event's hub: a PostgreSQL server for every desk")
    hub_sub = hub.add_subparsers(dest="hub_command", required=True)

    def folder(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--dir", type=Path, default=None, help="the hub's folder (default: data folder/hub)"
        )

    start = hub_sub.add_parser(
        "start", help="make the hub on first use, else start it; prints the join code"
    )
    folder(start)
    start.add_argument("--port", type=int, default=DEFAULT_PORT, help="default 5432")
    start.add_argument(
        "--listen", default="*", help="addresses to listen on (default: every network)"
    )
    start.add_argument(
        "--address",
        action="append",
        help="an address desks reach this laptop at, for the join code (default: its own)",
    )
    start.add_argument("--from", dest="from_url", help="copy this registry into the new hub")
    start.add_argument("--qr", type=Path, help="also save the join code's QR code (PNG)")
    start.add_argument(
        "--no-join", action="store_true", help="do not make this kiosk a desk of the hub"
    )
    stop = hub_sub.add_parser("stop", help="stop the hub (or the standby) on this laptop")
    folder(stop)
    status = hub_sub.add_parser("status", help="desks, standby, disk, handovers today")
    folder(status)
    status.add_argument("--json", action="store_true")
    code = hub_sub.add_parser("join-code", help="print the join code again")
    folder(code)
    code.add_argument("--qr", type=Path, help="also save its QR code (PNG)")
    standby = hub_sub.add_parser(
        "standby", help="make this laptop the hub's synchronous standby (from its join code)"
    )
    standby.add_argument("code", metavar="CODE")
    folder(standby)
    standby.add_argument("--port", type=int, default=DEFAULT_PORT)
    standby.add_argument("--listen", default="*")
    standby.add_argument("--address", action="append")
    promote = hub_sub.add_parser(
        "promote", help="the hub is gone: make this standby the hub (the old hub must stay off)"
    )
    folder(promote)

    link = hub_sub.add_parser(
        "link", help="link this hub to the province's centre, both ways (kiosk central init)"
    )
    link.add_argument("centre_url", metavar="CENTRE_URL", help="the link URL the province gave")
    link.add_argument("--kabupaten", required=True, help="this site's kabupaten/kota, e.g. 53.11")
    folder(link)
    link.add_argument(
        "--reach",
        help="HOST:PORT at which the centre's server reaches this hub: the far end of the"
        " tunnel this hub opens (e.g. 127.0.0.1:6011 for ssh -R 6011:localhost:5432);"
        " default: this machine, for a trial with the centre beside the hub",
    )
    link.add_argument("--label", help="the site's name in reports (default: Hub <kabupaten>)")

    join = sub.add_parser("join", help="make this kiosk a desk of an event hub")
    join.add_argument("code", metavar="CODE", help="the hub's join code (kiosk hub join-code)")


def open_sessions(config: Config, args: argparse.Namespace) -> sessionmaker[Session]:
    """Nothing is opened before the command needs it: the hub may not exist yet. A registry
    copied into a new hub is signed in to at its source, as `kiosk db copy` does."""
    from db.engine import make_engine, make_session_factory

    url = getattr(args, "from_url", None) or config.database_url
    return make_session_factory(make_engine(url))


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    from db.cluster.hub import HubError
    from db.cluster.province import ProvinceError
    from db.cluster.server import ClusterError
    from kiosk.usecases.hub import JoinError

    try:
        if args.command == "join":
            return _join(ctx, args.code)
        folder = (args.dir or default_hub_dir()).resolve()
        match args.hub_command:
            case "start":
                return _start(ctx, args, folder)
            case "stop":
                from kiosk.usecases.hub import stop_hub

                stop_hub(folder)
                print(
                    QCoreApplication.translate("cli", "Stopped: {folder}").format(folder=folder),
                    file=ctx.out,
                )
                return 0
            case "status":
                return _status(ctx, folder, as_json=args.json)
            case "join-code":
                from kiosk.usecases.hub import hub_join_code

                _print_code(ctx, hub_join_code(folder), args.qr)
                return 0
            case "standby":
                return _standby(ctx, args, folder)
            case "promote":
                return _promote(ctx, folder)
            case "link":
                return _link(ctx, args, folder)
    except ProvinceError as error:
        from kiosk.texts.province import describe_province_error

        print(describe_province_error(error), file=ctx.err)
        return EXIT_FAILED
    except JoinError as error:
        print(describe_join_error(error), file=ctx.err)
        return EXIT_FAILED
    except HubError as error:
        print(describe_hub_error(error), file=ctx.err)
        return EXIT_FAILED
    except ClusterError as error:
        print(
            QCoreApplication.translate("cli", "PostgreSQL refused: {detail}").format(detail=error),
            file=ctx.err,
        )
        return EXIT_FAILED
    return EXIT_FAILED


def _start(ctx: CliContext, args: argparse.Namespace, folder: Path) -> int:
    from db.copy import CopyRefusedError
    from kiosk.cli.database import _refusal
    from kiosk.security.roles import Permission
    from kiosk.usecases.db_copy import source_has_operators
    from kiosk.usecases.hub import start_hub

    actor = None
    if args.from_url:
        try:
            if source_has_operators(args.from_url):
                actor = ctx.sign_in(Permission.CHANGE_SETTINGS)
        except CopyRefusedError as error:
            print(_refusal(error), file=ctx.err)
            return EXIT_FAILED
    print(
        QCoreApplication.translate("cli", "Starting the hub in {folder} ...").format(folder=folder),
        file=ctx.err,
    )
    try:
        started = start_hub(
            folder,
            port=args.port,
            listen=args.listen,
            addresses=args.address,
            workstation=ctx.auditor.workstation,
            from_url=args.from_url if not (folder / "data" / "PG_VERSION").exists() else None,
            actor=actor,
        )
    except CopyRefusedError as error:
        print(_refusal(error), file=ctx.err)
        return EXIT_FAILED
    if started.created:
        print(QCoreApplication.translate("cli", "The hub is made and running."), file=ctx.out)
        if started.copied_from:
            print(
                QCoreApplication.translate("cli", "The registry was copied into it."), file=ctx.out
            )
    else:
        print(QCoreApplication.translate("cli", "The hub is running."), file=ctx.out)
    _print_code(ctx, started.code, args.qr)
    if not args.no_join:
        return _join(ctx, started.code.encode())
    return 0


def _print_code(ctx: CliContext, code: JoinCode, qr_file: Path | None) -> None:
    import qrcode

    text = code.encode()
    addresses = ", ".join(str(a) for a in code.addresses)
    print(
        QCoreApplication.translate("cli", "Hub addresses: {addresses}").format(addresses=addresses),
        file=ctx.out,
    )
    print(
        QCoreApplication.translate(
            "cli", "Join code (kiosk join CODE on each desk, or scan its QR code):"
        ),
        file=ctx.out,
    )
    print(text, file=ctx.out)
    qr = qrcode.QRCode(border=1, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    if ctx.out.isatty():
        buffer = io.StringIO()
        qr.print_ascii(out=buffer, invert=True)
        print(buffer.getvalue(), file=ctx.out)
    if qr_file is not None:
        qr.make_image().save(str(qr_file))
        print(
            QCoreApplication.translate("cli", "QR code saved: {file}").format(file=qr_file),
            file=ctx.out,
        )
    print(
        QCoreApplication.translate(
            "cli", "The code holds the hub's password: show it to desk staff only."
        ),
        file=ctx.err,
    )


def _join(ctx: CliContext, code: str) -> int:
    from kiosk.usecases.hub_desk import join_desk

    settings = ctx.config.settings_file or default_settings_file()
    joined = join_desk(code, settings, ctx.config.device, ctx.auditor.workstation)
    addresses = ", ".join(str(a) for a in joined.addresses)
    print(
        QCoreApplication.translate(
            "cli", "This kiosk is now a desk of the hub at {addresses}."
        ).format(addresses=addresses),
        file=ctx.out,
    )
    print(
        QCoreApplication.translate("cli", "Settings saved in {file}.").format(file=settings),
        file=ctx.out,
    )
    return 0


def _standby(ctx: CliContext, args: argparse.Namespace, folder: Path) -> int:
    from kiosk.usecases.hub import make_standby

    print(QCoreApplication.translate("cli", "Copying the hub onto this laptop ..."), file=ctx.err)
    info = make_standby(
        folder, args.code, port=args.port, listen=args.listen, addresses=args.address
    )
    print(
        QCoreApplication.translate(
            "cli",
            "This laptop is the hub's standby ({addresses}). Handovers are confirmed only"
            " once they are on both laptops.",
        ).format(addresses=", ".join(info.addresses)),
        file=ctx.out,
    )
    print(
        QCoreApplication.translate(
            "cli", "If the hub laptop dies: kiosk hub promote --dir {folder}"
        ).format(folder=folder),
        file=ctx.out,
    )
    return 0


def _promote(ctx: CliContext, folder: Path) -> int:
    from kiosk.usecases.hub import promote_standby, record_promotion

    print(
        QCoreApplication.translate(
            "cli", "The old hub must stay switched off from now on: two hubs would split the event."
        ),
        file=ctx.err,
    )
    info = promote_standby(folder)
    record_promotion(folder, ctx.auditor.workstation)
    print(
        QCoreApplication.translate(
            "cli", "This laptop is the hub now ({addresses}). Desks reconnect by themselves."
        ).format(addresses=", ".join(info.addresses)),
        file=ctx.out,
    )
    return 0


def _link(ctx: CliContext, args: argparse.Namespace, folder: Path) -> int:
    from db.cluster.joincode import parse_address
    from db.cluster.province import Reach
    from kiosk.usecases.province import link_hub

    reach = None
    if args.reach:
        address = parse_address(args.reach)
        reach = Reach(address.host, address.port)
    print(
        QCoreApplication.translate("cli", "Linking {folder} to the centre ...").format(
            folder=folder
        ),
        file=ctx.err,
    )
    linked = link_hub(
        folder,
        args.centre_url,
        kabupaten=args.kabupaten,
        workstation=ctx.auditor.workstation,
        reach=reach,
        label=args.label,
    )
    message = (
        QCoreApplication.translate(
            "cli",
            "Linked again as {origin}: the centre takes a fresh copy of this site's records.",
        )
        if linked.relinked
        else QCoreApplication.translate("cli", "Linked as {origin} ({label}).")
    )
    print(message.format(origin=linked.origin, label=linked.label), file=ctx.out)
    print(
        QCoreApplication.translate(
            "cli",
            "The centre sends this hub the {n} workers of {kabupaten}; this hub's records go to"
            " the centre whenever the link is up. See: kiosk sync status",
        ).format(n=linked.workers, kabupaten=f"{linked.kabupaten_name} ({linked.kabupaten})"),
        file=ctx.out,
    )
    return 0


def _status(ctx: CliContext, folder: Path, *, as_json: bool) -> int:
    from kiosk.usecases.hub import hub_status

    report = hub_status(folder)
    status = report.status
    if as_json:
        data = asdict(status)
        data.update(
            handovers_today=report.handovers_today,
            standby_known=report.standby_known,
            synchronous=report.synchronous,
            province=[link_json(link) for link in report.links],
        )
        print(json.dumps(data, indent=2, default=str), file=ctx.out)
        return 0
    out = ctx.out
    role = {
        "primary": QCoreApplication.translate("cli", "hub"),
        "standby": QCoreApplication.translate("cli", "standby"),
        "stopped": QCoreApplication.translate("cli", "stopped"),
    }[status.role]
    print(
        QCoreApplication.translate("cli", "Folder: {folder}").format(folder=status.folder), file=out
    )
    print(QCoreApplication.translate("cli", "Role: {role}").format(role=role), file=out)
    print(
        QCoreApplication.translate("cli", "Addresses: {addresses}").format(
            addresses=", ".join(status.addresses)
        ),
        file=out,
    )
    if status.running:
        print(
            QCoreApplication.translate("cli", "Desks connected: {n} {names}").format(
                n=len(status.desks), names=", ".join(status.desks)
            ),
            file=out,
        )
    if status.role == "primary":
        if status.standbys:
            for standby in status.standbys:
                lag = f"{standby.lag_seconds:.1f} s" if standby.lag_seconds is not None else "-"
                kind = (
                    QCoreApplication.translate("cli", "synchronous")
                    if standby.synchronous
                    else QCoreApplication.translate("cli", "not synchronous")
                )
                print(
                    QCoreApplication.translate(
                        "cli", "Standby: {address}, {state}, {kind}, lag {lag} ({bytes} bytes)"
                    ).format(
                        address=standby.address,
                        state=standby.state,
                        kind=kind,
                        lag=lag,
                        bytes=standby.lag_bytes,
                    ),
                    file=out,
                )
        elif report.standby_known:
            print(
                QCoreApplication.translate(
                    "cli", "Standby: NOT CONNECTED: the hub carries on alone."
                ),
                file=out,
            )
        else:
            print(QCoreApplication.translate("cli", "Standby: none"), file=out)
    if status.role == "standby" and status.replay_lag_seconds is not None:
        print(
            QCoreApplication.translate("cli", "Behind the hub by {lag:.1f} s").format(
                lag=status.replay_lag_seconds
            ),
            file=out,
        )
    gib = 1024**3
    print(
        QCoreApplication.translate("cli", "Disk free: {free:.1f} GiB of {total:.1f} GiB").format(
            free=status.disk_free_bytes / gib, total=status.disk_total_bytes / gib
        ),
        file=out,
    )
    if report.handovers_today is not None:
        print(
            QCoreApplication.translate("cli", "Handovers today: {n}").format(
                n=report.handovers_today
            ),
            file=out,
        )
    for link in report.links:
        for line in describe_link(link):
            print(line, file=out)
    return 0
