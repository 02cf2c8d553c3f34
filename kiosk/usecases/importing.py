"""Importing a registration list (CSV or XLSX) into the registry, keyed by NIK, in one go."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import ImportBatch, Region
from db.workers import (
    WorkerRecord,
    existing_by_nik,
    insert_workers,
    owners_of_kpj,
    record_of,
    update_workers,
)
from kiosk.registry.identifiers import mask_nik
from kiosk.registry.rows import (
    Field,
    Header,
    MissingColumnsError,
    ParsedRow,
    ProblemCode,
    RegionIndex,
    RowParser,
    RowProblem,
    find_header,
)
from kiosk.registry.tabular import (
    FileProblem,
    RawRow,
    Sheet,
    Table,
    TableError,
    cell_text,
    open_table,
)

if TYPE_CHECKING:
    from _csv import Writer

__all__ = [
    "DEFAULT_CHUNK_ROWS",
    "Describer",
    "Field",
    "FileProblem",
    "ImportCancelledError",
    "ImportFileError",
    "ImportSummary",
    "ProblemCode",
    "ProgressCallback",
    "RejectsLabels",
    "RowProblem",
    "describe_in_english",
    "import_file",
    "rejects_path_for",
]

DEFAULT_CHUNK_ROWS: Final = 1000
# Semicolons: what Excel expects in a CSV under Indonesian regional settings.
XLSX_REJECTS_DELIMITER: Final = ";"

ProgressCallback = Callable[[int, int | None], None]
Describer = Callable[[RowProblem], str]
_Rows = Generator[RawRow, None, None]


class ImportCancelledError(Exception):
    """Raised by a progress callback to stop an import; the registry is left untouched."""


class ImportFileError(Exception):
    """The file cannot be imported at all: nothing was written."""

    def __init__(
        self,
        reason: FileProblem,
        path: Path,
        *,
        missing: tuple[Field, ...] = (),
        detail: str = "",
    ) -> None:
        text = f"{path}: {reason.value}"
        if missing:
            text += f" ({', '.join(missing)})"
        elif detail:
            text += f" ({detail})"
        super().__init__(text)
        self.reason = reason
        self.path = path
        self.missing = missing
        self.detail = detail


@dataclass(frozen=True)
class RejectsLabels:
    """Headings of the rejects file's own columns; pass translated ones from the UI."""

    line: str = "line"
    column: str = "column"
    value: str = "value"
    reason: str = "reason"


@dataclass(frozen=True)
class ImportSummary:
    batch_id: int
    source: str
    rows: int  # data rows read, blank ones not counted
    inserted: int
    updated: int
    unchanged: int
    rejected: int  # rows
    warnings: int  # warnings on rows that were imported
    problems: tuple[RowProblem, ...]  # every problem, errors and warnings, in file order
    rejects_path: Path | None
    elapsed_seconds: float


