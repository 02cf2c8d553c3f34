"""`kiosk handover --paper`: a receipt signed by hand, entered once from a terminal."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from printing.payload import format_serial
from tests.integration.test_cli import ADMIN_PIN, kiosk

SUPERVISOR_PIN = "592730"
DESK_PIN = "461902"
PRINTING_PIN = "815364"


def test_a_paper_handover_is_entered_once_and_the_second_names_the_first(
    sqlite_url: str, tmp_path: Path
) -> None:
    env = {"KIOSK_SIGNING_KEY": str(tmp_path / "keys" / "signing-key.pem")}
    steps = [
        kiosk(sqlite_url, "demo", "--workers", "20", "--seed", "4", "--handed-over", "0.5",
              operator=None, extra_env=env),
        kiosk(sqlite_url, "operators", "add", "admin", "--role", "admin", operator=None,
              new_pin=ADMIN_PIN),
        kiosk(sqlite_url, "operators", "add", "sari", "--role", "supervisor",
              new_pin=SUPERVISOR_PIN),
        kiosk(sqlite_url, "operators", "add", "petugas1", "--role", "petugas",
              new_pin=DESK_PIN),
        kiosk(sqlite_url, "operators", "add", "cetak1", "--role", "operator_cetak",
              new_pin=PRINTING_PIN),
    ]  # fmt: skip
    for step in steps:
        assert step.returncode == 0, step.stderr
    db_path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(db_path) as db:
        (kpj,) = db.execute(
            "SELECT kpj FROM worker WHERE status = 'registered' ORDER BY id LIMIT 1"
        ).fetchone()
        (handed_kpj,) = db.execute(
            "SELECT kpj FROM worker WHERE status = 'handed_over' ORDER BY id LIMIT 1"
        ).fetchone()
    card = kiosk(sqlite_url, "card", "--kpj", kpj, "--out", str(tmp_path / "kartu.pdf"),
                 operator="cetak1", pin=PRINTING_PIN, extra_env=env)  # fmt: skip
    assert card.returncode == 0, card.stderr
    with sqlite3.connect(db_path) as db:
        # Made long ago, so that the receipt's time is past whatever today is.
        db.execute("UPDATE card SET created_at = '2020-01-01 00:00:00.000000' WHERE worker_id ="
                   " (SELECT id FROM worker WHERE kpj = ?)", (kpj,))  # fmt: skip
        (serial,) = db.execute(
            "SELECT serial FROM card JOIN worker ON worker.id = card.worker_id WHERE kpj = ?",
            (kpj,),
        ).fetchone()
    scan = tmp_path / "tanda-terima.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a receipt signed by hand\n%%EOF\n")

    def enter(
        who_kpj: str, scan_path: Path, at: str = "2020-01-02 10:15"
    ) -> subprocess.CompletedProcess[str]:
        return kiosk(sqlite_url, "handover", "--kpj", who_kpj, "--card", format_serial(serial),
                     "--paper", str(scan_path), "--at", at, "--approver", "sari",
                     language="en", operator="petugas1", pin=DESK_PIN,
                     extra_env={"KIOSK_APPROVER_PIN": SUPERVISOR_PIN})  # fmt: skip

    not_a_scan = tmp_path / "foto.jpg"
    not_a_scan.write_bytes(b"\xff\xd8\xff\xe0 a jpeg")
    refused = enter(kpj, not_a_scan)
    assert refused.returncode == 2
    assert "PDF or a PNG" in refused.stderr

    done = enter(kpj, scan)
    assert done.returncode == 0, done.stderr
    assert "recorded on paper" in done.stdout
    with sqlite3.connect(db_path) as db:
        row = db.execute(
            "SELECT id, kind, paper_scan, paper_scan_type, approved_by, operator FROM handover"
            " WHERE kind = 'paper'"
        ).fetchall()
        (status,) = db.execute("SELECT status FROM worker WHERE kpj = ?", (kpj,)).fetchone()
        (audited,) = db.execute(
            "SELECT count(*) FROM audit_event WHERE action = 'handover' AND approver = 'sari'"
        ).fetchone()
    assert [(r[1], r[2], r[3], r[4], r[5]) for r in row] == [
        ("paper", scan.read_bytes(), "pdf", "sari", "petugas1")
    ]
    assert (status, audited) == ("handed_over", 1)

    again = enter(kpj, scan, at="2020-01-02 11:00")
    assert again.returncode == 1
    assert "already handed over on 02-01-2020 at 10:15 WITA by petugas1" in again.stderr
    assert f"First record: handover {row[0][0]}." in again.stderr
    with sqlite3.connect(db_path) as db:
        (count,) = db.execute("SELECT count(*) FROM handover WHERE kind = 'paper'").fetchone()
    assert count == 1

    # A worker handed over at a desk is refused too, named by that desk's record.
    desk = enter(handed_kpj, scan)
    assert desk.returncode == 1, desk.stderr
    assert "already handed over on" in desk.stderr
