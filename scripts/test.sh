#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test (ctest).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PMSBRIDGE_BUILD_DIR:-$root/build}"
bash "$root/scripts/build.sh"
cd "$build"
export QT_QPA_PLATFORM=offscreen
# The "@pg" tests need a PostgreSQL server: with-postgres.sh starts a throwaway one (as the
# postgres user when run as root) and stops it when ctest ends.
# A test that fails is run once more before the run fails (one known flaky case: sim reset under load).
# The keychain tests need a Secret Service: with-keyring.sh starts a throwaway gnome-keyring.
bash "$root/scripts/with-postgres.sh" bash "$root/scripts/with-keyring.sh" \
  ctest --output-on-failure --parallel "$(nproc)" --timeout 900 --repeat until-pass:2 "$@"
