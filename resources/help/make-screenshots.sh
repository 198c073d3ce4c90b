#!/usr/bin/env bash
# Makes the manual's screenshots from a build, in English (C/figures), Kazakh
# (kk/figures) and Russian (ru/figures), so that they never fall behind the
# window: each page is opened through a project file whose "view" names it,
# in a virtual display the size of the window, and the display is captured.
#
#   bash resources/help/make-screenshots.sh [BUILDDIR] [SURVEY-FILE ROW COLUMN]
#
# BUILDDIR defaults to _build. The Your Data page shows a crosstab of
# SURVEY-FILE (default: tests/data/sample.sav, pyreadstat's test file).
# Needs Xvfb, xwd, xwininfo and netpbm (xwdtopnm, pnmtopng).
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

top=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
build=$(readlink -f "${1:-$top/_build}")
survey=$(readlink -f "${2:-$top/tests/data/sample.sav}")
row=${3:-mylabl}
column=${4:-myord}
width=1100
height=760

for tool in Xvfb xwd xwininfo xwdtopnm pnmtopng; do
  command -v "$tool" >/dev/null || { echo "make-screenshots: $tool is not installed" >&2; exit 1; }
done
gui=$build/app/dostyq-gui
[ -x "$gui" ] || { echo "make-screenshots: no $gui: build first" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT

# A display of exactly the window's size, with no window manager: the
# window sits at the top left and fills it.
display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 "${width}x${height}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

# Settings and autosaves of this run stay in the scratch folder.
export DISPLAY=$display GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 GDK_BACKEND=x11 GSK_RENDERER=cairo
export GSETTINGS_SCHEMA_DIR=$build/resources
export XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache

shoot () {
  local lang=$1 page=$2 out=$3
  local project=$scratch/$page.dostyq

  cat >"$project" <<JSON
{
  "format": "dostyq-project",
  "version": 1,
  "data": {"path": "$survey"},
  "analysis": {"row": "$row", "column": "$column", "chart": "grouped"},
  "view": {"page": "$page"}
}
JSON
  LANGUAGE=$lang LANG=C.UTF-8 "$gui" --project "$project" >"$scratch/$lang-$page.log" 2>&1 &
  local pid=$!
  # Wait until the window has loaded the project (its title names it) and
  # the toast that says so has gone (libadwaita shows it for 5 s), then
  # until two captures a second apart are the same: the window is drawn.
  for _ in $(seq 240); do
    xwininfo -root -tree 2>/dev/null | grep -q "$page.dostyq" && break
    sleep 0.5
  done
  sleep 6
  : >"$scratch/last.xwd"
  for _ in $(seq 30); do
    xwd -root -silent >"$scratch/this.xwd"
    cmp -s "$scratch/this.xwd" "$scratch/last.xwd" && break
    mv "$scratch/this.xwd" "$scratch/last.xwd"
    sleep 1
  done
  xwdtopnm "$scratch/this.xwd" 2>/dev/null | pnmtopng >"$out"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$out"
}

for lang in en kk ru; do
  dir=$top/resources/help/$lang/figures
  [ "$lang" = en ] && dir=$top/resources/help/C/figures
  mkdir -p "$dir"
  shoot "$lang" survey "$dir/survey.png"
  shoot "$lang" data "$dir/your-data.png"
  shoot "$lang" map "$dir/map.png"
  shoot "$lang" sources "$dir/sources.png"
done
