#!/usr/bin/env bash
# The CSV command-line contract, run against the real binary and a temporary --db:
#   pmsbridge [--db FILE] import owners|vendors|platform-units FILE
#   pmsbridge [--db FILE] export ENTITY [--snapshot latest|ID] [-o FILE]
# Args (from ctest): <pmsbridge binary> <build dir> <source dir>.
set -uo pipefail
bin="$1"
src="$3"
data="$src/tests/data/csv"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export QT_LOGGING_RULES="pmsbridge.*.info=false"
db="$tmp/cache.sqlite"
passed=0
failed=0

ok() { passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
expect_eq() { # name actual expected
  if [ "$2" == "$3" ]; then ok; else fail "$1: expected [$3], got [$2]"; fi
}
expect_contains() { # name haystack needle
  if [[ "$2" == *"$3"* ]]; then ok; else fail "$1: [$3] not in [$2]"; fi
}
# run ARGS...: sets $out, $err, $rc
run() {
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  out="$(cat "$tmp/out")"
  err="$(cat "$tmp/err")"
}
# Data rows of an export (every record starts with its numeric id in these tables).
rows_of() { "$bin" --db "$db" export "$1" | grep -c '^[0-9][0-9]*,'; }

# --- import good files ---
run --db "$db" import owners "$data/good/owners_bom_crlf.csv"
expect_eq "import owners exit" "$rc" 0
expect_eq "import owners output" "$out" "Imported 3 owners."
run --db "$db" import vendors "$data/good/vendors_semicolon.csv"
expect_eq "import vendors exit" "$rc" 0
expect_eq "import vendors output" "$out" "Imported 2 vendors."
run --db "$db" import platform-units "$data/good/platform_units_tab.tsv"
expect_eq "import platform units exit" "$rc" 0
expect_eq "import platform units output" "$out" "Imported 3 platform units."
run --db "$db" import owners "$data/good/owners_header_variants.csv"
expect_eq "unknown column is a warning, not an error" "$rc" 0
expect_contains "unknown column warning" "$err" "owners_header_variants.csv:1: warning: unknown column 'Fax' is ignored"
expect_eq "owners in cache" "$(rows_of owners)" 5

# --- import bad files: exit 1, errors as FILE:LINE: ..., a one-line summary, nothing imported ---
bad="$data/bad/bad_email.csv"
run --db "$db" import owners "$bad"
expect_eq "bad file exit" "$rc" 1
expect_eq "bad file stderr" "$err" "$bad:2: column 'email': not an email address ('bob@')
pmsbridge: $bad: 1 error; nothing was imported"
expect_eq "bad file writes nothing" "$(rows_of owners)" 5

run --db "$db" import owners "$data/bad/errors_on_several_lines.csv"
expect_eq "several errors exit" "$rc" 1
expect_eq "several errors: three lines and a summary" "$(printf '%s\n' "$err" | wc -l)" 4
expect_contains "several errors summary" "$(printf '%s\n' "$err" | tail -n1)" "3 errors; nothing was imported"

run --db "$db" import platform-units "$data/bad/duplicate_against_cache_platform_unit.csv"
expect_eq "duplicate against cache exit" "$rc" 1
expect_eq "duplicate against cache writes nothing" "$(rows_of platform-units)" 3

# Again: the lines with an external_ref match their owners, the one without cannot be matched.
run --db "$db" import owners "$data/good/owners_bom_crlf.csv"
expect_eq "re-import of a line without external_ref fails" "$rc" 1
expect_contains "re-import message" "$err" "owners_bom_crlf.csv:5: already in the cache with the same name '山田 太郎'"
expect_contains "re-import hint" "$err" "to update that owner, give the line its external_ref"
expect_eq "re-import writes nothing" "$(rows_of owners)" 5

# --- import updates the rows whose external_ref it gives, and says how many ---
printf 'name,email,external_ref\nZoë Ångström-Roy,zoe@new.example,OWN-001\nSmith John,john.smith@example.com,OWN-002\nNew Owner,new@example.com,OWN-900\n' >"$tmp/update.csv"
run --db "$db" import owners "$tmp/update.csv"
expect_eq "update import exit" "$rc" 0
expect_eq "update import output" "$out" "Imported 3 owners: 1 added, 2 updated."
expect_eq "update import adds one row" "$(rows_of owners)" 6
expect_contains "updated values are exported" "$("$bin" --db "$db" export owners)" "Zoë Ångström-Roy,zoe@new.example"
expect_contains "columns the file lacks keep their values" "$("$bin" --db "$db" export owners)" "Montréal"
run --db "$db" import owners "$tmp/update.csv"
expect_eq "same file again exit" "$rc" 0
expect_eq "same file again output" "$out" "Nothing changed: the 3 owners in the file are already in the cache as they are."

many="$tmp/many.csv"
{
  echo "name,email"
  for i in $(seq 1 30); do echo "Owner $i,owner$i@"; done
} >"$many"
run --db "$db" import owners "$many"
expect_eq "many errors exit" "$rc" 1
expect_eq "at most 20 errors are printed" "$(printf '%s\n' "$err" | grep -c "^$many:")" 20
expect_eq "many errors summary" "$(printf '%s\n' "$err" | tail -n1)" \
  "pmsbridge: $many: 30 errors; nothing was imported (the first 20 are shown)"

# --- usage errors: exit 2, one line ---
run --db "$db" import customers "$bad"
expect_eq "wrong import type exit" "$rc" 2
expect_eq "wrong import type: one line" "$(printf '%s\n' "$err" | wc -l)" 1
expect_contains "wrong import type message" "$err" "pmsbridge: unknown import type 'customers'"
run --db "$db" import owners
expect_eq "import without file exit" "$rc" 2
run --db "$db" import owners "$tmp/missing.csv"
expect_eq "missing file exit" "$rc" 1
expect_eq "missing file message" "$err" "pmsbridge: cannot read '$tmp/missing.csv': no such file"

# --- export: header rows exactly as the contract says ---
declare -A header=(
  [properties]="pms_property_id,pms_portfolio_id,name,address,city,state,postal_code,manager_user_id,manager_name,manager_email,active"
  [units]="pms_unit_id,pms_property_id,property_name,unit_name,address,active,deactivated_at,deactivated_by"
  [residents]="pms_contact_id,first_name,last_name,email,phone,pms_property_id,pms_unit_id,move_in,move_out,platform_unit_id"
  [leases]="pms_lease_id,pms_unit_id,status,start_date,end_date,move_in,move_out,base_rent"
  [workorders]="id,pms_work_order_id,number,pms_property_id,pms_unit_id,resident_pms_contact_id,manager_user_id,managed_by,status,priority,description,sync_state,sync_error,linked"
  [owners]="id,name,email,phone,address,city,state,postal_code,notes,external_ref,imported_at"
  [vendors]="id,name,trade,email,phone,address,city,state,postal_code,insurance_expires,notes,external_ref,imported_at"
  [platform-units]="id,name,building,floor,external_ref"
  [mappings]="pms_unit_id,platform_unit_id,platform_unit_name,method,mapped_at"
  [deactivated]="snapshot_id,snapshot_at,pms_property_id,property_name,pms_unit_id,unit_name,address"
  [sync-runs]="id,kind,started_at,finished_at,status,created,updated,skipped,failed,error"
)
for entity in properties units residents leases workorders owners vendors platform-units mappings deactivated sync-runs; do
  run --db "$db" export "$entity"
  expect_eq "export $entity exit" "$rc" 0
  expect_eq "export $entity header" "$(head -n1 "$tmp/out")" "${header[$entity]}"$'\r'
done
run --db "$db" export deactivated --snapshot latest
expect_eq "deactivated with no snapshot yet: header only" "$out" "${header[deactivated]}"$'\r'
run --db "$db" export platform-units
expect_eq "platform units rows" "$(tail -n +2 "$tmp/out" | tr -d '\r')" "1,101,Tower A,1,PU-101
2,102,Tower A,1,
3,101,Tower B,1,"

# -o FILE: written atomically, a summary on stdout
run --db "$db" export owners -o "$tmp/owners.csv"
expect_eq "export -o exit" "$rc" 0
expect_eq "export -o summary" "$out" "Exported 6 rows of owners to $tmp/owners.csv."
expect_eq "export -o header" "$(head -n1 "$tmp/owners.csv")" "${header[owners]}"$'\r'
run --db "$db" export owners -o "$tmp/no/such/dir/owners.csv"
expect_eq "export to a missing folder exit" "$rc" 1
expect_eq "no partial file" "$(ls "$tmp/no" 2>/dev/null | wc -l)" 0

# wrong entity and other usage errors: exit 2 with one line
run --db "$db" export tenants
expect_eq "wrong entity exit" "$rc" 2
expect_eq "wrong entity: one line" "$(printf '%s\n' "$err" | wc -l)" 1
expect_contains "wrong entity message" "$err" "pmsbridge: unknown entity 'tenants'; use one of: properties, units,"
expect_eq "wrong entity: nothing on stdout" "$out" ""
run --db "$db" export
expect_eq "export without entity exit" "$rc" 2
run --db "$db" export owners --snapshot 1
expect_eq "--snapshot on another entity exit" "$rc" 2
run --db "$db" export deactivated --snapshot nope
expect_eq "bad --snapshot exit" "$rc" 2
run --db "$db" export deactivated --snapshot 99
expect_eq "unknown snapshot exit" "$rc" 1
expect_eq "unknown snapshot message" "$err" "pmsbridge: There is no reconciliation snapshot with id 99."
run --db "$db" export owners --bogus
expect_eq "unknown option exit" "$rc" 2

# --- round trip through the command line: export, import into a fresh cache, export again ---
db2="$tmp/second.sqlite"
for entity in owners vendors platform-units; do
  "$bin" --db "$db" export "$entity" -o "$tmp/$entity.1.csv" >/dev/null
  run --db "$db2" import "$entity" "$tmp/$entity.1.csv"
  expect_eq "round trip import $entity exit" "$rc" 0
  expect_eq "round trip import $entity: no warnings" "$err" ""
  "$bin" --db "$db2" export "$entity" -o "$tmp/$entity.2.csv" >/dev/null
  # The import time differs; everything else is the same, byte for byte.
  strip() { sed -E 's/,[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\r$//' "$1"; }
  if diff <(strip "$tmp/$entity.1.csv") <(strip "$tmp/$entity.2.csv") >/dev/null; then ok; else
    fail "round trip of $entity differs: $(diff <(strip "$tmp/$entity.1.csv") <(strip "$tmp/$entity.2.csv") | head -5)"
  fi
done

echo "test_csv_cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
