#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs two vsysdesk-server processes on one database behind a real nginx on loopback, configured
# with the shipped packaging/nginx/vsysdesk.conf, and checks what nginx must add in front of the
# server: proxying to both, the 1 MiB body cap, the header size cap and the slow-header timeout.
# Usage: nginx-front-test.sh SERVER_BINARY SOURCE_DIR
set -euo pipefail
server_bin=$1
source_dir=$2
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; [[ -f $work/nginx/error.log ]] && tail -20 "$work/nginx/error.log" >&2; exit 1; }

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

# The shipped config with this machine's ports, certificates and a 2 s header timeout for the test.
mkdir -p "$work/nginx"
sed -e "s|server 127.0.0.1:8443|server 127.0.0.1:$port_a|" -e "s|server 127.0.0.1:8444|server 127.0.0.1:$port_b|" \
    -e "s|listen 443 ssl;|listen 127.0.0.1:$front ssl;|" \
    -e "s|/etc/vsysdesk/tls/fullchain.pem|$work/front.crt|" -e "s|/etc/vsysdesk/tls/privkey.pem|$work/front.key|" \
    -e "s|/etc/vsysdesk/tls/upstream-ca.pem|$work/upstream.crt|" \
    -e "s|client_header_timeout 10s;|client_header_timeout 2s;|" \
    "$source_dir/packaging/nginx/vsysdesk.conf" >"$work/nginx/vsysdesk.conf"
user_line=""
[[ $(id -u) -eq 0 ]] && user_line="user root;"
cat >"$work/nginx/nginx.conf" <<CONF
$user_line
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 128; }
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
nginx -t -c "$work/nginx/nginx.conf" -p "$work/nginx" >/dev/null 2>&1 || { nginx -t -c "$work/nginx/nginx.conf" -p "$work/nginx"; fail "nginx rejects the shipped config"; }
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)

base="https://127.0.0.1:$front"
curl_() { curl --silent --show-error --cacert "$work/front.crt" --max-time 10 "$@"; }

# Wait (bounded) until both servers answer through nginx.
for _ in $(seq 1 100); do
    code=$(curl_ -o /dev/null -w '%{http_code}' "$base/api/v1/venue" || true)
    [[ $code == 401 ]] && break
    sleep 0.1
done
[[ $code == 401 ]] || fail "no answer through nginx (last status $code)"

# 1. A login goes through nginx to a server and back.
login=$(curl_ -w '\n%{http_code}' -H 'Content-Type: application/json' \
    -d '{"vsys_id":"1310000017","password":"wrong-password"}' "$base/api/v1/session")
[[ $(tail -1 <<<"$login") == 401 ]] || fail "wrong password through nginx: $login"
grep -q '"error":"unauthorized"' <<<"$login" || fail "the server's error body did not come through: $login"

# 2. Both upstreams serve: stop A, and B still answers through the same nginx.
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
code=$(curl_ -o /dev/null -w '%{http_code}' "$base/api/v1/venue")
[[ $code == 401 ]] || fail "second server not reached through nginx after the first stopped ($code)"

# 3. Bodies over 1 MiB stop at nginx with 413.
head -c 2097152 /dev/zero | tr '\0' 'a' >"$work/big.json"
code=$(curl_ -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$work/big.json" \
    "$base/api/v1/session")
[[ $code == 413 ]] || fail "2 MiB body: expected 413 from nginx, got $code"

# 4. Oversized headers are refused (400 or 494) before any server sees them.
big_header=$(head -c 9000 /dev/zero | tr '\0' 'x')
code=$(curl_ -o /dev/null -w '%{http_code}' -H "X-Padding: $big_header" "$base/api/v1/venue")
[[ $code == 400 || $code == 494 ]] || fail "9 KB header: expected 400/494, got $code"

# 5. Slow headers (slowloris) are cut off by client_header_timeout (2 s here).
start=$(date +%s)
{ printf 'GET /api/v1/venue HTTP/1.1\r\nHost: localhost\r\n'; sleep 6; printf 'X-Late: 1\r\n\r\n'; } 2>/dev/null |
    { timeout 8 openssl s_client -quiet -connect "127.0.0.1:$front" >/dev/null 2>&1 || true; date +%s >"$work/closed"; } ||
    true # the writer gets SIGPIPE once nginx has closed the connection
elapsed=$(( $(cat "$work/closed") - start ))
(( elapsed < 5 )) || fail "a connection sending headers slowly stayed open ${elapsed}s (expected about 2 s)"

echo "nginx front: 5 passed, 0 failed"
