"""`kiosk rehearse`: the rehearsal (gladi) of an event, on the hub's rehearsal database."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from kiosk.cli.context import CliContext
from kiosk.config import Config

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.usecases.rehearsal import (
        RehearsalRefusedError,
        RehearsalReport,
        RehearsalStage,
    )

COMMANDS: tuple[str, ...] = ("rehearse",)
EXIT_REFUSED = 2


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rehearse = sub.add_parser(
        "rehearse",
        help="rehearse an event (gladi): simulated desks hand over cards to synthetic workers"
        " on the hub's rehearsal database, then it is emptied",
    )
    rehearse.add_argument("--desks", type=int, help="how many desks (processes) at once")
    rehearse.add_argument("--workers", type=int, help="how many synthetic workers with cards")
    rehearse.add_argument(
        "--collisions",
        type=float,
        default=0.0,
        help="the share of workers two desks hand over at the same moment (0.05: 5 %%)",
    )
    rehearse.add_argument(
        "--kill-hub-after",
        type=float,
        metavar="S",
        help="kill the hub's PostgreSQL after S seconds and promote the standby (hub and"
        " standby on this machine; needs --hub-dir and --standby-dir)",
    )
    rehearse.add_argument("--hub-dir", type=Path, help="the hub's cluster folder")
    rehearse.add_argument("--standby-dir", type=Path, help="the standby's cluster folder")
    rehearse.add_argument(
        "--keep", action="store_true", help="leave the rehearsal's data for inspection"
    )
    rehearse.add_argument("--clean", action="store_true", help="remove a kept rehearsal")
    rehearse.add_argument("--json", action="store_true", help="the figures as JSON")
    rehearse.add_argument(
        "--database",
        metavar="URL",
        help="the rehearsal database (default: the hub's kiosk_gladi beside the registry)",
    )
    rehearse.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)


def open_sessions(config: Config, args: argparse.Namespace) -> sessionmaker[Session]:
    """The registry, opened lazily and as it is: the rehearsal only notes in its audit trail
    that it ran, when the registry is there; it never migrates or needs it."""
    from db.engine import make_engine, make_session_factory

    del args
    return make_session_factory(make_engine(config.database_url))


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.usecases.rehearsal import (
        RehearsalOptions,
        RehearsalRefusedError,
        clean_rehearsal,
        cluster_failover,
        rehearsal_url,
        run_rehearsal,
    )

    out, err = ctx.out, ctx.err
    registry_url = ctx.config.database_url
    try:
        url = args.database or rehearsal_url(registry_url)
        if args.clean:
            removed = clean_rehearsal(url, registry_url)
            text = (
                QCoreApplication.translate("cli", "The kept rehearsal was removed.")
                if removed
                else QCoreApplication.translate("cli", "There was no rehearsal to remove.")
            )
            print(text, file=out)
            return 0
        if not args.desks or not args.workers or args.desks < 1 or args.workers < 1:
            text = QCoreApplication.translate(
                "cli", "Say how many desks and workers: --desks N --workers M."
            )
            print(text, file=err)
            return EXIT_REFUSED
        failover = None
        if args.kill_hub_after is not None:
            dirs = (args.hub_dir, args.standby_dir)
            if dirs[0] is None or dirs[1] is None:
                # Hub and standby on this machine (make bench, a rehearsal on one laptop):
                # the hub's table says where their folders are.
                from kiosk.usecases.hub import local_cluster_dirs

                found = local_cluster_dirs(ctx.config.database_url)
                if found is None:
                    print(_refusal_text("no_cluster_dirs", ""), file=err)
                    return EXIT_REFUSED
                dirs = found
            failover = cluster_failover(dirs[0], dirs[1])
        key = _signing_key(ctx)
        if key is None:
            return EXIT_REFUSED
        options = RehearsalOptions(
            desks=args.desks,
            workers=args.workers,
            collisions=args.collisions,
            kill_hub_after=args.kill_hub_after,
            keep=args.keep,
            seed=args.seed,
        )
        report = run_rehearsal(
            url,
            options,
            key,
            registry_url=registry_url,
            site=ctx.config.site or "Gladi",
            failover=failover,
            progress=lambda stage: print(_stage_text(stage), file=err, flush=True),
        )
    except RehearsalRefusedError as error:
        print(_refusal(error), file=err)
        return EXIT_REFUSED
    _note_in_registry(ctx, report, url)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2), file=out)
    else:
        _print_report(ctx, report, url)
    return 0 if report.ok else 1


def _signing_key(ctx: CliContext) -> Ed25519PrivateKey | None:
    from kiosk.signing import SigningKeyError, open_signing_keys, signing_key_path

    try:
        return open_signing_keys(signing_key_path(ctx.environ)).private_key
    except SigningKeyError as error:
        text = QCoreApplication.translate("cli", "The card-signing key cannot be used: {why}")
        print(text.format(why=error), file=ctx.err)
        return None


def _note_in_registry(ctx: CliContext, report: RehearsalReport, url: str) -> None:
    """Best effort: a registry that is not there (yet), or not reachable, is left alone."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.usecases.rehearsal import record_rehearsal

    registry = make_url(ctx.config.database_url)
    if registry.get_backend_name() == "sqlite" and not (
        registry.database and Path(registry.database).is_file()
    ):
        return
    try:
        record_rehearsal(ctx.auditor, None, report, make_url(url).database or "")
    except SQLAlchemyError:
        return


