"""Card and receipt printing: ms per card PDF, a 4,000-card batch, bytes and ms per receipt."""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Row
from printing.card import CardData, CardStyle, card_pdf
from printing.keys import private_key_from_seed
from printing.payload import CardClaims, encode, fold_short_name, format_serial, new_serial
from printing.receipt import QrMode, ReceiptData, ReceiptProfile, render_receipt

ISSUED = dt.date(2026, 11, 25)
BATCH = 4000
_NAMES = ("Umbu Ndaku Lewa", "Rambu Kahi Ndima", "Yohanes Umbu Hina Kapita Pekambani")

# A child process renders the batch, so its peak memory is the batch's alone.
_BATCH_PROBE = """
import resource, sys, time
from bench.cards import batch_cards
from printing.card import CardStyle, render_cards
count = int(sys.argv[1])
started = time.perf_counter()
with open(sys.argv[2], "wb") as out:
    render_cards(batch_cards(count), style=CardStyle(), out=out)
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def batch_cards(count: int, seed: int = 5) -> list[CardData]:
    rng = random.Random(seed)
    key = private_key_from_seed(bytes(32))
    cards = []
    for i in range(count):
        name = f"{rng.choice(_NAMES)} {i}"
        serial = new_serial(rng.randbytes)
        kpj = f"{25_000_000_000 + i:011d}"
        payload = encode(CardClaims(kpj, serial, ISSUED, fold_short_name(name)), key)
        cards.append(CardData(name, kpj, ISSUED, format_serial(serial), payload))
    return cards


def _batch(count: int, folder: Path) -> tuple[float, int]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run(
        [sys.executable, "-c", _BATCH_PROBE, str(count), str(folder / "batch.pdf")],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    seconds, max_rss_kib = done.stdout.split()
    return float(seconds), int(max_rss_kib)


def run() -> list[Row]:
    style = CardStyle()
    cards = batch_cards(200)
    card_pdf(cards[0], style=style)  # fonts loaded once, as in a running kiosk
    times = []
    for card in cards:
        started = time.perf_counter()
        card_pdf(card, style=style)
        times.append((time.perf_counter() - started) * 1000)
    per_card = statistics.median(times)
    rows = [
        Row("card PDF, one card (median of 200)", f"{per_card:.1f} ms", "<= 15 ms",
            "ok" if per_card <= 15 else "MISSED"),
    ]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        small_s, small_rss = _batch(BATCH // 4, Path(tmp))
        big_s, big_rss = _batch(BATCH, Path(tmp))
    rows.append(
        Row(
            f"batch of {BATCH:,} cards, one PDF (peak RSS; {BATCH // 4:,} cards: "
            f"{small_s:.1f} s, {small_rss // 1024} MB)",
            f"{big_s:.1f} s, {big_rss // 1024} MB",
            "<= 60 s, flat memory",
            # Flat: four times the cards may not take more than a fifth more memory.
            "ok" if big_s <= 60 and big_rss <= small_rss * 1.2 else "MISSED",
        )
    )
    data = ReceiptData(
        program_title="Kartu Peserta BPJS Ketenagakerjaan",
        worker_name=cards[0].name,
        kpj=cards[0].kpj,
        masked_nik="5311••••••••0001",
        card_serial=cards[0].serial,
        qr_payload=cards[0].qr_payload,
        site="Aula Kantor Bupati, Waingapu",
        operator="petugas1",
        printed_at=dt.datetime(2026, 11, 25, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    )
    for mode in (QrMode.NATIVE, QrMode.RASTER):
        for profile in (ReceiptProfile.MM58, ReceiptProfile.MM80):
            samples = []
            size = 0
            for _ in range(50):
                started = time.perf_counter()
                size = len(render_receipt(data, profile=profile, qr_mode=mode))
                samples.append((time.perf_counter() - started) * 1000)
            rows.append(
                Row(
                    f"receipt {profile.name}, {mode.name.lower()} QR (median of 50)",
                    f"{size:,} bytes, {statistics.median(samples):.1f} ms",
                )
            )
    return rows
