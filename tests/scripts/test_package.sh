#!/usr/bin/env bash
# The .deb as a property manager gets it: build it (cmake --build BUILD --target package), unpack it
# into a throw-away root (dpkg -x) and run the installed binary from there: --version, a simulator,
# connect, sync and export against a temporary --db; validate the desktop entry and the metainfo.
# Args (from ctest): <pmsbridge binary> <build dir> <source dir>.
set -uo pipefail
build="$2"
tmp="$(mktemp -d)"
sim_pid=""
cleanup() {
  if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null; wait "$sim_pid" 2>/dev/null; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
export QT_LOGGING_RULES="pmsbridge.*.info=false"
export QT_QPA_PLATFORM=offscreen
passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
expect_eq() { if [ "$2" == "$3" ]; then ok; else fail "$1: expected [$3], got [$2]"; fi; }
expect_contains() { if [[ "$2" == *"$3"* ]]; then ok; else fail "$1: [$3] not in [$2]"; fi; }
finish() {
  echo "test_package: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

# --- build the package ('package' does not rebuild 'all': build what it installs first) ---
if ! cmake --build "$build" --target pmsbridge pms_package_files >"$tmp/build.log" 2>&1; then
  tail -20 "$tmp/build.log"; fail "building pmsbridge and the packaging files"; finish
fi
rm -f "$build"/pmsbridge_*.deb
if ! cmake --build "$build" --target package >"$tmp/package.log" 2>&1; then
  tail -20 "$tmp/package.log"; fail "cmake --build --target package"; finish
fi
debs=("$build"/pmsbridge_*.deb)
expect_eq "one .deb in the build dir" "${#debs[@]}" 1
deb="${debs[0]}"
[ -f "$deb" ] || { fail "no pmsbridge_*.deb in $build"; finish; }

# --- control fields: the dependencies a fresh Debian 12 must pull in ---
depends="$(dpkg-deb -f "$deb" Depends)"
expect_contains "Depends: the SQLite driver shlibdeps cannot see" "$depends" "libqt6sql6-sqlite"
expect_contains "Depends: the platform plugins" "$depends" "qt6-qpa-plugins"
expect_contains "Depends: shlibdeps found Qt Widgets" "$depends" "libqt6widgets6"
expect_eq "Package name" "$(dpkg-deb -f "$deb" Package)" "pmsbridge"

# --- unpack into a throw-away root ---
root="$tmp/root"
dpkg -x "$deb" "$root" || { fail "dpkg -x $deb"; finish; }
bin="$root/usr/bin/pmsbridge"
for f in usr/bin/pmsbridge \
         usr/share/applications/pmsbridge.desktop \
         usr/share/metainfo/io.github.pmsbridge.PMSBridge.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/pmsbridge.svg \
         usr/share/icons/hicolor/48x48/apps/pmsbridge.png \
         usr/share/icons/hicolor/256x256/apps/pmsbridge.png \
         usr/share/man/man1/pmsbridge.1.gz \
         usr/share/pmsbridge/translations/pmsbridge_es.qm; do
  if [ -s "$root/$f" ]; then ok; else fail "the package does not install /$f"; fi
done
png_head="$(head -c 8 "$root/usr/share/icons/hicolor/48x48/apps/pmsbridge.png" | od -An -tx1 | tr -d ' \n')"
expect_eq "48x48 icon is a PNG" "$png_head" "89504e470d0a1a0a"
if command -v man >/dev/null; then
  expect_contains "man page renders the commands" "$(MANWIDTH=100 man -l "$root/usr/share/man/man1/pmsbridge.1.gz" 2>/dev/null)" "export ENTITY"
fi

# --- desktop entry and metainfo ---
if out="$(desktop-file-validate "$root/usr/share/applications/pmsbridge.desktop" 2>&1)"; then ok; else fail "desktop-file-validate: $out"; fi
if out="$(appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.pmsbridge.PMSBridge.metainfo.xml" 2>&1)"; then ok; else fail "appstreamcli validate: $out"; fi

# --- the installed binary ---
version="$("$bin" --version 2>&1)"
expect_contains "installed --version" "$version" "pmsbridge "

"$bin" sim --port 0 --scale tiny --seed 3 >"$tmp/sim.out" 2>"$tmp/sim.err" &
sim_pid=$!
url=""
for _ in $(seq 1 300); do
  line="$(head -n 1 "$tmp/sim.out" 2>/dev/null)"
  if [[ "$line" =~ (http://127\.0\.0\.1:[0-9]+/pw/api/rest/v1) ]]; then url="${BASH_REMATCH[1]}"; break; fi
  kill -0 "$sim_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$url" ] || { fail "the installed simulator printed no URL: $(cat "$tmp/sim.out" "$tmp/sim.err")"; finish; }
ok

db="$tmp/cache.sqlite"
PMSBRIDGE_CLIENT_SECRET=demo-secret "$bin" --db "$db" connect --base-url "$url" --system-id 1001 --client-id demo-client \
  --integration-user "PMS Bridge" --integration-email bridge@pmsbridge.example >"$tmp/connect.out" 2>"$tmp/connect.err" </dev/null
expect_eq "installed connect exit ($(cat "$tmp/connect.err"))" "$?" 0
PMSBRIDGE_CLIENT_SECRET=demo-secret "$bin" --db "$db" sync --initial >"$tmp/sync.out" 2>"$tmp/sync.err" </dev/null
expect_eq "installed sync exit ($(cat "$tmp/sync.err"))" "$?" 0
"$bin" --db "$db" export units -o "$tmp/units.csv" >/dev/null 2>"$tmp/export.err"
expect_eq "installed export exit ($(cat "$tmp/export.err"))" "$?" 0
expect_eq "units.csv header" "$(head -n 1 "$tmp/units.csv" | tr -d '\r' | cut -d, -f1-8)" \
  "pms_unit_id,pms_property_id,property_name,unit_name,address,active,deactivated_at,deactivated_by"
rows=$(($(wc -l <"$tmp/units.csv") - 1))
if [ "$rows" -gt 0 ]; then ok; else fail "export units from the installed binary has no rows"; fi

# --- a second launch on the same cache activates the first window and exits 0 ---
gui_db="$tmp/gui/cache.sqlite"
mkdir -p "$tmp/gui"
socket_hash="$(printf '%s\n%s' "$HOME" "$(cd "$tmp/gui" && pwd -P)/cache.sqlite" | sha256sum | cut -c1-20)"
socket="${TMPDIR:-/tmp}/pmsbridge-$socket_hash"
XDG_CONFIG_HOME="$tmp/config" "$bin" --db "$gui_db" >"$tmp/gui1.out" 2>"$tmp/gui1.err" &
gui_pid=$!
for _ in $(seq 1 300); do
  [ -S "$socket" ] && break
  kill -0 "$gui_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -S "$socket" ]; then
  ok
  XDG_CONFIG_HOME="$tmp/config" timeout 20 "$bin" --db "$gui_db" >"$tmp/gui2.out" 2>"$tmp/gui2.err"
  expect_eq "second launch on the same cache exits 0 ($(cat "$tmp/gui2.err"))" "$?" 0
  if kill -0 "$gui_pid" 2>/dev/null; then ok; else fail "the first window quit when the second launch activated it"; fi
else
  fail "the window did not listen on $socket: $(cat "$tmp/gui1.err")"
fi
kill "$gui_pid" 2>/dev/null
wait "$gui_pid" 2>/dev/null

finish
