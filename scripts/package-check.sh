#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian packages, checked as an operator would meet them (docs/packaging.md): builds vsysdesk and
# vsysdesk-server from a Release build of the shipped programs only, lints them (lintian errors fail), installs
# them with apt-get, runs the installed programs from /usr/bin, verifies the systemd unit, then removes and purges
# them and checks that nothing of theirs is left but the server's data folder.
# It changes the machine (installs packages, makes the user vsysdesk), so it runs only as root with apt-get (CI's
# fresh Debian 12 machine); anywhere else it says that it skipped. What it added (packages, and the user and data
# folder if they were not there before) is gone when it ends, also after a failure.
# Environment: VSYS_PACKAGE_BUILD_DIR (default build/package).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "package check: SKIPPED (installing the packages needs root and apt-get)"
    exit 0
fi
for package in vsysdesk vsysdesk-server; do
    if dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qvx 'not-installed'; then
        echo "package check: $package is already on this machine ($(dpkg-query -W -f='${Status}' "$package"));" \
             "remove it first (apt-get purge $package): the check compares the machine before and after" >&2
        exit 1
    fi
done

started=$SECONDS
step() { printf 'package check: [%3ss] %s\n' "$((SECONDS - started))" "$*"; }
fail() {
    echo "package check: FAILED: $*" >&2
    exit 1
}

build=${VSYS_PACKAGE_BUILD_DIR:-build/package}
scratch=$(mktemp -d -t vsys-package.XXXXXX)
user_existed=false
getent passwd vsysdesk >/dev/null && user_existed=true
data_existed=false
[[ -e /var/lib/vsysdesk ]] && data_existed=true

cleanup() {
    local status=$?
    if dpkg-query -W -f='${db:Status-Status}\n' vsysdesk vsysdesk-server 2>/dev/null | grep -qvx 'not-installed'; then
        echo "package check: purging the packages it installed"
        dpkg --purge vsysdesk vsysdesk-server >/dev/null || true
    fi
    # The data folder and user survive a purge by design (postrm); the ones this check made go with it.
    if [[ $data_existed == false ]]; then rm -rf /var/lib/vsysdesk; fi
    if [[ $user_existed == false ]] && getent passwd vsysdesk >/dev/null; then userdel vsysdesk; fi
    if [[ $user_existed == false ]] && getent group vsysdesk >/dev/null; then groupdel vsysdesk; fi
    rm -rf "$scratch"
    exit "$status"
}
trap cleanup EXIT

# Only the shipped targets (no tests or benchmarks: CI's time), with the flags of a Debian package build
# (dpkg-buildflags: -O2, fortify, stack protector, full RELRO); Release adds only -DNDEBUG to them. Without
# -g: CPack strips the programs and no -dbgsym package is made, so the debug information was compiled only to
# be thrown away (a quarter of this build's time on CI's 2 cores: 486 s with it, 362 s without).
step "configure $build (Release, shipped targets only)"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP=-g
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVSYS_BUILD_TESTS=OFF -DVSYS_BUILD_BENCH=OFF \
    -DVSYS_SANITIZE=OFF -DVSYS_BUILD_FUZZERS=OFF -DCMAKE_CXX_FLAGS_RELEASE=-DNDEBUG \
    "-DCMAKE_CXX_FLAGS=$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
    "-DCMAKE_EXE_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)" \
    >"$scratch/configure.log" 2>&1 || { cat "$scratch/configure.log"; fail "cmake could not configure $build"; }
step "build and package"
rm -f "$build"/vsysdesk*_*.deb
cmake --build "$build" --target package >"$scratch/build.log" 2>&1 || {
    tail -n 50 "$scratch/build.log"
    fail "the packages could not be built ($build)"
}
app_deb=$(echo "$build"/vsysdesk_*.deb)
server_deb=$(echo "$build"/vsysdesk-server_*.deb)
[[ -f $app_deb && -f $server_deb ]] || fail "cpack made no vsysdesk_*.deb and vsysdesk-server_*.deb in $build"

step "lintian $(basename "$app_deb") $(basename "$server_deb")"
lintian --allow-root --fail-on error "$app_deb" "$server_deb" || fail "lintian found errors"
desktop-file-validate packaging/jp.vsysdesk.VsysDesk.desktop || fail "the desktop entry is not valid"
appstreamcli validate --no-net packaging/jp.vsysdesk.VsysDesk.metainfo.xml >/dev/null ||
    fail "the AppStream metainfo is not valid (appstreamcli validate --no-net packaging/*.metainfo.xml)"

