#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up the machine, builds VSYS Desk and starts it with demo data.
# Arguments are passed to the app (e.g. --screenshot home.png). Without a display and without
# arguments, the home screen is rendered offscreen to vsysdesk-home.png instead.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target vsysdesk vsysdesk-cli

data_dir=${VSYSDESK_DATA_DIR:-$PWD/build/demo-data}
args=("$@")
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    export QT_QPA_PLATFORM=offscreen
    if ((${#args[@]} == 0)); then
        args=(--screenshot vsysdesk-home.png)
        echo "run-app: no display; rendering the home screen to vsysdesk-home.png"
    fi
fi
exec build/dev/app/vsysdesk --demo --data-dir "$data_dir" "${args[@]}"
