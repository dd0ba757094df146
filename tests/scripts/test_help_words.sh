#!/usr/bin/env bash
# Issue 16: users do not know our rule numbers. No command's --help text names one (R1..R22).
# (The exit-code table of the overview, app/Command.cpp, is the command line's own and not covered yet.)
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
for cmd in reconcile disable enable sync export import map unmap workorder push; do
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
