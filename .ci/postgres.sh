#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on the loopback interface for the tests.
#   bash .ci/postgres.sh start DIR PORT   installs Debian's server if missing, starts it,
#                                         creates database "evo_test" and prints its URL
#   bash .ci/postgres.sh stop DIR         stops it
set -euo pipefail
action="$1"
dir="$2"
port="${3:-55432}"

bindir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    if [ -z "$(bindir)" ]; then
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
    bin="$(bindir)"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
    as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres evo_test
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/evo_test"
    ;;
stop)
    as_postgres "$(bindir)/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    ;;
esac
