#!/usr/bin/env bash
# CI: the Debian package an admin installs (issue 21). Builds it with CPack from a finished build
# folder, then fails if
# - lintian reports an error (warnings are printed, not fatal);
# - it lacks one of the files a desktop installation needs, or a manual page is not the
#   programs' own help;
# - desktop-file-validate or appstreamcli find an error in the desktop entry or the metainfo;
# - its dependencies cannot be installed on Debian 12 (apt on an empty system, simulated);
# - a library or Qt plugin the programs load belongs to a package it does not pull in;
# - the installed bantam-cli cannot print its version and create a database, or the installed
#   bantam cannot start on an X display.
# Usage: .ci/package.sh BUILD_DIR
#
# Why no debootstrap chroot: a Debian 12 root with the Qt runtime took 4–5.5 minutes here
# (debootstrap minbase alone 5:00, mmdebstrap with the Qt libraries 4:21 and 5:24, on the shared
# 2-core machine), more than this whole step may cost. Instead the package is unpacked with
# dpkg-deb -x and its programs run from there with LD_LIBRARY_PATH and QT_PLUGIN_PATH unset, so
# they load libraries and plugins from the system exactly as installed ones do, and the
# dependency check below proves that a fresh Debian 12 gets every one of those libraries.
set -euo pipefail
build_dir="$(cd "${1:?usage: .ci/package.sh BUILD_DIR}" && pwd)"
cd "$(dirname "$0")/.."
source_dir="$PWD"
work="$(mktemp -d /tmp/bantam-package.XXXXXX)"
trap 'rm -rf "$work"' EXIT
fail() {
  echo "package: $*" >&2
  exit 1
}

