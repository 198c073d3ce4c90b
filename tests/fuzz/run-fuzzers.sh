#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan in _build-fuzz and
# runs each for SECONDS (default 600), two at a time, over its seed corpus in
# tests/fuzz/corpus/<target>/. New inputs go to _build-fuzz/corpus/<target>/;
# crashes to _build-fuzz/crashes/<target>/ (a target stops at its first
# crash; a GLib warning or critical counts as one). Prints executions and
# crashes per target; exits 1 if any target crashed.
#
#   bash tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET…]
#
# Needs clang and libclang-rt-14-dev (Debian 12).
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")/../.."
top=$PWD
build=$top/_build-fuzz
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(dataset json-trusted csv sav dta por basemap cli project)

# Instrument the libraries for coverage too; only the targets link libFuzzer.
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CFLAGS="-fsanitize=fuzzer-no-link" \
    meson setup "$build" -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false -Dwerror=false \
    -Dbuildtype=debugoptimized >/dev/null
fi
ninja --quiet -C "$build" $(printf 'tests/fuzz/fuzz-%s ' "${targets[@]}")

export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export GSETTINGS_BACKEND=memory
# Scratch files (the .sav target's input, the command line's exports) stay in the build.
export TMPDIR=$build/tmp
mkdir -p "$TMPDIR"

run_one () {
  local t=$1
  mkdir -p "$build/corpus/$t" "$build/crashes/$t"
  "$build/tests/fuzz/fuzz-$t" "$build/corpus/$t" "$top/tests/fuzz/corpus/$t" \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=30 \
    -artifact_prefix="$build/crashes/$t/" -print_final_stats=1 \
    >"$build/fuzz-$t.log" 2>&1 || true
}

# Two at a time: one per core.
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run_one "${targets[i]}" &
  [ $((i + 1)) -lt ${#targets[@]} ] && run_one "${targets[i + 1]}" &
  wait
done

status=0
# libFuzzer also leaves inputs that took over ten seconds, as slow-unit-*:
# on a busy machine they are often only the machine. They are counted
# apart and do not fail the run; run one again to see its time.
printf '%-10s %12s %8s %6s\n' target executions crashes slow
for t in "${targets[@]}"; do
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/fuzz-$t.log" | tail -1)
  crashes=$(find "$build/crashes/$t" -type f ! -name 'slow-unit-*' | wc -l)
  slow=$(find "$build/crashes/$t" -type f -name 'slow-unit-*' | wc -l)
  printf '%-10s %12s %8s %6s\n' "$t" "${execs:-?}" "$crashes" "$slow"
  [ "$crashes" -eq 0 ] || status=1
done
exit $status
