"""`kiosk events`, `kiosk bast`, `kiosk handover --paper`, `kiosk void-handover` and
`kiosk purge`: the handover record."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kiosk.cli.context import CliContext
from kiosk.security.roles import Permission

COMMANDS: tuple[str, ...] = ("events", "bast", "handover", "void-handover", "progress", "purge")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    events = sub.add_parser("events", help="handover events: list them, or add one")
    events_sub = events.add_subparsers(dest="events_command", required=True)
    events_sub.add_parser("list", help="the events, newest first")
    add = events_sub.add_parser("add", help="add a handover event")
    add.add_argument("name", help='e.g. "Penyerahan Kartu Peserta Sumba Timur"')
    add.add_argument("--date", required=True, type=_date, help="YYYY-MM-DD")
    add.add_argument("--place", required=True, help='e.g. "Aula Kantor Bupati, Waingapu"')
    add.add_argument(
        "--region", required=True, help="the kabupaten, kecamatan or desa it serves (code)"
    )
    add.add_argument("--office", default="", help="the BPJS branch that runs it")

    bast = sub.add_parser("bast", help="write the BAST (handover record) of an event or a day")
    bast.add_argument("--event", type=int, help="the event's number (default: the current one)")
    bast.add_argument("--date", type=_date, help="only this day, YYYY-MM-DD")
    bast.add_argument("--out", required=True, help="the PDF file to write")

    paper = sub.add_parser(
        "handover",
        help="enter a handover made on paper when no hub could be reached "
        "(needs --approver, a supervisor)",
    )
    paper.add_argument("--kpj", required=True, help="the worker's KPJ number")
    paper.add_argument(
        "--card", required=True, help="the card's serial (its last 4 or more characters)"
    )
    paper.add_argument(
        "--paper", required=True, help="the scan of the receipt signed by hand: PDF or PNG"
    )
    paper.add_argument(
        "--at",
        required=True,
        help="when it was handed over, as on the receipt: 'YYYY-MM-DD HH:MM' WITA",
    )
    paper.add_argument(
        "--approver", required=True, help="the supervisor who approves ($KIOSK_APPROVER_PIN)"
    )
    paper.add_argument(
        "--document", choices=["ktp", "kk", "other"], default="ktp", help="the identity document"
    )

    void = sub.add_parser("void-handover", help="void a handover (a supervisor)")
    void.add_argument("handover", type=int, help="the handover's number")
    void.add_argument("--reason", required=True)

    sub.add_parser("progress", help="the current event's progress, by desa")

    purge = sub.add_parser(
        "purge",
        help="delete tanda terima and card PDFs of handovers whose BAST is written, "
        "retention_days after the event (a supervisor)",
    )
    purge.add_argument("--dry-run", action="store_true", help="only count what would be deleted")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date as YYYY-MM-DD, not {text!r}") from None


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    match args.command:
        case "events":
            return _events(ctx, args)
        case "bast":
            return _bast(ctx, args)
        case "handover":
            return _paper(ctx, args)
        case "void-handover":
            return _void(ctx, args)
        case "purge":
            return _purge(ctx, args)
        case _:
            return _progress(ctx)


def _events(ctx: CliContext, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from db.models import Region, Site, SiteKind
    from kiosk.usecases.audit import AuditAction

    if args.events_command == "list":
        with ctx.sessions() as session:
            rows = session.scalars(
                select(Site)
                .where(Site.kind == SiteKind.EVENT)
                .order_by(Site.event_date.desc(), Site.id.desc())
            ).all()
        if not rows:
            print(QCoreApplication.translate("cli", "No events."), file=ctx.out)
        for event in rows:
            when = event.event_date.isoformat() if event.event_date else "-"
            print(
                f"{event.id:>4}  {when}  {event.name}  ({event.place or '-'}; "
                f"{event.region_code or '-'})",
                file=ctx.out,
            )
        return 0
    actor = ctx.sign_in(Permission.CHANGE_SETTINGS)
    with ctx.sessions.begin() as session:
        if session.get(Region, args.region) is None:
            text = QCoreApplication.translate("cli", "There is no region with the code {code}.")
            print(text.format(code=args.region), file=ctx.err)
            return 2
        event = Site(
            kind=SiteKind.EVENT,
            name=" ".join(args.name.split())[:120],
            place=" ".join(args.place.split())[:120],
            region_code=args.region,
            event_date=args.date,
            office=args.office or None,
        )
        session.add(event)
        session.flush()
        ctx.auditor.record(
            session,
            actor,
            AuditAction.SETTINGS_CHANGE,
            details={"event_added": event.id, "name": event.name, "date": args.date.isoformat()},
        )
        number = event.id
    text = QCoreApplication.translate(
        "cli",
        "Event {number} added. Make it this kiosk's with `kiosk settings set event {number}`.",
    )
    print(text.format(number=number), file=ctx.out)
    return 0


def _bast(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.usecases.bast import NoEventError, bast_content, write_bast

    actor = ctx.sign_in(Permission.CLOSE_DAY)
    try:
        content = bast_content(
            ctx.sessions,
            ctx.auditor,
            actor,
            event_id=args.event,
            day=args.date,
            configured_event=ctx.config.event,
        )
    except NoEventError:
        text = QCoreApplication.translate(
            "cli", "No such event; see `kiosk events list`, or give --date."
        )
        print(text, file=ctx.err)
        return 2
    if not content.entries:
        print(QCoreApplication.translate("cli", "No handovers to record."), file=ctx.err)
        return 1
    summary = write_bast(
        ctx.sessions, ctx.auditor, actor, content, Path(args.out), site=ctx.config.site
    )
    text = QCoreApplication.translate(
        "cli", "BAST written to {path}: {rows} handovers, {pages} pages."
    )
    print(text.format(path=args.out, rows=summary.rows, pages=summary.pages), file=ctx.out)
    return 0


def _paper(ctx: CliContext, args: argparse.Namespace) -> int:
    from db.models import IdDocument
    from kiosk.texts.handover import handover_problem_text, prior_handover_text
    from kiosk.usecases.audit import PermissionDeniedError
    from kiosk.usecases.handover import AlreadyHandedOverError, HandoverRefusedError
    from kiosk.usecases.handover_paper import (
        MAX_SCAN_BYTES,
        PaperHandoverRequest,
        PaperHandovers,
        wita_time,
    )

    try:
        at = wita_time(args.at)
    except ValueError:
        text = QCoreApplication.translate(
            "cli", "--at takes the time as on the receipt: 'YYYY-MM-DD HH:MM' (WITA)."
        )
        print(text, file=ctx.err)
        return 2
    path = Path(args.paper)
    try:
        with path.open("rb") as scan_file:
            scan = scan_file.read(MAX_SCAN_BYTES + 1)
    except OSError:
        text = QCoreApplication.translate("cli", "Cannot read the scan {path}.")
        print(text.format(path=args.paper), file=ctx.err)
        return 2
    actor = ctx.sign_in(Permission.HANDOVER)
    approver = ctx.approval(args.approver, Permission.HANDOVER, actor)
    desk = PaperHandovers(ctx.sessions, ctx.auditor, ctx.config.event)
    request = PaperHandoverRequest(
        kpj=args.kpj, serial=args.card, at=at, scan=scan, document=IdDocument(args.document)
    )
    try:
        done = desk.record(actor, request, approver)
    except PermissionDeniedError:
        text = QCoreApplication.translate("cli", "A supervisor must approve a paper handover.")
        print(text, file=ctx.err)
        return 3
    except HandoverRefusedError as refused:
        print(handover_problem_text(refused.problem, refused.detail), file=ctx.err)
        return 2
    except AlreadyHandedOverError as already:
        print(prior_handover_text(already.prior), file=ctx.err)
        text = QCoreApplication.translate(
            "cli", "First record: handover {number}. Nothing new was recorded."
        )
        print(text.format(number=already.prior.handover_id), file=ctx.err)
        return 1
    text = QCoreApplication.translate(
        "cli", "Handover {number} recorded on paper: {name}, card {serial}, {time} WITA."
    )
    print(
        text.format(
            number=done.handover_id,
            name=done.worker_name,
            serial=done.serial_text,
            time=at.strftime("%d-%m-%Y %H:%M"),
        ),
        file=ctx.out,
    )
    return 0


def _void(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.texts.handover import already_voided_text
    from kiosk.usecases.handover import (
        AlreadyVoidedError,
        HandoverNotFoundError,
        HandoverRefusedError,
        Handovers,
    )

    actor = ctx.sign_in(Permission.APPROVE)
    desk = Handovers(ctx.sessions, ctx.auditor, ctx.trusted)
    try:
        desk.void(actor, args.handover, args.reason)
    except HandoverNotFoundError:
        text = QCoreApplication.translate("cli", "There is no handover {number}.")
        print(text.format(number=args.handover), file=ctx.err)
        return 2
    except HandoverRefusedError:
        print(QCoreApplication.translate("cli", "Give the reason."), file=ctx.err)
        return 2
    except AlreadyVoidedError as voided:
        print(already_voided_text(voided.prior), file=ctx.err)
        return 1
    text = QCoreApplication.translate("cli", "Handover {number} is void.")
    print(text.format(number=args.handover), file=ctx.out)
    return 0


def _progress(ctx: CliContext) -> int:
    from kiosk.usecases.progress import event_progress

    actor = ctx.sign_in(Permission.HANDOVER)
    progress = event_progress(ctx.sessions, ctx.config.event, ctx.auditor, actor)
    print(f"{progress.event_name} — {progress.scope_name}", file=ctx.out)
    header = QCoreApplication.translate(
        "cli",
        "kecamatan / desa: registered, printed, handed over, remaining; "
        "bank accounts opened, activated",
    )
    print(header, file=ctx.out)
    for row in progress.rows:
        kecamatan = row.kecamatan or QCoreApplication.translate("cli", "(kecamatan not given)")
        desa = row.desa or QCoreApplication.translate("cli", "(desa not given)")
        print(
            f"{kecamatan} / {desa}: {row.registered}, {row.printed}, "
            f"{row.handed_over}, {row.remaining}; {row.accounts_opened}, "
            f"{row.accounts_activated}",
            file=ctx.out,
        )
    total = progress.total()
    print(
        f"= {total.registered}, {total.printed}, {total.handed_over}, {total.remaining}; "
        f"{total.accounts_opened}, {total.accounts_activated}",
        file=ctx.out,
    )
    return 0


def _purge(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.usecases.retention import purge_documents

    actor = ctx.sign_in(Permission.CLOSE_DAY)
    report = purge_documents(
        ctx.sessions, ctx.auditor, actor, ctx.config.retention_days, dry_run=args.dry_run
    )
    if args.dry_run:
        text = QCoreApplication.translate("cli", "{count} files would be deleted.")
    else:
        text = QCoreApplication.translate("cli", "{count} files deleted.")
    print(text.format(count=report.removed), file=ctx.out)
    text = QCoreApplication.translate(
        "cli",
        "Kept: {retention} within the {days} days after their event, {no_bast} whose "
        "handovers are in no BAST yet, {not_handed} of cards not handed over.",
    )
    print(
        text.format(
            retention=report.kept_in_retention,
            days=report.retention_days,
            no_bast=report.kept_no_bast,
            not_handed=report.kept_not_handed_over,
        ),
        file=ctx.out,
    )
    if report.failed:
        text = QCoreApplication.translate(
            "cli", "{count} files could not be deleted; they are tried again next time."
        )
        print(text.format(count=report.failed), file=ctx.err)
        return 1
    return 0
