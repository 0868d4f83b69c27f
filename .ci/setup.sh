#!/usr/bin/env bash
# One script behind README's two commands:
#   .ci/setup.sh run   — install dependencies, build, start bantam on its default database
#   .ci/setup.sh test  — install dependencies, build, run the whole test suite, check the package
# Installs Debian 12 packages with apt-get when run as root (or with sudo when available).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
build_dir="${BANTAM_BUILD_DIR:-build}"

packages=(cmake ninja-build g++ ccache qt6-base-dev libqt6opengl6-dev qt6-charts-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libboost-dev libphonenumber-dev libsqlite3-dev xvfb xauth x11-apps imagemagick
  fonts-dejavu-core sqlite3 clang-format libpq-dev postgresql postgresql-client pkg-config
  librsvg2-bin help2man dpkg-dev file lintian desktop-file-utils appstream man-db iso-codes
  liblinear-dev clang-15 libfuzzer-15-dev)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

werror=OFF
if [ "$mode" = test ]; then
  # House format (.clang-format) is checked, not discussed: an unformatted file fails CI.
  echo "== Checking the format of every C++ file"
  unformatted=()
  while IFS= read -r f; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
  done < <(git ls-files '*.h' '*.cpp' 2>/dev/null || find app core ui tests benchmarks -name '*.h' -o -name '*.cpp')
  if [ ${#unformatted[@]} -gt 0 ]; then
    echo "Not formatted with .clang-format (run clang-format -i on them):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
  fi
  werror=ON
fi

echo "== Building in $build_dir"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBANTAM_WERROR=$werror
cmake --build "$build_dir" --parallel 2

case "$mode" in
  run)
    exec "$build_dir/app/bantam" "${@:2}"
    ;;
  test)
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    # Every database test runs on SQLite and on PostgreSQL (*_pg): a throwaway cluster,
    # stopped however the run ends.
    source .ci/postgres.sh
    trap bantam_pg_stop EXIT
    bantam_pg_start
    (cd "$build_dir" && ctest --output-on-failure --timeout 900 --parallel 2)
    # The Debian package: built, linted, validated and run from its own files (.ci/package.sh).
    time bash .ci/package.sh "$build_dir"
    # The sanitizer build's tests and a short run of each fuzz target (.ci/reliability.sh), in
    # every CI run. BANTAM_SKIP_RELIABILITY=1 leaves them out of a quick local check; the fuzz
    # corpora are replayed by ctest above either way.
    if [ "${BANTAM_SKIP_RELIABILITY:-0}" != 1 ]; then
      time bash .ci/reliability.sh
    else
      echo "== Sanitizer and fuzz runs skipped (BANTAM_SKIP_RELIABILITY=1)"
    fi
    ;;
  *)
    echo "usage: .ci/setup.sh run|test" >&2
    exit 2
    ;;
esac
