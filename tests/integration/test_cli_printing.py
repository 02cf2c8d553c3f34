"""Printing from the command line: CUPS card jobs, receipts, failed jobs and batches."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
import zxingcpp

from tests.helpers.cups import CupsServer
from tests.helpers.printer_listener import Mode, PrinterListener, read_job
from tests.integration.test_cli import ADMIN_PIN, kiosk
from tests.integration.test_cli_cards import PRINTER_PIN
from tests.integration.test_cups_card import (
    CR80_PPD,
    PORTRAIT_CARD,
    assert_size,
    page_size,
    printed,
    rasterise,
)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"KIOSK_SIGNING_KEY": str(tmp_path / "keys" / "signing-key.pem")}


@pytest.fixture
def registry(sqlite_url: str) -> str:
    """A demo registry with a printing operator."""
    steps = [
        kiosk(sqlite_url, "operators", "add", "admin", "--role", "admin", operator=None,
              new_pin=ADMIN_PIN),
        kiosk(sqlite_url, "operators", "add", "cetak1", "--role", "operator_cetak",
              new_pin=PRINTER_PIN),
        kiosk(sqlite_url, "demo", "--workers", "40", "--seed", "3"),
    ]  # fmt: skip
    for step in steps:
        assert step.returncode == 0, step.stderr
    return sqlite_url


def some_kpj(url: str, n: int = 0) -> str:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        rows = db.execute("SELECT kpj FROM worker ORDER BY id").fetchall()
    return str(rows[n][0])


def as_printer(url: str, *args: str, env: dict[str, str]) -> object:
    return kiosk(url, *args, operator="cetak1", pin=PRINTER_PIN, extra_env=env)


def test_a_card_goes_to_a_cups_card_printer_on_cr80_media_and_verifies(
    registry: str, env: dict[str, str], cups_server: CupsServer
) -> None:
    queue = "KartuCli"
    output = cups_server.add_file_queue(queue, CR80_PPD)
    kpj = some_kpj(registry)
    made = kiosk(registry, "card", "--kpj", kpj, "--printer", f"cups://{queue}",
                 operator="cetak1", pin=PRINTER_PIN,
                 extra_env=env | {"CUPS_SERVER": cups_server.environ["CUPS_SERVER"]})  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert f"cups://{queue}" in made.stdout

    postscript = printed(cups_server, output)
    assert_size(page_size(postscript), PORTRAIT_CARD)
    (code,) = zxingcpp.read_barcodes(rasterise(output))
    checked = kiosk(registry, "verify", code.text, operator=None, extra_env=env)
    assert checked.returncode == 0, checked.stdout
    assert kpj in checked.stdout

    listed = kiosk(registry, "jobs", operator="cetak1", pin=PRINTER_PIN, extra_env=env)
    assert listed.returncode == 0, listed.stderr
    assert "sent" in listed.stdout
    assert kpj in listed.stdout


def test_a_receipt_on_a_refusing_printer_fails_and_is_retried_elsewhere(
    registry: str, env: dict[str, str]
) -> None:
    kpj = some_kpj(registry, 1)
    with PrinterListener(Mode.REFUSE) as dead:
        failed = kiosk(registry, "receipt", "--kpj", kpj, "--printer", dead.url,
                       operator="cetak1", pin=PRINTER_PIN, extra_env=env)  # fmt: skip
    assert failed.returncode == 1
    assert dead.url in failed.stderr
    assert "kiosk jobs --retry 1" in failed.stderr

    listed = kiosk(registry, "jobs", "--failed", operator="cetak1", pin=PRINTER_PIN,
                   extra_env=env)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert "failed" in listed.stdout

    with PrinterListener() as working:
        retried = kiosk(registry, "jobs", "--retry", "1", "--printer", working.url,
                        operator="cetak1", pin=PRINTER_PIN, extra_env=env)  # fmt: skip
        assert retried.returncode == 0, retried.stderr
        received = read_job(working.next_job())
    assert received.rasters
    assert kpj in "".join(received.lines).replace(" ", "")
    listed = kiosk(registry, "jobs", "--failed", operator="cetak1", pin=PRINTER_PIN,
                   extra_env=env)  # fmt: skip
    assert "failed" not in listed.stdout


def test_a_receipt_through_a_raw_cups_queue_arrives_byte_for_byte(
    registry: str, env: dict[str, str], cups_server: CupsServer
) -> None:
    kpj = some_kpj(registry, 2)
    with PrinterListener() as printer:
        cups_server.add_raw_queue("StrukCli", printer.port)
        cups_env = env | {"CUPS_SERVER": cups_server.environ["CUPS_SERVER"]}
        made = kiosk(registry, "receipt", "--kpj", kpj, "--printer",
                     "cups://StrukCli?qr=native", operator="cetak1", pin=PRINTER_PIN,
                     extra_env=cups_env)  # fmt: skip
        assert made.returncode == 0, made.stderr
        received = read_job(printer.next_job(timeout=20))
    (payload,) = received.native_qr
    checked = kiosk(registry, "verify", payload.decode("ascii"), operator=None, extra_env=env)
    assert checked.returncode == 0, checked.stdout


def test_print_batch_writes_a_kecamatan_in_files_and_a_rerun_prints_nothing(
    registry: str, env: dict[str, str], tmp_path: Path
) -> None:
    found = kiosk(registry, "search", some_kpj(registry), "--json")
    kecamatan = json.loads(found.stdout)["results"][0]["kecamatan"]
    out = tmp_path / "batch" / "kartu.pdf"
    out.parent.mkdir()
    dry = kiosk(registry, "print-batch", "--kecamatan", kecamatan, "--out", str(out),
                "--dry-run", operator=None, extra_env=env)  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    assert list(out.parent.iterdir()) == []

    made = kiosk(registry, "print-batch", "--kecamatan", kecamatan, "--out", str(out),
                 "--per-file", "2", operator="cetak1", pin=PRINTER_PIN,
                 extra_env=env)  # fmt: skip
    assert made.returncode == 0, made.stderr
    files = sorted(out.parent.glob("kartu-*.pdf"))
    assert files
    assert files[0].name == "kartu-001.pdf"

    again = kiosk(registry, "print-batch", "--kecamatan", kecamatan, "--out", str(out),
                  operator="cetak1", pin=PRINTER_PIN, extra_env=env)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert sorted(out.parent.glob("kartu-*.pdf")) == files


def test_jobs_come_in_pages_with_filters_and_say_how_many_there_are(
    registry: str, env: dict[str, str], tmp_path: Path
) -> None:
    kpjs = [some_kpj(registry, n) for n in range(3)]
    for kpj in kpjs:
        made = kiosk(registry, "card", "--kpj", kpj, "--printer", f"folder://{tmp_path}",
                     operator="cetak1", pin=PRINTER_PIN, extra_env=env)  # fmt: skip
        assert made.returncode == 0, made.stderr

    def jobs(*args: str) -> subprocess.CompletedProcess[str]:
        listed = kiosk(registry, "jobs", *args, language="en", operator="cetak1",
                       pin=PRINTER_PIN, extra_env=env)  # fmt: skip
        assert listed.returncode == 0, listed.stderr
        return listed

    first = jobs("--per-page", "2")
    assert len([line for line in first.stdout.splitlines() if " sent " in line]) == 2
    assert "Showing 1–2 of 3 jobs (page 1 of 2)." in first.stdout
    assert "--page 2" in first.stdout
    second = jobs("--per-page", "2", "--page", "2")
    assert "Showing 3–3 of 3 jobs (page 2 of 2)." in second.stdout
    assert "--page 3" not in second.stdout
    one = jobs("--kpj", kpjs[1])
    assert kpjs[1] in one.stdout
    assert kpjs[0] not in one.stdout
    assert "Showing 1–1 of 1 jobs" in one.stdout
    assert "No print jobs." in jobs("--status", "failed").stdout
    assert "Showing 1–3 of 3 jobs" in jobs("--status", "sent").stdout
