# .rmap documents: opening a 3,000- and a 20,000-node map (sightline-cli stats, whole process)
# against `sqlite3 FILE .dump` of the same file (budget: at most 1.5x), and the median time of
# one edit written through to the 20,000-node document (budget: under 5 ms).

BENCH_WT="$BENCH_BUILD/bin/storage-writethrough-bench"
command -v sqlite3 >/dev/null || { echo "bench storage: sqlite3 is not installed" >&2; exit 1; }

for spec in "3000 3" "20000 7"; do
  read -r nodes seed <<<"$spec"
  json=$(bench_map "$nodes" "$seed") || exit 1
  rmap="$BENCH_DIR/genmap-$nodes-s$seed.rmap"
  if [ ! -s "$rmap" ] || [ "$rmap" -ot "$json" ]; then
    "$BENCH_CLI" convert "$json" "$rmap" >&2 || exit 1
  fi
  read -r ours oursRss dump dumpRss < <(bench_race 3 "'$BENCH_CLI' stats '$rmap' >/dev/null" \
    "sqlite3 '$rmap' .dump >/dev/null") || exit 1
  verdict=$(python3 -c "print('ok' if $ours <= 1.5 * $dump else 'OVER')")
  ratio=$(python3 -c "print(f'{$ours / $dump:.2f}x')")
  size="$(python3 -c "print(f'{$nodes:,}')") nodes ($(bench_size "$rmap"))"
  bench_row "open .rmap (sightline-cli stats)" "$size" "$(bench_ms "$ours")" "$(bench_mb "$oursRss")" \
    "<= 1.5x sqlite3 .dump: $ratio $verdict"
  bench_row "  sqlite3 FILE .dump" "$size" "$(bench_ms "$dump")" "$(bench_mb "$dumpRss")" "(reference)"
done

if [ -x "$BENCH_WT" ]; then
  copy="$BENCH_DIR/writethrough.rmap"
  rm -f "$copy" "$copy-wal" "$copy-shm"
  cp "$BENCH_DIR/genmap-20000-s7.rmap" "$copy"
  read -r median p90 < <("$BENCH_WT" "$copy" 300) || exit 1
  rm -f "$copy" "$copy-wal" "$copy-shm"
  verdict=$(python3 -c "print('ok' if $median < 5 else 'OVER')")
  bench_row "write-through of one edit (median of 300)" "20,000 nodes" "$median ms (p90 $p90 ms)" "-" \
    "< 5 ms: $verdict"
else
  echo "bench storage: $BENCH_WT is not built" >&2
  exit 1
fi
