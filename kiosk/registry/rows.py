"""A registration list's rows: each one read, checked, and its problems named."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from sqlalchemy import String

from db.models import Sex, Worker
from db.names import fold
from db.workers import WorkerRecord
from kiosk.registry.header import Field, Header
from kiosk.registry.identifiers import (
    NIK_LENGTH,
    NikProblem,
    check_nik,
    normalize_kpj,
    normalize_phone,
)
from kiosk.registry.places import PlaceProblem, RegionIndex, is_desa_code
from kiosk.registry.tabular import Cell, DateProblem, RawRow, cell_text
from kiosk.registry.tabular import read_date as read_cell_date


class ProblemCode(enum.StrEnum):
    """Why a row was rejected (errors) or what is doubtful about it (warnings).

    Parameters, in RowProblem.params, are noted after each code.
    """

    NIK_MISSING = "nik_missing"
    NIK_SCIENTIFIC_NOTATION = "nik_scientific_notation"  # Excel showed it as 5.31101E+15
    NIK_EXCEL_NUMBER = "nik_excel_number"  # a number cell: Excel keeps 15 digits, not 16
    NIK_NOT_DIGITS = "nik_not_digits"
    NIK_TOO_SHORT = "nik_too_short"  # digits: how many there are
    NIK_TOO_LONG = "nik_too_long"  # digits
    NIK_BAD_REGION = "nik_bad_region"
    NIK_IMPOSSIBLE_DATE = "nik_impossible_date"
    NIK_ZERO_SERIAL = "nik_zero_serial"
    NIK_DUPLICATE_IN_FILE = "nik_duplicate_in_file"  # first_line
    NAME_MISSING = "name_missing"
    VALUE_TOO_LONG = "value_too_long"  # max_length
    BIRTH_DATE_MISSING = "birth_date_missing"
    BIRTH_DATE_UNREADABLE = "birth_date_unreadable"
    BIRTH_DATE_IMPOSSIBLE = "birth_date_impossible"
    BIRTH_DATE_IN_FUTURE = "birth_date_in_future"
    SEX_UNREADABLE = "sex_unreadable"
    KPJ_MISSING = "kpj_missing"
    KPJ_INVALID = "kpj_invalid"  # digits
    KPJ_DUPLICATE_IN_FILE = "kpj_duplicate_in_file"  # first_line
    KPJ_HELD_BY_OTHER = "kpj_held_by_other"  # owner: the holder's masked NIK
    PHONE_INVALID = "phone_invalid"
    DESA_CODE_UNKNOWN = "desa_code_unknown"
    KECAMATAN_UNKNOWN = "kecamatan_unknown"
    DESA_UNKNOWN = "desa_unknown"
    DESA_NOT_IN_KECAMATAN = "desa_not_in_kecamatan"  # kecamatan: its name
    DESA_AMBIGUOUS = "desa_ambiguous"  # candidates: "53.01.06.1004, 53.01.06.2015"
    # Warnings: the row is imported all the same.
    NIK_UNKNOWN_REGION = "nik_unknown_region"  # district: dotted code from the NIK
    NIK_SEX_MISMATCH = "nik_sex_mismatch"
    NIK_BIRTH_DATE_MISMATCH = "nik_birth_date_mismatch"  # nik_date: ISO date the NIK encodes
    DESA_MISSING = "desa_missing"
    KABUPATEN_UNKNOWN = "kabupaten_unknown"
    # The list differs from a correction made at the desk, which is kept: a supervisor
    # decides. listed: the list's value; corrected: the correction's.
    CORRECTION_KEPT = "correction_kept"


WARNING_CODES: Final = frozenset(
    {
        ProblemCode.CORRECTION_KEPT,
        ProblemCode.NIK_UNKNOWN_REGION,
        ProblemCode.NIK_SEX_MISMATCH,
        ProblemCode.NIK_BIRTH_DATE_MISMATCH,
        ProblemCode.DESA_MISSING,
        ProblemCode.KABUPATEN_UNKNOWN,
    }
)


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with a row: where (line, column as headed in the file) and what."""

    line: int
    field: Field | None
    column: str  # the header as written in the file; "" when the column is missing
    value: str  # the cell as text
    code: ProblemCode
    params: Mapping[str, str | int] = dataclasses.field(default_factory=dict, hash=False)

    @property
    def is_warning(self) -> bool:
        return self.code in WARNING_CODES


