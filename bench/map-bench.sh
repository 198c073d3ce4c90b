#!/usr/bin/env bash
# Times the map with 10,000 synthetic centres: scene layout, redraw of the
# cached scene, and one hover hit-test, in a release build.
#
#   bench/map-bench.sh [N_CENTRES]
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

top=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
build=$top/_build-release

if [ -f "$build/build.ninja" ]; then
  meson setup --reconfigure "$build" --buildtype=release >/dev/null
else
  meson setup "$build" --buildtype=release >/dev/null
fi
ninja -C "$build" bench/map-bench >/dev/null

"$build/bench/map-bench" "${1:-10000}"
