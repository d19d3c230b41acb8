#!/usr/bin/env bash
# Runs one libFuzzer target (fuzz/, docs/fuzzing.md) for FUZZ_SECONDS seconds (default 60) on its
# corpus (grown run after run) and its seeds, then prints one line: executions, executions per
# second, edges covered of those instrumented, corpus size, peak memory. A crash, hang (an input
# over 20 s), leak or memory blow-up fails the run and leaves the input in CRASHES/.
# Usage: run-fuzzer.sh FUZZER CORPUS_DIR SEED_DIR CRASHES_DIR
set -uo pipefail
fuzzer=$1 corpus=$2 seeds=$3 crashes=$4
seconds=${FUZZ_SECONDS:-60}
name=$(basename "$fuzzer")
mkdir -p "$corpus" "$crashes"
log="$crashes/../$name.log"
args=(-max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1
      -artifact_prefix="$crashes/$name-")
if [ -f "$seeds.dict" ]; then
  args+=(-dict="$seeds.dict")
fi
"$fuzzer" "${args[@]}" "$corpus" "$seeds" >"$log" 2>&1
rc=$?
stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
runs=$(stat number_of_executed_units)
rate=$(stat average_exec_per_sec)
rss=$(stat peak_rss_mb)
edges=$(sed -n 's/.*(\([0-9]*\) inline 8-bit counters).*/\1/p' "$log" | head -1)
last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
if [ "$rc" -ne 0 ]; then
  tail -n 60 "$log"
  echo "$name: FAILED (exit $rc) after ${runs:-?} runs; the input is in $crashes/ (full log: $log)." \
       "Make it a regression test in the layer's test executable."
  exit "$rc"
fi
pct=""
if [ -n "$cov" ] && [ -n "$edges" ] && [ "$edges" -gt 0 ]; then
  pct=" ($((100 * cov / edges))%)"
fi
summary="$name: ${runs:-?} runs in ${seconds} s, ${rate:-?} exec/s, coverage ${cov:-?} of ${edges:-?} edges${pct},"
summary+=" corpus ${corp:-?} inputs, peak ${rss:-?} MB"
echo "$summary" | tee "$crashes/../$name.summary"
