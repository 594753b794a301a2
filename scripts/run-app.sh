#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up the machine, builds VSYS Desk and starts it with demo data.
# Arguments are passed to the app (e.g. --screenshot home.png). Without a display and without
# arguments, the home screen is rendered offscreen to vsysdesk-home.png instead.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target vsysdesk vsysdesk-cli vsysdesk-server vsysdesk-admin

data_dir=${VSYSDESK_DATA_DIR:-$PWD/build/demo-data}
args=("$@")
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    export QT_QPA_PLATFORM=offscreen
    if ((${#args[@]} == 0)); then
        args=(--screenshot vsysdesk-home.png)
        echo "run-app: no display; rendering the home screen to vsysdesk-home.png"
    fi
fi
app=(build/dev/app/vsysdesk --demo --data-dir "$data_dir" "${args[@]}")
if [[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    exec "${app[@]}"
fi
# No desktop session (a server or container): give the app a private D-Bus with a throwaway unlocked
# keyring, so "remember the password" works for this run instead of failing.
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_DATA_HOME=${XDG_DATA_HOME:-$PWD/build/demo-keyring}
mkdir -p "$XDG_DATA_HOME"
exec dbus-run-session -- bash -c 'echo -n demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null
                                  exec "$@"' run-app "${app[@]}"
