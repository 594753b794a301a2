#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs two vsysdesk-server processes on one database behind a real nginx on loopback, configured
# with the shipped packaging/nginx/vsysdesk.conf, and checks what nginx must add in front of the
# server: proxying to both, the 1 MiB body cap, the header size cap, the slow-header timeout, the
# refusal at the edge of request lines the server cannot parse, and the login limits; and, with
# nginx-probe's concurrent clients, that every client gets exactly its own answers while another sends
# such request lines — also through a second nginx without the edge refusals, where only the server's
# closing of the connection keeps the answers in step.
# Usage: nginx-front-test.sh SERVER_BINARY SOURCE_DIR PROBE_BINARY
set -euo pipefail
server_bin=$1
source_dir=$2
probe_bin=$3
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; [[ -f $work/nginx/error.log ]] && tail -20 "$work/nginx/error.log" >&2; tail -n 5 "$work"/server-*.log >&2; exit 1; }

free_port() {
    python3 - <<'PY' 2>/dev/null || shuf -i 20000-60000 -n 1
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# Upstream TLS: the servers share one self-signed pair; nginx verifies it as the upstream CA.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -keyout "$work/upstream.key" -out "$work/upstream.crt" -subj /CN=localhost \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -keyout "$work/front.key" -out "$work/front.crt" -subj /CN=localhost \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null

db="sqlite:$work/server.sqlite"
port_a=$(free_port); port_b=$(free_port); front=$(free_port)
"$server_bin" --database "$db" --demo --port "$port_a" --cert "$work/upstream.crt" --key "$work/upstream.key" \
    >"$work/server-a.log" 2>&1 &
pids+=($!)
sleep 1 # the first process creates and seeds the database before the second opens it
"$server_bin" --database "$db" --port "$port_b" --cert "$work/upstream.crt" --key "$work/upstream.key" \
    >"$work/server-b.log" 2>&1 &
pids+=($!)

# nginx NAME PORT [--without-edge-refusals|--token-limit-as-shipped]: the shipped config with this
# machine's ports, certificates, a 2 s header timeout, and a general request rate high enough for
# nginx-probe's clients, which all come from 127.0.0.1 and share two tokens (the login rate stays as
# shipped; the per-token rate too with --token-limit-as-shipped).
start_nginx() {
    local name=$1 port=$2 strip=${3:-}
    local dir="$work/$name"
    mkdir -p "$dir"
    sed -e "s|server 127.0.0.1:8443|server 127.0.0.1:$port_a|" -e "s|server 127.0.0.1:8444|server 127.0.0.1:$port_b|" \
        -e "s|listen 443 ssl;|listen 127.0.0.1:$port ssl;|" \
        -e "s|/etc/vsysdesk/tls/fullchain.pem|$work/front.crt|" -e "s|/etc/vsysdesk/tls/privkey.pem|$work/front.key|" \
        -e "s|/etc/vsysdesk/tls/upstream-ca.pem|$work/upstream.crt|" \
        -e "s|client_header_timeout 10s;|client_header_timeout 2s;|" -e "s|rate=100r/s|rate=2000r/s|" \
        "$source_dir/packaging/nginx/vsysdesk.conf" >"$dir/vsysdesk.conf"
    if [[ $strip != --token-limit-as-shipped ]]; then
        sed -i "s|rate=10r/s|rate=2000r/s|" "$dir/vsysdesk.conf"
    fi
    if [[ $strip == --without-edge-refusals ]]; then
        sed -i '/# BEGIN edge refusals/,/# END edge refusals/d' "$dir/vsysdesk.conf"
        ! grep -q 'request_method !~' "$dir/vsysdesk.conf" || fail "the edge refusals were not removed"
    fi
    local user_line=""
    [[ $(id -u) -eq 0 ]] && user_line="user root;"
    cat >"$dir/nginx.conf" <<CONF
$user_line
daemon off;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    include $dir/vsysdesk.conf;
}
CONF
    nginx -t -c "$dir/nginx.conf" -p "$dir" >/dev/null 2>&1 || { nginx -t -c "$dir/nginx.conf" -p "$dir"; fail "nginx rejects the shipped config"; }
    nginx -c "$dir/nginx.conf" -p "$dir" &
    pids+=($!)
}
start_nginx nginx "$front"
bare=$(free_port)
start_nginx bare "$bare" --without-edge-refusals
limits=$(free_port)
start_nginx limits "$limits" --token-limit-as-shipped

base="https://127.0.0.1:$front"
curl_() { curl --silent --show-error --cacert "$work/front.crt" --max-time 10 "$@"; }

# Wait (bounded) until both servers answer through nginx.
for _ in $(seq 1 100); do
    code=$(curl_ -o /dev/null -w '%{http_code}' "$base/api/v1/venue" || true)
    [[ $code == 401 ]] && break
    sleep 0.1
done
[[ $code == 401 ]] || fail "no answer through nginx (last status $code)"
for _ in $(seq 1 100); do
    code=$(curl_ -o /dev/null -w '%{http_code}' "https://127.0.0.1:$bare/api/v1/venue" || true)
    [[ $code == 401 ]] && break
    sleep 0.1
done
[[ $code == 401 ]] || fail "no answer through the second nginx (last status $code)"

# 1. A login goes through nginx to a server and back.
login=$(curl_ -w '\n%{http_code}' -H 'Content-Type: application/json' \
    -d '{"vsys_id":"1310000017","password":"wrong-password"}' "$base/api/v1/session")
