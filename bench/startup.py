"""Start-up time: from launching the kiosk process to a shown window that takes input.

The kiosk is timed beside a bare Qt window (PySide6, a QMainWindow with a focused text
field) started the same way on the same machine, the samples taken in turns (bare, kiosk,
bare, kiosk ...) so that a busy moment of the machine falls on both alike. The target is a
ratio of the two: the machine's own speed cancels out.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.common import Row, demo_database, median

RUNS = 7
TARGET_RATIO = 4.0

# Both probes print READY once their first screen takes input: the focus is in an enabled,
# visible text field of the window (or of the dialog over it).
_READY = """
from PySide6.QtWidgets import QApplication, QLineEdit

def ready(window, then_quit=True):
    screen = QApplication.activeModalWidget() or window
    box = screen.focusWidget()
    assert isinstance(box, QLineEdit), "no text field has the focus"
    assert box.isEnabled() and box.isVisible(), "the text field is not ready"
    print("READY", flush=True)
    if then_quit:
        QApplication.quit()
"""

# Runs the real entry point's GUI path: READY when the sign-in page's username field takes
# input (the registry still opening behind it), then WIRED once the registry is open and the
# whole window wired: a sign-in is answered from then on.
_KIOSK_PROBE = (
    _READY
    + """
import sys
from kiosk.app import run_gui
from kiosk.config import Config

def wired(window):
    print("WIRED", flush=True)
    QApplication.quit()

sys.exit(run_gui(Config.from_sources(database_url=sys.argv[1]), sys.argv[:1],
                 on_ready=lambda window: ready(window, then_quit=False), on_wired=wired))
"""
)

# The least a PySide6 program does to show a window with a text field that takes input.
_BARE_PROBE = (
    _READY
    + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
box = QLineEdit()
window.setCentralWidget(box)
window.setGeometry(app.primaryScreen().availableGeometry())
window.showMaximized()
box.setFocus()
QTimer.singleShot(0, lambda: ready(window))
sys.exit(app.exec())
"""
)


def _once(probe: str, *args: str) -> list[float]:
    """Seconds from launch to each line the probe prints (READY, then WIRED if it does)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", probe, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        lines, times = [], []
        for line in proc.stdout:
            times.append(time.perf_counter() - started)
            lines.append(line.strip())
        _out, err = proc.communicate(timeout=60)
    if not lines or lines[0] != "READY":
        raise RuntimeError(f"the probe did not start:\n{err}")
    return times


def run() -> list[Row]:
    rows = []
    for workers in (4000, 1_000_000):
        url, _sessions = demo_database(workers)
        # Warm the file cache, as on any second start of the day.
        _once(_BARE_PROBE)
        _once(_KIOSK_PROBE, url)
        bare: list[float] = []
        kiosk: list[float] = []
        wired: list[float] = []
        for _ in range(RUNS):
            bare.append(_once(_BARE_PROBE)[0])
            ready_s, wired_s = _once(_KIOSK_PROBE, url)
            kiosk.append(ready_s)
            wired.append(wired_s)
        bare_s, kiosk_s, wired_s = median(bare), median(kiosk), median(wired)
        ratio = kiosk_s / bare_s
        of = f"(median of {RUNS}, taken in turns)"
        rows += [
            Row(f"start-up, a bare Qt window with a focused text field ({workers:,} run)",
                f"{bare_s:.2f} s {of}"),
            Row(f"start-up to a ready sign-in screen, {workers:,} workers",
                f"{kiosk_s:.2f} s {of}"),
            Row(f"start-up, kiosk / bare window, {workers:,} workers",
                f"{ratio:.1f}x", f"<= {TARGET_RATIO:.0f}x",
                "ok" if ratio <= TARGET_RATIO else "MISSED"),
            # Not the target, shown so that nothing hides behind the early screen.
            Row(f"start-up until the registry is open (a sign-in answers), {workers:,} workers",
                f"{wired_s:.2f} s = {wired_s / bare_s:.1f}x bare {of}"),
        ]  # fmt: skip
    return rows
