"""`kiosk report` and `kiosk targets`: the province's programme report and its targets."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kiosk.cli.context import CliContext
from kiosk.config import WITA
from kiosk.security.roles import Permission

if TYPE_CHECKING:
    from printing.report_data import ProgrammeReport

COMMANDS: tuple[str, ...] = ("report", "targets")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser(
        "report", help="the programme's report per kabupaten/kota (a monitor or a supervisor)"
    )
    report.add_argument("--kabupaten", help="only this kabupaten/kota, e.g. 53.11")
    report.add_argument("--from", dest="date_from", type=_date, help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="date_to", type=_date, help="last day, YYYY-MM-DD")
    report.add_argument("--json", action="store_true", help="the whole report as JSON")
    report.add_argument(
        "--pdf", type=Path, metavar="FILE", help="also write it as a PDF (A4, with charts)"
    )
    report.add_argument(
        "--xlsx", type=Path, metavar="FILE", help="also write it as an Excel workbook"
    )

    targets = sub.add_parser("targets", help="the number of workers each kabupaten is to reach")
    targets_sub = targets.add_subparsers(dest="targets_command", required=True)
    set_ = targets_sub.add_parser("set", help="set one kabupaten/kota's target (an admin)")
    set_.add_argument("kabupaten", help="its code, e.g. 53.11")
    set_.add_argument("workers", help="the number of workers, e.g. 3986")
    imp = targets_sub.add_parser(
        "import", help="set targets from a CSV file with the header kode,target (an admin)"
    )
    imp.add_argument("file")
    listing = targets_sub.add_parser("list", help="the targets set (an admin)")
    listing.add_argument("--json", action="store_true", help="machine-readable output")


def _write_files(
    ctx: CliContext, report: ProgrammeReport, pdf: Path | None, xlsx: Path | None
) -> None:
    if pdf is not None:
        from printing.report_pdf import render_report_pdf

        render_report_pdf(report, pdf)
        print(
            QCoreApplication.translate("cli", "Report saved: {file}").format(file=pdf), file=ctx.err
        )
    if xlsx is not None:
        from kiosk.usecases.report_xlsx import write_report_xlsx

        write_report_xlsx(report, xlsx)
        print(
            QCoreApplication.translate("cli", "Report saved: {file}").format(file=xlsx),
            file=ctx.err,
        )


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date as YYYY-MM-DD, not {text!r}") from None


def run(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.command == "report":
        return _report(ctx, args)
    return _targets(ctx, args)


def _report(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.texts.targets import describe_scope_error
    from kiosk.usecases.report import Reports, ReportScopeError, freshness_line, report_to_json
    from printing.report_data import ReportScope

    actor = ctx.sign_in(Permission.VIEW_REPORT)
    scope = ReportScope(args.kabupaten, args.date_from, args.date_to)
    outputs = [
        name for name, given in (("json", args.json), ("pdf", args.pdf), ("xlsx", args.xlsx))
        if given
    ]  # fmt: skip
    output = "+".join(outputs) or "text"
    try:
        report = Reports(ctx.sessions, ctx.auditor, ctx.auditor.clock).open(
            actor, scope, output=output
        )
    except ReportScopeError as error:
        print(describe_scope_error(error), file=ctx.err)
        return 2
    # The same report object for every form: the numbers cannot disagree.
    try:
        _write_files(ctx, report, args.pdf, args.xlsx)
    except OSError as error:
        print(
            QCoreApplication.translate("cli", "The report cannot be saved there: {reason}").format(
                reason=error
            ),
            file=ctx.err,
        )
        return 2
    if (args.pdf is not None or args.xlsx is not None) and not args.json:
        return 0
    if args.json:
        json.dump(report_to_json(report), ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    made = report.made_at.astimezone(WITA).strftime("%d-%m-%Y %H:%M")
    print(
        QCoreApplication.translate("cli", "Programme report, made {time} WITA").format(time=made),
        file=ctx.out,
    )
    for row in report.freshness:
        print(f"  {freshness_line(row)}", file=ctx.out)
    headers = (
        QCoreApplication.translate("cli", "Kabupaten/kota"),
        QCoreApplication.translate("cli", "Target"),
        QCoreApplication.translate("cli", "Registered"),
        QCoreApplication.translate("cli", "Printed"),
        QCoreApplication.translate("cli", "Handed over"),
        QCoreApplication.translate("cli", "Account opened"),
    )
    whole = report.total
    total = QCoreApplication.translate("cli", "Total")
    rows = [
        (
            total if r is whole else r.name,
            "-" if r.target is None else str(r.target),
            str(r.registered),
            str(r.printed),
            str(r.handed_over),
            str(r.account_opened),
        )
        for r in (*report.kabupaten, whole)
    ]
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    for cells in [headers, *rows]:
        line = cells[0].ljust(widths[0]) + "".join(
            "  " + c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)
        )
        print(line, file=ctx.out)
    cards, bank = report.cards, report.bank
    print(
        QCoreApplication.translate(
            "cli",
            "Cards printed {printed} = handed over {handed} + waiting {waiting}"
            " + replaced {replaced} + voided {voided}",
        ).format(
            printed=cards.printed,
            handed=cards.handed_over,
            waiting=cards.waiting,
            replaced=cards.replaced,
            voided=cards.voided,
        ),
        file=ctx.out,
    )
    print(
        QCoreApplication.translate(
            "cli",
            "Bank applications {total}: opened {opened}, waiting for the bank {pending},"
            " rejected {rejected}, failed {failed}",
        ).format(
            total=bank.applications,
            opened=bank.opened,
            pending=bank.pending,
            rejected=bank.rejected,
            failed=bank.failed,
        ),
        file=ctx.out,
    )
    if report.doubles:
        print(
            QCoreApplication.translate("cli", "Double handovers: {count}").format(
                count=len(report.doubles)
            ),
            file=ctx.out,
        )
        for double in report.doubles:
            print(f"  {double.worker}  {double.kabupaten}", file=ctx.out)
            for h in double.handovers:
                when = h.at.astimezone(WITA).strftime("%d-%m-%Y %H:%M")
                print(f"    {h.site}  {h.desk}  {h.operator}  {when}", file=ctx.out)
    return 0


def _targets(ctx: CliContext, args: argparse.Namespace) -> int:
    from kiosk.texts.targets import describe_target_problem
    from kiosk.usecases.targets import TargetError, Targets

    actor = ctx.sign_in(Permission.SET_TARGETS)
    targets = Targets(ctx.sessions, ctx.auditor, ctx.auditor.clock)
    try:
        match args.targets_command:
            case "set":
                row = targets.set(actor, args.kabupaten, args.workers)
                print(
                    QCoreApplication.translate("cli", "Target of {name} ({code}): {n}.").format(
                        name=row.name, code=row.kabupaten, n=row.workers
                    ),
                    file=ctx.out,
                )
                return 0
            case "import":
                rows = targets.import_csv(actor, Path(args.file))
                print(
                    QCoreApplication.translate("cli", "{n} targets set from {file}.").format(
                        n=len(rows), file=args.file
                    ),
                    file=ctx.out,
                )
                return 0
    except TargetError as error:
        if len(error.problems) > 1:
            print(
                QCoreApplication.translate(
                    "cli", "Nothing was saved: {n} lines must be corrected first."
                ).format(n=len(error.problems)),
                file=ctx.err,
            )
        elif args.targets_command == "import":
            print(
                QCoreApplication.translate("cli", "Nothing was saved: correct the file first."),
                file=ctx.err,
            )
        for problem in error.problems:
            print(describe_target_problem(problem), file=ctx.err)
        return 1
    listed = targets.list_targets(actor)
    if args.json:
        payload = [
            {
                "kabupaten": r.kabupaten,
                "name": r.name,
                "target": r.workers,
                "set_at": r.set_at.astimezone(WITA).isoformat(timespec="seconds"),
                "set_by": r.set_by,
            }
            for r in listed
        ]
        json.dump(payload, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    if not listed:
        print(QCoreApplication.translate("cli", "No targets set."), file=ctx.out)
    for r in listed:
        when = r.set_at.astimezone(WITA).strftime("%d-%m-%Y %H:%M")
        print(f"{r.kabupaten}  {r.name:<32} {r.workers:>8}  {when}  {r.set_by}", file=ctx.out)
    return 0
