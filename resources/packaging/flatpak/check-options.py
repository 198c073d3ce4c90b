#!/usr/bin/env python3
# Checks that the Flatpak manifest is in step with meson_options.txt: it
# sets each option of the project, and no option the project lacks.
#
#   check-options.py MANIFEST.json meson_options.txt
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import re
import sys

BUILTIN = {"buildtype", "werror", "prefix", "libdir", "optimization"}

manifest = json.load(open(sys.argv[1], encoding="utf-8"))
declared = set(re.findall(r"option\('([^']+)'", open(sys.argv[2], encoding="utf-8").read()))
module = next(m for m in manifest["modules"] if m["name"] == "dostyq")
given = set()
for opt in module["config-opts"]:
    name = re.sub(r"^-D|^--", "", opt).split("=")[0]
    if name in BUILTIN:
        continue
    if name not in declared:
        sys.exit(f"{sys.argv[1]}: sets -D{name}, which meson_options.txt does not declare")
    given.add(name)

missing = declared - given
if missing:
    sys.exit(f"{sys.argv[1]}: does not set {', '.join(sorted(missing))} (meson_options.txt)")
print(f"{len(given)} options in step")
