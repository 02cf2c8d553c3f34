"""`kiosk correct` from a terminal, approved by a supervisor; a re-import keeps the correction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.import_files import HEADER, people, row_of, write_csv
from tests.integration.test_cli import ADMIN_PIN, kiosk

SUPERVISOR_PIN = "592730"
DESK_PIN = "481736"


@pytest.fixture
def registry(sqlite_url: str) -> str:
    """A registry with its admin, a supervisor and a desk officer."""
    staff = (("admin", "admin", ADMIN_PIN), ("sari", "supervisor", SUPERVISOR_PIN),
             ("meja1", "petugas", DESK_PIN))  # fmt: skip
    for name, role, pin in staff:
        made = kiosk(sqlite_url, "operators", "add", name, "--role", role, new_pin=pin,
                     operator=None if role == "admin" else "admin")  # fmt: skip
        assert made.returncode == 0, made.stderr
    return sqlite_url


def test_a_correction_from_the_terminal_outlives_a_reimport(registry: str, tmp_path: Path) -> None:
    persons = people(3)
    listed = write_csv(
        tmp_path / "daftar.csv", [list(HEADER), *(row_of(p) for p in persons)], delimiter=";"
    )
    assert kiosk(registry, "import", str(listed)).returncode == 0
    target = persons[1]

    refused = kiosk(registry, "correct", "--kpj", target.kpj, "--name", "Rambu Hina Kareri",
                    "--approver", "meja1", operator="meja1", pin=DESK_PIN,
                    extra_env={"KIOSK_APPROVER_PIN": DESK_PIN})  # fmt: skip
    assert refused.returncode == 3
    bad = kiosk(registry, "correct", "--kpj", target.kpj, "--phone", "12345", "--approver",
                "sari", operator="meja1", pin=DESK_PIN,
                extra_env={"KIOSK_APPROVER_PIN": SUPERVISOR_PIN})  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.strip()

    done = kiosk(registry, "correct", "--kpj", target.kpj, "--name", "Rambu  Hina Kareri",
                 "--approver", "sari", operator="meja1", pin=DESK_PIN,
                 extra_env={"KIOSK_APPROVER_PIN": SUPERVISOR_PIN})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"full_name: {target.name} -> Rambu Hina Kareri" in done.stdout
    assert "disetujui oleh sari" in done.stdout
    shown = kiosk(registry, "audit", "show", "--last", "4")
    assert "correction" in shown.stdout
    assert "meja1 (+sari)" in shown.stdout

    again = kiosk(registry, "import", str(listed))
    assert again.returncode == 0, again.stderr
    assert "0 diimpor, 0 diperbarui, 3 tidak berubah, 0 ditolak" in again.stdout
    assert (
        f"baris 3, kolom Nama Lengkap: daftar berisi {target.name}, tetapi koreksi di meja"
        " layanan berisi Rambu Hina Kareri" in again.stdout
    )
    rejects = listed.with_name("daftar.rejects.csv")
    assert f"untuk diputuskan supervisor: {rejects}" in again.stdout
    lines = rejects.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("3;Nama Lengkap;")
    assert "koreksi tetap dipakai" in lines[1]

    found = kiosk(registry, "search", target.kpj, "--json")
    (hit,) = json.loads(found.stdout)["results"]
    assert hit["name"] == "Rambu Hina Kareri"
