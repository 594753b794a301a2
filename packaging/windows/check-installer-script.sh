#!/bin/sh
# SPDX-License-Identifier: MIT
# Checks the Windows installer's CPack fragment on Debian (packaging/windows/README.md, "What was verified"):
# CPack writes the NSIS script from packaging/windows/cpack-windows.cmake and makensis (Debian's nsis package)
# compiles it. The IPA fonts are Debian's fonts-ipafont files, which are the IPAfont00303 ones.
# Usage: packaging/windows/check-installer-script.sh [work folder, default a new temporary one]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=${1:-$(mktemp -d)}
command -v makensis >/dev/null || { echo "makensis not found: apt-get install nsis" >&2; exit 1; }
mkdir -p "$work/fonts"
cp /usr/share/fonts/opentype/ipafont-gothic/ipag.ttf /usr/share/fonts/opentype/ipafont-mincho/ipam.ttf "$work/fonts/"
cmake -S "$here/nsis-check" -B "$work/build" -DVSYS_IPA_FONT_DIR="$work/fonts" >/dev/null
cmake --build "$work/build" >/dev/null
(cd "$work/build" && cpack -G NSIS)
echo "NSIS script: $(ls "$work"/build/_CPack_Packages/*/NSIS/project.nsi)"
