"""A worker whose list gives a kecamatan but no desa, from the terminal: found, printed, counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.import_files import HEADER, people, row_of, write_csv
from tests.integration.test_cli import ADMIN_PIN, kiosk

SUPERVISOR_PIN = "592730"


@pytest.fixture
def registry(sqlite_url: str) -> str:
    """An empty registry with its admin and a supervisor."""
    for name, role, pin in (("admin", "admin", ADMIN_PIN), ("sari", "supervisor", SUPERVISOR_PIN)):
        made = kiosk(sqlite_url, "operators", "add", name, "--role", role, new_pin=pin,
                     operator=None if role == "admin" else "admin")  # fmt: skip
        assert made.returncode == 0, made.stderr
    return sqlite_url


def test_a_worker_without_a_desa_keeps_the_kecamatan_everywhere(
    registry: str, tmp_path: Path
) -> None:
    sqlite_url = registry
    persons = people(3)
    no_desa = persons[1].but(desa="")  # in Lewa, desa not given
    rows = [list(HEADER), row_of(persons[0]), row_of(no_desa), row_of(persons[2])]
    listed = write_csv(tmp_path / "daftar.csv", rows, delimiter=";")
    done = kiosk(sqlite_url, "import", str(listed), language="en")
    assert done.returncode == 0, done.stderr
    assert "3 imported" in done.stdout
    assert "line 3, column Desa/Kelurahan: the desa/kelurahan is empty (warning)" in done.stdout

    found = kiosk(sqlite_url, "search", no_desa.kpj, "--json")
    assert found.returncode == 0, found.stderr
    (hit,) = json.loads(found.stdout)["results"]
    assert (hit["kecamatan"], hit["desa"]) == ("Lewa", "")
    narrowed = kiosk(sqlite_url, "search", no_desa.name, "--kecamatan", "Lewa", "--json")
    assert no_desa.kpj in [h["kpj"] for h in json.loads(narrowed.stdout)["results"]]

    env = {"KIOSK_SIGNING_KEY": str(tmp_path / "keys" / "signing-key.pem")}
    out = tmp_path / "kartu.pdf"
    dry = kiosk(sqlite_url, "print-batch", "--kecamatan", "Lewa", "--out", str(out), "--dry-run",
                language="en", operator=None, extra_env=env)  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    assert "Lewa: 3 registered, 0 printed already, 3 to print." in dry.stdout

    progress = kiosk(sqlite_url, "progress", operator="sari", pin=SUPERVISOR_PIN)
    assert progress.returncode == 0, progress.stderr
    lines = progress.stdout.splitlines()
    assert lines[-1].startswith("= 3, 0, 0, 3")
    assert "Lewa / (desa tidak diisi): 1, 0, 0, 1; 0, 0" in lines
