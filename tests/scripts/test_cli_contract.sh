#!/usr/bin/env bash
# What a user sees on the command line, through the real binary and with no log rules set (as a
# user runs it): no cache appears where none was asked for, arguments are checked before anything
# else (the PMS, the display), one line on stderr and never SQL, one exit-code table, --help aligned.
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
unset QT_LOGGING_RULES
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
# run ARGS...: sets $out, $err, $rc (a minute at most: every command here ends at once)
run() {
  timeout 60 "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  out="$(cat "$tmp/out")"
  err="$(cat "$tmp/err")"
}
expect_rc() { [ "$rc" -eq "$2" ] || fail "$1: exit $rc, expected $2 (stderr: $err)"; }
expect_in() { [[ "$2" == *"$3"* ]] || fail "$1: [$3] not in [$2]"; }
one_line() { # name: stderr is exactly one "pmsbridge: ..." line
  [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] && [[ "$err" == "pmsbridge: "* ]] || fail "$1: stderr is not one line: [$err]"
}
wait_for() { # FILE TEXT SECONDS
  local deadline=$((SECONDS + $3))
  while [ "$SECONDS" -lt "$deadline" ]; do
    grep -q -- "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# 1. Only connect, import, demo and cache copy create a cache; the others say there is none.
missing="$tmp/nonexistent/dir/c.sqlite"
for cmd in "sync" "reconcile --dry-run" "map --suggest" "export units" "disable unit 123" \
           "workorder show 1" "push" "cache info"; do
  # shellcheck disable=SC2086
  run --db "$missing" $cmd
  expect_rc "$cmd on no cache" 3
  expect_in "$cmd on no cache" "$err" "There is no cache at"
  one_line "$cmd on no cache"
  [ ! -e "$tmp/nonexistent" ] || { fail "$cmd created $tmp/nonexistent"; rm -rf "$tmp/nonexistent"; }
done

# 2. connect checks what it can before asking the PMS (and before creating a cache).
export PMSBRIDGE_CLIENT_SECRET=demo-secret
db="$tmp/cache.sqlite"
common=(--client-id demo-client --integration-user "PMS Bridge" --integration-email bridge@pmsbridge.example)
run --db "$db" connect --base-url http://127.0.0.1:9/pw/api/rest/v1 --system-id abc "${common[@]}"
expect_rc "system id abc" 2
expect_in "system id abc" "$err" "--system-id 'abc' is not a Propertyware system id"
one_line "system id abc"
run --db "$db" connect --base-url http://10.0.0.5:8080/pw/api/rest/v1 --system-id 1001 "${common[@]}"
expect_rc "plain http to another computer" 2
expect_in "plain http to another computer" "$err" "--base-url https://10.0.0.5:8080/pw/api/rest/v1"
[[ "$err" != *"Settings"* ]] || fail "a terminal is sent to Settings: $err"
[ ! -e "$db" ] || fail "a refused connect created the cache"

# 3. A second connect to the same account: one line, no SQL.
"$bin" sim --port 0 --scale tiny >"$tmp/sim.out" 2>"$tmp/sim.err" &
pids+=($!)
wait_for "$tmp/sim.out" "listening on" 60 || fail "the simulator did not start: $(cat "$tmp/sim.err")"
url="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$tmp/sim.out" | head -1)"
port="$(printf '%s' "$url" | sed -n 's#http://127.0.0.1:\([0-9]*\)/.*#\1#p')"
run --db "$db" connect --base-url "$url" --system-id 1001 "${common[@]}"
expect_rc "first connect" 0
run --db "$db" connect --base-url "$url" --system-id 1001 "${common[@]}"
[ "$rc" -ne 0 ] || fail "a second connect to the same account succeeded"
expect_in "second connect" "$err" "exists already"
one_line "second connect"
[[ "$err" != *"UNIQUE"* && "$err" != *"query failed"* && "$err" != *"INSERT"* ]] || fail "SQL reached the user: $err"

# 4. One exit code for "not found", whatever the command.
run --db "$db" disable unit 123
expect_rc "disable unit 123" 3
one_line "disable unit 123"
run --db "$db" workorder show 999999
expect_rc "workorder show 999999" 3
run --db "$db" map 123 456
expect_rc "map 123 456" 3

# 5. sim on a busy port: our line only, not Qt's warning before it.
run sim --port "$port" --scale tiny
expect_rc "sim on a busy port" 1
expect_in "sim on a busy port" "$err" "is the port in use?"
one_line "sim on a busy port"

