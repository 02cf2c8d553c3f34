#!/usr/bin/env bash
# Checks the system packages the kiosk needs, and installs the missing ones when it can
# (root on Debian or Ubuntu). Usage: scripts/system-deps.sh run|test
set -euo pipefail
what=${1:-run}

# library file -> Debian package
declare -A libs=(
  [libEGL.so.1]=libegl1
  [libGL.so.1]=libgl1
  [libxkbcommon.so.0]=libxkbcommon0
  [libfontconfig.so.1]=libfontconfig1
  [libdbus-1.so.3]=libdbus-1-3
)
if [ "$what" = run ]; then
  # Qt's xcb platform plugin, for a real X display.
  libs+=(
    [libxcb-cursor.so.0]=libxcb-cursor0
    [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
    [libxcb-icccm.so.4]=libxcb-icccm4
    [libxcb-keysyms.so.1]=libxcb-keysyms1
    [libxcb-shape.so.0]=libxcb-shape0
    [libxcb-randr.so.0]=libxcb-randr0
    [libxcb-render-util.so.0]=libxcb-render-util0
    [libxcb-image.so.0]=libxcb-image0
    [libxcb-xinerama.so.0]=libxcb-xinerama0
  )
fi

missing=()
for lib in "${!libs[@]}"; do
  if ! ldconfig -p 2>/dev/null | grep -q "	$lib "; then
    missing+=("${libs[$lib]}")
  fi
done
if ! ls /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf >/dev/null 2>&1 \
   && ! { command -v fc-list >/dev/null && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]; }; then
  missing+=(fonts-dejavu-core)
fi
# The event hub (`kiosk hub start`) and its standby run PostgreSQL's own server binaries;
# the integration tests start throwaway clusters from them too.
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ "$what" = test ]; then
  # Card PDFs are rasterised by pdftoppm to read their QR code back.
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  # Card jobs go through a throwaway cupsd and its real filters (pdftops runs ghostscript)
  # into file queues; gs also turns what arrived back into pixels to read the QR code.
  [ -x /usr/sbin/cupsd ] || command -v cupsd >/dev/null || missing+=(cups)
  { command -v lp && { [ -x /usr/sbin/lpadmin ] || command -v lpadmin; }; } >/dev/null \
    || missing+=(cups-client)
  [ -x /usr/lib/cups/filter/pdftopdf ] && [ -x /usr/lib/cups/filter/pdftops ] \
    || missing+=(cups-filters)
  [ -f /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd ] || missing+=(printer-driver-cups-pdf)
  command -v gs >/dev/null || missing+=(ghostscript)
  # make test-future runs the suite with the clock a year ahead.
  command -v faketime >/dev/null || missing+=(faketime)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
echo "Missing system packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing them with apt-get ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  exit 0
fi
echo "Install them with:" >&2
echo "    sudo apt-get install ${missing[*]}" >&2
exit 1
