#!/bin/bash
# The issue-18 walk at one screen size: a fresh demo database, Xvfb on its own display, the real
# window in German as the administrator (every tab, menu and dialog) and as a rep (Pipeline and
# Service levels, for My queue).
# Usage: tools/screenshots/walk.sh BUILD_DIR DISPLAY WIDTHxHEIGHT OUT_DIR [--dialogs-only]
#   e.g. tools/screenshots/walk.sh build :61 1366x768 /tmp/shots18/1366
#   --dialogs-only: the administrator's dialogs and menus only (e.g. at 1920x1080; the tabs are
#   shot at 1366x768).
# Needs `ninja -C BUILD_DIR bantam-cli bantam-screenshots`. Each run takes about 4 minutes.
set -euo pipefail
build=$1 display=$2 size=$3 out=$4 dialogs=${5:-}
db=$(mktemp -d)/shots.db
"$build/app/bantam-cli" --db "$db" init >/dev/null
"$build/app/bantam-cli" --db "$db" demo --leads 3000 >/dev/null
csv=$(dirname "$db")/leads.csv
printf '%s\n' 'Vorname;Nachname;Firma;E-Mail;Telefon;Land;Quelle' \
    'Jonas;Becker;Becker Maschinenbau GmbH;jonas.becker@example.de;+49 30 1234567;Deutschland;Messe' \
    'Lea;Wolf;Wolf & Söhne KG;lea.wolf@example.de;+49 89 7654321;Deutschland;Webseite' >"$csv"
# One lead per stage with reason buttons: an MQL, an SQL and a lost one.
leads=$(for stage in mql sql lost; do
    sqlite3 "$db" "SELECT min(id) FROM leads WHERE stage = '$stage'"; done | paste -sd,)
Xvfb "$display" -screen 0 "${size}x24" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
mkdir -p "$out"
rm -f "$out"/*.png "$out"/shots.txt
export LANG=de_DE.UTF-8 LANGUAGE=de DISPLAY=$display QT_QPA_PLATFORM=xcb
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# Fresh preferences each run: no window geometry, column widths or last user from an earlier one.
XDG_CONFIG_HOME=$(mktemp -d)
export XDG_CONFIG_HOME
"$build/tools/screenshots/bantam-screenshots" --db "$db" --as admin --out "$out" --csv "$csv" \
    --leads "$leads" $dialogs
[ -z "$dialogs" ] || exit 0
next=$(($(find "$out" -name "*.png" | wc -l) + 1))
# Without a window manager a saved window geometry comes back shifted: the rep starts fresh too.
XDG_CONFIG_HOME=$(mktemp -d)
# The rep: the pipeline (their rights on a lead) and Service levels (My queue, their call mode).
"$build/tools/screenshots/bantam-screenshots" --db "$db" --as kschulz --out "$out" --tabs-only \
    --only 0,2 --first "$next"
