#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Refreshes translations/vsysdesk_ja.ts from the sources (new strings appear as unfinished,
# strings no longer in the code are dropped). Serialised with a lock so parallel runs cannot
# overwrite each other.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
dirs=()
for d in core db sync print app forms cli server; do [[ -d $d ]] && dirs+=("$d"); done
flock /tmp/vsysdesk-ts.lock "$lupdate" -silent -locations none -no-obsolete -I . "${dirs[@]}" \
    -ts translations/vsysdesk_ja.ts
