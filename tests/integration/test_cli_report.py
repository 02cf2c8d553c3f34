"""`kiosk report` and `kiosk targets` as the province's staff run them; a monitor sees counts,
never a worker."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.integration.test_cli import ADMIN_PIN, kiosk

SUPERVISOR_PIN = "592730"
MONITOR_PIN = "318274"
EXIT_NOT_ALLOWED = 3


@pytest.fixture(scope="module")
def province_template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo registry, half handed over, with an admin, a supervisor and a monitor: made
    once by the command line, copied for each test."""
    folder = tmp_path_factory.mktemp("province")
    path = folder / "kiosk.sqlite"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    settings = folder / "kiosk.toml"
    env = {"KIOSK_SIGNING_KEY": str(folder / "keys" / "signing-key.pem")}
    steps = [
        kiosk(url, "demo", "--workers", "60", "--seed", "5", "--handed-over", "0.5",
              operator=None, extra_env=env, settings=settings),
        kiosk(url, "operators", "add", "admin", "--role", "admin", operator=None,
              new_pin=ADMIN_PIN, settings=settings),
        kiosk(url, "operators", "add", "sari", "--role", "supervisor",
              new_pin=SUPERVISOR_PIN, settings=settings),
        kiosk(url, "operators", "add", "pemantau", "--role", "monitor",
              new_pin=MONITOR_PIN, settings=settings),
    ]  # fmt: skip
    for step in steps:
        assert step.returncode == 0, step.stderr
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def province(province_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "kiosk.sqlite"
    shutil.copy(province_template, path)
    return f"sqlite:///{path}"


def _db(url: str) -> sqlite3.Connection:
    return sqlite3.connect(url.removeprefix("sqlite:///"))


def test_a_monitor_may_not_look_up_print_or_hand_over(province: str, tmp_path: Path) -> None:
    with _db(province) as db:
        (kpj,) = db.execute("SELECT kpj FROM worker ORDER BY id LIMIT 1").fetchone()
    attempts = [
        ("search", "Umbu"),
        ("search", kpj),
        ("card", "--kpj", kpj, "--out", str(tmp_path / "kartu.pdf")),
        ("progress",),
        ("export", "--out", str(tmp_path / "x.csv"), "--approver", "sari"),
        ("targets", "set", "53.11", "3986"),
    ]
    for args in attempts:
        done = kiosk(province, *args, operator="pemantau", pin=MONITOR_PIN)
        assert done.returncode == EXIT_NOT_ALLOWED, (args, done.stdout, done.stderr)
        assert done.stdout == ""
        assert "pemantau adalah pemantau provinsi" in done.stderr, done.stderr
        assert "tidak pernah data peserta" in done.stderr


def test_a_monitors_report_names_nobody_and_every_report_is_audited(province: str) -> None:
    with _db(province) as db:
        workers = db.execute("SELECT nik, kpj, full_name FROM worker").fetchall()
        # As at the centre: the worker handed over at a second site, a double. Its dates are
        # fixed data: the period asked below covers this handover whatever the demo's day,
        # and a double is listed when any of its handovers is in the period.
        db.execute("DROP INDEX ix_card_one_active_per_worker")
        db.execute("DROP INDEX ix_handover_one_valid_per_card")
        (worker_id, double_kpj) = db.execute(
            "SELECT w.id, w.kpj FROM worker w JOIN handover h ON h.worker_id = w.id"
            " ORDER BY w.id LIMIT 1"
        ).fetchone()
        db.execute(
            "INSERT INTO card (serial, worker_id, key_id, issued_on, status, created_at,"
            " printed_at, origin) VALUES (99999, ?, '00000000', '2026-11-25', 'active',"
            " '2026-11-25 01:00:00.000000', '2026-11-25 01:00:00.000000', '53.11/b7c2')",
            (worker_id,),
        )
        db.execute(
            "INSERT INTO handover (worker_id, card_serial, kind, document, signature_json,"
            " signature_png, site, device, operator, handed_over_at, origin) VALUES (?, 99999,"
            " 'signed', 'ktp', '{}', x'', 'Kantor Cabang Waingapu', 'teller-1', 'teller1',"
            " '2026-11-26 02:05:00.000000', '53.11/b7c2')",
            (worker_id,),
        )

    monitor = kiosk(province, "report", "--json", operator="pemantau", pin=MONITOR_PIN)
    assert monitor.returncode == 0, monitor.stderr
    report = json.loads(monitor.stdout)
    assert report["total"]["registered"] == 60
    assert report["total"]["handed_over"] == 30
    assert len(report["kabupaten"]) == 22
    assert report["doubles"][0]["worker"] == "•••••••" + double_kpj[-4:]
    sites = {h["site"] for h in report["doubles"][0]["handovers"]}
    assert "Kantor Cabang Waingapu" in sites
    assert len(sites) == 2
    for nik, kpj, name in workers:
        assert nik not in monitor.stdout
        assert kpj not in monitor.stdout
        assert name not in monitor.stdout

    supervisor = kiosk(province, "report", "--json", "--kabupaten", "53.11", "--from",
                       "2026-11-01", "--to", "2026-11-30", operator="sari",
                       pin=SUPERVISOR_PIN)  # fmt: skip
    assert supervisor.returncode == 0, supervisor.stderr
    assert json.loads(supervisor.stdout)["doubles"][0]["worker"] == double_kpj

    table = kiosk(province, "report", operator="pemantau", pin=MONITOR_PIN)
    assert table.returncode == 0, table.stderr
    assert "Kabupaten Sumba Timur" in table.stdout
    assert "Kartu diserahkan" in table.stdout
    assert "Serah terima ganda: 1" in table.stdout
    assert "data " in table.stdout
    assert " s.d. " in table.stdout
    assert double_kpj not in table.stdout

    unknown = kiosk(province, "report", "--kabupaten", "53.99", operator="pemantau",
                    pin=MONITOR_PIN)  # fmt: skip
    assert unknown.returncode == 2
    assert "'53.99' bukan kabupaten/kota di NTT" in unknown.stderr

    with _db(province) as db:
        opened = db.execute(
            "SELECT operator, target, details FROM audit_event WHERE action = 'report_opened'"
            " ORDER BY seq"
        ).fetchall()
    assert [(op, target) for op, target, _details in opened] == [
        ("pemantau", "province"),
        ("sari", "kabupaten:53.11"),
        ("pemantau", "province"),
    ]
    assert json.loads(opened[1][2]) == {
        "kabupaten": "53.11",
        "from": "2026-11-01",
        "to": "2026-11-30",
        "output": "json",
    }
    for _op, _target, details in opened:
        assert all(kpj not in details and name not in details for _nik, kpj, name in workers)


def test_targets_are_set_one_by_one_or_from_a_file_that_is_all_right(
    province: str, tmp_path: Path
) -> None:
    done = kiosk(province, "targets", "set", "53.11", "3986")
    assert done.returncode == 0, done.stderr
    assert "Target Kabupaten Sumba Timur (53.11): 3986." in done.stdout

    for code, number, says in [
        ("53.99", "100", "'53.99' bukan kabupaten/kota di NTT"),
        ("53.11.03", "100", "'53.11.03' bukan kabupaten/kota di NTT"),
        ("53.11", "3.986", "'3.986' bukan jumlah peserta"),
        ("53.11", "-5", "'-5' bukan jumlah peserta"),
    ]:
        refused = kiosk(province, "targets", "set", code, number)
        assert refused.returncode == 1, refused.stdout
        assert says in refused.stderr

    bad = tmp_path / "target-salah.csv"
    bad.write_text(
        "kode;target\n53.01;5000\n53.99;100\n53.02;banyak\n\n53.01;10\n53.05\n", encoding="utf-8"
    )
    refused = kiosk(province, "targets", "import", str(bad))
    assert refused.returncode == 1
    lines = refused.stderr.splitlines()
    assert lines[0] == "Tidak ada yang disimpan: 4 baris harus diperbaiki dulu."
    assert lines[1:] == [
        "Baris 3: '53.99' bukan kabupaten/kota di NTT (kode seperti 53.11).",
        "Baris 4: 'banyak' bukan jumlah peserta (hanya angka, mis. 3986).",
        "Baris 6: 53.01 muncul lebih dari sekali dalam berkas.",
        "Baris 7: '53.05' harus tepat dua kolom: kode dan target.",
    ]
    header = tmp_path / "tanpa-judul.csv"
    header.write_text("53.01,5000\n", encoding="utf-8")
    no_header = kiosk(province, "targets", "import", str(header))
    assert no_header.returncode == 1
    assert "Baris 1: Baris pertama harus judul kolom kode,target" in no_header.stderr

    listed = kiosk(province, "targets", "list", "--json")
    assert [(t["kabupaten"], t["target"]) for t in json.loads(listed.stdout)] == [("53.11", 3986)]

    good = tmp_path / "target.csv"
    good.write_text("\ufeffKode,Target\n53.01,5000\n53.71, 4200\n53.11,4000\n", encoding="utf-8")
    done = kiosk(province, "targets", "import", str(good))
    assert done.returncode == 0, done.stderr
    assert "3 target disimpan" in done.stdout
    listed = kiosk(province, "targets", "list", "--json")
    rows = json.loads(listed.stdout)
    assert [(t["kabupaten"], t["name"], t["target"], t["set_by"]) for t in rows] == [
        ("53.01", "Kabupaten Kupang", 5000, "admin"),
        ("53.11", "Kabupaten Sumba Timur", 4000, "admin"),
        ("53.71", "Kota Kupang", 4200, "admin"),
    ]
    text = kiosk(province, "targets", "list")
    assert "Kota Kupang" in text.stdout

    report = kiosk(province, "report", "--json", operator="pemantau", pin=MONITOR_PIN)
    figures = json.loads(report.stdout)
    assert figures["total"]["target"] == 13200
    with _db(province) as db:
        actions = [
            json.loads(d)
            for (d,) in db.execute(
                "SELECT details FROM audit_event WHERE action = 'target_set' ORDER BY seq"
            )
        ]
    assert actions == [
        {"kabupaten": "53.11", "workers": 3986, "previous": None},
        {"file": "target.csv", "targets": {"53.01": 5000, "53.11": 4000, "53.71": 4200}},
    ]
