"""Translated words for the province's report and targets, for the command line and the
window: a refused scope, a bad line of a target file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.usecases.report import ReportScopeError, ScopeProblem
from kiosk.usecases.targets import LineProblem, TargetProblem


def describe_scope_error(error: ReportScopeError) -> str:
    match error.problem:
        case ScopeProblem.UNKNOWN_KABUPATEN:
            return QCoreApplication.translate(
                "targets", "'{code}' is not a kabupaten/kota of NTT: give a code like 53.11."
            ).format(code=error.kabupaten or "")
        case ScopeProblem.PERIOD_REVERSED:
            return QCoreApplication.translate(
                "targets", "The period ends before it begins: --from must not be after --to."
            )


def describe_target_problem(problem: LineProblem) -> str:
    """What is wrong, with its line number when it came from a file (line > 0)."""
    text = _problem_text(problem.problem).format(value=problem.value)
    if problem.line <= 0:
        return text
    return QCoreApplication.translate("targets", "Line {line}: {problem}").format(
        line=problem.line, problem=text
    )


def _problem_text(problem: TargetProblem) -> str:
    match problem:
        case TargetProblem.NOT_KABUPATEN:
            return QCoreApplication.translate(
                "targets", "'{value}' is not a kabupaten/kota of NTT (a code like 53.11)."
            )
        case TargetProblem.NOT_A_NUMBER:
            return QCoreApplication.translate(
                "targets", "'{value}' is not a number of workers (digits only, e.g. 3986)."
            )
        case TargetProblem.TOO_LARGE:
            return QCoreApplication.translate("targets", "'{value}' is too large for a target.")
        case TargetProblem.DUPLICATE:
            return QCoreApplication.translate(
                "targets", "{value} appears more than once in the file."
            )
        case TargetProblem.WRONG_COLUMNS:
            return QCoreApplication.translate(
                "targets", "'{value}' must have exactly two columns: kode and target."
            )
        case TargetProblem.BAD_HEADER:
            return QCoreApplication.translate(
                "targets", "The first line must be the header kode,target (or kode;target)."
            )
        case TargetProblem.EMPTY_FILE:
            return QCoreApplication.translate("targets", "The file has no targets.")
        case TargetProblem.UNREADABLE:
            return QCoreApplication.translate(
                "targets", "The file cannot be read as a UTF-8 text file: {value}"
            )