_ENGLISH: Final[Mapping[ProblemCode, str]] = {
    ProblemCode.NIK_MISSING: "the NIK is empty",
    ProblemCode.NIK_SCIENTIFIC_NOTATION: (
        "Excel turned the NIK into scientific notation (like 5.31101E+15) and its last digits"
        " are lost: format the NIK column as Text and type the NIK again"
    ),
    ProblemCode.NIK_EXCEL_NUMBER: (
        "the NIK is stored as a number and Excel keeps only 15 digits of a number, so the"
        " last digit is lost: format the NIK column as Text and type the NIK again"
    ),
    ProblemCode.NIK_NOT_DIGITS: "the NIK must have digits only",
    ProblemCode.NIK_TOO_SHORT: "the NIK has only {digits} digits instead of 16",
    ProblemCode.NIK_TOO_LONG: "the NIK has {digits} digits instead of 16",
    ProblemCode.NIK_BAD_REGION: "the NIK does not start with a region code",
    ProblemCode.NIK_IMPOSSIBLE_DATE: "digits 7 to 12 of the NIK are not a date of birth",
    ProblemCode.NIK_ZERO_SERIAL: "the NIK ends in 0000, which no NIK does",
    ProblemCode.NIK_DUPLICATE_IN_FILE: "the same NIK is already on line {first_line}",
    ProblemCode.NAME_MISSING: "the name is empty",
    ProblemCode.VALUE_TOO_LONG: "longer than {max_length} characters",
    ProblemCode.BIRTH_DATE_MISSING: "the date of birth is empty",
    ProblemCode.BIRTH_DATE_UNREADABLE: "the date of birth is not a date (write dd/mm/yyyy)",
    ProblemCode.BIRTH_DATE_IMPOSSIBLE: "the date of birth does not exist",
    ProblemCode.BIRTH_DATE_IN_FUTURE: "the date of birth is in the future",
    ProblemCode.SEX_UNREADABLE: "the sex must be L or P (Laki-laki or Perempuan)",
    ProblemCode.KPJ_MISSING: "the KPJ number is empty",
    ProblemCode.KPJ_INVALID: "the KPJ number must have 11 digits, not {digits}",
    ProblemCode.KPJ_DUPLICATE_IN_FILE: "the same KPJ number is already on line {first_line}",
    ProblemCode.KPJ_HELD_BY_OTHER: "the KPJ number belongs to another worker (NIK {owner})",
    ProblemCode.PHONE_INVALID: "not a mobile phone number (08…, 62… or +62…)",
    ProblemCode.DESA_CODE_UNKNOWN: "no desa/kelurahan in NTT has this code",
    ProblemCode.KECAMATAN_UNKNOWN: "no kecamatan in NTT has this name or code",
    ProblemCode.DESA_UNKNOWN: "no desa/kelurahan in NTT has this name",
    ProblemCode.DESA_NOT_IN_KECAMATAN: "no desa/kelurahan of this name in kecamatan {kecamatan}",
    ProblemCode.DESA_AMBIGUOUS: (
        "several desa/kelurahan have this name ({candidates}): add the kecamatan or the desa code"
    ),
    ProblemCode.NIK_UNKNOWN_REGION: "the NIK's region {district} is not a kecamatan of NTT",
    ProblemCode.NIK_SEX_MISMATCH: "the sex does not match the NIK",
    ProblemCode.NIK_BIRTH_DATE_MISMATCH: "the date of birth does not match the NIK ({nik_date})",
    ProblemCode.DESA_MISSING: "the desa/kelurahan is empty",
    ProblemCode.KABUPATEN_UNKNOWN: "no kabupaten/kota in NTT has this name or code",
}


def describe_in_english(problem: RowProblem) -> str:
    """Plain English, for tests and logs; people get translated text from the UI layer."""
    return _ENGLISH[problem.code].format(**problem.params)


def rejects_path_for(path: Path) -> Path:
    return path.with_name(f"{path.stem}.rejects.csv")


_ENGLISH_LABELS: Final = RejectsLabels()


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _ignore_progress(_done: int, _total: int | None) -> None:
    return None


