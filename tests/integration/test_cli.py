"""The command line, run as staff run it: a real process, a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.import_files import HEADER, people, row_of, write_csv

ADMIN_PIN = "204817"


def kiosk(
    url: str,
    *args: str,
    language: str = "id",
    operator: str | None = "admin",
    pin: str = ADMIN_PIN,
    new_pin: str | None = None,
    settings: Path | None = None,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(extra_env or {})
    env["KIOSK_PIN"] = pin
    env["KIOSK_SETTINGS_FILE"] = str(settings or Path(url.split("///")[-1]).with_suffix(".toml"))
    if new_pin:
        env["KIOSK_NEW_PIN"] = new_pin
    who = ["--operator", operator] if operator else []
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "--database-url",
            url,
            "--language",
            language,
            *who,
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def sqlite_url(sqlite_url: str) -> str:
    """The database with its first admin, made the way a newcomer makes it."""
    made = kiosk(
        sqlite_url, "operators", "add", "admin", "--role", "admin", operator=None, new_pin=ADMIN_PIN
    )
    assert made.returncode == 0, made.stderr
    return sqlite_url


@pytest.fixture
def registration_list(tmp_path: Path) -> Path:
    persons = people(6)
    rows = [list(HEADER), *(row_of(p) for p in persons)]
    bad = row_of(persons[0])
    bad[0] = "5.31101E+15"  # what Excel makes of a NIK
    bad[7] = "25999999999"
    rows.append(bad)
    return write_csv(tmp_path / "daftar.csv", rows, delimiter=";")


def test_import_prints_a_summary_and_the_rejects_in_indonesian(
    sqlite_url: str, registration_list: Path
) -> None:
    done = kiosk(sqlite_url, "import", str(registration_list))
    assert done.returncode == 0, done.stderr
    assert "6 diimpor, 0 diperbarui, 0 tidak berubah, 1 ditolak" in done.stdout
    assert "baris 8, kolom NIK:" in done.stdout
    assert "5.31101E+15" in done.stdout
    rejects = registration_list.with_name("daftar.rejects.csv")
    assert rejects.exists()
    assert f"Baris yang ditolak, dengan alasannya: {rejects}" in done.stdout

    again = kiosk(sqlite_url, "import", str(registration_list), language="en")
    assert again.returncode == 0, again.stderr
    assert "0 imported, 0 updated, 6 unchanged, 1 rejected" in again.stdout


def test_import_of_an_unreadable_file_fails(sqlite_url: str, tmp_path: Path) -> None:
    missing = kiosk(sqlite_url, "import", str(tmp_path / "tidak-ada.csv"))
    assert missing.returncode != 0
    assert "tidak-ada.csv" in missing.stderr
    columns = write_csv(tmp_path / "salah.csv", [["Nomor", "Keterangan"], ["1", "x"]])
    wrong = kiosk(sqlite_url, "import", str(columns))
    assert wrong.returncode != 0
    assert "NIK" in wrong.stderr


def test_demo_then_search_from_the_terminal(sqlite_url: str) -> None:
    made = kiosk(sqlite_url, "demo", "--workers", "300", "--seed", "5")
    assert made.returncode == 0, made.stderr
    assert "300 peserta demo dibuat di" in made.stdout
    refused = kiosk(sqlite_url, "demo", "--workers", "300")
    assert refused.returncode == 1
    assert "--replace" in refused.stderr

    found = kiosk(sqlite_url, "search", "umbu", "--json", "--limit", "5")
    assert found.returncode == 0, found.stderr
    payload = json.loads(found.stdout)
    assert payload["kind"] == "name"
    assert len(payload["results"]) == 5
    assert payload["truncated"] is True
    first = payload["results"][0]
    assert "Umbu" in first["name"].split()
    assert "••••••••" in first["nik"]

    by_kpj = kiosk(sqlite_url, "search", first["kpj"])
    assert by_kpj.returncode == 0
    assert first["name"] in by_kpj.stdout
    assert "Terdaftar" in by_kpj.stdout

    narrowed = kiosk(sqlite_url, "search", "--kecamatan", "Atlantis", "umbu")
    assert narrowed.returncode == 2
    assert "Atlantis" in narrowed.stderr


def test_without_an_operator_nothing_is_done(sqlite_url: str, registration_list: Path) -> None:
    done = kiosk(sqlite_url, "import", str(registration_list), operator=None)
    assert done.returncode == 3
    assert "--operator" in done.stderr
    wrong = kiosk(sqlite_url, "import", str(registration_list), pin="999999")
    assert wrong.returncode == 3
    assert "Nama atau PIN salah" in wrong.stderr


def test_operators_and_roles_from_the_terminal(sqlite_url: str, registration_list: Path) -> None:
    added = kiosk(
        sqlite_url,
        "operators",
        "add",
        "petugas1",
        "--role",
        "petugas",
        "--name",
        "Petugas Satu",
        new_pin="461902",
    )
    assert added.returncode == 0, added.stderr
    refused = kiosk(sqlite_url, "import", str(registration_list), operator="petugas1", pin="461902")
    assert refused.returncode == 3
    assert "petugas1" in refused.stderr
    listed = kiosk(sqlite_url, "operators", "list")
    assert "petugas1" in listed.stdout
    assert "Petugas Satu" in listed.stdout


def test_audit_verify_and_show(sqlite_url: str) -> None:
    kiosk(sqlite_url, "demo", "--workers", "50")
    kiosk(sqlite_url, "search", "umbu")
    verified = kiosk(sqlite_url, "audit", "verify", operator=None)
    assert verified.returncode == 0, verified.stdout
    assert "utuh" in verified.stdout
    shown = kiosk(sqlite_url, "audit", "show", "--last", "5")
    assert "search" in shown.stdout
    path = sqlite_url.split("///")[-1]
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("UPDATE audit_event SET operator = 'orang lain' WHERE seq = 2")
    broken = kiosk(sqlite_url, "audit", "verify", operator=None)
    assert broken.returncode == 1
    assert "#2" in broken.stdout


def test_settings_set_by_the_admin(sqlite_url: str, tmp_path: Path) -> None:
    settings = tmp_path / "kiosk.toml"
    changed = kiosk(sqlite_url, "settings", "set", "site", "Aula Kantor Bupati", settings=settings)
    assert changed.returncode == 0, changed.stderr
    shown = kiosk(sqlite_url, "settings", "show", settings=settings, operator=None)
    assert "Aula Kantor Bupati" in shown.stdout


def test_export_needs_a_supervisor_and_masks_by_default(sqlite_url: str, tmp_path: Path) -> None:
    kiosk(sqlite_url, "demo", "--workers", "40")
    for name, role, pin in (("sari", "supervisor", "592730"), ("teller1", "teller", "738105")):
        made = kiosk(sqlite_url, "operators", "add", name, "--role", role, new_pin=pin)
        assert made.returncode == 0, made.stderr
    out = tmp_path / "ekspor.csv"
    refused = kiosk(
        sqlite_url,
        "export",
        "--out",
        str(out),
        "--approver",
        "teller1",
        operator="teller1",
        pin="738105",
        extra_env={"KIOSK_APPROVER_PIN": "738105"},
    )
    assert refused.returncode == 3
    assert not out.exists()
    done = kiosk(
        sqlite_url,
        "export",
        "--out",
        str(out),
        "--approver",
        "sari",
        "--kecamatan",
        "Lewa",
        operator="teller1",
        pin="738105",
        extra_env={"KIOSK_APPROVER_PIN": "592730"},
    )
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("NIK;Nama Lengkap")
    assert all("••••••••" in line.split(";")[0] for line in lines[1:])
    assert all(";Lewa;" in line for line in lines[1:])
    shown = kiosk(sqlite_url, "audit", "show", "--last", "3")
    assert "export" in shown.stdout
    assert "(+sari)" in shown.stdout


def test_make_run_fills_an_empty_registry_once_even_after_operators_exist(sqlite_url: str) -> None:
    first = kiosk(sqlite_url, "demo", "--workers", "30", "--if-empty", operator=None)
    assert first.returncode == 3  # there is an admin now: filling takes one
    made = kiosk(sqlite_url, "demo", "--workers", "30", "--if-empty")
    assert made.returncode == 0, made.stderr
    again = kiosk(sqlite_url, "demo", "--workers", "30", "--if-empty", operator=None)
    assert again.returncode == 0
    assert "sudah berisi 30 peserta" in again.stdout
