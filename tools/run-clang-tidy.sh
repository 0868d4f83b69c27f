#!/usr/bin/env bash
# Runs .clang-tidy over the project's own sources (app, core, ui) with the compile commands of
# a build folder (default: build). About 40 CPU-minutes on the reference machine, so it is not
# part of CI; run it before a release or after a large change. Exit status 1 on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build}"
[ -f "$build_dir/compile_commands.json" ] || {
  echo "No $build_dir/compile_commands.json: build first (.ci/setup.sh test)" >&2
  exit 2
}
log="$(mktemp)"
run-clang-tidy -p "$build_dir" -quiet -j "$(nproc)" "^$(pwd)/(app|core|ui)/" >"$log" 2>&1 || true
findings="$(grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' "$log" | sort -u || true)"
rm -f "$log"
if [ -n "$findings" ]; then
  echo "$findings"
  echo "clang-tidy: $(echo "$findings" | wc -l) finding(s)" >&2
  exit 1
fi
echo "clang-tidy: no findings"
