"""The command line, run as staff run it: a real process, a real database file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.import_files import HEADER, people, row_of, write_csv


def kiosk(url: str, *args: str, language: str = "id") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--database-url", url, "--language", language, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


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
