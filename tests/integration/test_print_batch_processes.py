"""Batches as staff run them, at the same moment, as real processes: every card exactly once
(issue 11, items 6-8)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.integration.test_card_pdf import run
from tests.integration.test_cli import ADMIN_PIN, kiosk
from tests.integration.test_cli_cards import PRINTER_PIN

SERIAL = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b")


def make_registry(url: str, tmp_path: Path) -> dict[str, str]:
    env = {"KIOSK_SIGNING_KEY": str(tmp_path / "keys" / "signing-key.pem")}
    settings = tmp_path / "kiosk.toml"
    steps = [
        kiosk(url, "operators", "add", "admin", "--role", "admin", operator=None,
              new_pin=ADMIN_PIN, settings=settings, extra_env=env),
        kiosk(url, "operators", "add", "cetak1", "--role", "operator_cetak",
              new_pin=PRINTER_PIN, settings=settings, extra_env=env),
        kiosk(url, "demo", "--workers", "300", "--seed", "3", settings=settings,
              extra_env=env),
    ]  # fmt: skip
    for step in steps:
        assert step.returncode == 0, step.stderr
    return env | {"KIOSK_SETTINGS_FILE": str(settings), "TMPDIR": str(tmp_path)}


def start_batch(url: str, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    environ |= env | {"KIOSK_PIN": PRINTER_PIN}
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "--database-url", url, "--language", "en",
         "--operator", "cetak1", "print-batch", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
        env=environ,
    )  # fmt: skip


def finish(process: subprocess.Popen[str]) -> tuple[str, str]:
    out, err = process.communicate(timeout=300)
    assert "Traceback" not in err, err
    assert process.returncode == 0, err
    return out, err


def kecamatan_codes(url: str, count: int) -> list[str]:
    """The kecamatan with the most demo workers, by code."""
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT substr(desa_code, 1, 8) AS k, count(*) FROM worker"
                " GROUP BY k ORDER BY count(*) DESC, k LIMIT :n"
            ),
            {"n": count},
        ).all()
    engine.dispose()
    return [row[0] for row in rows]


def assert_every_card_once(url: str, folder: Path, codes: list[str]) -> None:
    """Every worker of the kecamatan has a card printed in exactly one page of one file,
    one sent job, and nothing counts as printed that is in no file."""
    in_files = Counter(
        serial
        for pdf in sorted(folder.glob("*.pdf"))
        for serial in SERIAL.findall(run("pdftotext", str(pdf), "-"))
    )
    assert set(in_files.values()) == {1}, "a card is in two files"
    engine = create_engine(url)
    with engine.connect() as conn:
        where = " OR ".join(f"w.desa_code LIKE '{code}.%'" for code in codes)
        workers = conn.scalar(text(f"SELECT count(*) FROM worker w WHERE {where}"))
        sent = Counter(
            conn.execute(
                text(
                    "SELECT j.card_serial FROM print_job j JOIN worker w ON w.id = j.worker_id"
                    f" WHERE j.status = 'sent' AND j.kind = 'card' AND ({where})"
                )
            ).scalars()
        )
        printed = conn.scalar(
            text(
                "SELECT count(*) FROM card c JOIN worker w ON w.id = c.worker_id"
                f" WHERE c.status = 'active' AND c.printed_at IS NOT NULL AND ({where})"
            )
        )
    engine.dispose()
    from printing.payload import format_serial

    assert set(sent.values()) == {1}, "two sent jobs for one card"
    assert {format_serial(s) for s in sent} == set(in_files)
    assert printed == workers == len(in_files)


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_two_batches_of_one_kecamatan_at_once_print_each_card_once(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url = request.getfixturevalue(f"{backend}_url")
    env = make_registry(url, tmp_path)
    (code,) = kecamatan_codes(url, 1)
    out = tmp_path / "out"
    out.mkdir()
    runs = [
        start_batch(url, env, "--kecamatan", code, "--out", str(out / name), "--per-file", "4")
        for name in ("x.pdf", "y.pdf")
    ]
    outputs = [finish(process) for process in runs]
    assert_every_card_once(url, out, [code])
    said = "\n".join(err for _, err in outputs)
    assert "another batch" in said  # the run that found cards claimed says so
    assert [p for p in tmp_path.glob("kiosk-batch-*")] == []


def test_batches_sharing_one_folder_at_once_and_a_killed_one_run_again(
    tmp_path: Path, sqlite_url: str
) -> None:
    url = sqlite_url
    env = make_registry(url, tmp_path)
    first, *others = kecamatan_codes(url, 4)
    out = tmp_path / "out"
    out.mkdir()
    # The first batch is killed once its first file's jobs are queued, before it is named.
    killed = start_batch(url, env, "--kecamatan", first, "--out", str(out / "y.pdf"))
    engine = create_engine(url)
    deadline = time.monotonic() + 120
    with engine.connect() as conn:
        while not conn.scalar(text("SELECT count(*) FROM print_job WHERE status = 'queued'")):
            assert time.monotonic() < deadline
            assert killed.poll() is None
            conn.rollback()
            time.sleep(0.02)
    killed.send_signal(signal.SIGKILL)
    killed.communicate()
    engine.dispose()
    assert list(out.glob("*.pdf")) == []  # killed before its first file got its name
    assert list(tmp_path.glob("kiosk-batch-*"))  # what a kill leaves behind

    # Others print into the same folder at once, one kecamatan twice.
    runs = [
        start_batch(url, env, "--kecamatan", code, "--out", str(out / "y.pdf"), "--per-file", "7")
        for code in [*others, others[0]]
    ]
    for process in runs:
        finish(process)
    assert (out / "y-001.pdf").exists()

    # The killed batch, run again: its queued cards are to print, not printed.
    dry = kiosk(url, "print-batch", "--kecamatan", first, "--out", str(out / "y.pdf"),
                "--dry-run", language="en", operator=None,
                extra_env=env)  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    registered = int(re.search(r"(\d+) registered", dry.stdout).group(1))  # type: ignore[union-attr]
    assert f"0 printed already, {registered} to print" in dry.stdout
    again = finish(start_batch(url, env, "--kecamatan", first, "--out", str(out / "y.pdf")))
    assert f"{registered} cards printed" in again[0]
    assert_every_card_once(url, out, [first, *others])
    assert list(tmp_path.glob("kiosk-batch-*")) == []
    assert [p.name for p in out.iterdir() if p.name.endswith(".part")] == []
