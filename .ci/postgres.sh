#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests and benchmarks.
#   .ci/postgres.sh start <dir> [port]   init (if needed) and start on 127.0.0.1:<port> (default 55432), trust auth;
#                                        prints the URL to export as MODELYARD_TEST_POSTGRES_URL
#   .ci/postgres.sh stop  <dir>          stop it (the directory stays; delete it to start afresh)
# Works as a normal user and as root: PostgreSQL refuses to run as root, so then the cluster is owned by and run
# as the 'postgres' user (the directory's parents must be traversable by it, e.g. under /tmp).
set -euo pipefail

usage() { echo "usage: $0 start|stop <dir> [port]" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1
dir=$2
port=${3:-55432}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres.sh: no PostgreSQL server found under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
  exit 1
fi

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "postgres.sh: running as root needs a 'postgres' user" >&2; exit 1; }
  chown postgres: "$dir"
  chmod 700 "$dir"
  as_owner test -w "$dir" || { echo "postgres.sh: user postgres cannot reach $dir (a parent directory is not traversable); use a directory under /tmp" >&2; exit 1; }
fi

case "$cmd" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      out=$(as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C 2>&1) || { echo "$out" >&2; exit 1; }
      cat >>"$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 100
shared_buffers = 128MB
CONF
      echo "host all all 127.0.0.1/32 trust" >"$dir/pg_hba.conf"
      echo "local all all trust" >>"$dir/pg_hba.conf"
      [ "$(id -u)" -ne 0 ] || chown postgres: "$dir/postgresql.conf" "$dir/pg_hba.conf"
    fi
    if as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      echo "postgres.sh: already running in $dir" >&2
    else
      as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 -o "-p $port" start >/dev/null \
        || { tail -n 20 "$dir/server.log" >&2; exit 1; }
    fi
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl" -D "$dir" -m fast -w -t 30 stop >/dev/null
    fi
    ;;
  *) usage ;;
esac
