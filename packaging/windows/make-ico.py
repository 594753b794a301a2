#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes packaging/windows/vsysdesk.ico from the icon's PNG sizes (resources/icons/vsysdesk-N.png), each stored as
# PNG inside the .ico (Windows Vista and later, NSIS 3 and the resource compiler read them). Needs nothing but
# Python 3, so that the icon is remade on any machine: packaging/windows/make-ico.py
import pathlib
import struct

root = pathlib.Path(__file__).resolve().parents[2]
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [(root / f"resources/icons/vsysdesk-{size}.png").read_bytes() for size in sizes]
for size, png in zip(sizes, images):
    width, height = struct.unpack(">II", png[16:24])
    if png[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (size, size):
        raise SystemExit(f"vsysdesk-{size}.png is not a {size}x{size} PNG")

header = struct.pack("<HHH", 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries = b""
for size, png in zip(sizes, images):
    # A width or height of 256 is written as 0; 32 bits per pixel, no palette.
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
(root / "packaging/windows/vsysdesk.ico").write_bytes(header + entries + b"".join(images))
