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

# Bad options are refused in one line.
err="$("$bin" demo --scale huge 2>&1)"; rc=$?
[ "$rc" -ne 0 ] || fail "--scale huge accepted"
[[ "$err" == *"--scale is tiny, small or large"* ]] || fail "unclear error: $err"

if [ "$failed" -ne 0 ]; then echo "$failed check(s) failed"; exit 1; fi
echo "demo command: all checks passed"
