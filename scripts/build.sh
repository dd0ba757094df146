#!/usr/bin/env bash
# Configures (once) and builds PMS Bridge into ./build. Incremental on later runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PMSBRIDGE_BUILD_DIR:-$root/build}"
bash "$root/scripts/deps.sh"
# Relative paths in ccache keys: clones and build folders share the cache.
export CCACHE_BASEDIR="$root"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
