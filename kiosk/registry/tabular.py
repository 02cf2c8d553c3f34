"""Reading registration lists from CSV and XLSX files, lazily, one row at a time."""

from __future__ import annotations

import abc
import codecs
import csv
import datetime as dt
import decimal
import enum
import io
import re
import zipfile
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Final, TypeAlias
from xml.etree.ElementTree import ParseError

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

# What a spreadsheet cell may hold once read: CSV gives text only, XLSX typed values.
Cell: TypeAlias = str | int | float | bool | dt.datetime | dt.date | dt.time | None

CSV_SUFFIXES: Final = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES: Final = frozenset({".xlsx", ".xlsm"})
DELIMITERS: Final = (",", ";", "\t", "|")

_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and .doc): not readable here
_SAMPLE_BYTES = 64 * 1024
_VALIDATE_BYTES = 1024 * 1024
# Excel's day zero: its serial 1 is 1900-01-01, counted as if 1900 were a leap year.
_EXCEL_EPOCH = dt.date(1899, 12, 30)


class FileProblem(enum.StrEnum):
    """Why a whole file cannot be imported."""

    NOT_FOUND = "not_found"
    UNSUPPORTED_FORMAT = "unsupported_format"
    UNREADABLE = "unreadable"  # the system refused to read it: a lock, a permission
    DAMAGED = "damaged"  # a broken zip or XML inside, or not a real .xlsx despite its name
    EMPTY = "empty"
    MISSING_COLUMNS = "missing_columns"
    REJECTS_NOT_WRITABLE = "rejects_not_writable"
    # A site linked to the province's centre takes its workers from the centre.
    LINKED_SITE = "linked_site"