def _print_report(ctx: CliContext, report: RehearsalReport, url: str) -> None:
    from sqlalchemy.engine import make_url

    out = ctx.out

    def ms(value: float | None) -> str:
        return "-" if value is None else f"{value:.1f}"

    def line(text: str, **values: object) -> None:
        print(text.format(**values), file=out)

    line(
        QCoreApplication.translate(
            "cli", "Rehearsal: {desks} desks, {workers} workers, {seconds:.1f} s"
        ),
        desks=report.desks,
        workers=report.workers,
        seconds=report.seconds,
    )
    line(
        QCoreApplication.translate("cli", "Handovers per second: {rate:.1f}"),
        rate=report.handovers_per_second,
    )
    line(
        QCoreApplication.translate("cli", "Lookup: p50 {p50} ms, p95 {p95} ms"),
        p50=ms(report.lookup_ms.p50),
        p95=ms(report.lookup_ms.p95),
    )
    line(
        QCoreApplication.translate("cli", "Handover, all told: p50 {p50} ms, p95 {p95} ms"),
        p50=ms(report.handover_ms.p50),
        p95=ms(report.handover_ms.p95),
    )
    line(
        QCoreApplication.translate("cli", "Handover commit: p50 {p50} ms, p95 {p95} ms"),
        p50=ms(report.handover_commit_ms.p50),
        p95=ms(report.handover_commit_ms.p95),
    )
    line(
        QCoreApplication.translate(
            "cli",
            "Attempts: {attempts}; handovers confirmed: {confirmed} (in the database: {stored})",
        ),
        attempts=report.attempts,
        confirmed=report.handovers_confirmed,
        stored=report.handovers_in_database,
    )
    line(
        QCoreApplication.translate(
            "cli", "Collisions: {planned} planned, {refused} refused, {named} naming the other desk"
        ),
        planned=report.collisions_planned,
        refused=report.collisions_refused,
        named=report.collisions_refused_naming_other_desk,
    )
    line(QCoreApplication.translate("cli", "Double handovers: {n}"), n=report.doubles)
    line(
        QCoreApplication.translate("cli", "Confirmed handovers lost: {n}"), n=report.confirmed_lost
    )
    if report.recovery_seconds is not None:
        line(
            QCoreApplication.translate(
                "cli", "Desks working again {seconds:.1f} s after the hub died"
            ),
            seconds=report.recovery_seconds,
        )
    if report.audit_ok:
        line(
            QCoreApplication.translate("cli", "Audit trail: intact ({n} events)"),
            n=report.audit_events_checked,
        )
    else:
        line(QCoreApplication.translate("cli", "Audit trail: BROKEN"))
    if report.attempts_failed:
        line(
            QCoreApplication.translate("cli", "Attempts that failed: {n}"), n=report.attempts_failed
        )
    for failure in report.desk_failures:
        line(QCoreApplication.translate("cli", "A desk could not work: {why}"), why=failure)
    if report.kept:
        line(
            QCoreApplication.translate(
                "cli",
                "The rehearsal's data is kept in the database {database}; remove it with"
                " kiosk rehearse --clean.",
            ),
            database=make_url(url).database,
        )
    else:
        line(QCoreApplication.translate("cli", "The rehearsal's data was removed."))
    if report.ok:
        line(QCoreApplication.translate("cli", "Rehearsal passed."))
    else:
        line(
            QCoreApplication.translate(
                "cli", "Rehearsal FAILED: double or lost handovers, or a broken audit trail."
            )
        )


def _stage_text(stage: RehearsalStage) -> str:
    from kiosk.usecases.rehearsal import RehearsalStage

    match stage:
        case RehearsalStage.PREPARING:
            return QCoreApplication.translate("cli", "Preparing the rehearsal database ...")
        case RehearsalStage.SEEDING:
            return QCoreApplication.translate(
                "cli", "Creating synthetic workers with printed cards ..."
            )
        case RehearsalStage.DESKS_STARTING:
            return QCoreApplication.translate("cli", "Starting the desks ...")
        case RehearsalStage.RUNNING:
            return QCoreApplication.translate("cli", "The desks are handing over cards ...")
        case RehearsalStage.HUB_KILLED:
            return QCoreApplication.translate(
                "cli", "The hub was killed; the standby takes over ..."
            )
        case RehearsalStage.CHECKING:
            return QCoreApplication.translate("cli", "Checking the database ...")
        case RehearsalStage.CLEANING:
            return QCoreApplication.translate("cli", "Removing the rehearsal's data ...")


def _refusal(error: RehearsalRefusedError) -> str:
    return _refusal_text(error.problem.value, error.detail)


def _refusal_text(problem: str, detail: str) -> str:
    match problem:
        case "sqlite":
            return QCoreApplication.translate(
                "cli",
                "A rehearsal needs a hub (PostgreSQL); this kiosk works on SQLite. Join a hub"
                " first (kiosk join CODE), or give --database URL.",
            )
        case "same_as_registry":
            return QCoreApplication.translate(
                "cli", "{database} is the registry itself: a rehearsal never runs there."
            ).format(database=detail)
        case "kept":
            return QCoreApplication.translate(
                "cli",
                "A kept rehearsal is still in {database}: remove it first with"
                " kiosk rehearse --clean.",
            ).format(database=detail)
        case "not_a_rehearsal":
            return QCoreApplication.translate(
                "cli",
                "The database {database} holds data that is not a rehearsal's: it is left alone.",
            ).format(database=detail)
        case "no_cluster_dirs":
            return QCoreApplication.translate(
                "cli",
                "--kill-hub-after needs the hub and the standby on this machine:"
                " give --hub-dir DIR and --standby-dir DIR.",
            )
        case _:
            return QCoreApplication.translate(
                "cli", "Say how many desks and workers: --desks N --workers M."
            )
