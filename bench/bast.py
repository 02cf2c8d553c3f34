"""The BAST PDF: 4,000 rows with distinct signatures, in seconds, pages and bytes."""

from __future__ import annotations

import datetime as dt
import io
import math
import random
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

from bench.common import Row
from printing.bast import WITA, BastHeader, BastOfficial, BastRow, render_bast

ROWS = 4000
TARGET_S = 30.0
_DESA = ("Kambaniru", "Mauliru", "Lambanapu", "Kawangu", "Prailiu", "Matawai", "Watumbaka",
         "Kuta", "Hambala", "Wangga", "Kamalaputi", "Mbatakapidu")  # fmt: skip
_KINDS = ("Tanda tangan", "Tanda tangan", "Tanda tangan", "Cap jempol + saksi", "Diwakilkan")
_NAMES = ("Umbu Ndaku Lewa", "Rambu Kahi Ndima", "Yohanes Umbu Hina Kapita Pekambani",
          "Maria Goreti Tamu Ina", "Paulus Hamba Ndima")  # fmt: skip


def signature_png(seed: int, size: tuple[int, int] = (240, 80)) -> bytes:
    """A distinct signature-like scribble: a few curved strokes in dark ink on white."""
    rng = random.Random(seed)
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    width, height = size
    for _ in range(3):
        phase, freq = rng.uniform(0, math.tau), rng.uniform(1.5, 4.0)
        amp, base = rng.uniform(0.15, 0.35) * height, rng.uniform(0.35, 0.65) * height
        x0, x1 = rng.uniform(0.02, 0.3) * width, rng.uniform(0.7, 0.98) * width
        points = [
            (x, base + amp * math.sin(phase + freq * math.tau * (x - x0) / (x1 - x0)))
            for x in (x0 + (x1 - x0) * i / 40 for i in range(41))
        ]
        draw.line(points, fill=rng.randrange(0, 60), width=3, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def header() -> BastHeader:
    return BastHeader(
        programme="Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan "
        "Provinsi Nusa Tenggara Timur, iuran dibayar oleh APBD Provinsi NTT",
        event="Penyerahan Kartu Peserta BPJS Ketenagakerjaan Kabupaten Sumba Timur",
        site="Aula Kantor Bupati Sumba Timur, Waingapu",
        place_and_date="Waingapu, 25 November 2026",
        period="Rabu, 25 November 2026",
        number="001/BAST-KPJ/ST/XI/2026",
        officials=(
            BastOfficial("Yang menyerahkan,\nKepala BPJS Ketenagakerjaan Cabang Waingapu",
                         "Yohanes Umbu Ndaku", "NPP. 1234567"),
            BastOfficial("Yang menerima,\nKepala Dinas Nakertrans Kab. Sumba Timur",
                         "Maria Rambu Kahi, S.E.", "NIP. 19750312 200003 2 004"),
            BastOfficial("Mengetahui,\nAsisten Perekonomian Setda Kab. Sumba Timur",
                         "Drs. Paulus Hamba Ndima", "NIP. 19680101 199303 1 007"),
        ),
    )  # fmt: skip


def rows(count: int, seed: int = 11) -> list[BastRow]:
    """count rows from 08:00 WITA, a minute or less apart, every tenth without a signature."""
    rng = random.Random(seed)
    start = dt.datetime(2026, 11, 25, 8, 0, tzinfo=WITA)
    out = []
    for i in range(count):
        kind = rng.choice(_KINDS)
        out.append(
            BastRow(
                name=f"{rng.choice(_NAMES)} {i + 1}",
                nik_masked=f"5311••••••••{i + 1:04d}",
                kpj=f"{25_000_000_000 + i:011d}",
                desa=rng.choice(_DESA),
                time=start + dt.timedelta(seconds=8 * i),
                kind=kind,
                signature_png=None if i % 10 == 9 else signature_png(seed * 100_000 + i),
                note="oleh istri" if kind == "Diwakilkan" else "",
            )
        )
    return out


def run() -> list[Row]:
    data = rows(ROWS)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        path = Path(folder) / "bast.pdf"
        started = time.perf_counter()
        summary = render_bast(header(), data, out=path)
        seconds = time.perf_counter() - started
        size = path.stat().st_size
    return [
        Row(
            f"BAST of {ROWS:,} rows with signatures ({summary.pages} pages, {size / 1e6:.1f} MB)",
            f"{seconds:.1f} s",
            f"<= {TARGET_S:.0f} s",
            "ok" if seconds <= TARGET_S else "MISSED",
        )
    ]