@dataclass(frozen=True)
class Finding:
    """A problem before it knows its row: the code, the field it is about, its params."""

    code: ProblemCode
    field: Field
    params: Mapping[str, str | int] = dataclasses.field(default_factory=dict)


def _max_length(attribute: str) -> int:
    column_type = Worker.__table__.c[attribute].type
    assert isinstance(column_type, String)
    assert column_type.length is not None
    return column_type.length


_MAX_LENGTH: Final = {
    Field.NAME: _max_length("full_name"),
    Field.BIRTH_PLACE: _max_length("birth_place"),
    Field.OCCUPATION: _max_length("occupation"),
    Field.ADDRESS: _max_length("address"),
    Field.MOTHER_MAIDEN_NAME: _max_length("mother_maiden_name"),
}
_MALE: Final = frozenset({"l", "lk", "laki", "lakilaki", "lelaki", "pria", "m", "male", "man"})
_FEMALE: Final = frozenset({"p", "pr", "perempuan", "wanita", "w", "f", "female", "woman"})
_NIK_CODES: Final = {
    NikProblem.EMPTY: ProblemCode.NIK_MISSING,
    NikProblem.SCIENTIFIC_NOTATION: ProblemCode.NIK_SCIENTIFIC_NOTATION,
    NikProblem.NOT_DIGITS: ProblemCode.NIK_NOT_DIGITS,
    NikProblem.BAD_REGION: ProblemCode.NIK_BAD_REGION,
    NikProblem.IMPOSSIBLE_DATE: ProblemCode.NIK_IMPOSSIBLE_DATE,
    NikProblem.ZERO_SERIAL: ProblemCode.NIK_ZERO_SERIAL,
    NikProblem.UNKNOWN_REGION: ProblemCode.NIK_UNKNOWN_REGION,
    NikProblem.SEX_MISMATCH: ProblemCode.NIK_SEX_MISMATCH,
    NikProblem.BIRTH_DATE_MISMATCH: ProblemCode.NIK_BIRTH_DATE_MISMATCH,
}
# Each place problem is the row problem of the same name, about the column it comes from.
_PLACE_CODES: Final[Mapping[PlaceProblem, tuple[ProblemCode, Field]]] = {
    PlaceProblem.DESA_CODE_UNKNOWN: (ProblemCode.DESA_CODE_UNKNOWN, Field.DESA_CODE),
    PlaceProblem.KECAMATAN_UNKNOWN: (ProblemCode.KECAMATAN_UNKNOWN, Field.KECAMATAN),
    PlaceProblem.DESA_UNKNOWN: (ProblemCode.DESA_UNKNOWN, Field.DESA),
    PlaceProblem.DESA_NOT_IN_KECAMATAN: (ProblemCode.DESA_NOT_IN_KECAMATAN, Field.DESA),
    PlaceProblem.DESA_AMBIGUOUS: (ProblemCode.DESA_AMBIGUOUS, Field.DESA),
    PlaceProblem.KABUPATEN_UNKNOWN: (ProblemCode.KABUPATEN_UNKNOWN, Field.KABUPATEN),
}
_DATE_AT_END = re.compile(r"(\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}|\d{4}-\d{1,2}-\d{1,2})$")
_SPACES = re.compile(r"\s+")


def parse_sex(text: str) -> Sex | None:
    key = fold(text).replace(" ", "")
    if key in _MALE:
        return Sex.MALE
    if key in _FEMALE:
        return Sex.FEMALE
    return None


def split_place_and_date(text: str) -> tuple[str, str]:
    """ "Waingapu, 05-01-1990" -> ("Waingapu", "05-01-1990"); the date may stand alone."""
    if "," in text:
        place, _, date = text.rpartition(",")
        return place.strip(), date.strip()
    if match := _DATE_AT_END.search(text):
        return text[: match.start()].strip(), match[1]
    return "", text.strip()


@dataclass(frozen=True)
class ParsedRow:
    """A row checked on its own: its record when nothing is wrong, and what was found."""

    line: int
    nik: str | None  # the valid NIK, kept even when the row fails for another reason
    kpj: str | None
    record: WorkerRecord | None
    problems: tuple[RowProblem, ...]

    @property
    def rejected(self) -> bool:
        return any(not p.is_warning for p in self.problems)


