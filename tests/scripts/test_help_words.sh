#!/usr/bin/env bash
# Issue 16: users do not know our rule numbers. No --help text names one (R1..R22): not the
# overview with its exit-code table, not any command's.
# Args (from ctest): <pmsbridge binary> <build dir> <source dir>.
set -uo pipefail
bin="$1"
export QT_LOGGING_RULES="pmsbridge.*.info=false"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# --help must not touch a cache; if one did, it is a throwaway one.
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
failed=0
checked=0
text="$(timeout 20 "$bin" --help 2>&1)"
checked=$((checked + 1))
if grep -nE '\bR[0-9]{1,2}\b' <<<"$text"; then
  echo "FAIL: pmsbridge --help names a rule number"
  failed=1
fi
grep -q "Exit codes:" <<<"$text" || { echo "FAIL: pmsbridge --help lost its exit-code table"; failed=1; }
for cmd in cache connect demo disable enable export import map push reconcile sim sync unmap workorder; do
  text="$(timeout 20 "$bin" "$cmd" --help 2>&1)"
  checked=$((checked + 1))
  if grep -nE '\bR[0-9]{1,2}\b' <<<"$text"; then
    echo "FAIL: pmsbridge $cmd --help names a rule number"
    failed=1
  fi
done
# The texts this test is about are there at all.
"$bin" reconcile --help 2>&1 | grep -q "safety guard" || { echo "FAIL: reconcile --help lost its text"; failed=1; }
echo "help texts checked: $checked"
exit $failed
