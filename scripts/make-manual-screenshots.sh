#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders the real screens of the demo app for the manual (resources/help/manual/images/*.png): each page as a
# 1366×768 laptop at 125 % shows it, offscreen, then scaled to 960 px wide in 256 colours so that the manual
# stays small (pngquant when installed, else scripts/scale-png.cpp with Qt). Run after building
# `vsysdesk` (cmake --build --preset dev --target vsysdesk), then rebuild: the images are compiled in.
set -euo pipefail
cd "$(dirname "$0")/.."

app=build/dev/app/vsysdesk
out=resources/help/manual/images
[[ -x $app ]] || { echo "make-manual-screenshots: build $app first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo '{"screens":[{"name":"laptop","x":0,"y":0,"width":1366,"height":768,"logicalDpi":96}]}' >"$work/screen.json"
export QT_QPA_PLATFORM="offscreen:configfile=$work/screen.json" QT_SCALE_FACTOR=1.25
# A throwaway keyring and settings, as scripts/run-app.sh gives a machine without a desktop session.
mkdir -m 700 "$work/runtime"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime"
# shellcheck disable=SC2046 # pkg-config's flags are words
c++ -std=c++17 -fPIC -O1 -o "$work/scale-png" scripts/scale-png.cpp $(pkg-config --cflags --libs Qt6Gui)

for page in home applications plan allocation reports claims institution ledger delegation help; do
    args=()
    [[ $page == home ]] || args=(--page "$page")
    # A fresh demo for each page, so that no page shows what another left behind.
    # A private D-Bus with an unlocked throwaway keyring, or the status line shows the keyring's error.
    dbus-run-session -- bash -c 'echo -n demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null
                                 exec "$@"' shot "$app" --demo --data-dir "$work/demo-$page" "${args[@]}" \
        --screenshot "$work/$page.png" >/dev/null 2>&1
    QT_SCALE_FACTOR=1 "$work/scale-png" "$work/$page.png" "$work/$page-960.png" 960
    if command -v pngquant >/dev/null; then
        pngquant --force --output "$out/$page.png" 256 "$work/$page-960.png"
    else
        cp "$work/$page-960.png" "$out/$page.png"
    fi
    echo "$out/$page.png"
done
du -ch "$out"/*.png | tail -1
