#!/usr/bin/env bash
# A throwaway PostgreSQL server for the --jdbcUrl sink (docs/database.md) and its tests:
# Debian's postgresql (initdb, pg_ctl), a fresh cluster listening on 127.0.0.1 only.
#
#   scripts/postgres.sh start    create the cluster if needed and start it (database newsclaims)
#   scripts/postgres.sh stop     stop it (fast shutdown: sessions are ended, nothing is lost)
#   scripts/postgres.sh status   exit 0 when it is running
#   scripts/postgres.sh url      print its JDBC URL: jdbc:postgresql://127.0.0.1:55432/newsclaims
#   scripts/postgres.sh destroy  stop it and delete its data folder
#
# User and password are both `newsclaims` (a local test server, loopback only): pass them with
# --jdbcUser=newsclaims and PGPASSWORD=newsclaims (or --jdbcPassword). Settings: PG_PORT (55432),
# PG_DATA (/tmp/newsclaims-pg-<port>), PG_BIN (the newest /usr/lib/postgresql/*/bin).
# Run as root, the server runs as the `postgres` user.
set -euo pipefail
PORT=${PG_PORT:-55432}
DATA=${PG_DATA:-/tmp/newsclaims-pg-$PORT}
USER_NAME=newsclaims
PASSWORD=newsclaims
DATABASE=newsclaims

bin_dir() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    echo "postgres.sh: no PostgreSQL server found (apt-get install postgresql)" >&2
    exit 1
  fi
  echo "$dir"
}

# Runs a command as the server's owner: `postgres` when we are root (initdb refuses root).
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() {
  [ -f "$DATA/postmaster.pid" ] && as_owner "$(bin_dir)/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

init() {
  local bin; bin=$(bin_dir)
  mkdir -p "$DATA"
  chmod 700 "$DATA"
  [ "$(id -u)" = "0" ] && chown postgres: "$DATA"
  local pwfile; pwfile=$(mktemp)
  echo "$PASSWORD" > "$pwfile"
  chmod 644 "$pwfile"
  as_owner "$bin/initdb" -D "$DATA" -U "$USER_NAME" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-host=scram-sha-256 --auth-local=trust >"$DATA.initdb.log" 2>&1 \
    || { rm -f "$pwfile"; echo "postgres.sh: initdb failed, see $DATA.initdb.log" >&2; exit 1; }
  rm -f "$pwfile"
  # loopback only; the Unix socket inside the (0700) data folder
  cat >> "$DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
fsync = off
max_connections = 50
EOF
}

start() {
  local bin; bin=$(bin_dir)
  if running; then
    echo "PostgreSQL already running on 127.0.0.1:$PORT ($DATA)"
    return 0
  fi
  [ -f "$DATA/PG_VERSION" ] || init
  as_owner "$bin/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start >/dev/null \
    || { echo "postgres.sh: the server did not start, see $DATA/server.log" >&2; exit 1; }
  if ! as_owner "$bin/psql" -h "$DATA" -p "$PORT" -U "$USER_NAME" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" | grep -q 1; then
    as_owner "$bin/createdb" -h "$DATA" -p "$PORT" -U "$USER_NAME" "$DATABASE"
  fi
  echo "PostgreSQL running on 127.0.0.1:$PORT: $(url)"
}

stop() {
  if running; then
    as_owner "$(bin_dir)/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null
    echo "PostgreSQL on 127.0.0.1:$PORT stopped"
  else
    echo "PostgreSQL on 127.0.0.1:$PORT is not running"
  fi
}

url() { echo "jdbc:postgresql://127.0.0.1:$PORT/$DATABASE"; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running on 127.0.0.1:$PORT ($DATA)"; else echo "not running"; exit 1; fi ;;
  url) url ;;
  destroy) stop; rm -rf "$DATA" "$DATA.initdb.log" ;;
  *) echo "usage: scripts/postgres.sh start|stop|status|url|destroy" >&2; exit 2 ;;
esac
