"""Importing a registration list (CSV or XLSX) into the registry, keyed by NIK, in one go."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import CENTRE_ORIGIN, CorrectedField, ImportBatch, LocalOrigin, Region
from db.workers import (
    WorkerRecord,
    correction_text,
    corrections_of,
    existing_by_nik,
    insert_workers,
    owners_of_kpj,
    record_of,
    update_workers,
)
from kiosk.registry.header import Field, Header, MissingColumnsError, find_header
from kiosk.registry.identifiers import mask_nik
from kiosk.registry.places import RegionIndex
from kiosk.registry.rows import ParsedRow, ProblemCode, RowParser, RowProblem
from kiosk.registry.tabular import (
    FileProblem,
    RawRow,
    Sheet,
    Table,
    TableError,
    open_table,
)
from kiosk.security.roles import Permission
from kiosk.usecases.audit import Actor, AuditAction, Auditor
from kiosk.usecases.import_report import (
    XLSX_REJECTS_DELIMITER,
    Describer,
    RejectsFile,
    RejectsLabels,
    RejectsNotWritableError,
    describe_in_english,
    rejects_path_for,
)

__all__ = [
    "DEFAULT_CHUNK_ROWS",
    "Describer",
    "Field",
    "FileProblem",
    "ImportAudit",
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

ProgressCallback = Callable[[int, int | None], None]
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


_ENGLISH_LABELS: Final = RejectsLabels()


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _ignore_progress(_done: int, _total: int | None) -> None:
    return None


def _shown(problem: RowProblem) -> RowProblem:
    """A problem as screens and terminals show it: a NIK-like value masked. The rejects file
    beside the input keeps the cell as it was, as the input itself does."""
    if problem.field is not Field.NIK:
        return problem
    digits = [i for i, c in enumerate(problem.value) if c.isdigit()]
    if len(digits) < 8:
        return problem
    hidden = set(digits[4:-4])
    value = "".join("•" if i in hidden else c for i, c in enumerate(problem.value))
    return dataclasses.replace(problem, value=value)


@dataclass(frozen=True)
class ImportAudit:
    """Who imports, and the auditor that records it."""

    auditor: Auditor
    actor: Actor


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
    audit: ImportAudit | None = None,
) -> ImportSummary:
    """Import a registration list in one transaction: all of its good rows, or nothing.

    With audit, the operator must be allowed to import, and the import event commits in
    the same transaction as the rows (the kiosk always passes it; tests may not).

    Rows are read lazily and written in chunks of chunk_rows; progress(done, total) is called
    after each chunk (total is an estimate, or None) and may raise ImportCancelledError to
    stop. Rejected rows go to `<stem>.rejects.csv` next to the file, with reasons written by
    describe; a stale rejects file is removed. Raises ImportFileError when the file cannot be
    imported at all.
    """
    started = time.perf_counter()
    if audit is not None:
        audit.auditor.require(audit.actor, Permission.IMPORT, target=f"file:{path.name}")
    with sessions() as session:
        origin = session.scalar(select(LocalOrigin.origin))
    if origin and origin != CENTRE_ORIGIN:
        # Its workers come from the centre, by their ids: a list imported here would
        # make ids of its own that the centre's rows then collide with.
        raise ImportFileError(FileProblem.LINKED_SITE, path)
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
    rejects = RejectsFile(
        rejects_path_for(path),
        delimiter=table.dialect.delimiter if table.dialect else XLSX_REJECTS_DELIMITER,
        labels=rejects_labels,
        describe=describe,
    )
    with table:
        sheet, header, rows = _locate_header(table, path)
        try:
            with sessions() as session, session.begin():
                run = _Run(
                    session, header, rejects, today=today, now=clock(), chunk_rows=chunk_rows
                )
                batch = run.start(path.name, digest)
                run.feed(rows, progress, _estimate(sheet, header))
                if run.rows == 0:
                    raise ImportFileError(FileProblem.EMPTY, path)
                run.finish(batch)
                if audit is not None:
                    audit.auditor.record(
                        session,
                        audit.actor,
                        AuditAction.IMPORT,
                        target=f"import_batch:{run.batch_id}",
                        details={
                            "file": path.name,
                            "sha256": digest,
                            "inserted": run.inserted,
                            "updated": run.updated,
                            "unchanged": run.unchanged,
                            "rejected": run.rejected,
                        },
                    )
        except TableError as error:  # the file broke off halfway: keep none of it
            rejects.discard()
            raise ImportFileError(error.problem, path, detail=error.detail) from error
        except RejectsNotWritableError as error:
            rejects.discard()
            raise ImportFileError(
                FileProblem.REJECTS_NOT_WRITABLE, error.path, detail=error.detail
            ) from error
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
        problems=tuple(_shown(p) for p in run.problems),
        rejects_path=rejects_path,
        elapsed_seconds=time.perf_counter() - started,
    )


def _typed(field: CorrectedField, text: str | None) -> object:
    """A corrected value as the worker's field holds it."""
    if field is CorrectedField.BIRTH_DATE and text is not None:
        return dt.date.fromisoformat(text)
    return text


