"""A registration list's header row: which column holds which field, whatever it is called."""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from kiosk.registry.tabular import FileProblem, RawRow, TableError, cell_text

HEADER_LOOK_AHEAD = 30  # rows of titles and notes tolerated above the header


class Field(enum.StrEnum):
    """A column of the registration list, whatever the file calls it."""

    NIK = "nik"
    NAME = "name"
    BIRTH_PLACE = "birth_place"
    BIRTH_DATE = "birth_date"
    BIRTH_PLACE_DATE = "birth_place_date"  # "Tempat/Tgl Lahir": "Waingapu, 05-01-1990"
    SEX = "sex"
    DESA = "desa"
    DESA_CODE = "desa_code"
    KECAMATAN = "kecamatan"
    KABUPATEN = "kabupaten"
    KPJ = "kpj"
    PHONE = "phone"
    OCCUPATION = "occupation"
    ADDRESS = "address"
    MOTHER_MAIDEN_NAME = "mother_maiden_name"


REQUIRED_FIELDS: Final = (Field.NIK, Field.NAME, Field.BIRTH_DATE, Field.KPJ)

_ALIASES: Final[Mapping[Field, tuple[str, ...]]] = {
    Field.NIK: ("NIK", "No NIK", "Nomor NIK", "NIK KTP", "No KTP", "Nomor KTP", "NIK/No KTP",
                "No KTP/NIK", "KTP", "Nomor Induk Kependudukan", "National ID"),
    Field.NAME: ("Nama", "Nama Lengkap", "Nama Peserta", "Nama Pekerja", "Nama Tenaga Kerja",
                 "Nama Sesuai KTP", "Name", "Full name", "Worker name", "Participant name"),
    Field.BIRTH_PLACE: ("Tempat Lahir", "Tmp Lahir", "Tmpt Lahir", "Birth place",
                        "Place of birth", "Birthplace"),
    Field.BIRTH_DATE: ("Tgl Lahir", "Tanggal Lahir", "Tgl Lhr", "Tanggal Lhr", "Date of birth",
                       "Birth date", "Birthdate", "DOB"),
    Field.BIRTH_PLACE_DATE: ("Tempat/Tgl Lahir", "Tempat/Tanggal Lahir", "Tempat Tgl Lahir",
                             "TTL", "Place and date of birth"),
    Field.SEX: ("L/P", "P/L", "JK", "Jenis Kelamin", "Jns Kelamin", "Kelamin", "Sex", "Gender"),
    Field.DESA: ("Desa", "Kelurahan", "Desa/Kelurahan", "Kelurahan/Desa", "Desa/Kel", "Kel/Desa",
                 "Nama Desa", "Village"),
    Field.DESA_CODE: ("Kode Desa", "Kode Kelurahan", "Kode Desa/Kelurahan", "Village code"),
    Field.KECAMATAN: ("Kecamatan", "Kec", "Nama Kecamatan", "Kode Kecamatan", "District",
                      "Sub-district", "District code"),
    Field.KABUPATEN: ("Kabupaten", "Kabupaten/Kota", "Kab/Kota", "Kota/Kabupaten", "Kab",
                      "Regency", "Regency/City"),
    Field.KPJ: ("No KPJ", "KPJ", "Nomor KPJ", "No Kartu KPJ", "KPJ Number", "KPJ No"),
    Field.PHONE: ("No HP", "Nomor HP", "HP", "No Telp", "No Telepon", "Telepon", "Telp",
                  "Nomor Telepon", "No HP/WA", "No WA", "Handphone", "No Handphone", "Phone",
                  "Phone number", "Mobile", "Mobile number"),
    Field.OCCUPATION: ("Pekerjaan", "Jenis Pekerjaan", "Profesi", "Occupation", "Job"),
    Field.ADDRESS: ("Alamat", "Alamat Lengkap", "Alamat KTP", "Address"),
    Field.MOTHER_MAIDEN_NAME: ("Nama Ibu Kandung", "Ibu Kandung", "Nama Ibu",
                               "Mother's maiden name", "Mother maiden name", "Mother's name",
                               "Mother name"),
}  # fmt: skip

_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(label: str) -> str:
    """What a header is compared by: "Tgl. Lahir (dd/mm/yyyy)" and "TGL LAHIR" are one."""
    text = unicodedata.normalize("NFKD", _BRACKETED.sub("", label))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return _NOT_ALNUM.sub("", text)


_FIELD_OF_KEY: Final = {header_key(a): f for f, aliases in _ALIASES.items() for a in aliases}


@dataclass(frozen=True)
class Header:
    """The header row: where it is, its labels, and which columns hold which field."""

    line: int
    labels: tuple[str, ...]
    columns: Mapping[Field, tuple[int, ...]]

    def has(self, f: Field) -> bool:
        return f in self.columns

    def label(self, f: Field) -> str:
        return self.labels[self.columns[f][0]] if f in self.columns else ""

    @property
    def missing(self) -> tuple[Field, ...]:
        present = set(self.columns)
        if Field.BIRTH_PLACE_DATE in present:
            present.add(Field.BIRTH_DATE)
        return tuple(f for f in REQUIRED_FIELDS if f not in present)

    def record_fields(self) -> frozenset[str]:
        """The WorkerRecord fields this file speaks for; others keep their stored values."""
        spoken = {"nik", "kpj", "full_name", "birth_date"}
        if self.has(Field.SEX):
            spoken.add("sex")  # else it comes from the NIK, for new workers only
        if self.has(Field.BIRTH_PLACE) or self.has(Field.BIRTH_PLACE_DATE):
            spoken.add("birth_place")
        if any(
            self.has(f) for f in (Field.DESA, Field.DESA_CODE, Field.KECAMATAN, Field.KABUPATEN)
        ):
            spoken.add("desa_code")  # the finest region the row gives
        optional = {
            Field.PHONE: "phone",
            Field.OCCUPATION: "occupation",
            Field.ADDRESS: "address",
            Field.MOTHER_MAIDEN_NAME: "mother_maiden_name",
        }
        spoken.update(name for f, name in optional.items() if self.has(f))
        return frozenset(spoken)


def read_header(row: RawRow) -> Header:
    columns: dict[Field, list[int]] = {}
    labels = tuple(cell_text(c) for c in row.cells)
    for index, label in enumerate(labels):
        if (f := _FIELD_OF_KEY.get(header_key(label))) is not None:
            columns.setdefault(f, []).append(index)
    return Header(row.line, labels, {f: tuple(ix) for f, ix in columns.items()})


class MissingColumnsError(TableError):
    """The file has no header row, or one that lacks required columns (named in missing)."""

    def __init__(self, missing: tuple[Field, ...]) -> None:
        super().__init__(FileProblem.MISSING_COLUMNS, ", ".join(missing))
        self.missing = missing


def find_header(rows: Iterator[RawRow], *, look_ahead: int = HEADER_LOOK_AHEAD) -> Header:
    """Consume rows up to and including the header: the first with a NIK and a name column.

    Raises TableError(EMPTY) when there are no rows, and MissingColumnsError when there is
    no header, or one without every required column.
    """
    best: Header | None = None
    seen = 0
    for row in rows:
        if row.is_blank():
            continue
        seen += 1
        header = read_header(row)
        if header.has(Field.NIK) and header.has(Field.NAME):
            if header.missing:
                raise MissingColumnsError(header.missing)
            return header
        if best is None or len(header.missing) < len(best.missing):
            best = header
        if seen >= look_ahead:
            break
    if best is None:
        raise TableError(FileProblem.EMPTY)
    raise MissingColumnsError(best.missing)
