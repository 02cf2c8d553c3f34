#!/usr/bin/env bash
# The whole suite with the clock a year ahead (or $1, as faketime's -f takes it: "+730d"),
# to catch a test that means "today" but says a date. Needs Debian's faketime.
#
# libfaketime 0.9.10 cannot fake the monotonic clock without hanging Python's timed waits,
# and with it left alone Python's time.sleep (clock_nanosleep, absolute) fails with EINVAL.
# So only the wall clock moves, and while FAKETIME is set a .pth in the venv makes
# time.sleep wait in select() instead, in every Python process the tests start.
set -euo pipefail
cd "$(dirname "$0")/.."
offset=${1:-+365d}
command -v faketime >/dev/null || { echo "faketime is missing: apt-get install faketime" >&2; exit 2; }
site=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
pth="$site/kiosk_faketime_sleep.pth"
module="$site/kiosk_faketime_sleep.py"
trap 'rm -f "$pth" "$module"' EXIT
cat > "$module" <<'PY'
"""time.sleep in select() while libfaketime is loaded (see scripts/test-future.sh)."""
import os
import select
import time

if os.environ.get("FAKETIME"):
    _sleep = time.sleep

    def sleep(seconds: float) -> None:
        if seconds < 0:
            _sleep(seconds)  # raises ValueError, as time.sleep does
        select.select([], [], [], seconds)

    time.sleep = sleep
PY
echo "import kiosk_faketime_sleep" > "$pth"
export FAKETIME_DONT_FAKE_MONOTONIC=1 QT_QPA_PLATFORM=offscreen KIOSK_REQUIRE_POSTGRES=1 \
    KIOSK_REQUIRE_CUPS=1
echo "The clock reads $(faketime -f "$offset" date -I) for this run."
faketime -f "$offset" .venv/bin/pytest -q -p no:cacheprovider --numprocesses auto \
    --maxprocesses "${TEST_WORKERS:-4}" "${@:2}"
