#!/usr/bin/env bash
# The secret path through QtKeychain against a real Secret Service (issue 17): `connect` keeps the
# secret in the keychain, a second process reads it without the environment variable, the cache,
# its -wal, the settings and the logs hold 0 bytes of it, and a locked or missing keychain falls
# back as it always did, with the same sentence. Runs itself inside its own scripts/with-keyring.sh
# (a throwaway gnome-keyring on a private D-Bus): it locks that keyring, not the suite's.
# Args (from ctest): <pmsbridge binary> <build dir> <source dir>.
set -uo pipefail
bin="$1"; build="$2"; src="$3"
if [ "${PMSBRIDGE_KEYCHAIN_TEST_OWN_KEYRING:-}" != 1 ]; then
  # Its own keyring, always: this test locks it, and the rest of the suite shares the outer one.
  export PMSBRIDGE_KEYCHAIN_TEST_OWN_KEYRING=1
  exec bash "$src/scripts/with-keyring.sh" bash "${BASH_SOURCE[0]}" "$@"
fi
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='pmsbridge.*.info=false'
unset PMSBRIDGE_CLIENT_SECRET PMSBRIDGE_CRASH_AT
tmp="$(mktemp -d)"
simpid=""
cleanup() { [ -n "$simpid" ] && kill "$simpid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
passed=0; failed=0
ok() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

secret="kc-$(date +%s%N)-only-in-the-keychain"
"$bin" sim --port 0 --scale tiny --client-secret "$secret" >"$tmp/sim.out" 2>"$tmp/sim.err" &
simpid=$!
for _ in $(seq 1 100); do grep -q 'listening on' "$tmp/sim.out" && break; sleep 0.1; done
base="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$tmp/sim.out")"
[ -n "$base" ] || { echo "FAIL: the simulator did not start"; cat "$tmp/sim.err"; exit 1; }

connect_args=(connect --base-url "$base" --system-id 1001 --client-id demo-client
              --integration-user "PMS Bridge" --integration-email bridge@pmsbridge.example)
note="note: the secret was not kept"

# 1. connect keeps the secret in the keychain (no note), from the environment variable.
PMSBRIDGE_CLIENT_SECRET="$secret" "$bin" --db "$tmp/cache.sqlite" "${connect_args[@]}" >"$tmp/connect.out" 2>"$tmp/connect.err"
rc=$?
if [ $rc -eq 0 ] && ! grep -q "$note" "$tmp/connect.err"; then ok "connect stored the secret"; else fail "connect: exit $rc, $(cat "$tmp/connect.err")"; fi

# 2. A second process reads it without the variable (and with nothing on standard input).
"$bin" --db "$tmp/cache.sqlite" sync --initial </dev/null >"$tmp/sync.out" 2>"$tmp/sync.err"
rc=$?
if [ $rc -eq 0 ]; then ok "a second process synced with the secret from the keychain"; else fail "sync without the variable: exit $rc, $(cat "$tmp/sync.err")"; fi

# 3. Killed mid-sync (so the -wal stays on disk), then 0 bytes of the secret in the cache, its
#    -wal and -shm, the settings and the logs.
PMSBRIDGE_CRASH_AT=after-page:2 "$bin" --db "$tmp/cache.sqlite" sync --initial </dev/null >"$tmp/killed.out" 2>"$tmp/killed.err"
if [ -s "$tmp/cache.sqlite-wal" ]; then ok "the cache's -wal is on disk to be searched"; else fail "no -wal left to search"; fi
files=("$tmp/cache.sqlite" "$tmp/cache.sqlite-wal" "$tmp/cache.sqlite-shm" "$tmp"/*.out "$tmp"/*.err)
while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" -type f ! -path "$PMSBRIDGE_KEYRING_DIR/*" -print0 2>/dev/null)
hits="$(grep -lF -- "$secret" "${files[@]}" 2>/dev/null | grep -v '/sim\.\(out\|err\)$' || true)"
if [ -z "$hits" ]; then ok "0 bytes of the secret in ${#files[@]} files (cache, -wal, -shm, settings, logs)"; else fail "the secret is on disk in: $hits"; fi
if grep -qF -- "$secret" "$PMSBRIDGE_KEYRING_DIR"/*; then fail "the keyring file holds the secret in plain text"; else ok "the keyring file is encrypted"; fi

# 4. A locked keychain: connect still works and says the same sentence as before; reading fails
#    with exit 6 and one sentence, at once.
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
  org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
PMSBRIDGE_CLIENT_SECRET="$secret" timeout 60 "$bin" --db "$tmp/locked.sqlite" "${connect_args[@]}" >/dev/null 2>"$tmp/locked.err"
rc=$?
if [ $rc -eq 0 ] && grep -q "$note" "$tmp/locked.err" && grep -q "PMSBRIDGE_CLIENT_SECRET" "$tmp/locked.err"; then
  ok "locked keychain: connect falls back with the note"
else
  fail "locked keychain connect: exit $rc, $(cat "$tmp/locked.err")"
fi
timeout 60 "$bin" --db "$tmp/cache.sqlite" sync </dev/null >/dev/null 2>"$tmp/locked-sync.err"
rc=$?
if [ $rc -eq 6 ] && [ "$(wc -l <"$tmp/locked-sync.err")" -eq 1 ]; then ok "locked keychain: sync exits 6 with one sentence"; else fail "locked keychain sync: exit $rc, $(cat "$tmp/locked-sync.err")"; fi

# 5. No keychain at all (no session bus): the same note.
DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/no-bus" PMSBRIDGE_CLIENT_SECRET="$secret" timeout 60 \
  "$bin" --db "$tmp/missing.sqlite" "${connect_args[@]}" >/dev/null 2>"$tmp/missing.err"
rc=$?
if [ $rc -eq 0 ] && grep -q "$note" "$tmp/missing.err"; then ok "missing keychain: connect falls back with the note"; else fail "missing keychain: exit $rc, $(cat "$tmp/missing.err")"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
