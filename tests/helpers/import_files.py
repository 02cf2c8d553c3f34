"""Synthetic registration lists, written as CSV or XLSX into a test's directory: no real people."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from db.models import Sex

LEWA = "53.11.03"
KAMBUHAPANG = "53.11.03.2002"
LEWA_DESA = (
    ("Kambuhapang", "53.11.03.2002"),
    ("Lewa Paku", "53.11.03.1001"),
    ("Kondamara", "53.11.03.2004"),
    ("Rakawatu", "53.11.03.2006"),
    ("Tana Rara", "53.11.03.2007"),
)

HEADER = (
    "NIK",
    "Nama Lengkap",
    "Tempat Lahir",
    "Tgl Lahir",
    "L/P",
    "Desa/Kelurahan",
    "Kecamatan",
    "No KPJ",
    "No HP",
    "Pekerjaan",
    "Alamat",
    "Nama Ibu Kandung",
)

# Name parts put together by index; a full combination matching a real person is chance.
_GIVEN_MALE = ("Umbu", "Yohanes", "Petrus", "Markus", "Lukas", "Daniel", "Simon", "Frans")
_GIVEN_FEMALE = ("Rambu", "Maria", "Naomi", "Ester", "Ruth", "Marta", "Lidia", "Sofia")
_FAMILY = (
    "Ndapa", "Hina", "Lede", "Kahi", "Landu", "Tanggu", "Remu", "Nggaba", "Mbani", "Taka",
    "Hamu", "Nuku", "Malo", "Wunu", "Meha", "Hunggu", "Kareri", "Lapu", "Riwa", "Huki",
    "Dewa", "Kudu", "Hawu", "Mbaku", "Lika", "Mada", "Wula", "Padu", "Lunda", "Wora",
)  # fmt: skip
_OCCUPATIONS = ("Petani", "Nelayan", "Buruh", "Pedagang Kaki Lima", "Tukang Ojek")


@dataclass(frozen=True)
class Person:
    """One synthetic worker as a registration list shows them."""

    nik: str
    kpj: str
    name: str
    birth_date: dt.date
    sex: Sex
    birth_place: str = "Waingapu"
    desa: str = "Kambuhapang"
    desa_code: str = KAMBUHAPANG
    kecamatan: str = "Lewa"
    phone: str = ""
    occupation: str = "Petani"
    address: str = ""
    mother: str = ""

    def but(self, **changes: object) -> Person:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def make_nik(
    district: str = "531103",
    born: dt.date = dt.date(1990, 1, 5),
    sex: Sex = Sex.MALE,
    serial: int = 1,
) -> str:
    """A structurally valid NIK: district, birth date (day + 40 for women), serial."""
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    return f"{district}{day:02d}{born:%m%y}{serial:04d}"


def make_kpj(n: int) -> str:
    return f"{25_000_000_000 + n:011d}"


def person(i: int, *, places: Sequence[tuple[str, str, str]] | None = None) -> Person:
    """The i-th synthetic worker; places are (desa, desa code, kecamatan) to spread them over."""
    sex = Sex.MALE if i % 2 == 0 else Sex.FEMALE
    # (birth date, serial) is distinct for every i below 15,000 x 9,999, so is the NIK.
    born = dt.date(1961, 1, 1) + dt.timedelta(days=i % 15_000)
    serial = i // 15_000 + 1
    given = (_GIVEN_MALE if sex is Sex.MALE else _GIVEN_FEMALE)[(i // 2) % 8]
    name = f"{given} {_FAMILY[i % 30]} {_FAMILY[(i // 30) % 30]}"
    desa, code, kecamatan = (
        places[i % len(places)] if places else (*LEWA_DESA[i % len(LEWA_DESA)], "Lewa")
    )
    return Person(
        nik=make_nik(code[:8].replace(".", ""), born, sex, serial),
        kpj=make_kpj(i),
        name=name,
        birth_date=born,
        sex=sex,
        desa=desa,
        desa_code=code,
        kecamatan=kecamatan,
        phone=f"0812{i:08d}",
        occupation=_OCCUPATIONS[i % len(_OCCUPATIONS)],
        address=f"RT {i % 12 + 1:03d}/RW {i % 5 + 1:03d}",
        mother=f"{_GIVEN_FEMALE[i % 8]} {_FAMILY[(i + 7) % 30]}",
    )


def people(count: int, *, start: int = 0) -> list[Person]:
    return [person(i) for i in range(start, start + count)]


def row_of(p: Person, *, date_format: str = "%d/%m/%Y") -> list[str]:
    """A person's cells in HEADER order, as text."""
    return [
        p.nik,
        p.name,
        p.birth_place,
        p.birth_date.strftime(date_format),
        p.sex.value,
        p.desa,
        p.kecamatan,
        p.kpj,
        p.phone,
        p.occupation,
        p.address,
        p.mother,
    ]


def write_csv(
    path: Path,
    rows: Iterable[Sequence[object]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    bom: bool = False,
) -> Path:
    """Rows as a CSV file, the way a spreadsheet program would save them."""
    with path.open("w", encoding="utf-8-sig" if bom else encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_registry_csv(
    path: Path,
    persons: Iterable[Person],
    *,
    preamble: Sequence[Sequence[str]] = (),
    header: Sequence[str] = HEADER,
    **options: object,
) -> Path:
    """A registration list: optional title rows, the header, one row per person."""
    rows = [*preamble, list(header), *(row_of(p) for p in persons)]
    return write_csv(path, rows, **options)  # type: ignore[arg-type]


def write_xlsx(path: Path, rows: Iterable[Sequence[object]], *, title: str = "Peserta") -> Path:
    """Rows as an XLSX workbook with one sheet; cells keep their Python types."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path
