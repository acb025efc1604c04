#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the store's tests and print the URL.
#
# Why: the store is tested against a real PostgreSQL, never a mock. This script needs only
# Debian's `postgresql` package (apt-get install -y postgresql); it does not touch the
# distribution's own cluster, it makes its own data directory and port.
#
# Use either form (both set APPRAISAL_TEST_PG_URL):
#     source scripts/start-postgres.sh
#     eval "$(bash scripts/start-postgres.sh)"
# Idempotent: a second run finds the server running and prints the same URL.
# Settings (env): APPRAISAL_PG_DIR (default /tmp/appraisal-pg), APPRAISAL_PG_PORT (default 54329),
# APPRAISAL_PG_USER / APPRAISAL_PG_PASSWORD / APPRAISAL_PG_DB (default appraisal / appraisal / appraisal_test).
# Stop it with: scripts/start-postgres.sh --stop
# Everything but the final `export ...` line goes to stderr.

_appraisal_pg() (
    set -euo pipefail
    dir="${APPRAISAL_PG_DIR:-/tmp/appraisal-pg}"
    port="${APPRAISAL_PG_PORT:-54329}"
    user="${APPRAISAL_PG_USER:-appraisal}"
    password="${APPRAISAL_PG_PASSWORD:-appraisal}"
    db="${APPRAISAL_PG_DB:-appraisal_test}"
    data="$dir/data"
    log="$dir/server.log"

    bindir=""
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        bindir="$(pg_config --bindir)"
    else
        for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
            if [ -x "$d/initdb" ]; then bindir="$d"; break; fi
        done
    fi
    if [ -z "$bindir" ]; then
        echo "start-postgres: no PostgreSQL server found; run: apt-get install -y postgresql" >&2
        exit 1
    fi

    # As root, the server must run as an unprivileged user: postgres (created by the package).
    if [ "$(id -u)" = 0 ]; then
        owner=postgres
        as_owner() { runuser -u postgres -- "$@"; }
    else
        owner="$(id -un)"
        as_owner() { "$@"; }
    fi

    if [ "${1:-}" = "--stop" ]; then
        if [ -f "$data/PG_VERSION" ]; then
            as_owner "$bindir/pg_ctl" -D "$data" -m fast stop >&2 || true
        fi
        exit 0
    fi

    mkdir -p "$dir"
    chmod 755 "$dir"
    if [ "$(id -u)" = 0 ]; then chown "$owner" "$dir"; fi

    if [ ! -f "$data/PG_VERSION" ]; then
        echo "start-postgres: creating cluster in $data ($bindir)" >&2
        pwfile="$(mktemp)"
        printf '%s\n' "$password" > "$pwfile"
        chmod 644 "$pwfile"
        as_owner "$bindir/initdb" -D "$data" -U postgres_admin --auth=scram-sha-256 \
            --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >&2 \
            || as_owner "$bindir/initdb" -D "$data" -U postgres_admin --auth=scram-sha-256 \
                --pwfile="$pwfile" -E UTF8 --locale=C >&2
        rm -f "$pwfile"
        {
            echo "listen_addresses = '127.0.0.1'"
            echo "port = $port"
            echo "unix_socket_directories = '$dir'"
            echo "max_connections = 200"
            echo "fsync = on"
        } | as_owner tee -a "$data/postgresql.conf" >/dev/null
    fi

    export PGPASSWORD="$password"
    psql_admin() { "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres_admin -d postgres "$@"; }

    if as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        echo "start-postgres: already running on port $port" >&2
    else
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "start-postgres: port $port is taken by another program; set APPRAISAL_PG_PORT" >&2
            exit 1
        fi
        as_owner "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 start >&2 || {
            echo "start-postgres: server did not start; log follows" >&2
            tail -n 30 "$log" >&2 || true
            exit 1
        }
    fi

    if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != 1 ]; then
        psql_admin -c "CREATE ROLE \"$user\" LOGIN CREATEDB PASSWORD '$password'" >&2
    fi
    if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
        psql_admin -c "CREATE DATABASE \"$db\" OWNER \"$user\"" >&2
    fi

    echo "postgresql+psycopg://$user:$password@127.0.0.1:$port/$db"
)

if _appraisal_pg_url="$(_appraisal_pg "$@")"; then
    if [ -n "$_appraisal_pg_url" ]; then
        export APPRAISAL_TEST_PG_URL="$_appraisal_pg_url"
        echo "export APPRAISAL_TEST_PG_URL='$_appraisal_pg_url'"
    fi
    unset _appraisal_pg_url
else
    unset _appraisal_pg_url
    return 1 2>/dev/null || exit 1
fi
