#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian 12 package VSYS Desk needs to build, run and test.
# Idempotent: installs only what is missing, and refreshes the package lists only then.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config clang-format
    # links the ~80 test executables several times faster than ld.bfd (CMakeLists.txt)
    mold
    # Qt 6.4 (Widgets, Network, Sql, PrintSupport, LinguistTools, Test) and its Japanese catalogue
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    qt6-translations-l10n
    # the central server: HTTPS (cpp-httplib, OpenSSL), password hashing, PostgreSQL, nginx in front
    libcpp-httplib-dev libssl-dev openssl libsodium-dev libqt6sql6-psql postgresql nginx curl
    # secrets in the OS keychain, and a headless Secret Service for tests
    qtkeychain-qt6-dev dbus gnome-keyring libsecret-tools
    # scripts/with-postgres.sh: `ss` finds a free port for the throwaway PostgreSQL
    iproute2
    # the asan preset: clang with its sanitizer and libFuzzer runtimes, and the symbolizer for their reports
    clang-14 libclang-rt-14-dev llvm-14
    # tests and benchmarks
    libgtest-dev libgmock-dev googletest libbenchmark-dev zlib1g-dev libsqlite3-dev
    # the server benchmarks' load client (bench/server, bench/peak; 127.0.0.1 only)
    wrk
    # Japanese text on screen and in PDFs (IPA fonts extract as the right code points), PDF checks
    fonts-ipafont poppler-utils
    # the ledger's Excel export (.xlsx), and unzip to read it back in its tests
    libxlsxwriter-dev unzip
    # the residents' web pages: Mustache templates; their browser tests (tests/web) drive headless chromium
    libkainjow-mustache-dev chromium chromium-driver python3-selenium
    # a real display for people without one
    xvfb xauth
    # the Debian packages (docs/packaging.md): man pages from --help, and the checks of scripts/package-check.sh
    help2man lintian appstream desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    echo "setup: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
echo "setup: installing ${missing[*]}"
"${sudo[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
