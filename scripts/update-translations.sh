#!/bin/sh
# Refresh the .ts catalogs from the sources, then compile them to the .qm files the kiosk loads.
# Translate new strings in resources/translations/kiosk_id.ts (pyside6-linguist, or by hand:
# fill <translation> and drop type="unfinished"), then run this again and commit both files.
set -eu
cd "$(dirname "$0")/.."
BIN=.venv/bin
SOURCES=$(find kiosk -name '*.py' | sort)
for lang in id en; do
    ts=resources/translations/kiosk_$lang.ts
    # shellcheck disable=SC2086 # one argument per source file
    "$BIN/pyside6-lupdate" -locations relative -no-obsolete -target-language "$lang" \
        $SOURCES -ts "$ts"
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "resources/translations/kiosk_$lang.qm"
done
