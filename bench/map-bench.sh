#!/usr/bin/env bash
# Times the map with 10,000 synthetic centres, in a release build: scene
# layout, a redraw of the whole scene with cairo, and one hover hit-test
# (map-bench); then the map view's frames, after a rebuild and after a
# hover or focus change that replays the recorded scene (map-bench-view,
# which needs a display: without one it runs under xvfb-run).
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
ninja -C "$build" bench/map-bench bench/map-bench-view >/dev/null

"$build/bench/map-bench" "${1:-10000}"
echo
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "$build/bench/map-bench-view" "${1:-10000}"
else
  xvfb-run -a -s "-screen 0 1280x1024x24" "$build/bench/map-bench-view" "${1:-10000}"
fi
