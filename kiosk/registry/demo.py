"""Synthetic demo registry: Sumba-style names and consistent identifiers, never real people."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from db.models import Sex
from db.workers import WorkerRecord

SUMBA_TIMUR = "53.11"

# Names are assembled at random from common Sumba name parts and Christian given names;
# any resemblance of a full combination to a real person is chance.
_MALE_GIVEN = (
    "Yohanes",
    "Petrus",
    "Paulus",
    "Yakobus",
    "Markus",
    "Stefanus",
    "Yulius",
    "Marthen",
    "Melkianus",
    "Anderias",
    "Daniel",
    "Frans",
    "Yosef",
    "Simon",
    "Elias",
    "Lukas",
    "Matius",
    "Filipus",
    "Agus",
    "Benyamin",
    "Hendrik",
    "Umbu",
    "Umbu",
    "Umbu",
    "Umbu",
    "Umbu",
)
_FEMALE_GIVEN = (
    "Maria",
    "Yuliana",
    "Agustina",
    "Naomi",
    "Ester",
    "Debora",
    "Elisabeth",
    "Kristina",
    "Ruth",
    "Marta",
    "Margaretha",
    "Yustina",
    "Lidia",
    "Rosalina",
    "Sofia",
    "Dorkas",
    "Rambu",
    "Rambu",
    "Rambu",
    "Rambu",
    "Rambu",
)
_SUMBA_PARTS = (
    "Ndapa",
    "Ndaku",
    "Hina",
    "Lede",
    "Kahi",
    "Kapita",
    "Landu",
    "Pati",
    "Tanggu",
    "Remu",
    "Nggaba",
    "Mbani",
    "Taka",
    "Hamu",
    "Nuku",
    "Amah",
    "Malo",
    "Wunu",
    "Ratu",
    "Meha",
    "Tamu",
    "Hunggu",
    "Ndima",
    "Kareri",
    "Lapu",
    "Njuka",
    "Riwa",
    "Lunggi",
    "Huki",
    "Dewa",
    "Tarap",
    "Kudu",
    "Ana",
    "Hawu",
    "Kambaru",
    "Mbaku",
    "Lika",
    "Mada",
    "Ngguli",
    "Wula",
    "Pekambani",
    "Tamu Ama",
    "Kaborang",
    "Nggiku",
    "Haharu",
    "Praing",
    "Karanggulimu",
    "Wuli",
    "Ndena",
    "Mila",
    "Padu",
    "Lunda",
    "Djawa",
    "Tunggu",
    "Wora",
    "Hapu",
    "Ndeha",
    "Ranja",
    "Kawolu",
    "Ndjurumana",
    "Mehang",
    "Pindi",
    "Landi",
    "Taralandu",
    "Bili",
)
_OCCUPATIONS = (
    ("Petani", 46),
    ("Nelayan", 14),
    ("Buruh", 12),
    ("Pedagang Kaki Lima", 10),
    ("Tukang Ojek", 10),
    ("Penjual Ikan Keliling", 5),
    ("Peternak", 3),
)
_PHONE_PREFIXES = ("0812", "0813", "0821", "0822", "0823", "0852", "0853", "0857", "0878")


@dataclass(frozen=True)
class DemoDesa:
    code: str  # dotted desa code
    name: str
    kecamatan_name: str


def _name(rng: random.Random, sex: Sex) -> str:
    given = rng.choice(_MALE_GIVEN if sex is Sex.MALE else _FEMALE_GIVEN)
    parts = [given]
    if given in ("Umbu", "Rambu") or rng.random() < 0.5:
        parts.append(rng.choice(_SUMBA_PARTS))
    parts.append(rng.choice(_SUMBA_PARTS))
    if rng.random() < 0.25:
        parts.append(rng.choice(_SUMBA_PARTS))
    return " ".join(dict.fromkeys(parts))


def _serial(rng: random.Random, taken: set[int]) -> str:
    """A NIK's last four digits: a registration number, low more often than high (as in real
    registers), never one already given to this region and birth date."""
    while True:
        serial = min(9999, 1 + int(rng.expovariate(1 / 400)))
        if serial not in taken:
            break
        if len(taken) >= 9000:  # a crowded date: take the lowest free number
            serial = next(n for n in range(1, 10_000) if n not in taken)
            break
    taken.add(serial)
    return f"{serial:04d}"


def generate(
    count: int, desa: Sequence[DemoDesa], *, seed: int, today: dt.date
) -> Iterator[WorkerRecord]:
    """count workers spread over the given desa; the same seed gives the same registry."""
    if not desa:
        raise ValueError("no desa to place demo workers in")
    rng = random.Random(seed)
    taken: dict[str, set[int]] = {}
    occupations = [o for o, _ in _OCCUPATIONS]
    weights = [w for _, w in _OCCUPATIONS]
    # Workers are 18 to 65 years old.
    oldest = today.toordinal() - 65 * 365
    youngest = today.toordinal() - 18 * 365
    kpj_base = 25_000_000_000 + rng.randrange(0, 900_000) * 1000
    for index in range(count):
        place = rng.choice(desa)
        sex = Sex.MALE if rng.random() < 0.55 else Sex.FEMALE
        born = dt.date.fromordinal(rng.randint(oldest, youngest))
        day = born.day + (40 if sex is Sex.FEMALE else 0)
        prefix = place.code[:8].replace(".", "") + f"{day:02d}{born:%m%y}"
        nik = prefix + _serial(rng, taken.setdefault(prefix, set()))
        phone = None
        if rng.random() < 0.8:
            phone = rng.choice(_PHONE_PREFIXES) + f"{rng.randrange(10**7, 10**8):08d}"
        mother = None
        if rng.random() < 0.7:
            mother = f"{rng.choice(_FEMALE_GIVEN)} {rng.choice(_SUMBA_PARTS)}"
        yield WorkerRecord(
            nik=nik,
            kpj=f"{kpj_base + index:011d}",
            full_name=_name(rng, sex),
            birth_date=born,
            sex=sex,
            birth_place=place.kecamatan_name if rng.random() < 0.7 else "Waingapu",
            occupation=rng.choices(occupations, weights)[0],
            address=f"RT {rng.randint(1, 12):03d}/RW {rng.randint(1, 6):03d}, {place.name}",
            desa_code=place.code,
            phone=phone,
            mother_maiden_name=mother,
        )
