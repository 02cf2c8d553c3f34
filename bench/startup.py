"""Start-up time: from launching the kiosk process to a shown window with a ready search box."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.common import Row, demo_database, median

RUNS = 5
# Runs the real entry point's GUI path; prints READY once the search box takes input.
_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from kiosk.app import run_gui
from kiosk.config import Config

def ready(window):
    box = window.search_panel.query_edit
    assert box.isEnabled() and box.isVisible(), "search box not ready"
    assert window.focusWidget() is box, "search box has not the focus"
    print("READY", flush=True)
    QApplication.quit()

sys.exit(run_gui(Config.from_sources(database_url=sys.argv[1]), sys.argv[:1], on_ready=ready))
"""


def _once(url: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", _PROBE, url], stdout=subprocess.PIPE, env=env, text=True
    ) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - started
        proc.wait(timeout=30)
    if line.strip() != "READY":
        raise RuntimeError("the kiosk did not start")
    return elapsed


def run() -> list[Row]:
    rows = []
    for workers in (4000, 1_000_000):
        url, _sessions = demo_database(workers)
        _once(url)  # warm the file cache, as on any second start of the day
        samples = [_once(url) for _ in range(RUNS)]
        value = median(samples)
        rows.append(
            Row(
                f"start-up to a ready search box, {workers:,} workers",
                f"{value:.2f} s (median of {RUNS})",
                "<= 1.5 s",
                "ok" if value <= 1.5 else "MISSED",
            )
        )
    return rows
