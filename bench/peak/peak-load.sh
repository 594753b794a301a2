#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Monday-morning peak, bounded and on 127.0.0.1 only: a throwaway PostgreSQL (scripts/with-postgres.sh),
# VENUES generated venues (generate-venues.sql), two vsysdesk-server processes (Release build) with their
# default threads, and nginx with the shipped packaging/nginx/vsysdesk.conf in front; then wrk with
# CLIENTS connections for SECONDS against GET /changes, GET /plan and PUT /plan of random venues, and the
# same run against the floor (the server's cheapest answer through the same nginx: a static file of the
# web pages, which keeps the connection; an API request without a token is cheaper for the server, but
# its 401 closes the upstream connection, so nginx pays a TLS handshake for each). Prints requests/s, the
# 502s (required: 0), the other non-2xx, p99, the floor and the ratio, and the database connections held.
# Usage: bench/peak/peak-load.sh [BUILD_DIR=build/release] [VENUES=70000] [CLIENTS=512] [SECONDS=15]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=$(cd "${1:-$source_dir/build/release}" && pwd)
venues=${2:-70000}
clients=${3:-512}
seconds=${4:-15}
# Always a cluster of its own (not the tests' VSYS_TEST_POSTGRES_URL): the servers use its public schema.
if [[ -z ${PEAK_INNER:-} ]]; then
    PEAK_INNER=1 exec "$source_dir/scripts/with-postgres.sh" "$0" "$build_dir" "$venues" "$clients" "$seconds"
fi
server_bin=$build_dir/server/vsysdesk-server
[[ -x $server_bin ]] || { echo "no $server_bin: cmake --build --preset release --target vsysdesk-server" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; tail -5 "$work"/server-*.log "$work/nginx/error.log" >&2 2>/dev/null || true; exit 1; }
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
url=$VSYS_TEST_POSTGRES_URL
# psql wants the libpq form; the URL is already one (postgresql://user:password@host:port/db).
psql_() { psql "$url" -X -q -v ON_ERROR_STOP=1 "$@"; }

for name in upstream front; do
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
        -keyout "$work/$name.key" -out "$work/$name.crt" -subj /CN=localhost \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
done
port_a=$(free_port); port_b=$(free_port); front=$(free_port)
start_server() { # NAME PORT
    "$server_bin" --database "$url" --port "$2" --cert "$work/upstream.crt" --key "$work/upstream.key" \
        >"$work/server-$1.log" 2>&1 &
    pids+=($!)
}
wait_for() { # URL EXPECTED CAFILE
    local code=""
    for _ in $(seq 1 200); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$3" --max-time 2 "$1" || true)
        [[ $code == "$2" ]] && return 0
        sleep 0.1
    done
    fail "$1 answered $code, expected $2"
}

# The first server migrates the database; then the venues are generated and the second server starts.
start_server a "$port_a"
wait_for "https://127.0.0.1:$port_a/api/v1/venue" 401 "$work/upstream.crt"
generated_at=$(date +%s.%N)
psql_ -v count="$venues" -f "$here/generate-venues.sql"
echo "generated $venues venues in $(printf '%.1f' "$(echo "$(date +%s.%N) - $generated_at" | bc)") s"
start_server b "$port_b"
wait_for "https://127.0.0.1:$port_b/api/v1/venue" 401 "$work/upstream.crt"

# The shipped config with this run's ports and certificates; the per-address request rates (the API's,
# and the web pages' for the floor) are raised because every wrk connection comes from 127.0.0.1 (as many
# offices' addresses would); the per-token limits, the connection limits and the upstream block stay as
# shipped.
mkdir -p "$work/nginx"
sed -e "s|server 127.0.0.1:8443|server 127.0.0.1:$port_a|" -e "s|server 127.0.0.1:8444|server 127.0.0.1:$port_b|" \
    -e "s|listen 443 ssl;|listen 127.0.0.1:$front ssl;|" \
    -e "s|/etc/vsysdesk/tls/fullchain.pem|$work/front.crt|" -e "s|/etc/vsysdesk/tls/privkey.pem|$work/front.key|" \
    -e "s|/etc/vsysdesk/tls/upstream-ca.pem|$work/upstream.crt|" -e "s|rate=100r/s|rate=100000r/s|" \
    -e "s|zone=vsysdesk_navi:10m rate=60r/m|zone=vsysdesk_navi:10m rate=100000r/s|" \
    -e "s|zone=vsysdesk_navi burst=30 nodelay|zone=vsysdesk_navi burst=100000 nodelay|" \
    "$source_dir/packaging/nginx/vsysdesk.conf" >"$work/nginx/vsysdesk.conf"