[[ $(tail -1 <<<"$login") == 401 ]] || fail "wrong password through nginx: $login"
grep -q '"error":"unauthorized"' <<<"$login" || fail "the server's error body did not come through: $login"

# 1b. The residents' web pages go through /navi/ without a token, with the server's security headers.
navi_headers=$(curl_ -D - -o /dev/null "$base/navi/apply")
grep -q '^HTTP/1.1 200' <<<"$navi_headers" || fail "/navi/apply through nginx: $navi_headers"
grep -qi "^content-security-policy: default-src 'none';" <<<"$navi_headers" || fail "no CSP through nginx: $navi_headers"

# 2. Request lines the server cannot parse stop at the edge, with the API's JSON error.
for target in '/api/v1/cools?a=/b?c' '/api/v1/changes?since=/x?y=1'; do
    answer=$(curl_ -w '\n%{http_code}' "$base$target")
    [[ $(tail -1 <<<"$answer") == 400 ]] || fail "$target through nginx: $answer"
    grep -q '"error":"malformed_request"' <<<"$answer" || fail "no JSON error for $target: $answer"
done
code=$(curl_ -o /dev/null -w '%{http_code}' -X PROPFIND "$base/api/v1/venue")
[[ $code == 400 ]] || fail "PROPFIND through nginx: expected 400 at the edge, got $code"

# 3. Concurrent clients of two venues get exactly their own answers while an attacker sends such
#    request lines: through the shipped config, and through nginx without the edge refusals, where
#    they reach the servers (which must answer once and close, so nginx never reuses the connection).
"$probe_bin" desync "$front" "$work/front.crt" || fail "answers out of step through the shipped nginx"
"$probe_bin" desync "$bare" "$work/front.crt" || fail "answers out of step through nginx without edge refusals"

# 4. 16 logins at once for one V-SYS ID: at most 5 passwords are checked, the rest answer 429.
"$probe_bin" login-burst "$front" "$work/front.crt" || fail "the login lockout let more than 5 attempts through"

# 5. Both upstreams serve: stop A, and B still answers through the same nginx.
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
code=$(curl_ -o /dev/null -w '%{http_code}' "$base/api/v1/venue")
[[ $code == 401 ]] || fail "second server not reached through nginx after the first stopped ($code)"

# 6. Bodies over 1 MiB stop at nginx with 413.
head -c 2097152 /dev/zero | tr '\0' 'a' >"$work/big.json"
code=$(curl_ -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$work/big.json" \
    "$base/api/v1/session")
[[ $code == 413 ]] || fail "2 MiB body: expected 413 from nginx, got $code"

# 7. Oversized headers are refused (400 or 494) before any server sees them.
big_header=$(head -c 9000 /dev/zero | tr '\0' 'x')
code=$(curl_ -o /dev/null -w '%{http_code}' -H "X-Padding: $big_header" "$base/api/v1/venue")
[[ $code == 400 || $code == 494 ]] || fail "9 KB header: expected 400/494, got $code"

# 8. Slow headers (slowloris) are cut off by client_header_timeout (2 s here).
start=$(date +%s)
{ printf 'GET /api/v1/venue HTTP/1.1\r\nHost: localhost\r\n'; sleep 6; printf 'X-Late: 1\r\n\r\n'; } 2>/dev/null |
    { timeout 8 openssl s_client -quiet -connect "127.0.0.1:$front" >/dev/null 2>&1 || true; date +%s >"$work/closed"; } ||
    true # the writer gets SIGPIPE once nginx has closed the connection
elapsed=$(( $(cat "$work/closed") - start ))
(( elapsed < 5 )) || fail "a connection sending headers slowly stayed open ${elapsed}s (expected about 2 s)"

# 9. Logins from one address are limited at the edge (60 a minute, bursts of 60), with a JSON 429. (In
#    parallel, so that the 100 logins take well under the minute in which the rate would let them through.)
urls=()
for i in $(seq 1 100); do urls+=(-o "$work/login-$i.json" "$base/api/v1/session"); done
statuses=$(curl_ --parallel --parallel-max 20 -w '%{http_code}\n' -H 'Content-Type: application/json' \
    -d '{"vsys_id":"x","password":"y"}' "${urls[@]}")
limited=$(grep -c '^429$' <<<"$statuses" || true)
(( limited > 0 )) || fail "100 logins at once from one address were not limited"
grep -q '^{"error":"too_many_requests",' "$work"/login-*.json || fail "nginx's 429 without the JSON error"

# 10. One session token is limited on its own (10 a second, bursts of 100), whatever its address's limit
#     allows; another token from the same address is not held back by it. (In parallel, so that the 200
#     requests take well under the 10 s in which the rate would let them all through.)
urls=()
for _ in $(seq 1 200); do urls+=(-o /dev/null "https://127.0.0.1:$limits/api/v1/venue"); done
statuses=$(curl_ --parallel --parallel-max 50 -w '%{http_code}\n' \
    -H 'Authorization: Bearer token-of-one-desk' "${urls[@]}")
token_limited=$(grep -c '^429$' <<<"$statuses" || true)
(( token_limited > 0 )) || fail "200 requests at once with one token were not limited"
(( 200 - token_limited >= 100 )) || fail "one token's burst of 100 was not let through ($token_limited x 429)"
code=$(curl_ -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer token-of-another-desk' \
    "https://127.0.0.1:$limits/api/v1/venue")
[[ $code == 401 ]] || fail "another token from the same address was held back ($code)"

echo "nginx front: 10 passed, 0 failed"
