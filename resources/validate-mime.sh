#!/bin/sh
# Checks a shared-mime-info package as update-mime-database reads it: into
# a database of its own, which must then know the project's suffix.
#
#   validate-mime.sh UPDATE-MIME-DATABASE PACKAGE.xml
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/mime/packages"
cp "$2" "$dir/mime/packages/"
# update-mime-database warns on stderr and still succeeds: fail on any word.
XDG_DATA_HOME="$dir" XDG_DATA_DIRS="$dir" "$1" "$dir/mime" 2> "$dir/errors"
if [ -s "$dir/errors" ]; then
  cat "$dir/errors" >&2
  exit 1
fi
grep -q 'application/x-dostyq:\*\.dostyq' "$dir/mime/globs"
grep -q 'application/x-dostyq' "$dir/mime/magic"
