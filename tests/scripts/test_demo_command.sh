#!/usr/bin/env bash
# `pmsbridge demo` (the README's first command, via scripts/demo.sh): opens the window on a fresh
# cache connected to the in-process simulator and runs the initial sync. --exit-after-sync makes
# it quit with the sync's verdict, so this runs headless (QT_QPA_PLATFORM=offscreen from ctest).
# Args (from ctest): <pmsbridge binary> <build dir> <source dir>.
set -uo pipefail
bin="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export QT_LOGGING_RULES="pmsbridge.*.info=false"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

# A fresh temporary cache by default: the user's own cache is never touched.
export PMSBRIDGE_DB="$tmp/users-own-cache.sqlite"
out="$(timeout 300 "$bin" demo --scale tiny --no-live --exit-after-sync 2>"$tmp/err")"
rc=$?
[ "$rc" -eq 0 ] || fail "demo exited $rc: $(cat "$tmp/err")"
[[ "$out" == *"initial sync succeeded"* ]] || fail "no success line in [$out]"
grep -q "demo cache" "$tmp/err" || fail "the demo does not say where its cache is: $(cat "$tmp/err")"
[ ! -e "$PMSBRIDGE_DB" ] || fail "the demo wrote to the default cache $PMSBRIDGE_DB"

# --db: the demo uses that cache, and a second run reuses its demo connection (new port).
db="$tmp/demo.sqlite"
timeout 300 "$bin" --db "$db" demo --scale tiny --no-live --exit-after-sync >/dev/null 2>"$tmp/err" || fail "demo --db: $(cat "$tmp/err")"
[ -s "$db" ] || fail "demo --db did not create $db"
timeout 300 "$bin" --db "$db" demo --scale tiny --no-live --exit-after-sync >/dev/null 2>"$tmp/err" || fail "second demo --db: $(cat "$tmp/err")"
if command -v sqlite3 >/dev/null; then
  n="$(sqlite3 "$db" 'SELECT COUNT(*) FROM connections')"
  [ "$n" = "1" ] || fail "expected one demo connection after two runs, got $n"
fi

# The demo arrives with the access platform's units (imported once, not again on the second run),
# so the Unit Mapping screen and 'map --suggest' have suggestions to show.
units="$("$bin" --db "$db" export platform-units 2>"$tmp/err" | tail -n +2 | wc -l)"
[ "$units" -gt 10 ] || fail "the demo cache has $units platform units: $(cat "$tmp/err")"
if command -v sqlite3 >/dev/null; then
  refs="$(sqlite3 "$db" 'SELECT COUNT(DISTINCT external_ref) FROM platform_units')"
  [ "$refs" = "$units" ] || fail "the second demo run imported the platform units again ($units rows, $refs refs)"
fi
"$bin" --db "$db" map --suggest --accept-above 0.9 2>"$tmp/err" | tr -d '\r' >"$tmp/suggest.csv" || fail "map --suggest: $(cat "$tmp/err")"
suggested="$(tail -n +2 "$tmp/suggest.csv" | wc -l)"
confident="$(grep -c ',true$' "$tmp/suggest.csv")"
[ "$suggested" -gt 0 ] || fail "no suggestions on the demo cache"
[ "$confident" -gt 0 ] || fail "no confident suggestion on the demo cache"
[ "$confident" -lt "$suggested" ] || fail "every suggestion is confident: nothing for the user to review"
grep -q "Accepted $confident of $suggested" "$tmp/err" || fail "unexpected summary: $(cat "$tmp/err")"

# --pms buildium: the same demo on the Buildium simulator, in the same cache (a second demo
# connection, R22), and once more reusing it.
timeout 300 "$bin" --db "$db" demo --pms buildium --scale tiny --no-live --exit-after-sync >"$tmp/out" 2>"$tmp/err" \
  || fail "demo --pms buildium: $(cat "$tmp/err")"
grep -q "initial sync succeeded" "$tmp/out" || fail "no success line for Buildium in [$(cat "$tmp/out")]"
timeout 300 "$bin" --db "$db" demo --pms buildium --scale tiny --no-live --exit-after-sync >/dev/null 2>"$tmp/err" \
  || fail "second demo --pms buildium: $(cat "$tmp/err")"
if command -v sqlite3 >/dev/null; then
  [ "$(sqlite3 "$db" "SELECT COUNT(*) FROM connections WHERE pms = 'buildium'")" = "1" ] || fail "expected one Buildium demo connection"
  [ "$(sqlite3 "$db" "SELECT COUNT(*) FROM units u JOIN connections c ON c.id = u.connection_id WHERE c.pms = 'buildium'")" -gt 10 ] \
    || fail "the Buildium demo synced no units"
fi
err="$("$bin" demo --pms yardi 2>&1)"; rc=$?
[ "$rc" -eq 2 ] || fail "--pms yardi: exit $rc"
[[ "$err" == *"--pms is propertyware or buildium"* ]] || fail "unclear error: $err"

# Bad options are refused in one line.
err="$("$bin" demo --scale huge 2>&1)"; rc=$?
[ "$rc" -ne 0 ] || fail "--scale huge accepted"
[[ "$err" == *"--scale is tiny, small or large"* ]] || fail "unclear error: $err"

if [ "$failed" -ne 0 ]; then echo "$failed check(s) failed"; exit 1; fi
echo "demo command: all checks passed"
