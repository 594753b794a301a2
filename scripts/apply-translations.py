#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fills translations into translations/vsysdesk_ja.ts from a TSV of `context<TAB>source<TAB>translation`
lines (context may be `*` to match any). Lets a developer translate a batch of new strings in one
reviewed file instead of editing XML by hand. Serialised with the same lock as update-translations.sh."""
import fcntl
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "translations" / "vsysdesk_ja.ts"


def unescape(s: str) -> str:
    return s.replace("\\n", "\n").replace("\\t", "\t")


def main(tsv_path: str) -> int:
    wanted = {}
    for n, line in enumerate(Path(tsv_path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            print(f"{tsv_path}:{n}: expected 3 tab-separated fields", file=sys.stderr)
            return 2
        wanted[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    with open("/tmp/vsysdesk-ts.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        tree = ET.parse(TS)
        used = set()
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                src = msg.findtext("source")
                key = (name, src) if (name, src) in wanted else ("*", src)
                if key not in wanted:
                    continue
                tr = msg.find("translation")
                if msg.get("numerus") == "yes":
                    for child in list(tr):
                        tr.remove(child)
                    ET.SubElement(tr, "numerusform").text = wanted[key]
                    tr.text = None
                else:
                    tr.text = wanted[key]
                tr.attrib.pop("type", None)
                used.add(key)
        missing = set(wanted) - used
        for ctx, src in sorted(missing):
            print(f"not in the .ts (run update-translations.sh first?): {ctx}\t{src}", file=sys.stderr)
        body = ET.tostring(tree.getroot(), encoding="unicode")
        TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return 1 if missing else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: apply-translations.py FILE.tsv", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