user_line=""
[[ $(id -u) -eq 0 ]] && user_line="user root;"
cat >"$work/nginx/nginx.conf" <<CONF
$user_line
daemon off;
worker_processes 2;
worker_rlimit_nofile 8192;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/nginx/vsysdesk.conf;
}
CONF
nginx -t -c "$work/nginx/nginx.conf" -p "$work/nginx" >/dev/null 2>&1 || nginx -t -c "$work/nginx/nginx.conf" -p "$work/nginx"
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)
base="https://127.0.0.1:$front"
wait_for "$base/api/v1/venue" 401 "$work/front.crt"
for path in /api/v1/changes?since=0 /api/v1/plan; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$work/front.crt" -H 'Authorization: Bearer peak-token-1' "$base$path")
    [[ $code == 200 ]] || fail "GET $path with a generated token answered $code"
done
ulimit -n 8192 2>/dev/null || true

run_wrk() { # LABEL [floor]
    wrk -t2 -c"$clients" -d"${seconds}s" --timeout 10s --latency -s "$here/peak.lua" "$base" -- "$venues" "${2:-}" \
        >"$work/wrk-$1.txt" 2>&1 || fail "wrk: $(cat "$work/wrk-$1.txt")"
}
# The database connections held during the run: sampled halfway through.
( sleep "$((seconds / 2))"
  psql_ -At -c "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()" \
      >"$work/connections.txt" ) &
sampler=$!
load_before=$(cut -d' ' -f1 /proc/loadavg)
run_wrk api
wait "$sampler"
run_wrk floor floor

summary() { # FILE → "rps ok502 other p99ms"
    awk '
        /^statuses:/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == 502) b += kv[2];
                        else if (kv[1] < 200 || kv[1] >= 300) o += kv[2]; else ok += kv[2] } }
        /^p99_us:/ { p99 = $2 }
        /^requests:/ { n = $2; s = $4 }
        END { printf "%.0f %d %d %d %.1f\n", n / s, ok, b + 0, o + 0, p99 / 1000 }' "$1"
}
read -r rps ok bad other p99 <<<"$(summary "$work/wrk-api.txt")"
read -r floor_rps floor_ok _ floor_other floor_p99 <<<"$(summary "$work/wrk-floor.txt")"
statuses=$(grep "^statuses:" "$work/wrk-api.txt")
floor_statuses=$(grep "^statuses:" "$work/wrk-floor.txt")
ratio=$(echo "scale=3; $rps / $floor_rps" | bc | xargs printf "%.2f")
echo "peak ($venues venues, 2 servers, nginx, $clients connections, ${seconds}s, load average before $load_before):"
echo "  /changes + /plan + PUT /plan: $(printf "%'d" "$rps") req/s; 2xx $ok; 502 x $bad (required 0); other non-2xx $other [$statuses]; p99 $p99 ms"
echo "  floor (GET /navi/static/favicon.svg: 178 bytes, no SQL, through the database queue like every route): $(printf "%'d" "$floor_rps") req/s; 2xx $floor_ok, other $floor_other [$floor_statuses]; p99 $floor_p99 ms"
echo "  ratio ${ratio}x of the floor; PostgreSQL connections held during the run: $(cat "$work/connections.txt") (2 servers x 8 database threads = 16)"
socket_errors=$(grep -h 'Socket errors' "$work/wrk-api.txt" || true)
echo "  wrk socket errors (connect/read/write/timeout): ${socket_errors:-none}"
upstream_errors=$(grep -c 'upstream\|no live' "$work/nginx/error.log" || true)
echo "  nginx upstream errors logged: $upstream_errors"
(( bad == 0 )) || fail "$bad answers were 502"
[[ $(cat "$work/connections.txt") == 16 ]] || fail "the servers held $(cat "$work/connections.txt") PostgreSQL connections, not 16"