# Every path the packages hold, and whether it was there before (the directories they share with the system).
dpkg-deb --fsys-tarfile "$app_deb" | tar -t >"$scratch/paths"
dpkg-deb --fsys-tarfile "$server_deb" | tar -t >>"$scratch/paths"
sed -i -e 's|^\./|/|' -e 's|/$||' -e '/^$/d' "$scratch/paths"
sort -u -o "$scratch/paths" "$scratch/paths"
while read -r path; do
    if [[ ! -e $path ]]; then echo "$path"; fi
done <"$scratch/paths" >"$scratch/new-paths"

step "apt-get install ./$(basename "$app_deb") ./$(basename "$server_deb")"
(cd "$build" && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "./$(basename "$app_deb")" "./$(basename "$server_deb")") >"$scratch/apt.log" 2>&1 || {
    cat "$scratch/apt.log"
    fail "apt-get could not install the packages"
}
# dpkg leaves out what the machine's path-exclude rules say (slim container images drop man pages and docs).
excluded() { # PATH
    local rule verdict=1
    while read -r rule glob; do
        # shellcheck disable=SC2053 # the glob is dpkg's pattern
        if [[ $1 == $glob ]]; then
            [[ $rule == path-exclude ]] && verdict=0 || verdict=1
        fi
    done < <(cat /etc/dpkg/dpkg.cfg.d/* 2>/dev/null | grep -E '^path-(ex|in)clude[ =]' | tr '=' ' ')
    return "$verdict"
}
dpkg -L vsysdesk vsysdesk-server | sort -u >"$scratch/listed"
while read -r path; do
    [[ -e $path ]] || excluded "$path" || fail "$path is in the package but not on the machine"
    grep -qxF "$path" "$scratch/listed" || excluded "$path" || fail "$path is on the machine but dpkg -L does not list it"
done <"$scratch/paths"
[[ $(stat -c '%U:%G %a' /var/lib/vsysdesk) == "vsysdesk:vsysdesk 700" ]] ||
    fail "/var/lib/vsysdesk is $(stat -c '%U:%G %a' /var/lib/vsysdesk), not vsysdesk:vsysdesk 700"
[[ $(getent passwd vsysdesk | cut -d: -f7) == /usr/sbin/nologin ]] || fail "the user vsysdesk can log in"
[[ $(stat -c '%U:%G %a' /etc/vsysdesk/server.conf) == "root:root 600" ]] ||
    fail "/etc/vsysdesk/server.conf is $(stat -c '%U:%G %a' /etc/vsysdesk/server.conf), not root:root 600"

step "run the installed programs from /usr/bin"
/usr/bin/vsysdesk-server --help >"$scratch/server-help.txt" || fail "vsysdesk-server --help failed"
grep -q -- '--database' "$scratch/server-help.txt" || fail "vsysdesk-server --help does not list --database"
/usr/bin/vsysdesk-admin --help >/dev/null || fail "vsysdesk-admin --help failed"
[[ $(/usr/bin/vsysdesk-cli deadline --claim-month 2022-04) == *2022* ]] || fail "vsysdesk-cli deadline failed"
for page in vsysdesk vsysdesk-cli vsysdesk-server vsysdesk-admin; do
    if ! excluded "/usr/share/man/man1/$page.1.gz"; then
        man -P cat "$page" 2>/dev/null | grep -q "$page" || fail "man $page shows no manual page"
    fi
done
# The server as its unit runs it: the user vsysdesk in its data folder, on the packaged configuration's database.
# It makes its certificate and database there, which the purge below must keep. --port 0: any free port.
set -a
# shellcheck source=/dev/null
source /etc/vsysdesk/server.conf
set +a
(cd /var/lib/vsysdesk && runuser -u vsysdesk -- timeout -s TERM 5 /usr/bin/vsysdesk-server --port 0 \
    --bind 127.0.0.1 --database "$VSYS_DATABASE" >"$scratch/server.log" 2>&1) || [[ $? -eq 124 ]] ||
    { cat "$scratch/server.log"; fail "the installed vsysdesk-server did not run as the user vsysdesk"; }
[[ -s /var/lib/vsysdesk/vsysdesk-server.sqlite && -s /var/lib/vsysdesk/vsysdesk-server-key.pem ]] ||
    { cat "$scratch/server.log"; fail "vsysdesk-server made no database and key in /var/lib/vsysdesk"; }

# The app: offscreen, in a D-Bus session with an unlocked throwaway gnome-keyring (as scripts/run-tests.sh),
# on its demo data. The PNG must be a real window: its size, and enough colours not to be blank.
check_png() { # FILE
    python3 - "$1" <<'EOF' || fail "$1 is not a screenshot of the window"
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
width, height = struct.unpack('>II', data[16:24])
idat, pos = b'', 8
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    if kind == b'IDAT':
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
colours = len(set(zlib.decompress(idat)))
print(f'  {sys.argv[1]}: {width}x{height}, {colours} distinct byte values')
assert width >= 640 and height >= 400, 'too small'
assert colours >= 64, 'blank'
EOF
}
mkdir -m 700 "$scratch/runtime"
mkdir "$scratch/data" "$scratch/config" "$scratch/app"
run_app() { # PNG [ARGS...]
    XDG_RUNTIME_DIR=$scratch/runtime XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config \
        QT_QPA_PLATFORM=offscreen dbus-run-session -- bash -c '
        set -euo pipefail
        echo -n check | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        png=$1
        shift
        exec timeout 120 /usr/bin/vsysdesk --demo --data-dir "$0" --screenshot "$png" "$@"' \
        "$scratch/app" "$@" >>"$scratch/app.log" 2>&1 || { cat "$scratch/app.log"; fail "/usr/bin/vsysdesk $*"; }
    check_png "$1"
}
screenshots=${VSYS_PACKAGE_SCREENSHOTS:-$scratch}
mkdir -p "$screenshots"
step "/usr/bin/vsysdesk --demo --screenshot (offscreen)"
run_app "$screenshots/installed-main.png"
step "/usr/bin/vsysdesk --demo --page about --screenshot (the About dialog with the icon)"
run_app "$screenshots/installed-about.png" --page about
png_size() { od -An -tx1 -j16 -N8 "$1" | tr -d ' \n'; } # the IHDR's width and height
[[ $(png_size "$screenshots/installed-about.png") != $(png_size "$screenshots/installed-main.png") ]] ||
    fail "--page about --screenshot gave a picture of the main window's size, not the About dialog"

step "systemd-analyze verify vsysdesk-server@8443.service"
systemd-analyze verify /lib/systemd/system/vsysdesk-server@.service >"$scratch/verify.log" 2>&1 ||
    { cat "$scratch/verify.log"; fail "systemd-analyze verify found problems in the unit"; }

step "apt-get remove: the configuration and the data stay"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q vsysdesk vsysdesk-server >"$scratch/apt.log" 2>&1 ||
    { cat "$scratch/apt.log"; fail "apt-get remove failed"; }
for path in /usr/bin/vsysdesk /usr/bin/vsysdesk-server /lib/systemd/system/vsysdesk-server@.service; do
    [[ ! -e $path ]] || fail "$path is still there after apt-get remove"
done
for path in /etc/vsysdesk/server.conf /etc/nginx/sites-available/vsysdesk /var/lib/vsysdesk/vsysdesk-server.sqlite; do
    [[ -e $path ]] || fail "$path is gone after apt-get remove (dpkg keeps configuration and data until purge)"
done

step "dpkg --purge (apt-get purge finds no removed local package): nothing of the packages is left but the data"
dpkg --purge vsysdesk vsysdesk-server >"$scratch/apt.log" 2>&1 ||
    { cat "$scratch/apt.log"; fail "dpkg --purge failed"; }
left=$(while read -r path; do if [[ -e $path ]]; then echo "  $path"; fi; done <"$scratch/new-paths")
[[ -z $left ]] || fail "left after purge:"$'\n'"$left"
[[ ! -e /etc/vsysdesk ]] || fail "/etc/vsysdesk is left after purge: $(ls -A /etc/vsysdesk)"
[[ -s /var/lib/vsysdesk/vsysdesk-server.sqlite ]] || fail "the purge removed the server's data"
[[ $(stat -c '%a' /var/lib/vsysdesk) == 700 ]] || fail "the data folder kept after purge is not 0700"

step "passed ($(basename "$app_deb"), $(basename "$server_deb"))"