class TableError(Exception):
    """The file cannot be read as a table at all."""

    def __init__(self, problem: FileProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


class TableFormat(enum.StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class RawRow:
    """One row as read: its 1-based physical line (CSV) or row number (XLSX), and its cells."""

    line: int
    cells: tuple[Cell, ...]

    def is_blank(self) -> bool:
        return all(cell_text(c) == "" for c in self.cells)


class Sheet(abc.ABC):
    """One table of rows: the CSV file itself, or one worksheet of a workbook."""

    name: str

    @property
    @abc.abstractmethod
    def estimated_rows(self) -> int | None:
        """Roughly how many rows the sheet has (title and header rows included), if known."""

    @abc.abstractmethod
    def rows(self) -> Generator[RawRow, None, None]:
        """The rows in file order; each call starts again from the top."""


@dataclass(frozen=True)
class CsvDialect:
    encoding: str
    errors: str  # "strict" when the encoding was verified, "replace" for a best effort
    delimiter: str
    skip_lines: int  # an Excel "sep=;" line is a hint, not data


class CsvSheet(Sheet):
    def __init__(self, path: Path, dialect: CsvDialect, estimated_rows: int | None) -> None:
        self.name = path.name
        self.path = path
        self.dialect = dialect
        self._estimate = estimated_rows

    @property
    def estimated_rows(self) -> int | None:
        return self._estimate

    def rows(self) -> Generator[RawRow, None, None]:
        d = self.dialect
        with self.path.open(encoding=d.encoding, errors=d.errors, newline="") as handle:
            for _ in range(d.skip_lines):
                handle.readline()
            reader = csv.reader(handle, delimiter=d.delimiter)
            # csv.reader counts physical lines, so quoted line breaks inside a cell keep the
            # numbers right: a row starts on the line after where the previous one ended.
            previous_end = d.skip_lines
            try:
                for cells in reader:
                    start = previous_end + 1
                    previous_end = d.skip_lines + reader.line_num
                    if cells:
                        yield RawRow(start, tuple(_printable(c) for c in cells))
            except (csv.Error, UnicodeDecodeError) as error:
                raise TableError(FileProblem.UNREADABLE, str(error)) from error


class XlsxSheet(Sheet):
    def __init__(self, worksheet: ReadOnlyWorksheet) -> None:
        self.name = worksheet.title
        self._worksheet = worksheet
        # Taken from the file's <dimension> element, which some writers get wrong: good for
        # an estimate only. reset_dimensions() makes openpyxl read up to the real last row.
        self._estimate = worksheet.max_row
        worksheet.reset_dimensions()

    @property
    def estimated_rows(self) -> int | None:
        return self._estimate

    def rows(self) -> Generator[RawRow, None, None]:
        try:
            # Read-only mode fills gaps with empty rows, so the index is the sheet row number.
            # The stubs declare iter_rows on Worksheet only; ReadOnlyWorksheet shares it.
            values = self._worksheet.iter_rows(values_only=True)  # type: ignore[misc]
            for number, cells in enumerate(values, start=1):
                if any(c is not None for c in cells):
                    yield RawRow(number, tuple(_plain(c) for c in cells))
        except (zipfile.BadZipFile, ParseError, KeyError, ValueError, EOFError) as error:
            raise TableError(FileProblem.DAMAGED, str(error)) from error


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _printable(text: str) -> str:
    """Without invisible control characters: a NUL from a damaged file is nothing anyone
    typed, and PostgreSQL refuses to store it, which would fail the whole import."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def _plain(value: object) -> Cell:
    """A cell value as a plain type; rich text and decimals as people see them."""
    if isinstance(value, str):
        return _printable(value)
    if value is None or isinstance(value, int | float | dt.datetime | dt.date | dt.time):
        return value
    if isinstance(value, decimal.Decimal):
        return float(value)
    return str(value)


class Table:
    """An opened file: its format and sheets. Close it (or use `with`) to release the file."""

    def __init__(
        self,
        fmt: TableFormat,
        sheets: tuple[Sheet, ...],
        *,
        workbook: openpyxl.Workbook | None = None,
        dialect: CsvDialect | None = None,
    ) -> None:
        self.format = fmt
        self.sheets = sheets
        self.dialect = dialect
        self._workbook = workbook

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None

    def __enter__(self) -> Table:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_table(path: Path) -> Table:
    """Open a CSV or XLSX file, deciding by its content first and its name second."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_OLE2_MAGIC))
    except FileNotFoundError as error:
        raise TableError(FileProblem.NOT_FOUND, str(path)) from error
    except IsADirectoryError as error:
        raise TableError(FileProblem.NOT_FOUND, str(path)) from error
    except OSError as error:
        raise TableError(FileProblem.UNREADABLE, str(error)) from error
    suffix = path.suffix.lower()
    if head.startswith(_OLE2_MAGIC):
        raise TableError(FileProblem.UNSUPPORTED_FORMAT, "legacy .xls workbook")
    if head.startswith(_ZIP_MAGIC):
        return _open_xlsx(path)
    if suffix in XLSX_SUFFIXES:
        raise TableError(FileProblem.DAMAGED, "not a valid .xlsx workbook")
    if suffix in CSV_SUFFIXES:
        return _open_csv(path)
    raise TableError(FileProblem.UNSUPPORTED_FORMAT, suffix or "no suffix")


def _open_xlsx(path: Path) -> Table:
    try:
        # data_only: a formula's last computed value, which is what the user saw.
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (
        InvalidFileException,
        zipfile.BadZipFile,
        ParseError,
        KeyError,
        ValueError,
        EOFError,
    ) as error:
        raise TableError(FileProblem.DAMAGED, str(error)) from error
    except OSError as error:
        raise TableError(FileProblem.UNREADABLE, str(error)) from error
    worksheets = [ws for ws in workbook.worksheets if isinstance(ws, ReadOnlyWorksheet)]
    # The sheet the user last looked at is the likeliest to hold the list: try it first.
    active = workbook.active
    worksheets.sort(key=lambda ws: ws is not active)
    return Table(TableFormat.XLSX, tuple(XlsxSheet(ws) for ws in worksheets), workbook=workbook)


def _open_csv(path: Path) -> Table:
    try:
        encoding, errors = detect_encoding(path)
        with path.open("rb") as handle:
            raw_sample = handle.read(_SAMPLE_BYTES)
            size = path.stat().st_size
    except OSError as error:
        raise TableError(FileProblem.UNREADABLE, str(error)) from error
    complete = len(raw_sample) == size
    sample = codecs.getincrementaldecoder(encoding)("replace").decode(raw_sample, final=complete)
    if not complete:
        sample = sample[: sample.rfind("\n") + 1] or sample
    delimiter, skip = detect_delimiter(sample)
    lines = max(sample.count("\n") + (0 if sample.endswith("\n") else 1), 1)
    estimate = lines if complete else round(size * lines / max(len(raw_sample), 1))
    dialect = CsvDialect(encoding, errors, delimiter, skip)
    return Table(TableFormat.CSV, (CsvSheet(path, dialect, estimate),), dialect=dialect)


def detect_encoding(path: Path) -> tuple[str, str]:
    """(encoding, errors): UTF-8 (BOM or not) when the whole file decodes, else Windows-1252.

    The whole file is checked, in chunks, because one é in the last row of a Windows-1252
    file is enough to break a UTF-8 reading halfway through the import.
    """
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", "replace"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        try:
            while chunk := handle.read(_VALIDATE_BYTES):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            if head.startswith(codecs.BOM_UTF8):
                return "utf-8-sig", "replace"
            # Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D have no Windows-1252 character: shown as �.
            return "cp1252", "replace"
    return "utf-8-sig", "strict"


def detect_delimiter(sample: str) -> tuple[str, int]:
    """(delimiter, lines to skip) for a CSV sample: the one splitting most lines alike."""
    first = sample.lstrip("\ufeff").split("\n", 1)[0].strip()
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4], 1
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts: dict[int, int] = {}
        try:
            for cells in csv.reader(io.StringIO(sample), delimiter=delimiter):
                if len(cells) > 1:
                    counts[len(cells)] = counts.get(len(cells), 0) + 1
        except csv.Error:
            continue
        if not counts:
            continue
        # The header and the data rows share one width; title rows and stray separators
        # inside unquoted text do not, so the most common width decides.
        width, lines = max(counts.items(), key=lambda item: (item[1], item[0]))
        if (lines, width) > best_score:
            best, best_score = delimiter, (lines, width)
    return best, 0


def cell_text(cell: Cell) -> str:
    """A cell as the text a person would read in it, trimmed."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell.strip()
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float):
        if cell.is_integer() and abs(cell) < 1e17:
            return str(int(cell))
        return repr(cell)
    if isinstance(cell, dt.datetime):
        if cell.time() == dt.time():
            return cell.date().isoformat()
        return cell.isoformat(sep=" ")
    return cell.isoformat()


class DateProblem(enum.StrEnum):
    UNREADABLE = "unreadable"  # the system refused to read it: a lock, a permission
    DAMAGED = "damaged"  # a broken zip or XML inside, or not a real .xlsx despite its name
    IMPOSSIBLE = "impossible"


_MONTH_NAMES: Final = (
    ("jan", "januari", "january"),
    ("feb", "peb", "februari", "pebruari", "february"),
    ("mar", "maret", "march"),
    ("apr", "april"),
    ("mei", "may"),
    ("jun", "juni", "june"),
    ("jul", "juli", "july"),
    ("agu", "agt", "agus", "agustus", "aug", "august"),
    ("sep", "sept", "september"),
    ("okt", "oktober", "oct", "october"),
    ("nov", "nop", "november", "nopember"),
    ("des", "desember", "dec", "december"),
)
_MONTHS: Final = {name: i for i, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_TIME_TAIL = r"(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?"
_DMY = re.compile(r"(\d{1,2})([/\-.])(\d{1,2})\2(\d{4})" + _TIME_TAIL)
_YMD = re.compile(r"(\d{4})([/\-.])(\d{1,2})\2(\d{1,2})" + _TIME_TAIL)
_D_MONTH_Y = re.compile(r"(\d{1,2})[\s\-/.]*([A-Za-z]+)\.?[\s\-/.,]*(\d{4})")
_SERIAL = re.compile(r"\d{5}(?:[.,]0+)?")
# Five-digit serials are 1927-05-18 to 2173-10-14: every living worker's birth date, and no
# four-digit year ("1990") or eight-digit yyyymmdd number is mistaken for one.
_MIN_SERIAL, _MAX_SERIAL = 10_000, 99_999


def read_date(cell: Cell) -> dt.date | DateProblem:
    """A calendar date from a cell: a date or datetime, an Excel serial, or day-first text.

    Text may be dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy, yyyy-mm-dd (with a time of day after
    it), "5 Agustus 1985", or a serial number such as 32874 that lost its date format.
    Numbers, in a number cell or as text, count as Excel serials only with five digits.
    Two-digit years are refused: a century guessed wrong makes a 6-year-old of a worker.
    """
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, bool) or cell is None or isinstance(cell, dt.time):
        return DateProblem.UNREADABLE
    if isinstance(cell, int | float):
        return _from_serial(cell)
    text = cell.strip()
    if _SERIAL.fullmatch(text):
        return _from_serial(int(text.replace(",", ".").split(".")[0]))
    if match := _DMY.fullmatch(text):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    elif match := _YMD.fullmatch(text):
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    elif (match := _D_MONTH_Y.fullmatch(text)) and match[2].lower() in _MONTHS:
        day, month, year = int(match[1]), _MONTHS[match[2].lower()], int(match[3])
    else:
        return DateProblem.UNREADABLE
    try:
        return dt.date(year, month, day)
    except ValueError:
        return DateProblem.IMPOSSIBLE


def _from_serial(value: float) -> dt.date | DateProblem:
    # A fraction is a time of day on top of the date.
    if not _MIN_SERIAL <= value < _MAX_SERIAL + 1:
        return DateProblem.UNREADABLE
    return _EXCEL_EPOCH + dt.timedelta(days=int(value))
