#!/usr/bin/env bash
# `make bench`: runs every bench/*.sh (except this file and lib.sh) and prints one table:
#
#   work | size | time | memory | budget
#
# Usage: bench/run.sh [BUILD_DIR]   (default: build)
#
# To add a benchmark, write bench/<name>.sh: it is run with bash after `source bench/lib.sh`
# (so it can use bench_map, bench_best, bench_row, ...; see lib.sh) and prints its rows with
# bench_row. Maps are generated at bench time into BUILD_DIR/bench/ and never committed.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
[ -d "$build" ] || { echo "bench: no build directory $build (run make first)" >&2; exit 2; }
export BENCH_BUILD=$(cd "$build" && pwd)
export BENCH_ROOT=$(cd "$here/.." && pwd)
export BENCH_DIR="$BENCH_BUILD/bench"
mkdir -p "$BENCH_DIR"

rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
printf 'work\tsize\ttime\tmemory\tbudget\n' >"$rows"
status=0
for script in "$here"/*.sh; do
  name=$(basename "$script")
  [ "$name" = run.sh ] || [ "$name" = lib.sh ] && continue
  echo "bench: $name ..." >&2
  if ! bash -c 'source "$1"; source "$2"' bench "$here/lib.sh" "$script" >>"$rows"; then
    printf '%s\t-\tFAILED\t-\t-\n' "$name" >>"$rows"
    status=1
  fi
done
echo
column -t -s $'\t' "$rows"
echo
echo "Times: best of the runs, whole process, in this session (ratios hold, absolute times drift)."
echo "Memory: peak resident size of the measured process."
exit $status