# 6. No display: the arguments first, then one sentence; never the xcb abort (134).
nodisplay() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@"; }
nodisplay timeout 60 "$bin" --db "$db" demo --scale huge >"$tmp/out" 2>"$tmp/err"; rc=$?; err="$(cat "$tmp/err")"
expect_rc "demo --scale huge without a display" 2
expect_in "demo --scale huge without a display" "$err" "--scale is tiny, small or large"
one_line "demo --scale huge without a display"
nodisplay timeout 60 "$bin" --db "$db" >"$tmp/out" 2>"$tmp/err"; rc=$?; err="$(cat "$tmp/err")"
expect_rc "the window without a display" 1
expect_in "the window without a display" "$err" "no display"
one_line "the window without a display"
nodisplay timeout 60 "$bin" --db "$db" demo >"$tmp/out" 2>"$tmp/err"; rc=$?; err="$(cat "$tmp/err")"
expect_rc "the demo without a display" 1
expect_in "the demo without a display" "$err" "--exit-after-sync"
nodisplay timeout 60 "$bin" demo --help >"$tmp/out" 2>"$tmp/err"; rc=$?
expect_rc "demo --help without a display" 0

# 7. --help: every description starts in the same column; the exit codes are listed.
run --help
expect_rc "--help" 0
# A synopsis line either carries its description after a gap, or stands alone and the next line
# carries it; a description glued to its synopsis by one space (the old misalignment) counts as 0.
cols="$(printf '%s\n' "$out" | awk '/^Commands:/ { on = 1; next } on && !NF { exit }
  on && /^  [^ ]/ { if (alone) print 0; s = substr($0, 3); alone = 0
                    if (match(s, /  +/)) print 2 + RSTART + RLENGTH; else alone = 1; next }
  on { match($0, /[^ ]/); print RSTART; alone = 0 }
  END { if (alone) print 0 }' | sort -u)"
[ "$(printf '%s\n' "$cols" | wc -l)" -eq 1 ] || fail "--help descriptions start in columns [$cols]"
for c in connect map sim; do
  printf '%s\n' "$out" | grep -q "^  $c " || fail "--help lists no $c"
done
expect_in "--help" "$out" "  3 not found"

# 8. Buildium (issue 19): connect --pms checks its own fields first, then a whole sync and an export
# on a Buildium connection work like on Propertyware.
bdb="$tmp/buildium.sqlite"
run --db "$bdb" connect --pms rentmanager --base-url https://x.example "${common[@]}"
expect_rc "an unknown PMS" 2
expect_in "an unknown PMS" "$err" "use one of propertyware, buildium"
one_line "an unknown PMS"
run --db "$bdb" connect --pms buildium --base-url https://x.example "${common[@]}"
expect_rc "Buildium without a vendor" 2
expect_in "Buildium without a vendor" "$err" "Buildium needs a vendor on every work order: add --vendor-id"
run --db "$bdb" connect --pms buildium --base-url https://x.example --system-id 1001 --vendor-id 1 "${common[@]}"
expect_rc "Buildium with a system id" 2
expect_in "Buildium with a system id" "$err" "leave --system-id out"
run --db "$bdb" connect --pms buildium --base-url https://x.example --vendor-id twelve "${common[@]}"
expect_rc "Buildium with a vendor name" 2
expect_in "Buildium with a vendor name" "$err" "--vendor-id 'twelve' is not a Buildium vendor id"
run --db "$db" connect --base-url "$url" --system-id 1001 --vendor-id 1 "${common[@]}"
expect_rc "Propertyware with a vendor" 2
[ ! -e "$bdb" ] || fail "a refused Buildium connect created the cache"
"$bin" sim --pms buildium --port 0 --scale tiny >"$tmp/bsim.out" 2>"$tmp/bsim.err" &
pids+=($!)
wait_for "$tmp/bsim.out" "listening on" 60 || fail "the Buildium simulator did not start: $(cat "$tmp/bsim.err")"
burl="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$tmp/bsim.out" | head -1)"
PMSBRIDGE_CLIENT_SECRET=wrong run --db "$bdb" connect --pms buildium --base-url "$burl" --vendor-id 1 "${common[@]}"
expect_rc "Buildium with a wrong secret" 6
expect_in "Buildium with a wrong secret" "$err" "secret"
one_line "Buildium with a wrong secret"
run --db "$bdb" connect --pms buildium --base-url "$burl" --vendor-id 1 "${common[@]}"
expect_rc "Buildium connect" 0
run --db "$bdb" sync
expect_rc "Buildium sync" 0
run --db "$bdb" export units -o "$tmp/bunits.csv"
expect_rc "Buildium export units" 0
[ "$(wc -l < "$tmp/bunits.csv")" -gt 10 ] || fail "the Buildium export holds $(wc -l < "$tmp/bunits.csv") lines"

if [ "$failed" -ne 0 ]; then echo "$failed check(s) failed"; exit 1; fi
echo "command-line contract: all checks passed"
