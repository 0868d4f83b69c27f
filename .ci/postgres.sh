#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the *_pg tests: its own data folder, a private port and
# socket folder, loopback only; trust on the socket, SCRAM passwords on 127.0.0.1. Never touches
# a packaged cluster.
#   source .ci/postgres.sh; bantam_pg_start   — starts it, exports BANTAM_TEST_POSTGRES
#   bantam_pg_stop                            — stops it and removes its folder
# The server refuses to run as root: as root it runs as the postgres user.
bantam_pg_start() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL server binaries not found (Debian package postgresql)" >&2
    return 1
  fi
  BANTAM_PG_BIN="$bin"
  BANTAM_PG_ROOT="$(mktemp -d /tmp/bantam-pg.XXXXXX)"
  BANTAM_PG_PORT="${BANTAM_PG_PORT:-$((54000 + RANDOM % 900))}"
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$BANTAM_PG_ROOT"
    run=(runuser -u postgres --)
  fi
  BANTAM_PG_RUN=("${run[@]}")
  # Trust on the socket (the suite connects as postgres there); SCRAM passwords over TCP, so
  # that tst_serverpermissions signs in as Bantam users with a password on 127.0.0.1.
  "${run[@]}" "$bin/initdb" -D "$BANTAM_PG_ROOT/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 >"$BANTAM_PG_ROOT/initdb.log" 2>&1 || {
    cat "$BANTAM_PG_ROOT/initdb.log" >&2
    return 1
  }
  "${run[@]}" "$bin/pg_ctl" -D "$BANTAM_PG_ROOT/data" -l "$BANTAM_PG_ROOT/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $BANTAM_PG_PORT -k $BANTAM_PG_ROOT -c fsync=off" \
    start >/dev/null || {
    cat "$BANTAM_PG_ROOT/server.log" >&2
    return 1
  }
  export BANTAM_TEST_POSTGRES="postgresql:///postgres?host=$BANTAM_PG_ROOT&port=$BANTAM_PG_PORT&user=postgres"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests: $BANTAM_TEST_POSTGRES"
}

bantam_pg_stop() {
  [ -n "${BANTAM_PG_ROOT:-}" ] || return 0
  "${BANTAM_PG_RUN[@]}" "$BANTAM_PG_BIN/pg_ctl" -D "$BANTAM_PG_ROOT/data" -m fast -w stop \
    >/dev/null 2>&1 || true
  rm -rf "$BANTAM_PG_ROOT"
  BANTAM_PG_ROOT=""
}