def import_file(
    sessions: sessionmaker[Session],
    path: Path,
    *,
    today: dt.date,
    progress: ProgressCallback = _ignore_progress,
    describe: Describer = describe_in_english,
    clock: Callable[[], dt.datetime] = _utc_now,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    rejects_labels: RejectsLabels = _ENGLISH_LABELS,
) -> ImportSummary:
    """Import a registration list in one transaction: all of its good rows, or nothing.

    Rows are read lazily and written in chunks of chunk_rows; progress(done, total) is called
    after each chunk (total is an estimate, or None) and may raise ImportCancelledError to
    stop. Rejected rows go to `<stem>.rejects.csv` next to the file, with reasons written by
    describe; a stale rejects file is removed. Raises ImportFileError when the file cannot be
    imported at all.
    """
    started = time.perf_counter()
    try:
        digest = _sha256(path)
        table = open_table(path)
    except TableError as error:
        raise ImportFileError(error.problem, path, detail=error.detail) from error
    except FileNotFoundError as error:
        raise ImportFileError(FileProblem.NOT_FOUND, path) from error
    except IsADirectoryError as error:
        raise ImportFileError(FileProblem.NOT_FOUND, path) from error
    except OSError as error:
        raise ImportFileError(FileProblem.UNREADABLE, path, detail=str(error)) from error
    rejects = _RejectsFile(
        rejects_path_for(path),
        delimiter=table.dialect.delimiter if table.dialect else XLSX_REJECTS_DELIMITER,
        labels=rejects_labels,
        describe=describe,
    )
    with table:
        sheet, header, rows = _locate_header(table, path)
        try:
            with sessions() as session, session.begin():
                run = _Run(session, header, rejects, today=today, chunk_rows=chunk_rows)
                batch = run.start(path.name, digest, clock())
                run.feed(rows, progress, _estimate(sheet, header))
                if run.rows == 0:
                    raise ImportFileError(FileProblem.EMPTY, path)
                run.finish(batch)
        except TableError as error:  # the file broke off halfway: keep none of it
            rejects.discard()
            raise ImportFileError(error.problem, path, detail=error.detail) from error
        except BaseException:
            rejects.discard()
            raise
        finally:
            rows.close()
    # Only once the registry has the import does its rejects file replace the old one.
    rejects_path = rejects.publish()
    return ImportSummary(
        batch_id=run.batch_id,
        source=path.name,
        rows=run.rows,
        inserted=run.inserted,
        updated=run.updated,
        unchanged=run.unchanged,
        rejected=run.rejected,
        warnings=run.warnings,
        problems=tuple(run.problems),
        rejects_path=rejects_path,
        elapsed_seconds=time.perf_counter() - started,
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _locate_header(table: Table, path: Path) -> tuple[Sheet, Header, _Rows]:
    """The first sheet (the active one first) with a usable header, and its rows after it."""
    first_error: TableError | None = None
    for sheet in table.sheets:
        rows = sheet.rows()
        try:
            return sheet, find_header(rows), rows
        except TableError as error:
            rows.close()
            if first_error is None or first_error.problem is FileProblem.EMPTY:
                first_error = error
    failure = first_error or TableError(FileProblem.EMPTY)
    missing = failure.missing if isinstance(failure, MissingColumnsError) else ()
    raise ImportFileError(
        failure.problem, path, missing=missing, detail=failure.detail
    ) from failure


def _estimate(sheet: Sheet, header: Header) -> int | None:
    if sheet.estimated_rows is None:
        return None
    return max(sheet.estimated_rows - header.line, 0)


class _Run:
    """One import's state: what was seen in the file so far, and the counts."""

    def __init__(
        self,
        session: Session,
        header: Header,
        rejects: _RejectsFile,
        *,
        today: dt.date,
        chunk_rows: int,
    ) -> None:
        self.session = session
        self.header = header
        self.rejects = rejects
        self.chunk_rows = max(chunk_rows, 1)
        regions = session.execute(select(Region.code, Region.name, Region.level))
        self.parser = RowParser(header, RegionIndex(regions), today=today)
        self.record_fields = header.record_fields()
        self.first_line_of_nik: dict[str, int] = {}
        self.first_of_kpj: dict[str, tuple[int, str | None]] = {}
        self.batch_id = 0
        self.rows = self.inserted = self.updated = self.unchanged = 0
        self.rejected = self.warnings = 0
        self.problems: list[RowProblem] = []

    def start(self, source: str, digest: str, now: dt.datetime) -> ImportBatch:
        batch = ImportBatch(source_name=source[:255], sha256=digest, imported_at=now)
        self.session.add(batch)
        self.session.flush()
        self.batch_id = batch.id
        return batch

    def finish(self, batch: ImportBatch) -> None:
        batch.rows_total = self.rows
        batch.inserted = self.inserted
        batch.updated = self.updated
        batch.unchanged = self.unchanged
        batch.rejected = self.rejected

    def feed(self, rows: _Rows, progress: ProgressCallback, estimate: int | None) -> None:
        progress(0, estimate)
        chunk: list[tuple[RawRow, ParsedRow]] = []
        for raw in rows:
            if not self.parser.has_data(raw):
                continue
            chunk.append((raw, self.parser.parse(raw)))
            if len(chunk) >= self.chunk_rows:
                self._settle(chunk)
                chunk = []
                progress(self.rows, estimate if estimate and estimate >= self.rows else None)
        if chunk:
            self._settle(chunk)
        progress(self.rows, self.rows)

    def _settle(self, chunk: Sequence[tuple[RawRow, ParsedRow]]) -> None:
        """Check a chunk against the file so far and the registry, then write it."""
        self.rows += len(chunk)
        accepted: list[tuple[RawRow, WorkerRecord, list[RowProblem]]] = []
        for raw, parsed in chunk:
            problems = list(parsed.problems)
            problems.extend(self._repeats(raw, parsed))
            if parsed.record is None or any(not p.is_warning for p in problems):
                self._reject(raw, problems)
            else:
                accepted.append((raw, parsed.record, problems))
        records = [record for _, record, _ in accepted]
        stored = existing_by_nik(self.session, [r.nik for r in records])
        owners = owners_of_kpj(self.session, [r.kpj for r in records])
        inserts: list[WorkerRecord] = []
        updates: list[tuple[int, WorkerRecord]] = []
        for raw, record, problems in accepted:
            owner = owners.get(record.kpj)
            if owner is not None and owner != record.nik:
                held = {"owner": mask_nik(owner)}
                problems.append(
                    self.parser.problem(raw, Field.KPJ, ProblemCode.KPJ_HELD_BY_OTHER, held)
                )
                self._reject(raw, problems)
                continue
            self.problems.extend(problems)
            self.warnings += len(problems)
            worker = stored.get(record.nik)
            if worker is None:
                inserts.append(record)
                continue
            before = record_of(worker)
            # Columns the file does not have keep what the registry knows.
            after = dataclasses.replace(
                before, **{name: getattr(record, name) for name in self.record_fields}
            )
            if after == before:
                self.unchanged += 1
            else:
                updates.append((worker.id, after))
        insert_workers(self.session, inserts, self.batch_id)
        update_workers(self.session, updates, self.batch_id)
        self.inserted += len(inserts)
        self.updated += len(updates)

    def _repeats(self, raw: RawRow, parsed: ParsedRow) -> list[RowProblem]:
        """A NIK or KPJ number that an earlier line of the file already has."""
        found: list[RowProblem] = []
        if parsed.nik is not None:
            first = self.first_line_of_nik.setdefault(parsed.nik, raw.line)
            if first != raw.line:
                where = {"first_line": first}
                code = ProblemCode.NIK_DUPLICATE_IN_FILE
                return [self.parser.problem(raw, Field.NIK, code, where)]
        if parsed.kpj is not None:
            line, nik = self.first_of_kpj.setdefault(parsed.kpj, (raw.line, parsed.nik))
            if line != raw.line and nik != parsed.nik:
                where = {"first_line": line}
                code = ProblemCode.KPJ_DUPLICATE_IN_FILE
                found.append(self.parser.problem(raw, Field.KPJ, code, where))
        return found

    def _reject(self, raw: RawRow, problems: list[RowProblem]) -> None:
        self.rejected += 1
        self.problems.extend(problems)
        self.rejects.add(raw, [p for p in problems if not p.is_warning], self.header)


_FORMULA_START: Final = ("=", "@")


def _safe(text: str) -> str:
    """Text that Excel will show rather than run: a leading = or @ would make it a formula."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


class _RejectsFile:
    """The rejected rows, written to a temporary file and published after the commit."""

    def __init__(
        self, final: Path, *, delimiter: str, labels: RejectsLabels, describe: Describer
    ) -> None:
        self.final = final
        self.delimiter = delimiter
        self.labels = labels
        self.describe = describe
        self._temp: Path | None = None
        self._handle: TextIO | None = None
        self._writer: Writer | None = None

    def add(self, raw: RawRow, errors: Sequence[RowProblem], header: Header) -> None:
        writer = self._writer or self._open(header)
        writer.writerow(
            [
                raw.line,
                " | ".join(dict.fromkeys(p.column for p in errors)),
                " | ".join(dict.fromkeys(_safe(p.value) for p in errors)),
                " | ".join(self.describe(p) for p in errors),
                *(_safe(cell_text(c)) for c in raw.cells),
            ]
        )

    def _open(self, header: Header) -> Writer:
        # Writing next to the input is only tried when a row is rejected, so that a clean
        # file imports from read-only media too.
        try:
            fd, name = tempfile.mkstemp(
                prefix=f".{self.final.name}.", suffix=".part", dir=self.final.parent
            )
            self._temp = Path(name)
            # utf-8-sig: the BOM is what makes Excel read the file as UTF-8.
            self._handle = open(fd, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
        except OSError as error:
            raise ImportFileError(
                FileProblem.REJECTS_NOT_WRITABLE, self.final, detail=str(error)
            ) from error
        self._writer = csv.writer(self._handle, delimiter=self.delimiter)
        labels = self.labels
        self._writer.writerow(
            [labels.line, labels.column, labels.value, labels.reason, *header.labels]
        )
        return self._writer

    def discard(self) -> None:
        if self._handle is not None:
            self._handle.close()
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)
        self._temp = self._handle = self._writer = None

    def publish(self) -> Path | None:
        """Move the new rejects file into place, or remove a stale one; its path or None."""
        if self._handle is None or self._temp is None:
            if self.final.exists():
                self.final.unlink()
            return None
        self._handle.close()
        os.replace(self._temp, self.final)
        return self.final
