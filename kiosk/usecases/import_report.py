"""What an import reports back: the rejects file for Excel, and row problems in plain English."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from kiosk.registry.header import Header
from kiosk.registry.rows import ProblemCode, RowProblem
from kiosk.registry.tabular import RawRow, cell_text

if TYPE_CHECKING:
    from _csv import Writer

# Semicolons: what Excel expects in a CSV under Indonesian regional settings.
XLSX_REJECTS_DELIMITER: Final = ";"

Describer = Callable[[RowProblem], str]


@dataclass(frozen=True)
class RejectsLabels:
    """Headings of the rejects file's own columns; pass translated ones from the UI."""

    line: str = "line"
    column: str = "column"
    value: str = "value"
    reason: str = "reason"


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
    ProblemCode.CORRECTION_KEPT: (
        "the list has {listed}, but a correction made at the desk says {corrected}:"
        " the correction is kept until a supervisor decides"
    ),
}


def describe_in_english(problem: RowProblem) -> str:
    """Plain English, for tests and logs; people get translated text from the UI layer."""
    return _ENGLISH[problem.code].format(**problem.params)


def rejects_path_for(path: Path) -> Path:
    return path.with_name(f"{path.stem}.rejects.csv")


class RejectsNotWritableError(Exception):
    """The rejects file cannot be created in its folder (path: where it was to go)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


_FORMULA_START: Final = ("=", "@")


def _safe(text: str) -> str:
    """Text that Excel will show rather than run: a leading = or @ would make it a formula."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


class RejectsFile:
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
        """Write a rejected row; raises RejectsNotWritableError if the file cannot be made."""
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
            raise RejectsNotWritableError(self.final, str(error)) from error
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