class RowParser:
    """Validates rows against one header and the region table, as of one day."""

    def __init__(self, header: Header, regions: RegionIndex, *, today: dt.date) -> None:
        self.header = header
        self.regions = regions
        self.today = today
        self._sexes: dict[str, Sex | None] = {}  # memo: a list has only a handful of spellings

    def has_data(self, raw: RawRow) -> bool:
        """Whether any column of the list has something: a template's numbered rows don't."""
        return any(
            index < len(raw.cells) and cell_text(raw.cells[index])
            for indexes in self.header.columns.values()
            for index in indexes
        )

    def cell(self, raw: RawRow, f: Field) -> Cell:
        """The field's cell: the first non-empty one when several columns hold the field."""
        for index in self.header.columns.get(f, ()):
            if index < len(raw.cells) and cell_text(raw.cells[index]):
                return raw.cells[index]
        return None

    def problem(
        self,
        raw: RawRow,
        f: Field,
        code: ProblemCode,
        params: Mapping[str, str | int] | None = None,
    ) -> RowProblem:
        return RowProblem(
            raw.line, f, self.header.label(f), cell_text(self.cell(raw, f)), code, params or {}
        )

    def parse(self, raw: RawRow) -> ParsedRow:
        found: list[Finding] = []
        # Each field's cell and its text, found once: the first non-empty of its columns.
        texts = [cell_text(c) for c in raw.cells]
        cells: dict[Field, Cell] = {}
        text: dict[Field, str] = {}
        for f, indexes in self.header.columns.items():
            for index in indexes:
                if index < len(texts) and texts[index]:
                    cells[f], text[f] = raw.cells[index], texts[index]
                    break

        def optional(f: Field) -> str | None:
            value = _SPACES.sub(" ", text.get(f, "")).strip()
            if f in _MAX_LENGTH and len(value) > _MAX_LENGTH[f]:
                found.append(Finding(ProblemCode.VALUE_TOO_LONG, f, {"max_length": _MAX_LENGTH[f]}))
            return value or None

        name = optional(Field.NAME)
        if name is None:
            found.append(Finding(ProblemCode.NAME_MISSING, Field.NAME))
        birth_place = optional(Field.BIRTH_PLACE)
        birth_date = self._birth_date(cells, text, found)
        if birth_place is None and Field.BIRTH_PLACE_DATE in text:
            birth_place = split_place_and_date(text[Field.BIRTH_PLACE_DATE])[0] or None
        sex = None
        if text.get(Field.SEX):
            sex = self._sex(text[Field.SEX])
            if sex is None:
                found.append(Finding(ProblemCode.SEX_UNREADABLE, Field.SEX))
        nik, nik_info_sex, nik_district = self._nik(cells, birth_date, sex, found)
        kpj = self._kpj(text, found)
        phone = None
        if text.get(Field.PHONE):
            phone = normalize_phone(text[Field.PHONE])
            if phone is None:
                found.append(Finding(ProblemCode.PHONE_INVALID, Field.PHONE))
        region_code, place_findings = self.regions.resolve(
            desa_code=text.get(Field.DESA_CODE, ""),
            desa=text.get(Field.DESA, ""),
            kecamatan=text.get(Field.KECAMATAN, ""),
            kabupaten=text.get(Field.KABUPATEN, ""),
            nik_district=nik_district,
        )
        found.extend(Finding(*_PLACE_CODES[p.problem], p.params) for p in place_findings)
        # A kecamatan (or kabupaten) without its desa is kept, with a warning.
        if (region_code is None or not is_desa_code(region_code)) and not place_findings:
            for f in (Field.DESA, Field.DESA_CODE):
                if self.header.has(f):
                    found.append(Finding(ProblemCode.DESA_MISSING, f))
                    break
        occupation = optional(Field.OCCUPATION)
        address = optional(Field.ADDRESS)
        mother = optional(Field.MOTHER_MAIDEN_NAME)

        problems = tuple(self.problem(raw, f.field, f.code, f.params) for f in found)
        record = None
        if not any(p.code not in WARNING_CODES for p in problems):
            # No error means every required value was found and valid.
            assert nik is not None
            assert kpj is not None
            assert name is not None
            assert birth_date is not None
            assert nik_info_sex is not None
            record = WorkerRecord(
                nik=nik,
                kpj=kpj,
                full_name=name,
                birth_date=birth_date,
                sex=sex or nik_info_sex,
                birth_place=birth_place,
                occupation=occupation,
                address=address,
                desa_code=region_code,
                phone=phone,
                mother_maiden_name=mother,
            )
        return ParsedRow(raw.line, nik, kpj, record, problems)

    def _sex(self, text: str) -> Sex | None:
        if text not in self._sexes:
            self._sexes[text] = parse_sex(text)
        return self._sexes[text]

    def _birth_date(
        self, cells: Mapping[Field, Cell], text: Mapping[Field, str], found: list[Finding]
    ) -> dt.date | None:
        f = Field.BIRTH_DATE
        cell = cells.get(f)
        if f not in text and Field.BIRTH_PLACE_DATE in text:
            f = Field.BIRTH_PLACE_DATE
            cell = split_place_and_date(text[f])[1]
        if not cell_text(cell):
            found.append(Finding(ProblemCode.BIRTH_DATE_MISSING, f))
            return None
        date = read_cell_date(cell)
        if date is DateProblem.UNREADABLE:
            found.append(Finding(ProblemCode.BIRTH_DATE_UNREADABLE, f))
        elif date is DateProblem.IMPOSSIBLE or (isinstance(date, dt.date) and date.year < 1900):
            found.append(Finding(ProblemCode.BIRTH_DATE_IMPOSSIBLE, f))
        elif isinstance(date, dt.date) and date > self.today:
            found.append(Finding(ProblemCode.BIRTH_DATE_IN_FUTURE, f))
        elif isinstance(date, dt.date):
            return date
        return None

    def _nik(
        self,
        cells: Mapping[Field, Cell],
        birth_date: dt.date | None,
        sex: Sex | None,
        found: list[Finding],
    ) -> tuple[str | None, Sex | None, str]:
        """(valid NIK, the sex it encodes, its dotted district) — None and "" when invalid."""
        cell = cells.get(Field.NIK)
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            digits = cell_text(cell)
            # Excel keeps 15 significant digits of a number: a 16-digit NIK typed into a
            # number cell comes back with a 0 for its last digit, which cannot be undone.
            if len(digits) == NIK_LENGTH and digits.endswith("0"):
                found.append(Finding(ProblemCode.NIK_EXCEL_NUMBER, Field.NIK))
                return None, None, ""
        check = check_nik(
            cell_text(cell),
            today=self.today,
            known_districts=self.regions.districts,
            birth_date=birth_date,
            sex=sex,
        )
        for problem in (*check.errors, *check.warnings):
            params: dict[str, str | int] = {}
            if problem is NikProblem.WRONG_LENGTH:
                count = sum(c.isdigit() for c in cell_text(cell))
                code = ProblemCode.NIK_TOO_SHORT if count < NIK_LENGTH else ProblemCode.NIK_TOO_LONG
                params = {"digits": count}
            else:
                code = _NIK_CODES[problem]
            if problem is NikProblem.UNKNOWN_REGION and check.info is not None:
                params = {"district": check.info.district_code}
            if problem is NikProblem.BIRTH_DATE_MISMATCH and check.info is not None:
                params = {"nik_date": check.info.birth_date.isoformat()}
            about = Field.BIRTH_DATE if problem is NikProblem.BIRTH_DATE_MISMATCH else Field.NIK
            if problem is NikProblem.BIRTH_DATE_MISMATCH and not self.header.has(about):
                about = Field.BIRTH_PLACE_DATE
            if problem is NikProblem.SEX_MISMATCH:
                about = Field.SEX
            found.append(Finding(code, about, params))
        if check.info is None:
            return None, None, ""
        return check.info.nik, check.info.sex, check.info.district_code

    def _kpj(self, texts: Mapping[Field, str], found: list[Finding]) -> str | None:
        text = texts.get(Field.KPJ, "")
        if not text:
            found.append(Finding(ProblemCode.KPJ_MISSING, Field.KPJ))
            return None
        kpj = normalize_kpj(text)
        if kpj is None:
            digits = sum(c.isdigit() for c in text)
            found.append(Finding(ProblemCode.KPJ_INVALID, Field.KPJ, {"digits": digits}))
        return kpj
