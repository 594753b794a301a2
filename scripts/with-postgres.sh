#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs COMMAND against a throwaway PostgreSQL cluster and returns its exit code:
#
#     scripts/with-postgres.sh ctest --preset dev -L server
#
# The cluster lives in a new temporary folder, listens only on 127.0.0.1 (first free port from 55432
# up) and on a unix socket inside that folder, and runs with fsync off. It has a role `vsys` (password
# `vsys`, LOGIN CREATEDB) owning the database `vsys_test`; COMMAND sees
#     VSYS_TEST_POSTGRES_URL=postgresql://vsys:vsys@127.0.0.1:PORT/vsys_test
# TCP connections need the password (scram-sha-256), as in a real deployment. Whatever happens, the
# cluster is stopped and the folder removed afterwards. The Debian default cluster is never touched.
# As root the cluster runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

if (($# == 0)); then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

say() { echo "with-postgres: $*" >&2; }

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z $pgbin || ! -x $pgbin/initdb || ! -x $pgbin/pg_ctl || ! -x $pgbin/psql ]]; then
    say "no PostgreSQL server under /usr/lib/postgresql (scripts/setup.sh installs the postgresql package)"
    exit 127
fi

# PostgreSQL programs run as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
        say "running as root, but there is no user 'postgres' to own the cluster"
        exit 127
    fi
    as_owner=(runuser -u postgres --)
fi

tmp=$(mktemp -d -t vsys-pg.XXXXXX)
data=$tmp/data
log=$tmp/postgres.log

pg() {
    # From inside the folder, so that the owner never meets a working directory it may not enter.
    (cd "$tmp" && "${as_owner[@]}" "$@")
}

cleanup() {
    if [[ -f $data/postmaster.pid ]]; then
        # The data is thrown away, so an immediate stop is enough.
        if ! pg "$pgbin/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1; then
            local pid
            pid=$(head -1 "$data/postmaster.pid" 2>/dev/null || true)
            # Only if that process id is still our postmaster (not a reused id).
            if [[ $pid =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$data"; then
                say "pg_ctl stop failed; killing postmaster $pid"
                kill -KILL "$pid" 2>/dev/null || true
            fi
        fi
    fi
    rm -rf "$tmp"
}
trap 'rc=$?; trap - EXIT; cleanup; exit $rc' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

if ((${#as_owner[@]})); then
    chown postgres:postgres "$tmp"
fi

if ! pg "$pgbin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 --no-sync >"$tmp/initdb.log" 2>&1; then
    say "initdb failed:"
    cat "$tmp/initdb.log" >&2
    exit 1
fi

port_in_use() {
    if command -v ss >/dev/null; then
        [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

# Free-port check and start race with other runs (parallel CI jobs), so a start that fails to bind
# moves on to the next port.
port=
for candidate in $(seq 55432 55531); do
    port_in_use "$candidate" && continue
    rm -f "$log" # the server writes it, as the cluster's owner
    if pg "$pgbin/pg_ctl" -D "$data" -l "$log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $candidate -k '$tmp' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        >"$tmp/pg_ctl.log" 2>&1; then
        port=$candidate
        break
    fi
    if ! grep -q -e 'could not bind' -e 'could not create any TCP/IP sockets' "$log" 2>/dev/null; then
        say "PostgreSQL did not start:"
        cat "$tmp/pg_ctl.log" "$log" >&2 2>/dev/null || true
        exit 1
    fi
done
if [[ -z $port ]]; then
    say "no free port between 55432 and 55531"
    exit 1
fi

if ! pg "$pgbin/psql" -X -q -h "$tmp" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE vsys LOGIN CREATEDB PASSWORD 'vsys'" \
    -c "CREATE DATABASE vsys_test OWNER vsys ENCODING 'UTF8' TEMPLATE template0" >"$tmp/psql.log" 2>&1; then
    say "could not create the role and database:"
    cat "$tmp/psql.log" >&2
    exit 1
fi

export VSYS_TEST_POSTGRES_URL="postgresql://vsys:vsys@127.0.0.1:$port/vsys_test"
say "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, VSYS_TEST_POSTGRES_URL=$VSYS_TEST_POSTGRES_URL"

rc=0
"$@" || rc=$?
exit "$rc"
