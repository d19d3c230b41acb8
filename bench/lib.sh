# Helpers for bench/*.sh scripts (sourced by bench/run.sh, which sets BENCH_BUILD, BENCH_ROOT
# and BENCH_DIR).

BENCH_CLI="$BENCH_BUILD/bin/sightline-cli"
BENCH_TIMEIT="$BENCH_ROOT/bench/timeit.py"
# genmap.py sits beside the repository (../shared/tools), or where GENMAP says.
BENCH_GENMAP=${GENMAP:-$BENCH_ROOT/../shared/tools/genmap.py}

# bench_map NODES SEED [VALUES]: path of a genmap.py map (generated once into BENCH_DIR), with
# VALUES monthly values a measure when given (genmap's default otherwise).
bench_map() {
  local nodes=$1 seed=$2 values=${3:-} out="$BENCH_DIR/genmap-$1-s$2${3:+-v$3}.json"
  if [ ! -s "$out" ]; then
    if [ ! -f "$BENCH_GENMAP" ]; then
      echo "bench: genmap.py not found at $BENCH_GENMAP (set GENMAP=/path/to/genmap.py)" >&2
      return 1
    fi
    python3 "$BENCH_GENMAP" --nodes "$nodes" --seed "$seed" ${values:+--values "$values"} -o "$out.tmp" >&2 && mv "$out.tmp" "$out" || return 1
  fi
  echo "$out"
}

# bench_best RUNS CMD...: "best_seconds peak_rss_mb" over RUNS runs (exit status must be 0).
bench_best() {
  local runs=$1
  shift
  python3 "$BENCH_TIMEIT" -n "$runs" -- "$@" | awk '{print $1, $3}'
}

# bench_race RUNS "CMD A" "CMD B": runs A and B alternately RUNS times (fairer on a busy
# machine); prints "bestA rssA bestB rssB".
bench_race() {
  local runs=$1 a=$2 b=$3 i ba=999 bb=999 ra=0 rb=0 t r
  for ((i = 0; i < runs; i++)); do
    read -r t r < <(bench_best 1 bash -c "exec $a") || return 1
    ba=$(python3 -c "print(min($ba, $t))"); ra=$(python3 -c "print(max($ra, $r))")
    read -r t r < <(bench_best 1 bash -c "exec $b") || return 1
    bb=$(python3 -c "print(min($bb, $t))"); rb=$(python3 -c "print(max($rb, $r))")
  done
  echo "$ba $ra $bb $rb"
}

# bench_row WORK SIZE TIME MEMORY BUDGET: one row of the table.
bench_row() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5"; }

# bench_ms SECONDS -> "123 ms"; bench_mb MB -> "45 MB"; bench_size FILE -> "3.5 MB".
bench_ms() { python3 -c "print(f'{$1 * 1000:.0f} ms')"; }
bench_mb() { python3 -c "print(f'{$1:.0f} MB')"; }
bench_size() { python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f} MB')" "$1"; }
