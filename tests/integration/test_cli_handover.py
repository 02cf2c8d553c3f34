"""The handover record from a terminal: events, progress, the BAST, voiding a handover."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from tests.integration.test_cli import ADMIN_PIN, kiosk

SUPERVISOR_PIN = "592730"


def test_a_demo_day_gives_progress_a_bast_and_a_voidable_handover(
    sqlite_url: str, tmp_path: Path
) -> None:
    env = {"KIOSK_SIGNING_KEY": str(tmp_path / "keys" / "signing-key.pem")}
    steps = [
        kiosk(sqlite_url, "demo", "--workers", "60", "--seed", "4", "--handed-over", "0.5",
              operator=None, extra_env=env),
        kiosk(sqlite_url, "operators", "add", "admin", "--role", "admin", operator=None,
              new_pin=ADMIN_PIN),
        kiosk(sqlite_url, "operators", "add", "sari", "--role", "supervisor",
              new_pin=SUPERVISOR_PIN),
    ]  # fmt: skip
    for step in steps:
        assert step.returncode == 0, step.stderr
    assert "30" in steps[0].stdout

    events = kiosk(sqlite_url, "events", "list", operator=None)
    assert "Penyerahan Kartu Peserta (demo)" in events.stdout
    progress = kiosk(sqlite_url, "progress", operator="sari", pin=SUPERVISOR_PIN)
    assert progress.returncode == 0, progress.stderr
    assert progress.stdout.splitlines()[-1].startswith("= 60, 30, 30, 30")

    out = tmp_path / "bast.pdf"
    made = kiosk(sqlite_url, "bast", "--event", "1", "--out", str(out), operator="sari",
                 pin=SUPERVISOR_PIN)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "30" in made.stdout
    assert out.read_bytes().startswith(b"%PDF")

    # The demo's handovers are today's: their files (none here) are kept for 30 days.
    purge = kiosk(sqlite_url, "purge", language="en", operator="sari", pin=SUPERVISOR_PIN)
    assert purge.returncode == 0, purge.stderr
    assert "0 files deleted." in purge.stdout
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as db:
        (bast_records,) = db.execute("SELECT count(*) FROM bast_record").fetchone()
        (purges,) = db.execute("SELECT count(*) FROM audit_event WHERE action = 'purge'").fetchone()
    assert (bast_records, purges) == (1, 1)

    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as db:
        (first,) = db.execute("SELECT min(id) FROM handover").fetchone()
    void = kiosk(sqlite_url, "void-handover", str(first), "--reason", "Salah orang",
                 operator="sari", pin=SUPERVISOR_PIN)  # fmt: skip
    assert void.returncode == 0, void.stderr
    again = kiosk(sqlite_url, "void-handover", str(first), "--reason", "Lain", language="en",
                  operator="sari", pin=SUPERVISOR_PIN)  # fmt: skip
    assert again.returncode == 1
    assert f"Handover {first} was already voided on" in again.stderr
    assert "sari" in again.stderr
    assert "Reason: Salah orang" in again.stderr
    progress = kiosk(sqlite_url, "progress", operator="sari", pin=SUPERVISOR_PIN)
    assert progress.stdout.splitlines()[-1].startswith("= 60, 30, 29, 31")

    # A newer event becomes the current one: progress follows its area.
    # The demo's event is dated today; a week from now is newer, whatever today is.
    next_week = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    added = kiosk(sqlite_url, "events", "add", "Penyerahan Kartu Lewa", "--date", next_week,
                  "--place", "Aula Kecamatan Lewa", "--region", "53.11.03")  # fmt: skip
    assert added.returncode == 0, added.stderr
    lewa = kiosk(sqlite_url, "progress", operator="sari", pin=SUPERVISOR_PIN)
    assert lewa.stdout.startswith("Penyerahan Kartu Lewa — Lewa")
