#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up the machine, builds everything and runs the whole test suite.
# VSYS_PRESET=ci (used by .ci/run) turns compiler warnings into errors.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${VSYS_PRESET:-dev}

scripts/setup.sh
cmake --preset "$preset"
cmake --build --preset "$preset"

# Tests run without a display, with throwaway XDG folders (Qt wants a private runtime directory; the
# keyring below must not touch ~/.local/share/keyrings).
scratch=$(mktemp -d -t vsys-tests.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
mkdir "$scratch/data" "$scratch/config"
export XDG_RUNTIME_DIR=$scratch/runtime XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
export QT_QPA_PLATFORM=offscreen

# ctest runs (inside out) in a private D-Bus session with an unlocked throwaway gnome-keyring, so the
# QtKeychain tests work headless, and next to a throwaway PostgreSQL (VSYS_TEST_POSTGRES_URL) for the
# server suite. Both are gone when ctest ends.
scripts/with-postgres.sh dbus-run-session -- bash -c '
    set -euo pipefail
    echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --preset "$1" --parallel "$2"' run-tests "$preset" "$(nproc)"
