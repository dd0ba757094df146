#!/usr/bin/env bash
# One window per cache, with two real processes: while the window (or the demo) runs on a cache,
# `pmsbridge --db CACHE` brings it forward and exits 0 instead of opening a second window.
# (tests/gui/tst_singleinstance only talks to the SingleInstance class inside one process; it never
# ran the binary, so it could not see that `demo` did not take part at all.)
# Args (from ctest): <pmsbridge binary> <build dir> <source dir>.
set -uo pipefail
bin="$1"
tmp="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

# wait_for FILE TEXT SECONDS: until FILE contains TEXT, or the deadline passes (no fixed sleep).
wait_for() {
  local deadline=$((SECONDS + $3))
  while [ "$SECONDS" -lt "$deadline" ]; do
    grep -q -- "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# second_launch NAME DB [ARGS...]: the second process must hand over and exit 0 at once.
second_launch() {
  local name="$1" db="$2"
  shift 2
  local out rc
  out="$(timeout 30 "$bin" --db "$db" "$@" 2>"$tmp/second.err")"
  rc=$?
  [ "$rc" -eq 0 ] || fail "$name: the second launch exited $rc (124: it opened a window of its own): $(cat "$tmp/second.err")"
  [[ "$out" == *"already open on this cache"* ]] || fail "$name: the second launch did not say so: [$out]"
}

# 1. The demo on a cache, then the window on the same cache (the issue's case).
db="$tmp/demo.sqlite"
QT_LOGGING_RULES="pmsbridge.ui.info=true" "$bin" --db "$db" demo --scale tiny --no-live >"$tmp/demo.out" 2>"$tmp/demo.err" &
pids+=($!)
wait_for "$tmp/demo.err" "single instance: serving" 60 || fail "the demo never served its cache: $(cat "$tmp/demo.err")"
second_launch "window while the demo runs" "$db"
wait_for "$tmp/demo.err" "a second launch asked for this window" 30 || fail "the demo was not asked to come forward"
# A second demo on the same cache hands over too.
second_launch "demo while the demo runs" "$db" demo --scale tiny --no-live
kill -0 "${pids[0]}" 2>/dev/null || fail "the first demo is gone: $(cat "$tmp/demo.err")"

# 2. The window, then the window again.
db2="$tmp/window.sqlite"
QT_LOGGING_RULES="pmsbridge.ui.info=true" "$bin" --db "$db2" >"$tmp/win.out" 2>"$tmp/win.err" &
pids+=($!)
wait_for "$tmp/win.err" "single instance: serving" 60 || fail "the window never served its cache: $(cat "$tmp/win.err")"
second_launch "window while the window runs" "$db2"
wait_for "$tmp/win.err" "a second launch asked for this window" 30 || fail "the window was not asked to come forward"

# 3. Another cache gets a window of its own.
QT_LOGGING_RULES="pmsbridge.ui.info=true" "$bin" --db "$tmp/other.sqlite" >"$tmp/other.out" 2>"$tmp/other.err" &
pids+=($!)
wait_for "$tmp/other.err" "single instance: serving" 60 || fail "a window on another cache did not open: $(cat "$tmp/other.out" "$tmp/other.err")"

if [ "$failed" -ne 0 ]; then echo "$failed check(s) failed"; exit 1; fi
echo "single instance: all checks passed"
