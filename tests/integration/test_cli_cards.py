"""Cards from the command line: issue a PDF, scan its QR as a phone would, verify the text."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from tests.integration.test_cli import ADMIN_PIN, kiosk

PRINTER_PIN = "815364"
SUPERVISOR_PIN = "592730"


@pytest.fixture
def key_env(tmp_path: Path) -> dict[str, str]:
    return {"KIOSK_SIGNING_KEY": str(tmp_path / "keys" / "signing-key.pem")}


@pytest.fixture
def kpj(sqlite_url: str) -> str:
    """A registry of demo workers with a printing operator; the KPJ of one worker."""
    steps = [
        kiosk(sqlite_url, "operators", "add", "admin", "--role", "admin", operator=None,
              new_pin=ADMIN_PIN),
        kiosk(sqlite_url, "operators", "add", "cetak1", "--role", "operator_cetak",
              new_pin=PRINTER_PIN),
        kiosk(sqlite_url, "demo", "--workers", "30", "--seed", "5"),
    ]  # fmt: skip
    for step in steps:
        assert step.returncode == 0, step.stderr
    found = kiosk(sqlite_url, "search", "umbu", "--json", "--limit", "1")
    assert found.returncode == 0, found.stderr
    return str(json.loads(found.stdout)["results"][0]["kpj"])


def scan(pdf: Path) -> str:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.fail("pdftoppm is missing: install poppler-utils (scripts/system-deps.sh test)")
    prefix = pdf.with_suffix("")
    subprocess.run(
        [pdftoppm, "-r", "600", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(prefix)],
        check=True,
    )
    with Image.open(prefix.with_suffix(".png")) as image:
        (found,) = zxingcpp.read_barcodes(image.convert("L"))
    return found.text


def test_a_printed_card_scans_and_verifies_as_genuine(
    sqlite_url: str, kpj: str, key_env: dict[str, str], tmp_path: Path
) -> None:
    pdf = tmp_path / "kartu.pdf"
    made = kiosk(sqlite_url, "card", "--kpj", kpj, "--out", str(pdf), "--back",
                 operator="cetak1", pin=PRINTER_PIN, extra_env=key_env)  # fmt: skip
    assert made.returncode == 0, made.stderr
    key_file = Path(key_env["KIOSK_SIGNING_KEY"])
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    payload = scan(pdf)
    checked = kiosk(sqlite_url, "verify", payload, operator=None, extra_env=key_env)
    assert checked.returncode == 0, checked.stderr
    lines = checked.stdout.splitlines()
    assert lines[0] == "ASLI"
    assert "aktif" in checked.stdout
    assert "••••••••" in checked.stdout
    assert kpj in checked.stdout

    again = kiosk(sqlite_url, "card", "--kpj", kpj, "--out", str(tmp_path / "dua.pdf"),
                  operator="cetak1", pin=PRINTER_PIN, extra_env=key_env)  # fmt: skip
    assert again.returncode == 1
    assert payload not in again.stderr
    assert not (tmp_path / "dua.pdf").exists()


def test_a_reprint_with_approval_replaces_the_old_card(
    sqlite_url: str, kpj: str, key_env: dict[str, str], tmp_path: Path
) -> None:
    made = kiosk(sqlite_url, "operators", "add", "sari", "--role", "supervisor",
                 new_pin=SUPERVISOR_PIN)  # fmt: skip
    assert made.returncode == 0, made.stderr
    first, second = tmp_path / "kartu.pdf", tmp_path / "ganti.pdf"
    issued = kiosk(sqlite_url, "card", "--kpj", kpj, "--out", str(first),
                   operator="cetak1", pin=PRINTER_PIN, extra_env=key_env)  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    old = scan(first)

    reprint = ["card", "--kpj", kpj, "--out", str(second), "--reprint", "--reason", "lost"]
    missing = kiosk(sqlite_url, *reprint, operator="cetak1", pin=PRINTER_PIN,
                    extra_env=key_env)  # fmt: skip
    assert missing.returncode == 2
    assert "--approver" in missing.stderr
    self_approved = kiosk(sqlite_url, *reprint, "--approver", "cetak1", operator="cetak1",
                          pin=PRINTER_PIN,
                          extra_env={**key_env, "KIOSK_APPROVER_PIN": PRINTER_PIN})  # fmt: skip
    assert self_approved.returncode == 3
    assert not second.exists()

    done = kiosk(sqlite_url, *reprint, "--approver", "sari", operator="cetak1", pin=PRINTER_PIN,
                 extra_env={**key_env, "KIOSK_APPROVER_PIN": SUPERVISOR_PIN})  # fmt: skip
    assert done.returncode == 0, done.stderr
    new = scan(second)
    assert new != old

    old_checked = kiosk(sqlite_url, "verify", old, operator=None, extra_env=key_env)
    assert old_checked.returncode == 1
    assert old_checked.stdout.startswith("ASLI")
    assert "diganti" in old_checked.stdout
    new_checked = kiosk(sqlite_url, "verify", new, operator=None, extra_env=key_env)
    assert new_checked.returncode == 0, new_checked.stdout
    assert "aktif" in new_checked.stdout

    shown = kiosk(sqlite_url, "audit", "show", "--last", "5")
    assert "reprint" in shown.stdout
    assert "(+sari)" in shown.stdout


def test_forged_and_foreign_cards_are_not_genuine(
    sqlite_url: str, kpj: str, key_env: dict[str, str], tmp_path: Path
) -> None:
    pdf = tmp_path / "kartu.pdf"
    made = kiosk(sqlite_url, "card", "--kpj", kpj, "--out", str(pdf),
                 operator="cetak1", pin=PRINTER_PIN, extra_env=key_env)  # fmt: skip
    assert made.returncode == 0, made.stderr
    payload = scan(pdf)
    position = len(payload) // 2
    forged = (
        payload[:position] + ("B" if payload[position] == "A" else "A") + payload[position + 1 :]
    )

    refused = kiosk(sqlite_url, "verify", forged, operator=None, extra_env=key_env)
    assert refused.returncode == 1
    assert refused.stdout.startswith("TIDAK ASLI")

    garbage = kiosk(sqlite_url, "verify", "hello", language="en", operator=None,
                    extra_env=key_env)  # fmt: skip
    assert garbage.returncode == 1
    assert garbage.stdout.startswith("NOT GENUINE")
    assert "Traceback" not in garbage.stderr

    elsewhere = {"KIOSK_SIGNING_KEY": str(tmp_path / "other" / "signing-key.pem")}
    foreign = kiosk(sqlite_url, "verify", payload, operator=None, extra_env=elsewhere)
    assert foreign.returncode == 1
    assert foreign.stdout.startswith("TIDAK ASLI")

    # Trusting the first kiosk's exported key makes its cards genuine at the other one too.
    trusted_dir = tmp_path / "other" / "trusted-keys"
    trusted_dir.mkdir(parents=True)
    exported = kiosk(sqlite_url, "keys", "export", "--out", str(trusted_dir / "pertama.pub"),
                     operator=None, extra_env=key_env)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert (trusted_dir / "pertama.pub").read_text().startswith("ed25519:")
    trusting = kiosk(sqlite_url, "verify", payload, operator=None, extra_env=elsewhere)
    assert trusting.returncode == 0, trusting.stdout
    assert trusting.stdout.startswith("ASLI")


def test_an_exposed_signing_key_is_refused(
    sqlite_url: str, kpj: str, key_env: dict[str, str], tmp_path: Path
) -> None:
    shown = kiosk(sqlite_url, "keys", "export", operator=None, extra_env=key_env)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("ed25519:")
    Path(key_env["KIOSK_SIGNING_KEY"]).chmod(0o644)
    made = kiosk(sqlite_url, "card", "--kpj", kpj, "--out", str(tmp_path / "k.pdf"),
                 operator="cetak1", pin=PRINTER_PIN, extra_env=key_env)  # fmt: skip
    assert made.returncode == 1
    assert "0644" in made.stderr
    assert not (tmp_path / "k.pdf").exists()
