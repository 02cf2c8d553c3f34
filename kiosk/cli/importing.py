"""`kiosk import FILE`: import a registration list with progress and a summary on the terminal."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from kiosk.cli.context import CliContext
from kiosk.config import today_in_ntt
from kiosk.security.roles import Permission
from kiosk.texts.imports import describe_file_error, describe_problem, rejects_labels
from kiosk.usecases.importing import (
    ImportAudit,
    ImportFileError,
    ImportSummary,
    RowProblem,
    import_file,
)

# Enough rejected rows to see what went wrong; all of them are in the rejects file.
SHOWN_PROBLEMS = 20
EXIT_UNREADABLE = 2


def run_import(ctx: CliContext, file: str) -> int:
    """Import one file; 0 when it was processed (even with rejected rows), 2 when unreadable."""
    actor = ctx.sign_in(Permission.IMPORT)
    out, err = ctx.out, ctx.err
    interactive = err.isatty()

    def progress(done: int, total: int | None) -> None:
        if not interactive:
            return
        if total:
            text = QCoreApplication.translate("cli", "Importing: {done} of about {total} rows")
        else:
            text = QCoreApplication.translate("cli", "Importing: {done} rows")
        print(
            text.format(done=f"{done:,}", total=f"{total or 0:,}"), end="\r", file=err, flush=True
        )

    try:
        summary = import_file(
            ctx.sessions,
            Path(file),
            today=today_in_ntt(),
            progress=progress,
            describe=describe_problem,
            rejects_labels=rejects_labels(),
            audit=ImportAudit(ctx.auditor, actor),
        )
    except ImportFileError as error:
        if interactive:
            print(file=err)
        print(describe_file_error(error), file=err)
        return EXIT_UNREADABLE
    if interactive:
        print(" " * 60, end="\r", file=err)
    _print_summary(summary, out)
    return 0


def _line(problem: RowProblem) -> str:
    if problem.is_warning:
        text = QCoreApplication.translate(
            "cli", "  line {line}, column {column}: {reason} (warning)"
        )
    else:
        text = QCoreApplication.translate("cli", "  line {line}, column {column}: {reason}")
    return text.format(line=problem.line, column=problem.column, reason=describe_problem(problem))


def _print_summary(summary: ImportSummary, out: TextIO) -> None:
    text = QCoreApplication.translate(
        "cli",
        "{source}: {inserted} imported, {updated} updated, {unchanged} unchanged,"
        " {rejected} rejected ({seconds:.1f} s).",
    )
    print(
        text.format(
            source=summary.source,
            inserted=summary.inserted,
            updated=summary.updated,
            unchanged=summary.unchanged,
            rejected=summary.rejected,
            seconds=summary.elapsed_seconds,
        ),
        file=out,
    )
    if summary.problems:
        print(QCoreApplication.translate("cli", "Problems:"), file=out)
        for problem in summary.problems[:SHOWN_PROBLEMS]:
            print(_line(problem), file=out)
        hidden = len(summary.problems) - SHOWN_PROBLEMS
        if hidden > 0:
            text = QCoreApplication.translate("cli", "  … and {n} more.")
            print(text.format(n=hidden), file=out)
    if summary.rejects_path is not None:
        if summary.rejected:
            text = QCoreApplication.translate("cli", "Rejected rows, with reasons: {path}")
        else:  # only rows that differ from corrections made at the desk
            text = QCoreApplication.translate(
                "cli", "Rows that differ from corrections, for a supervisor: {path}"
            )
        print(text.format(path=summary.rejects_path), file=out)