def finest_region(stored: str | None, listed: str | None) -> str | None:
    """The region to keep: the list's, unless it only says less than what is stored.

    A list that gives a kecamatan (or nothing) for a worker whose desa in that kecamatan is
    known does not erase the desa; a list that gives a region where there was none, or
    another region, is an update.
    """
    if listed is None or (stored is not None and stored.startswith(listed + ".")):
        return stored
    return listed


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
        rejects: RejectsFile,
        *,
        today: dt.date,
        now: dt.datetime,
        chunk_rows: int,
    ) -> None:
        self.session = session
        self.now = now  # the import's time: the batch's, and that of every worker it writes
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

    def start(self, source: str, digest: str) -> ImportBatch:
        batch = ImportBatch(source_name=source[:255], sha256=digest, imported_at=self.now)
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
        corrected = corrections_of(self.session, [w.id for w in stored.values()])
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
            region = finest_region(before.desa_code, after.desa_code)
            if region != after.desa_code:
                after = dataclasses.replace(after, desa_code=region)
            if worker.id in corrected:
                after, differences = self._keep_corrections(raw, after, corrected[worker.id])
                if differences:
                    self.problems.extend(differences)
                    self.warnings += len(differences)
                    # For a supervisor to decide, line by line, with the rejected rows.
                    self.rejects.add(raw, differences, self.header)
            if after == before:
                self.unchanged += 1
            else:
                updates.append((worker.id, after))
        insert_workers(self.session, inserts, self.batch_id, now=self.now)
        update_workers(self.session, updates, self.batch_id, now=self.now)
        self.inserted += len(inserts)
        self.updated += len(updates)

    def _keep_corrections(
        self, raw: RawRow, after: WorkerRecord, standing: dict[CorrectedField, str | None]
    ) -> tuple[WorkerRecord, list[RowProblem]]:
        """The record with the desk's corrections kept, and where the list differs from them.

        A list that leaves a corrected field empty, or gives only the kecamatan of a
        corrected desa, says nothing against the correction.
        """
        kept: dict[str, Any] = {}
        differences: list[RowProblem] = []
        for field in CorrectedField:  # in a fixed order, whatever the database's
            if field not in standing:
                continue
            text = standing[field]
            name = field.value
            if name not in self.record_fields:
                continue
            value = _typed(field, text)
            kept[name] = value
            listed = getattr(after, name)
            if listed is None or correction_text(listed) == text:
                continue
            if field is CorrectedField.REGION and (text or "").startswith(f"{listed}."):
                continue
            params = {"listed": self._shown(field, listed), "corrected": self._shown(field, value)}
            column = self._column_of(raw, field)
            differences.append(
                self.parser.problem(raw, column, ProblemCode.CORRECTION_KEPT, params)
            )
        return dataclasses.replace(after, **kept), differences

    def _column_of(self, raw: RawRow, field: CorrectedField) -> Field:
        """The list's column that speaks for a corrected field."""
        match field:
            case CorrectedField.FULL_NAME:
                return Field.NAME
            case CorrectedField.PHONE:
                return Field.PHONE
            case CorrectedField.BIRTH_DATE:
                has_date = self.header.has(Field.BIRTH_DATE)
                return Field.BIRTH_DATE if has_date else Field.BIRTH_PLACE_DATE
            case CorrectedField.REGION:
                present = [
                    f
                    for f in (Field.DESA_CODE, Field.DESA, Field.KECAMATAN, Field.KABUPATEN)
                    if self.header.has(f)
                ]
                filled = [f for f in present if self.parser.cell(raw, f) not in (None, "")]
                return (filled or present)[0]

    def _shown(self, field: CorrectedField, value: object) -> str:
        if isinstance(value, dt.date):
            return f"{value:%d/%m/%Y}"
        if field is CorrectedField.REGION and isinstance(value, str):
            return f"{self.parser.regions.name(value)} ({value})"
        return "—" if value is None else str(value)

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
