#!/usr/bin/env bash
# The arrows inside core point one way (ARCHITECTURE.md): common <- domain <- storage <- the rest.
# A header of core/common, core/domain or core/storage that reaches a folder above it fails here,
# with the line to move or the type to put in core/domain.
# Args (from ctest): <pmsbridge binary> <build dir> <source dir>.
set -uo pipefail
src="$3/core"
failed=0
check() { # FOLDER ALLOWED...: every quoted include of FOLDER names an allowed folder (or its own)
  local folder="$1"; shift
  local allowed="$folder"
  for a in "$@"; do allowed="$allowed|$a"; done
  local bad
  bad="$(grep -rnE '^#include "[a-z]+/' "$src/$folder" | grep -vE "#include \"($allowed)/")"
  if [ -n "$bad" ]; then
    echo "FAIL: core/$folder includes from a folder above it (allowed: $*):"
    printf '%s\n' "$bad" | sed "s#^$src/#  core/#"
    failed=$((failed + 1))
  fi
}
check common
check domain common
check storage common domain
# The connectors build every PMS request; nothing else in core, models or ui includes a client.
bad="$(grep -rnE '#include "(pms/PropertywareClient|connectors/buildium/BuildiumClient)\.h"' "$3/core" "$3/ui" "$3/models" "$3/app" \
  | grep -vE "^$3/core/(connectors|pms)/")"
if [ -n "$bad" ]; then
  echo "FAIL: a PMS client is used outside core/connectors and core/pms:"
  printf '%s\n' "$bad"
  failed=$((failed + 1))
fi
# ... and nothing outside them builds an HTTP request (the simulators, under sim/, are the server side).
bad="$(grep -rln 'QNetworkRequest' "$3/core" "$3/ui" "$3/models" "$3/app" | grep -vE "^$3/core/(connectors|pms)/")"
if [ -n "$bad" ]; then
  echo "FAIL: HTTP requests built outside core/connectors and core/pms: $bad"
  failed=$((failed + 1))
fi
if [ "$failed" -ne 0 ]; then exit 1; fi
echo "layers: core/common, core/domain and core/storage include nothing from above; PMS requests are built in the connectors only"
