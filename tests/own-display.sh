#!/bin/sh
# Runs one test program on an X display of its own (a fresh Xvfb), so that
# widget tests running side by side never see each other: a window, the
# clipboard or a selection owned by one test is not there for the next.
# Without Xvfb the program runs on the display it was given.
#
# Usage: own-display.sh PROGRAM [ARGUMENT…]
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

if ! command -v Xvfb >/dev/null 2>&1; then
  exec "$@"
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/dostyq-display.XXXXXX") || exit 99
xvfb=
cleanup () {
  if [ -n "$xvfb" ]; then
    kill "$xvfb" 2>/dev/null
    wait "$xvfb" 2>/dev/null
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

# Xvfb picks a free display and writes its number to descriptor 3 once it
# accepts connections.
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$dir/display" 2>"$dir/log" &
xvfb=$!

tries=0
while ! grep -q '^[0-9][0-9]*$' "$dir/display" 2>/dev/null; do
  if ! kill -0 "$xvfb" 2>/dev/null || [ "$tries" -ge 600 ]; then
    echo "Bail out! Xvfb did not start:" >&2
    cat "$dir/log" >&2
    exit 99
  fi
  tries=$((tries + 1))
  sleep 0.05
done

DISPLAY=":$(cat "$dir/display")" "$@"
status=$?
exit "$status"
