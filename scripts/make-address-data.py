#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds resources/address/ (郵便番号 → 住所 lookup data) from the shared reference data.

Usage: scripts/make-address-data.py [SHARED_DATA_DIR]   (default: ../shared/data next to the repo)

Writes, all UTF-8 with LF line endings and no header:
  resources/address/postal_codes.tsv    postal_code<TAB>code5<TAB>town_name, sorted by postal code,
                                        rows of one code in Japan Post's order (124,510 rows)
  resources/address/postal_cities.tsv   code5<TAB>pref_name<TAB>city_name, sorted by code5 (1,892 rows)
  resources/address/municipalities.csv  an unchanged copy of the 総務省 list (with its header)

Municipality names are factored out of the postal rows because they repeat on every row; the app
joins the two tables by code5, never by name (the two sources spell some names differently).
The files are plain text on purpose: rcc compresses them with zlib inside the binary, a data
refresh shows up as a readable diff, and the C++ loader only needs to split lines.
"""

import csv
import gzip
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "address"
EXPECTED_ROWS = 124_510


def fail(message):
    sys.exit(f"make-address-data: {message}")


def main():
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data"
    postal_path = shared / "postal_codes.csv.gz"
    municipalities_path = shared / "municipalities.csv"

    with municipalities_path.open(encoding="utf-8", newline="") as f:
        municipalities = {row["code6"][:5]: row for row in csv.DictReader(f)}

    rows = []
    cities = {}
    with gzip.open(postal_path, "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            postal, code5, town = row["postal_code"], row["code5"], row["town_name"]
            if not re.fullmatch(r"\d{7}", postal) or not re.fullmatch(r"\d{5}", code5):
                fail(f"bad codes in row {row}")
            if any(c in town for c in "\t\r\n"):
                fail(f"control character in town_name of {postal}")
            if code5 not in municipalities:
                fail(f"code5 {code5} ({row['city_name']}) is not in municipalities.csv")
            city = (row["pref_name"], row["city_name"])
            if cities.setdefault(code5, city) != city:
                fail(f"code5 {code5} has two names: {cities[code5]} and {city}")
            rows.append((postal, code5, town))

    if len(rows) != EXPECTED_ROWS:
        fail(f"expected {EXPECTED_ROWS} rows, read {len(rows)} (update EXPECTED_ROWS and the tests on purpose)")
    # A stable sort keeps Japan Post's order within one postal code (the source is already sorted).
    rows.sort(key=lambda r: r[0])

    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "postal_codes.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.writelines(f"{p}\t{c}\t{t}\n" for p, c, t in rows)
    with (OUT / "postal_cities.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.writelines(f"{c}\t{pref}\t{city}\n" for c, (pref, city) in sorted(cities.items()))
    shutil.copyfile(municipalities_path, OUT / "municipalities.csv")
    print(f"wrote {len(rows)} postal rows and {len(cities)} municipalities to {OUT}")


if __name__ == "__main__":
    main()
