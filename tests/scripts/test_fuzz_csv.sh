#!/usr/bin/env bash
# Builds the CSV reader fuzzer with clang (tests/fuzz is a small project of its own: the main build
# is g++) and runs it briefly on a seed corpus from tests/data/csv. Fails on any crash, sanitizer
# report or broken invariant. Args (from ctest): <pmsbridge binary> <build dir> <source dir>.
# FUZZ_SECONDS overrides the run time (default 20).
set -euo pipefail
build="$2"
src="$3"
fuzzdir="$build/fuzz-csv"
seconds="${FUZZ_SECONDS:-20}"

if ! command -v clang++ >/dev/null; then
  echo "clang++ is missing: run scripts/deps.sh (packages clang, libclang-rt-14-dev)" >&2
  exit 1
fi
if [ ! -f "$fuzzdir/build.ninja" ]; then
  cmake -S "$src/tests/fuzz" -B "$fuzzdir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$fuzzdir.configure.log" 2>&1 || { cat "$fuzzdir.configure.log" >&2; exit 1; }
fi
cmake --build "$fuzzdir" >"$fuzzdir.build.log" 2>&1 || { cat "$fuzzdir.build.log" >&2; exit 1; }

corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
# Seeds: every CSV fixture, each with a leading options byte (0: detect the delimiter, 64 KB fields).
i=0
while IFS= read -r -d '' f; do
  { printf '\0'; cat "$f"; } >"$corpus/seed_$i"
  i=$((i + 1))
done < <(find "$src/tests/data/csv" -type f -print0)
echo "fuzzing the CSV reader for ${seconds}s from $i seeds"

mkdir -p "$fuzzdir/artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
"$fuzzdir/fuzz_csv_reader" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$fuzzdir/artifacts/" "$corpus" 2>"$fuzzdir/last-run.log" || {
  tail -n 60 "$fuzzdir/last-run.log" >&2
  echo "the fuzzer found a problem; the input is in $fuzzdir/artifacts/" >&2
  exit 1
}
grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units)' "$fuzzdir/last-run.log" || true
echo "fuzz_csv_reader: no crash"
