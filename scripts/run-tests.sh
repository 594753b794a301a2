#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up the machine, builds everything and runs the whole test suite, then builds it again with clang
# under AddressSanitizer + UndefinedBehaviorSanitizer (the asan preset, build/asan) and runs the whole
# suite there too, the libFuzzer targets included (docs/testing.md).
# VSYS_PRESET=ci (used by .ci/run) turns compiler warnings into errors in the first build.
# VSYS_SKIP_ASAN=1 skips the sanitizer build and run (for a quick local run; CI never sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${VSYS_PRESET:-dev}

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

if [[ ${VSYS_SKIP_ASAN:-0} == 1 ]]; then
    echo "run-tests: VSYS_SKIP_ASAN=1, the asan preset was not built or run"
    exit 0
fi
cmake --preset asan
cmake --build --preset asan
run_suite asan
