#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The server's benchmark at the demo size (issue 17): starts vsysdesk-server --demo on 127.0.0.1, logs in once
# as the demo venue A, and measures with wrk, each for about DURATION seconds:
#   GET /api/v1/changes?since=0   (a full resync: every record of the venue once, current state)
#   GET /api/v1/plan
#   PUT /api/v1/venue/reservation-status (authenticated, a new Idempotency-Key each time, the same status)
# against the FLOOR: the same server's cheapest answer to a client with a token (GET of a path without a route:
# the gate checks the session, as for every API request, then 404; an answer without a token closes the
# connection, so it would measure TLS handshakes),
# measured in the same run, in rounds alternating with the others. Prints one line each with req/s, the floor
# and the ratio. Run it on a Release build:
#
#     bench/server/server-bench.sh --server build/release/server/vsysdesk-server [--duration 10]
#     scripts/with-postgres.sh bash -c 'bench/server/server-bench.sh --server build/release/server/vsysdesk-server \
#         --database "$VSYS_TEST_POSTGRES_URL"'
#
# --history N first changes the venue's 予約受付状態 N times (N changes in /changes' log), the case where a
# full resync used to replay the venue's whole history. Exits non-zero when an answer other than the expected
# status came back (the figures would mean nothing). Never a timed assertion: the ratios are printed, not
# checked.
set -euo pipefail

server=""
duration=10
connections=8
database=""
history=0
while (($#)); do
    case $1 in
    --server) server=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --history) history=$2; shift 2 ;;
    *) echo "usage: $0 --server PATH [--duration S] [--connections N] [--database URL] [--history N]" >&2; exit 2 ;;
    esac
done
if [[ ! -x $server ]]; then
    echo "server-bench: --server must name the vsysdesk-server program" >&2
    exit 2
fi
for tool in wrk curl python3; do
    if ! command -v $tool >/dev/null; then
        echo "server-bench: $tool is missing (scripts/setup.sh installs it)" >&2
        exit 127
    fi
done

tmp=$(mktemp -d -t vsys-server-bench.XXXXXX)
pid=""
cleanup() {
    if [[ -n $pid ]]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
[[ -n $database ]] || database="sqlite:$tmp/server.sqlite"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
server=$(realpath "$server")
[[ $database == sqlite:/* || $database != sqlite:* ]] || database="sqlite:$(realpath "${database#sqlite:}")"
# From the temporary folder: without --cert the server writes its self-signed certificate where it runs. Worker
# threads for wrk's connections and one spare (the server pins a worker to a connection).
(cd "$tmp" && exec "$server" --demo --bind 127.0.0.1 --port "$port" --database "$database" --threads $((connections + 1))) \
    >"$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 300); do
    grep -q "Listening on" "$tmp/server.log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
    sleep 0.1
done
grep -q "Listening on" "$tmp/server.log" || { echo "server-bench: the server did not start" >&2; exit 1; }
base="https://127.0.0.1:$port"

token=$(curl -sk -X POST "$base/api/v1/session" -H 'Content-Type: application/json' \
    -d '{"vsys_id":"1310000017","password":"demo-venue-A-2021"}' |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')

if ((history > 0)); then
    # One keep-alive connection, alternating two statuses: each PUT is a change of the venue record.
    python3 - "$port" "$token" "$history" <<'EOF'
import http.client, ssl, sys, uuid
port, token, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
connection = http.client.HTTPSConnection("127.0.0.1", port, context=ssl._create_unverified_context())
for i in range(count):
    status = "few_left" if i % 2 else "available"
    connection.request("PUT", "/api/v1/venue/reservation-status", body='{"status":"%s"}' % status,
                       headers={"Authorization": "Bearer " + token, "Idempotency-Key": str(uuid.uuid4()),
                                "Content-Type": "application/json"})
    reply = connection.getresponse()
    reply.read()
    if reply.status != 200:
        sys.exit("server-bench: --history PUT answered %d" % reply.status)
EOF
fi

cat >"$tmp/auth.lua" <<EOF
wrk.headers["Authorization"] = "Bearer $token"
EOF
cat >"$tmp/put.lua" <<EOF
wrk.method = "PUT"
wrk.body = '{"status":"few_left"}'
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Content-Type"] = "application/json"
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end
local counter = 0
function request()
    counter = counter + 1
    wrk.headers["Idempotency-Key"] = string.format("bench-$port-$$-%d-%d", id, counter)
    return wrk.format()
end
EOF

failed=0
# rate LABEL STATUS SCRIPT PATH: req/s of wrk against PATH; every answer must have STATUS.
rate() {
    local label=$1 expected=$2 script=$3 path=$4 out
    out=$(wrk -t 2 -c "$connections" -d "${slice}s" --latency -s "$script" "$base$path" 2>&1)
    local non2xx
    non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' <<<"$out")
    local sent
    sent=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<<"$out")
    if { [[ $expected == 2xx && -n $non2xx ]] || [[ $expected != 2xx && ${non2xx:-0} != "$sent" ]]; }; then
        echo "server-bench: $label: $non2xx of $sent answers were not $expected" >&2
        failed=1
    fi
    sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<<"$out"
}

if [[ $(curl -sk -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/no-such-route") != 404 ]]; then
    echo "server-bench: the floor's path did not answer 404" >&2
    exit 1
fi
# The machine is shared: the figures are measured in rounds of a slice each (floor, /changes, /plan, PUT), and
# each ratio is the median of its rounds' ratios, so that a burst of other work hits a figure and its floor alike.
rounds=$(( duration >= 6 ? duration / 3 : 1 ))
slice=$(( duration / rounds ))
results=()
for _ in $(seq "$rounds"); do
    results+=("$(rate "floor" 404 "$tmp/auth.lua" /api/v1/no-such-route)")
    results+=("$(rate "changes" 2xx "$tmp/auth.lua" "/api/v1/changes?since=0")")
    results+=("$(rate "plan" 2xx "$tmp/auth.lua" /api/v1/plan)")
    results+=("$(rate "put" 2xx "$tmp/put.lua" /api/v1/venue/reservation-status)")
done
changesBytes=$(curl -sk -H "Authorization: Bearer $token" "$base/api/v1/changes?since=0" | wc -c)

python3 - "$changesBytes" "$database" "$connections" "$slice" "$rounds" "$history" "${results[@]}" <<'PYTHON'
import statistics, sys
size, database, connections, slice_, rounds, history = sys.argv[1:7]
values = [float(v) for v in sys.argv[7:]]
floor = values[0::4]
backend = "PostgreSQL" if database.startswith("postgresql:") else "SQLite"
print(f"server bench: {backend}, demo venue A, {connections} connections, {rounds} rounds of {slice_} s per figure, "
      f"history {history} changes")
print(f"floor (authenticated GET of a path without a route: 404, same server, same run): "
      f"{statistics.mean(floor):,.0f} req/s")
for index, (label, required) in enumerate((
        (f"GET /api/v1/changes?since=0 ({int(size):,} bytes)", 0.3),
        ("GET /api/v1/plan", None),
        ("PUT /api/v1/venue/reservation-status", None)), start=1):
    figure = values[index::4]
    ratio = statistics.median(f / b for f, b in zip(figure, floor))
    bound = f" (required >= {required}x)" if required else ""
    print(f"{label}: {statistics.mean(figure):,.0f} req/s; floor {statistics.mean(floor):,.0f} req/s; "
          f"ratio {ratio:.2f}x (median of {len(figure)} rounds){bound}")
PYTHON
exit $failed
