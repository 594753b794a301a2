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

# Qt wants a private runtime directory; tests run without a display.
XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR QT_QPA_PLATFORM=offscreen
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT

ctest --preset "$preset" --parallel "$(nproc)"
