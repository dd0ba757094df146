#!/usr/bin/env bash
# The demo command: installs what is missing, builds, and opens PMS Bridge on a fresh cache
# connected to the built-in Propertyware simulator.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PMSBRIDGE_BUILD_DIR:-$root/build}"
# Only what the demo runs (the app and its libraries): no tests, benchmarks or fuzzers.
PMSBRIDGE_TARGETS=pmsbridge bash "$root/scripts/build.sh"
app="$build/app/pmsbridge"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: running the demo inside a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" demo "$@"
fi
exec "$app" demo "$@"
