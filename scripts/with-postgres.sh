#!/usr/bin/env bash
# Runs COMMAND ARGS... next to a throwaway PostgreSQL 15 server and stops it afterwards.
#   scripts/with-postgres.sh ctest ...
# The server lives in a temporary folder, listens on 127.0.0.1 on a free port and on a socket in
# that folder, trusts local connections, and is gone when the command ends (whatever its exit
# code). The command sees PMSBRIDGE_TEST_PG=postgresql://postgres@127.0.0.1:PORT/postgres.
# As root (CI) the server runs as the 'postgres' user, which postgresql-common creates.
set -euo pipefail

bindir="${PMSBRIDGE_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$bindir/initdb" ]; then
  echo "with-postgres.sh: $bindir/initdb is missing; run scripts/deps.sh (Debian package postgresql-15)" >&2
  exit 2
fi

dir="$(mktemp -d /tmp/pmsbridge-pg.XXXXXX)"
chmod 755 "$dir"
as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi

stop_server() {
  as_server "'$bindir/pg_ctl' -D '$dir/data' -m immediate -w -t 30 stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop_server EXIT

as_server "'$bindir/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 2; }

port=""
for attempt in 1 2 3 4 5 6 7 8; do
  candidate=$(( 20000 + (RANDOM % 30000) ))
  # fsync off: the server is thrown away; the client's own crash safety is what the tests check.
  if as_server "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
      -o \"-p $candidate -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off \
          -c synchronous_commit=off -c max_connections=300 -c shared_buffers=256MB\" start" >/dev/null 2>&1; then
    port=$candidate
    break
  fi
done
if [ -z "$port" ]; then
  echo "with-postgres.sh: the throwaway PostgreSQL server did not start:" >&2
  tail -20 "$dir/server.log" >&2 || true
  exit 2
fi

export PMSBRIDGE_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
echo "with-postgres.sh: PostgreSQL 15 on 127.0.0.1:$port (data in $dir)" >&2
set +e
"$@"
rc=$?
set -e
exit $rc
