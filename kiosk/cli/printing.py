"""`kiosk receipt`, `kiosk print-batch` and `kiosk jobs`: printing from a terminal."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from db.models import JobStatus
from kiosk.cli.context import CliContext
from kiosk.security.roles import Permission

if TYPE_CHECKING:
    from kiosk.usecases.job_records import JobOutcome, JobPage
    from kiosk.usecases.printing_services import Printing

COMMANDS: tuple[str, ...] = ("receipt", "print-batch", "jobs")
JOBS_PER_PAGE = 50


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"a whole number from 1, not {text!r}")
    return value


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    receipt = sub.add_parser("receipt", help="print a worker's card on a receipt printer")
    receipt.add_argument("--kpj", required=True, help="the worker's KPJ number")
    receipt.add_argument(
        "--printer", help="the receipt printer's URL (default: the configured one)"
    )

    batch = sub.add_parser(
        "print-batch", help="print every card of a kecamatan or desa not printed yet"
    )
    batch.add_argument("--kecamatan", help="the kecamatan, by name or code")
    batch.add_argument("--desa", help="the desa, by name or code (in --kecamatan if given)")
    where = batch.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--out", help="write PDFs named after this file: FILE-001.pdf, FILE-002.pdf, ..."
    )
    where.add_argument("--printer", help="the card printer's URL: cups://QUEUE or folder:///PATH")
    batch.add_argument(
        "--per-file", type=int, default=None, help="cards per PDF file (default 200)"
    )
    batch.add_argument(
        "--dry-run", action="store_true", help="only say how many cards would be printed"
    )

    jobs = sub.add_parser(
        "jobs", help="list print jobs, a page at a time (newest first), or retry a failed one"
    )
    jobs.add_argument("--failed", action="store_true", help="only the failed jobs to do")
    jobs.add_argument(
        "--status", choices=[s.value for s in JobStatus], help="only the jobs in this status"
    )
    jobs.add_argument("--kpj", help="only the jobs of this worker (KPJ number)")
    jobs.add_argument(
        "--page", type=_positive, default=1, help="which page of the list (default 1)"
    )
    jobs.add_argument(
        "--per-page",
        type=_positive,
        default=JOBS_PER_PAGE,
        help=f"jobs per page (default {JOBS_PER_PAGE})",
    )
    jobs.add_argument("--retry", type=int, metavar="JOB", help="send this failed job again")
    jobs.add_argument("--printer", help="with --retry: send it to this printer instead")
    jobs.add_argument(
        "--resolve",
        type=int,
        metavar="JOB",
        help="settle a job the kiosk stopped sending (with --printed or --not-printed)",
    )
    outcome = jobs.add_mutually_exclusive_group()
    outcome.add_argument("--printed", action="store_true", help="with --resolve: it printed")
    outcome.add_argument(
        "--not-printed", action="store_true", help="with --resolve: it did not print"
    )
    jobs.add_argument("--approver", help="with --resolve: the approving supervisor")


def run(ctx: CliContext, args: argparse.Namespace, printing: Printing | None = None) -> int:
    from kiosk.signing import SigningKeyError
    from kiosk.usecases.printing_services import build_printing

    try:
        if printing is None:
            keys = ctx.signing_keys()
            printing = build_printing(ctx.sessions, ctx.auditor, ctx.config, keys)
        if args.command == "receipt":
            return _receipt(ctx, printing, args)
        if args.command == "print-batch":
            return _batch(ctx, printing, args)
        return _jobs(ctx, printing, args)
    except SigningKeyError as error:
        text = QCoreApplication.translate(
            "cli", "The card-signing key {path} cannot be used: {problem}"
        )
        print(text.format(path=error.path, problem=error.problem), file=ctx.err)
        return 1


def report_outcome(ctx: CliContext, outcome: JobOutcome) -> int:
    """Say what became of a print job; 0 when the printer took it, 1 when it failed."""
    from kiosk.texts.printing import printer_error_text

    if outcome.error is None:
        text = QCoreApplication.translate("cli", "Card {serial} for {name} sent to {printer}.")
        print(
            text.format(
                serial=outcome.serial_text, name=outcome.worker_name, printer=outcome.printer
            ),
            file=ctx.out,
        )
        return 0
    print(printer_error_text(outcome.error, as_url=True), file=ctx.err)
    text = QCoreApplication.translate(
        "cli",
        "The job {job} failed and is kept: `kiosk jobs --retry {job}` sends it again"
        " (add --printer URL for another printer).",
    )
    print(text.format(job=outcome.job_id), file=ctx.err)
    return 1


def refusal(ctx: CliContext, error: Exception) -> int | None:
    """Print why a print was refused and return the exit code, or None if not a refusal."""
    from kiosk.texts.printing import print_refusal_text
    from kiosk.usecases.cards import WorkerNotFoundError

    if isinstance(error, WorkerNotFoundError):
        text = QCoreApplication.translate("cli", "No worker has the KPJ number {kpj}.")
        print(text.format(kpj=error.key), file=ctx.err)
        return 2
    message = print_refusal_text(error)
    if message is None:
        return None
    print(message, file=ctx.err)
    return 1


def _receipt(ctx: CliContext, printing: Printing, args: argparse.Namespace) -> int:
    printer = args.printer or printing.receipt_printer
    if not printer:
        text = QCoreApplication.translate(
            "cli",
            "No receipt printer: give --printer URL, or set one with"
            " `kiosk settings set receipt_printer URL`.",
        )
        print(text, file=ctx.err)
        return 2
    actor = ctx.sign_in(Permission.PRINT_CARD)
    try:
        worker_id = printing.cards.worker_id_for_kpj(args.kpj)
        outcome = printing.jobs.print_receipt(actor, worker_id, printer)
    except Exception as error:
        code = refusal(ctx, error)
        if code is None:
            raise
        return code
    return report_outcome(ctx, outcome)


def _batch(ctx: CliContext, printing: Printing, args: argparse.Namespace) -> int:
    from kiosk.texts.printing import printer_error_text
    from kiosk.usecases.lookup import resolve_scope
    from kiosk.usecases.print_batch import CardBatches

    if not args.kecamatan and not args.desa:
        print(QCoreApplication.translate("cli", "Name a --kecamatan or a --desa."), file=ctx.err)
        return 2
    try:
        code = resolve_scope(ctx.sessions, args.kecamatan, args.desa)
    except LookupError:
        text = QCoreApplication.translate(
            "cli", "No single kecamatan or desa matches {what}; give its code to be sure."
        )
        print(text.format(what=args.desa or args.kecamatan), file=ctx.err)
        return 2
    assert code is not None
    batches = printing.batches
    if args.per_file is not None:
        if args.per_file < 1:
            print(QCoreApplication.translate("cli", "--per-file is at least 1."), file=ctx.err)
            return 2
        batches = CardBatches(
            batches.sessions,
            batches.auditor,
            batches.cards,
            batches.card_style,
            batches.card_printer_for,
            cards_per_file=args.per_file,
        )
    scope = batches.scope(code)
    plan = batches.plan(scope)
    text = QCoreApplication.translate(
        "cli",
        "{name}: {registered} registered, {printed} printed already, {to_print} to print.",
    )
    print(
        text.format(
            name=scope.name,
            registered=plan.registered,
            printed=plan.printed,
            to_print=plan.to_print,
        ),
        file=ctx.out,
    )
    if plan.unsettled:
        text = QCoreApplication.translate(
            "cli",
            "{count} cards were being sent to a printer when the kiosk stopped; they are"
            " skipped. Check the printer's output, then see `kiosk jobs`.",
        )
        print(text.format(count=plan.unsettled), file=ctx.err)
    if plan.claimed:
        text = QCoreApplication.translate(
            "cli", "{count} cards are being printed by another batch right now; it prints them."
        )
        print(text.format(count=plan.claimed), file=ctx.err)
    if plan.foreign:
        text = QCoreApplication.translate(
            "cli",
            "{count} cards were signed at another kiosk; a batch here skips them. Reprint"
            " them one by one if they are needed.",
        )
        print(text.format(count=plan.foreign), file=ctx.err)
    if args.dry_run:
        return 0
    actor = ctx.sign_in(Permission.PRINT_CARD)
    out = Path(args.out) if args.out else None
    if out is not None and not out.parent.resolve().is_dir():
        text = QCoreApplication.translate("cli", "The folder {folder} does not exist.")
        print(text.format(folder=out.parent), file=ctx.err)
        return 2
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if percent // 10 != last[0] // 10 or done == total:
            last[0] = percent
            print(f"{done}/{total} ({percent}%)", file=ctx.err)

    try:
        result = batches.run(actor, scope, out=out, printer=args.printer, progress=progress)
    except Exception as error:
        exit_code = refusal(ctx, error)
        if exit_code is None:
            raise
        return exit_code
    for path in result.files:
        print(path, file=ctx.out)
    text = QCoreApplication.translate("cli", "{count} cards printed.")
    print(text.format(count=result.printed), file=ctx.out)
    if result.skipped_claimed:
        text = QCoreApplication.translate(
            "cli",
            "{count} cards skipped: another batch or a desk was printing them at the same time.",
        )
        print(text.format(count=result.skipped_claimed), file=ctx.err)
    if result.failure is not None:
        print(printer_error_text(result.failure, as_url=True), file=ctx.err)
        text = QCoreApplication.translate(
            "cli", "Run the same command again to print the rest; no card is printed twice."
        )
        print(text, file=ctx.err)
        return 1
    return 0


def _jobs(ctx: CliContext, printing: Printing, args: argparse.Namespace) -> int:
    from kiosk.texts.printing import stored_error_text
    from kiosk.usecases.job_records import JobNotFoundError

    if args.resolve is not None:
        return _resolve(ctx, printing, args)
    if args.retry is not None:
        actor = ctx.sign_in(Permission.PRINT_CARD)
        try:
            outcome = printing.jobs.retry(actor, args.retry, args.printer)
        except JobNotFoundError:
            text = QCoreApplication.translate("cli", "There is no print job {job}.")
            print(text.format(job=args.retry), file=ctx.err)
            return 2
        except Exception as error:
            code = refusal(ctx, error)
            if code is None:
                raise
            return code
        return report_outcome(ctx, outcome)
    if args.printer:
        print(QCoreApplication.translate("cli", "--printer goes with --retry."), file=ctx.err)
        return 2
    status = JobStatus.FAILED if args.failed else JobStatus(args.status) if args.status else None
    if args.failed and args.status not in (None, JobStatus.FAILED.value):
        text = QCoreApplication.translate(
            "cli", "--failed and --status {status} do not go together."
        )
        print(text.format(status=args.status), file=ctx.err)
        return 2
    actor = ctx.sign_in(Permission.PRINT_CARD)
    page = printing.jobs.jobs_page(
        actor,
        status=status,
        kpj=args.kpj,
        offset=(args.page - 1) * args.per_page,
        limit=args.per_page,
    )
    if not page.total:
        print(QCoreApplication.translate("cli", "No print jobs."), file=ctx.out)
        return 0
    for row in page.rows:
        line = (
            f"{row.job_id:>6}  {row.status.value:<6}  {row.kind.value:<7}  {row.serial_text}"
            f"  {row.kpj}  {row.worker_name}  {row.printer}  x{row.attempts}"
        )
        if row.error:
            line += f"  — {stored_error_text(row.error)}"
        print(line, file=ctx.out)
    _say_page(ctx, page, args.page, args.per_page)
    return 0


def _say_page(ctx: CliContext, page: JobPage, number: int, per_page: int) -> None:
    """Where the page sits in the whole list, and how to see the rest: a list cut short
    says so."""
    pages = -(-page.total // per_page)
    if page.rows:
        text = QCoreApplication.translate(
            "cli", "Showing {first}–{last} of {total} jobs (page {page} of {pages})."
        )
        print(
            text.format(
                first=page.first, last=page.last, total=page.total, page=number, pages=pages
            ),
            file=ctx.out,
        )
    else:
        text = QCoreApplication.translate(
            "cli", "There is no page {page}: {total} jobs make {pages} pages."
        )
        print(text.format(page=number, total=page.total, pages=pages), file=ctx.out)
    if number < pages:
        text = QCoreApplication.translate("cli", "The next ones: add --page {next}.")
        print(text.format(next=number + 1), file=ctx.out)


def _resolve(ctx: CliContext, printing: Printing, args: argparse.Namespace) -> int:
    """`kiosk jobs --resolve N --printed|--not-printed --approver SUPERVISOR`."""
    from kiosk.usecases.job_records import JobNotFoundError, JobNotRetryableError

    if not (args.printed or args.not_printed) or not args.approver:
        text = QCoreApplication.translate(
            "cli", "--resolve needs --printed or --not-printed, and --approver."
        )
        print(text, file=ctx.err)
        return 2
    actor = ctx.sign_in(Permission.PRINT_CARD)
    approver = ctx.approval(args.approver, Permission.PRINT_CARD, actor)
    try:
        printing.jobs.resolve(actor, args.resolve, printed=args.printed, approved_by=approver)
    except JobNotFoundError:
        text = QCoreApplication.translate("cli", "There is no print job {job}.")
        print(text.format(job=args.resolve), file=ctx.err)
        return 2
    except JobNotRetryableError:
        text = QCoreApplication.translate(
            "cli", "The job {job} is not waiting for an answer; nothing to settle."
        )
        print(text.format(job=args.resolve), file=ctx.err)
        return 1
    text = QCoreApplication.translate("cli", "The job {job} is settled.")
    print(text.format(job=args.resolve), file=ctx.out)
    return 0
