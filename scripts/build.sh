#!/usr/bin/env bash
# Configures (once) and builds PMS Bridge into ./build. Incremental on later runs.
# PMSBRIDGE_TARGETS="pmsbridge" builds only those targets (scripts/demo.sh); default: everything.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PMSBRIDGE_BUILD_DIR:-$root/build}"
bash "$root/scripts/deps.sh"
# Clones and build folders share the compiler cache: paths relative to the clone in the keys
# (BASEDIR), and the build folder left out of them (NOHASHDIR; with -g ccache would otherwise hash
# the working directory, so a second clone got no hits at all).
export CCACHE_BASEDIR="$root"
export CCACHE_NOHASHDIR=1
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi
targets=()
for t in ${PMSBRIDGE_TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$build" --parallel "$(nproc)" "${targets[@]}"
