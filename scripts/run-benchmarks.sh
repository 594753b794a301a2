#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The full benchmark runs of docs/performance.md (issue 17): sets up the machine, builds the release preset
# (build/release) and runs every benchmark in bench/, each printing its figure, its floor measured in the
# same run and the ratio. About ten minutes on two cores. The test command runs only their smoke runs.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
if command -v ccache >/dev/null && [[ -z ${CMAKE_CXX_COMPILER_LAUNCHER:-} ]]; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
cmake --preset release
cmake --build --preset release

# The app's start-up opens the OS keychain: as in the test command, throwaway XDG folders and a private
# D-Bus session with an unlocked throwaway gnome-keyring, gone when the run ends.
scratch=$(mktemp -d -t vsys-bench.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
mkdir "$scratch/data" "$scratch/config"
export XDG_RUNTIME_DIR=$scratch/runtime XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
export QT_QPA_PLATFORM=offscreen

bench=build/release/bench
section() { printf '\n== %s\n' "$1"; }

section "Claim batch: 1,747 市区町村別請求書 to one PDF (required ratio <= 2x)"
"$bench/ClaimBatchBench"
section "Start-up to the home screen (required: --demo <= 3x, no demo login <= 2x)"
dbus-run-session -- bash -c 'echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$1" --rounds 9' startup "$bench/StartupBench"
section "Autosave write"
"$bench/AutosaveBench"
section "Postal lookup"
"$bench/PostalBench"
section "Server at the demo size, SQLite (required: /changes >= 0.3x)"
bench/server/server-bench.sh --server build/release/server/vsysdesk-server --duration 10
section "Server at the demo size, PostgreSQL"
scripts/with-postgres.sh bash -c 'bench/server/server-bench.sh --server build/release/server/vsysdesk-server \
    --duration 10 --database "$VSYS_TEST_POSTGRES_URL"'
section "The Monday-morning peak: 70,000 venues, two servers, nginx, 512 clients (required: 0 x 502)"
bench/peak/peak-load.sh build/release
