#!/bin/sh
# Makes the upgrade fixtures of tst_migrations and the *_upgraded test runs: SQL dumps of
# databases created by an earlier bantam-cli. Run once per release whose databases must keep
# opening; the dumps are committed, never regenerated with today's code.
#   tests/testdata/make-upgrade-fixtures.sh OLD_BANTAM_CLI OUTPUT_PREFIX
# e.g. (main at 6235f18): make-upgrade-fixtures.sh /tmp/old/bantam-cli tests/testdata/v9
# Needs the sqlite3 shell. `.dump` leaves out the schema version, so it is appended.
set -eu
cli=$1
prefix=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
# An empty database as the release creates it (leads list opens and migrates, adds nobody).
"$cli" --db "$work/empty.db" leads list > /dev/null
# Demo data: users, teams, leads with history, activities, scores, assignments, SLA clocks.
"$cli" --db "$work/demo.db" demo --leads 200 --seed 7 > /dev/null
for name in empty demo; do
    case $name in
    empty) out="$prefix-empty.sql" ;;
    demo) out="$prefix-demo-200-seed7.sql" ;;
    esac
    sqlite3 "$work/$name.db" .dump > "$out"
    echo "PRAGMA user_version = $(sqlite3 "$work/$name.db" 'PRAGMA user_version');" >> "$out"
done
