#!/usr/bin/env bash
# Every user-visible string of the window has a finished translation in each translations/*.ts:
# lupdate reads the sources again (as the update_translations target does) into a copy of each
# .ts, and the test fails on any entry that is new or still unfinished, listing them. Then the
# compiled Spanish catalogue must carry a known window string (the command line stays English).
# Args (from ctest): <pmsbridge binary> <build dir> <source dir>.
set -uo pipefail
bin="$1"
build="$2"
src="$3"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

lupdate=""
for c in /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
  if [ -n "$c" ] && [ -x "$c" ]; then lupdate="$c"; break; fi
done
if [ -z "$lupdate" ]; then
  echo "FAIL: lupdate not found (Debian package qt6-l10n-tools; scripts/deps.sh installs it)"
  exit 1
fi

failed=0
# The same sources as packaging/CMakeLists.txt gives qt_add_translations.
# core is in it: its messages (errors, history lines, schedule words) reach the window too.
mapfile -t sources < <(find "$src/ui" "$src/app" "$src/models" "$src/core" -name '*.cpp' -o -name '*.h' | grep -E '/(ui|app|models|core)/.*\.(cpp|h)$' | sort)
for ts in "$src"/translations/pmsbridge_*.ts; do
  name="$(basename "$ts")"
  cp "$ts" "$tmp/$name"
  if ! "$lupdate" -silent -locations none "${sources[@]}" -ts "$tmp/$name" >"$tmp/lupdate.log" 2>&1; then
    echo "FAIL: lupdate failed on $name:"; cat "$tmp/lupdate.log"; failed=1; continue
  fi
  # Unfinished entries that are not obsolete/vanished.
  n="$(grep -c 'type="unfinished"' "$tmp/$name" || true)"
  if [ "$n" != "0" ]; then
    echo "FAIL: $name has $n unfinished entries (run 'cmake --build build --target update_translations' and translate them):"
    grep -B3 'type="unfinished"' "$tmp/$name" | grep -o '<source>[^<]*' | sed 's/<source>/  /' | head -40
    failed=1
  fi
  empty="$(grep -c '<translation></translation>' "$tmp/$name" || true)"
  if [ "$empty" != "0" ]; then
    echo "FAIL: $name has $empty empty translations"; failed=1
  fi
  if ! cmp -s "$ts" "$tmp/$name"; then
    echo "note: $name is not what lupdate writes today (new or moved strings); run update_translations"
  fi
done

# The compiled Spanish catalogue translates the window: the main window's title of Work Orders.
qm="$(find "$build" -name 'pmsbridge_es.qm' | head -1)"
if [ -z "$qm" ]; then
  echo "FAIL: pmsbridge_es.qm was not built"; failed=1
elif [ "$(strings -e b "$qm" | grep -c 'rdenes de trabajo')" = 0 ]; then
  echo "FAIL: pmsbridge_es.qm does not contain the Spanish for Work Orders"; failed=1
elif [ "$(strings -e b "$qm" | grep -c 'llavero del sistema')" = 0 ]; then
  echo "FAIL: pmsbridge_es.qm does not carry core's messages (the system keychain's)"; failed=1
fi

if [ "$failed" = 0 ]; then echo "translations: complete"; fi
exit "$failed"
