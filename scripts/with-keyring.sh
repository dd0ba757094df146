#!/usr/bin/env bash
# Runs CMD ARGS... with a throwaway Secret Service: gnome-keyring on a private D-Bus session bus,
# its login keyring created and unlocked with a known password, in temporary HOME and XDG folders
# (the user's own keyring is never touched). Exits with CMD's exit code. scripts/test.sh runs ctest
# through it so the keychain path (QtKeychain -> Secret Service) is tested for real.
# Works as root (CI). PMSBRIDGE_KEYRING_DIR tells tests where the keyring keeps its files.
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: scripts/with-keyring.sh CMD [ARGS...]" >&2
  exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-keyring: $tool is missing; scripts/deps.sh installs it (packages dbus, gnome-keyring)" >&2
    exit 1
  fi
done

if [ "${1:-}" != --inside-session ]; then
  tmp="$(mktemp -d "${TMPDIR:-/tmp}/pmsbridge-keyring.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/runtime"
  chmod 700 "$tmp" "$tmp/runtime"
  rc=0
  HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" \
    XDG_RUNTIME_DIR="$tmp/runtime" PMSBRIDGE_KEYRING_DIR="$tmp/data/keyrings" \
    dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-session "$@" || rc=$?
  exit "$rc"
fi

shift # --inside-session
# Inside the private session bus: start the daemon in the foreground (so we know its pid), unlock
# (or create) the login keyring with a known password (pmsbridge-test) read from stdin.
printf 'pmsbridge-test' | gnome-keyring-daemon --foreground --unlock --components=secrets \
  --control-directory="$XDG_RUNTIME_DIR/keyring" >/dev/null 2>"$XDG_RUNTIME_DIR/keyring.log" &
daemon=$!
stop_daemon() { kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true; }
trap stop_daemon EXIT

owned=no
for _ in $(seq 1 100); do # up to 10 s for the daemon to serve an unlocked default collection
  # Ask the bus first: calling org.freedesktop.secrets before our daemon owns it would start another.
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' &&
     dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
       org.freedesktop.Secret.Service.ReadAlias string:default 2>/dev/null | grep -q 'object path "/org/freedesktop/secrets/collection/'; then
    owned=yes; break
  fi
  if ! kill -0 "$daemon" 2>/dev/null; then break; fi
  sleep 0.1
done
if [ "$owned" != yes ]; then
  echo "with-keyring: gnome-keyring-daemon did not start the Secret Service:" >&2
  cat "$XDG_RUNTIME_DIR/keyring.log" >&2 || true
  exit 1
fi

rc=0
"$@" || rc=$?
exit "$rc"