echo "== Building the Debian package (cpack -G DEB)"
rm -f "$build_dir"/bantam_*.deb
(cd "$build_dir" && cpack -G DEB)
debs=("$build_dir"/bantam_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no bantam_*.deb in $build_dir"
deb="${debs[0]}"
dpkg-deb --info "$deb"

echo "== lintian (errors fail, warnings are listed)"
lintian --fail-on error --tag-display-limit 0 "$deb"

echo "== What the package installs"
root="$work/root"
dpkg-deb -x "$deb" "$root"
app_id="$(sed -n 's/^ *<id>\(.*\)<\/id>$/\1/p' "$build_dir"/resources/desktop/*.metainfo.xml)"
[ -n "$app_id" ] || fail "no <id> in the built metainfo"
expected=(usr/bin/bantam usr/bin/bantam-cli
  usr/share/man/man1/bantam.1.gz usr/share/man/man1/bantam-cli.1.gz
  "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
  "usr/share/icons/hicolor/scalable/apps/$app_id.svg" usr/share/doc/bantam/copyright)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
  [ -f "$root/$f" ] || fail "the package lacks /$f"
done
grep -qx "Icon=$app_id" "$root/usr/share/applications/$app_id.desktop" \
  || fail "the desktop entry's Icon is not $app_id"
for size in 16 48 256; do
  identify "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" | grep -q " ${size}x${size} " \
    || fail "the ${size}x${size} icon is not ${size}x${size}"
done
# The manual pages say what the programs' --help says (help2man), in English.
MANWIDTH=200 man -l "$root/usr/share/man/man1/bantam-cli.1.gz" >"$work/bantam-cli.txt" 2>/dev/null
grep -q -- "--db FILE|URL" "$work/bantam-cli.txt" || fail "bantam-cli(1) lacks the --db option"
grep -q "score model restore N" "$work/bantam-cli.txt" || fail "bantam-cli(1) lacks score model restore"
MANWIDTH=200 man -l "$root/usr/share/man/man1/bantam.1.gz" >"$work/bantam.txt" 2>/dev/null
grep -q -- "--no-demo-offer" "$work/bantam.txt" || fail "bantam(1) lacks the --no-demo-offer option"
version="$(dpkg-deb -f "$deb" Version)"
for page in bantam bantam-cli; do
  tail -n 1 "$work/$page.txt" | grep -q "^Bantam $version " \
    || fail "$page(1) is not the manual of version $version: $(tail -n 1 "$work/$page.txt")"
done

echo "== desktop-file-validate and appstreamcli validate"
# desktop-file-validate 0.26 (Debian 12) predates the Desktop Entry spec 1.5 and calls its
# SingleMainWindow key an error (0.27 knows it): that one line is dropped, any other error fails.
desktop_report="$(desktop-file-validate "$root/usr/share/applications/$app_id.desktop" 2>&1 || true)"
[ -z "$desktop_report" ] || echo "$desktop_report"
if grep -v 'key "SingleMainWindow" in group "Desktop Entry", but keys extending the format' \
  <<<"$desktop_report" | grep -q "error:"; then
  fail "desktop-file-validate found errors in $app_id.desktop"
fi
# --no-net: CI has no business fetching the homepage and screenshot addresses.
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml"

echo "== Dependencies on a fresh Debian 12 (apt-get --simulate on an empty system)"
empty_status="$work/status"
: >"$empty_status"
# Without recommends: an admin may leave them out, so what bantam needs must be in Depends.
apt-get --simulate --no-install-recommends -o Dir::State::status="$empty_status" \
  -o Debug::NoLocking=1 install "$deb" >"$work/simulate.txt" 2>&1 || {
  cat "$work/simulate.txt" >&2
  fail "apt cannot install the package's dependencies on an empty Debian 12 (stale lists? apt-get update)"
}
sed -n 's/^Inst \([^ :]*\).*/\1/p' "$work/simulate.txt" | sort -u >"$work/closure.txt"
echo "$(wc -l <"$work/closure.txt") packages would be installed with it"
grep -qx bantam "$work/closure.txt" || fail "apt's simulation did not install bantam"

echo "== The installed programs run"
unset LD_LIBRARY_PATH QT_PLUGIN_PATH QT_QPA_PLATFORM_PLUGIN_PATH
run_dir="$work/run"
mkdir -p "$run_dir/config" "$run_dir/data"
export XDG_CONFIG_HOME="$run_dir/config" XDG_DATA_HOME="$run_dir/data"
cd "$run_dir"
LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld.cli" "$root/usr/bin/bantam-cli" --version | tee version.txt
grep -q "^bantam-cli (Bantam) [0-9]" version.txt || fail "bantam-cli --version printed no version"
LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld.init" "$root/usr/bin/bantam-cli" --db ./x.sqlite init
[ -s x.sqlite ] || fail "bantam-cli --db ./x.sqlite init made no database"
sqlite3 x.sqlite 'PRAGMA user_version' | grep -qv '^0$' || fail "x.sqlite has no schema version"
LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld.demo" "$root/usr/bin/bantam-cli" --db ./x.sqlite \
  demo --leads 50
# The window on an X display (the xcb platform plugin, as on a desktop), until it shows leads.
# shellcheck disable=SC2016 # $1 and $app belong to the inner sh
xvfb-run -a env LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld.gui" QT_QPA_PLATFORM=xcb sh -c '
  "$1" --version >gui-version.txt
  "$1" --db ./x.sqlite --no-demo-offer --report-startup >gui-start.txt 2>gui-start.err &
  app=$!
  for _ in $(seq 120); do
    grep -q "^first-page-ms" gui-start.txt && break
    kill -0 $app 2>/dev/null || break
    sleep 0.5
  done
  kill $app 2>/dev/null
  wait $app || true' sh "$root/usr/bin/bantam"
cat gui-version.txt gui-start.txt
grep -q "^bantam (Bantam) [0-9]" gui-version.txt || fail "bantam --version did not start"
grep -q "^first-page-ms" gui-start.txt \
  || fail "the installed bantam showed no leads in a window: $(cat gui-start.err)"
cd "$source_dir"

echo "== Every library and plugin they loaded comes with the package's dependencies"
# The objects linked (ldd) and the plugins opened at run time (LD_DEBUG=files), and theirs.
{
  # (Qt also tries names that do not exist, such as plugin.so.avx2.)
  sed -n 's/.*file=\(\/[^ ]*\) \[0\];  dynamically loaded by.*/\1/p' "$work"/ld.*.* | sort -u \
    | while IFS= read -r f; do [ ! -e "$f" ] || echo "$f"; done >"$work/plugins.txt"
  for object in "$root/usr/bin/bantam" "$root/usr/bin/bantam-cli" $(cat "$work/plugins.txt"); do
    echo "$object"
    ldd "$object" | sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p; s/^\t\(\/[^ ]*\) (.*/\1/p'
  done
} | grep -v "^$root/" | sort -u >"$work/loaded.txt"
grep -q "sqldrivers/libqsqlite" "$work/plugins.txt" || fail "bantam-cli init did not load the SQLite driver?"
grep -q "platforms/libqxcb" "$work/plugins.txt" || fail "bantam did not load the xcb platform plugin?"
# usrmerge: dpkg may know a library under /lib while the loader opened /usr/lib, or back; one
# dpkg-query call for all the names (one per name takes minutes).
while IFS= read -r object; do
  real="$(readlink -f "$object")"
  printf '%s\n' "$object" "$real" "${object#/usr}" "${real#/usr}" "/usr$object" "/usr$real"
done <"$work/loaded.txt" | sort -u >"$work/names.txt"
xargs dpkg-query -S <"$work/names.txt" 2>/dev/null >"$work/owners.txt" || true
missing=0
while IFS= read -r object; do
  real="$(readlink -f "$object")"
  owner=""
  for candidate in "$object" "$real" "${object#/usr}" "${real#/usr}" "/usr$object" "/usr$real"; do
    owner="$(grep -F ": $candidate" "$work/owners.txt" | grep -m1 -x "[^ ]*: $candidate" | cut -d: -f1 || true)"
    [ -z "$owner" ] || break
  done
  if [ -z "$owner" ]; then
    echo "  $object belongs to no package" >&2
    missing=1
  elif ! grep -qx "$owner" "$work/closure.txt"; then
    echo "  $object is in $owner, which installing bantam does not pull in" >&2
    missing=1
  fi
done <"$work/loaded.txt"
[ "$missing" -eq 0 ] || fail "add the packages above to CPACK_DEBIAN_PACKAGE_DEPENDS (CMakeLists.txt)"
echo "$(wc -l <"$work/loaded.txt") libraries and plugins loaded, all from the package's dependencies"
echo "== Package OK: $deb"
