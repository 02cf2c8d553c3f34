"""The number of workers each kabupaten/kota is to reach, set by an admin at the centre:
one at a time, or a CSV file of them (header `kode,target`, commas or semicolons)."""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.enums import RegionLevel
from db.models import Region, Target
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor, Clock, utc_now

HEADER = ("kode", "target")
MAX_TARGET = 10_000_000


class TargetProblem(enum.StrEnum):
    NOT_KABUPATEN = "not_kabupaten"  # not a kabupaten/kota of the region table (53.xx)
    NOT_A_NUMBER = "not_a_number"  # the target is not a whole number from 0
    TOO_LARGE = "too_large"  # more than MAX_TARGET
    DUPLICATE = "duplicate"  # the file names the kabupaten twice
    WRONG_COLUMNS = "wrong_columns"  # a line without exactly two columns
    BAD_HEADER = "bad_header"  # the first line is not `kode,target`
    EMPTY_FILE = "empty_file"  # no line with a target
    UNREADABLE = "unreadable"  # the file cannot be read as UTF-8 text


@dataclass(frozen=True)
class LineProblem:
    """What is wrong on one line of a target file (line 1 is the header); value as written."""

    line: int
    problem: TargetProblem
    value: str = ""


class TargetError(ValueError):
    """Nothing was written: one problem for `set`, every bad line for `import_csv`."""

    def __init__(self, problems: list[LineProblem]) -> None:
        super().__init__("; ".join(f"{p.line}: {p.problem.value} {p.value!r}" for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class TargetRow:
    kabupaten: str
    name: str
    workers: int
    set_at: dt.datetime
    set_by: str


class Targets:
    """Targets per kabupaten/kota; every change needs SET_TARGETS and is audited."""

    def __init__(
        self, sessions: sessionmaker[Session], auditor: Auditor, clock: Clock = utc_now
    ) -> None:
        self.sessions = sessions
        self.auditor = auditor
        self.clock = clock

    def set(self, actor: Actor, kabupaten: str, workers: str | int) -> TargetRow:
        """Set one kabupaten's target; TargetError (line 0) when the code or number is wrong."""
        self.auditor.require(actor, Permission.SET_TARGETS, target=f"kabupaten:{kabupaten}")
        with self.sessions.begin() as session:
            names = _kabupaten_names(session)
            problems: list[LineProblem] = []
            code = _check_code(kabupaten.strip(), names, 0, problems)
            count = _check_number(str(workers), 0, problems)
            if problems or code is None or count is None:
                raise TargetError(problems)
            now = self.clock()
            previous = _store(session, code, count, now, actor.username)
            self.auditor.record(
                session,
                actor,
                AuditAction.TARGET_SET,
                target=f"kabupaten:{code}",
                details={"kabupaten": code, "workers": count, "previous": previous},
            )
            return TargetRow(code, names[code], count, now, actor.username)

    def import_csv(self, actor: Actor, path: Path) -> list[TargetRow]:
        """Set every target of the file in one transaction; TargetError naming every bad line
        (and nothing written) when any line is wrong."""
        self.auditor.require(actor, Permission.SET_TARGETS)
        try:
            content = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise TargetError([LineProblem(0, TargetProblem.UNREADABLE, str(error))]) from error
        with self.sessions.begin() as session:
            names = _kabupaten_names(session)
            parsed = _parse(content, names)
            now = self.clock()
            for code, count in parsed:
                _store(session, code, count, now, actor.username)
            self.auditor.record(
                session,
                actor,
                AuditAction.TARGET_SET,
                details={"file": path.name, "targets": dict(parsed)},
            )
            return [
                TargetRow(code, names[code], count, now, actor.username) for code, count in parsed
            ]

    def list_targets(self, actor: Actor) -> list[TargetRow]:
        """Every target set, by kabupaten code."""
        self.auditor.require(actor, Permission.SET_TARGETS)
        with self.sessions() as session:
            rows = session.execute(
                select(Target, Region.name)
                .join(Region, Region.code == Target.kabupaten)
                .order_by(Target.kabupaten)
            )
            return [
                TargetRow(t.kabupaten, name, t.workers, _aware(t.set_at), t.set_by)
                for t, name in rows
            ]


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _kabupaten_names(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(Region.code, Region.name).where(Region.level == RegionLevel.REGENCY)
    )
    return {code: name for code, name in rows}


def _check_code(
    text: str, names: dict[str, str], line: int, problems: list[LineProblem]
) -> str | None:
    if text not in names or not text.startswith("53."):
        problems.append(LineProblem(line, TargetProblem.NOT_KABUPATEN, text))
        return None
    return text


def _check_number(text: str, line: int, problems: list[LineProblem]) -> int | None:
    value = text.strip()
    if not value.isascii() or not value.isdigit():
        problems.append(LineProblem(line, TargetProblem.NOT_A_NUMBER, value))
        return None
    count = int(value)
    if count > MAX_TARGET:
        problems.append(LineProblem(line, TargetProblem.TOO_LARGE, value))
        return None
    return count


def _parse(content: str, names: dict[str, str]) -> list[tuple[str, int]]:
    lines = content.splitlines()
    first = lines[0] if lines else ""
    delimiter = ";" if ";" in first else ","
    reader = csv.reader(io.StringIO(content), delimiter=delimiter)
    problems: list[LineProblem] = []
    found: dict[str, int] = {}
    header_seen = False
    for row in reader:
        number = reader.line_num
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if not header_seen:
            header_seen = True
            if tuple(c.lower() for c in cells) != HEADER:
                raise TargetError(
                    [LineProblem(number, TargetProblem.BAD_HEADER, delimiter.join(cells))]
                )
            continue
        if len(cells) != len(HEADER):
            problems.append(LineProblem(number, TargetProblem.WRONG_COLUMNS, delimiter.join(cells)))
            continue
        code = _check_code(cells[0], names, number, problems)
        count = _check_number(cells[1], number, problems)
        if code is None or count is None:
            continue
        if code in found:
            problems.append(LineProblem(number, TargetProblem.DUPLICATE, code))
            continue
        found[code] = count
    if not header_seen:
        raise TargetError([LineProblem(1, TargetProblem.BAD_HEADER, "")])
    if problems:
        raise TargetError(problems)
    if not found:
        raise TargetError([LineProblem(2, TargetProblem.EMPTY_FILE, "")])
    return sorted(found.items())


def _store(session: Session, code: str, workers: int, now: dt.datetime, by: str) -> int | None:
    """Insert or replace the target; the one it replaced (None: none was set)."""
    row = session.get(Target, code)
    if row is None:
        session.add(Target(kabupaten=code, workers=workers, set_at=now, set_by=by))
        return None
    previous = row.workers
    row.workers, row.set_at, row.set_by = workers, now, by
    return previous
