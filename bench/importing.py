"""Import speed: a 100,000-row registration list (CSV, Indonesian headers) into SQLite."""

from __future__ import annotations

import csv
import random
import tempfile
from pathlib import Path

from bench.common import TODAY, Row
from db.models import Sex
from kiosk.bootstrap import open_database
from kiosk.config import Config
from kiosk.registry.demo import generate
from kiosk.usecases.demo import demo_desa
from kiosk.usecases.importing import import_file

ROWS = 100_000


def write_registration_list(path: Path, rows: int, seed: int) -> None:
    """A list as a kabupaten office would send it: names of kecamatan and desa, dd/mm/yyyy."""
    url = f"sqlite:///{path.with_suffix('.regions.sqlite')}"
    sessions = open_database(Config(database_url=url))
    with sessions() as session:
        desa = demo_desa(session, "53.11")
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(
            [
                "No",
                "NIK",
                "Nama Lengkap",
                "Tempat Lahir",
                "Tgl Lahir",
                "L/P",
                "Desa",
                "Kecamatan",
                "No KPJ",
                "No HP",
                "Pekerjaan",
                "Alamat",
            ]
        )
        kecamatan_of = {d.code: d.kecamatan_name for d in desa}
        desa_name = {d.code: d.name for d in desa}
        for i, w in enumerate(generate(rows, desa, seed=seed, today=TODAY), start=1):
            code = w.desa_code or ""
            phone = w.phone or ""
            if phone and rng.random() < 0.3:
                phone = f"+62 {phone[1:4]}-{phone[4:8]}-{phone[8:]}"
            out.writerow(
                [
                    i,
                    w.nik,
                    w.full_name,
                    w.birth_place,
                    f"{w.birth_date:%d/%m/%Y}",
                    "L" if w.sex is Sex.MALE else "P",
                    desa_name[code],
                    kecamatan_of[code],
                    w.kpj,
                    phone,
                    w.occupation,
                    w.address,
                ]
            )


def run() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        folder = Path(tmp)
        source = folder / "daftar_peserta.csv"
        write_registration_list(source, ROWS, seed=3)
        sessions = open_database(Config(database_url=f"sqlite:///{folder / 'kiosk.sqlite'}"))
        first = import_file(sessions, source, today=TODAY)
        again = import_file(sessions, source, today=TODAY)
    rate = first.inserted / first.elapsed_seconds
    return [
        Row(
            f"import {ROWS:,} rows, new (CSV -> SQLite)",
            f"{first.elapsed_seconds:.1f} s, {rate:,.0f} rows/s ({first.rejected} rejected)",
            "<= 30 s",
            "ok" if first.elapsed_seconds <= 30 and first.inserted == ROWS else "MISSED",
        ),
        Row(
            f"re-import the same {ROWS:,} rows",
            f"{again.elapsed_seconds:.1f} s, {again.unchanged:,} unchanged",
            "no changes",
            "ok" if again.unchanged == ROWS and not (again.inserted or again.updated) else "MISSED",
        ),
    ]
