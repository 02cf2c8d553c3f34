"""Card and receipt printing: ms per card PDF, 4,000 cards in files, bytes and ms per receipt."""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.common import Row, demo_database
from printing.card import CardData, CardStyle, card_pdf
from printing.card_batch import CARDS_PER_FILE
from printing.keys import private_key_from_seed
from printing.payload import CardClaims, encode, fold_short_name, format_serial, new_serial
from printing.receipt import QrMode, ReceiptData, ReceiptProfile, render_receipt

ISSUED = dt.date(2026, 11, 25)
BATCH = 4000
_NAMES = ("Umbu Ndaku Lewa", "Rambu Kahi Ndima", "Yohanes Umbu Hina Kapita Pekambani")
# Four times the cards may take at most this much more peak memory: under 2 KB a card, where
# one document grows by about 13 KB a card.
_FLAT_MB = 5

# A child process per batch, so each peak is that batch's alone. The peak is the kernel's
# VmHWM of the child's own address space, not ru_maxrss: that survives exec, so a child's
# ru_maxrss starts at the bench process's size and hides a smaller batch's peak. The cards
# are signed and made one at a time inside the timed part, as a caller streaming them from
# the registry would; "before" is the RSS once everything is imported. Linux only (/proc).
_BATCH_PROBE = """
import sys, time
from pathlib import Path
from bench.cards import iter_cards
from printing.card import CardStyle, render_cards
from printing.card_batch import write_card_files
def status_kib(field):
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith(field + ":"))
    return int(line.split()[1])
mode, count, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
before = status_kib("VmRSS")
started = time.perf_counter()
if mode == "files":
    write_card_files(iter_cards(count), style=CardStyle(), folder=folder, stem="batch")
else:
    with open(folder / "batch.pdf", "wb") as out:
        render_cards(iter_cards(count), style=CardStyle(), out=out)
seconds = time.perf_counter() - started
print(seconds, before, status_kib("VmHWM"))
"""


# The whole use case as a printing operator runs it: every card issued, signed, recorded as a
# job with its audit event, drawn into files of 200 and marked printed, on a copy of the
# 4,000-worker demo registry (all of Sumba Timur).
_USECASE_PROBE = """
import os, sqlite3, sys, time
from pathlib import Path
from db.engine import make_engine, make_session_factory
from db.models import Role
from kiosk.usecases.audit import Actor, Auditor, Workstation
from kiosk.usecases.cards import Cards
from kiosk.usecases.print_batch import CardBatches
from printing.card import CardStyle
from printing.keys import private_key_from_seed, trusted_keys
def status_kib(field):
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith(field + ":"))
    return int(line.split()[1])
source, folder = Path(sys.argv[1]), Path(sys.argv[2])
with sqlite3.connect(source) as original, sqlite3.connect(folder / "registry.sqlite") as copy:
    original.backup(copy)  # with whatever is still in the WAL
sessions = make_session_factory(make_engine(f"sqlite:///{folder / 'registry.sqlite'}"))
auditor = Auditor(sessions, Workstation("bench", "bench"))
key = private_key_from_seed(bytes(32))
cards = Cards(sessions, auditor, key, trusted_keys([key.public_key()]), auditor.clock, os.urandom)
batches = CardBatches(sessions, auditor, cards, CardStyle())
actor = Actor("bench", "Bench", Role.PRINTING)
scope = batches.scope("53.11")
before = status_kib("VmRSS")
started = time.perf_counter()
result = batches.run(actor, scope, out=folder / "kartu.pdf")
seconds = time.perf_counter() - started
print(seconds, result.printed, len(result.files), before, status_kib("VmHWM"))
"""


def _usecase_batch() -> tuple[float, int, int, int]:
    """Seconds, cards, files and peak RSS (MB) of CardBatches.run on 4,000 demo workers."""
    url, _sessions = demo_database(BATCH)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        done = subprocess.run(
            [sys.executable, "-c", _USECASE_PROBE, url.removeprefix("sqlite:///"), folder],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
    seconds, printed, files, _before, peak_kib = done.stdout.split()
    return float(seconds), int(printed), int(files), int(peak_kib) // 1024


def iter_cards(count: int, seed: int = 5) -> Iterator[CardData]:
    """Cards with signed payloads, made one at a time."""
    rng = random.Random(seed)
    key = private_key_from_seed(bytes(32))
    for i in range(count):
        name = f"{rng.choice(_NAMES)} {i}"
        serial = new_serial(rng.randbytes)
        kpj = f"{25_000_000_000 + i:011d}"
        payload = encode(CardClaims(kpj, serial, ISSUED, fold_short_name(name)), key)
        yield CardData(name, kpj, ISSUED, format_serial(serial), payload)


def batch_cards(count: int, seed: int = 5) -> list[CardData]:
    return list(iter_cards(count, seed))


def _batch(mode: str, count: int) -> tuple[float, int, int]:
    """Seconds, RSS before and peak RSS in MB of a batch rendered in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        done = subprocess.run(
            [sys.executable, "-c", _BATCH_PROBE, mode, str(count), folder],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
    seconds, before_kib, peak_kib = done.stdout.split()
    return float(seconds), int(before_kib) // 1024, int(peak_kib) // 1024


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
    small_s, small_before, small_peak = _batch("files", BATCH // 4)
    big_s, big_before, big_peak = _batch("files", BATCH)
    rows.append(
        Row(
            f"batch of {BATCH:,} cards, files of {CARDS_PER_FILE} (peak RSS; "
            f"{BATCH // 4:,} cards: {small_s:.1f} s, {small_peak} MB; "
            f"before: {small_before}, {big_before} MB)",
            f"{big_s:.1f} s, {big_peak} MB",
            "<= 60 s, flat memory",
            "ok" if big_s <= 60 and big_peak - small_peak <= _FLAT_MB else "MISSED",
        )
    )
    use_s, printed, files, use_peak = _usecase_batch()
    rows.append(
        Row(
            f"print-batch of a kabupaten, {printed:,} workers: issue, audit, jobs, "
            f"{files} files (peak RSS)",
            f"{use_s:.1f} s, {use_peak} MB",
            "<= 60 s",
            "ok" if use_s <= 60 and printed == BATCH else "MISSED",
        )
    )
    one_s, _, one_peak = _batch("one", BATCH)
    rows.append(
        Row(f"batch of {BATCH:,} cards, one PDF (peak RSS; for comparison)",
            f"{one_s:.1f} s, {one_peak} MB")
    )  # fmt: skip
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
