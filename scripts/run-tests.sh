#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up the machine, builds everything with clang under AddressSanitizer + UndefinedBehaviorSanitizer
# (the asan preset, build/asan) and runs the whole test suite there, the libFuzzer targets included
# (docs/testing.md). Every test runs once, instrumented: a second, uninstrumented run of the same tests
# doubled CI's time (over an hour) and checked only what the developers' daily gcc builds check.
# VSYS_PRESET=ci (used by .ci/run) is the same build with compiler warnings as errors.
# VSYS_PRESET=dev runs the suite on the gcc debug build instead (quicker locally; no fuzz targets).
# Then, as root, the Debian packages are checked (scripts/package-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${VSYS_PRESET:-asan}

scripts/setup.sh
# ccache (when installed) makes the second and later builds of either preset cheap.
if command -v ccache >/dev/null && [[ -z ${CMAKE_CXX_COMPILER_LAUNCHER:-} ]]; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi

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
run_suite() {
    scripts/with-postgres.sh dbus-run-session -- bash -c '
        set -euo pipefail
        echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec ctest --preset "$1" --parallel "$2"' run-tests "$1" "$(nproc)"
}

cmake --preset "$preset"
cmake --build --preset "$preset"
run_suite "$preset"

# The Debian packages built, linted, installed, run, removed (docs/packaging.md). Only as root with apt-get;
# elsewhere it says that it skipped.
scripts/package-check.sh
