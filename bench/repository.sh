# The team repository (docs/repository.md) on a private PostgreSQL cluster started here and
# stopped at the end: opening a 20,000-node map from the repository against the same .rmap
# (budget: at most 2x), one edit's round trip (budget: p95 <= 20 ms), the delay until a
# listener hears of a commit (budget: p95 <= 500 ms) and 8 writers' throughput.

state="$BENCH_DIR/pgcluster.state"
"$BENCH_ROOT/scripts/pg-test-cluster.sh" stop "$state"
SIGHTLINE_PG_FSYNC=on "$BENCH_ROOT/scripts/pg-test-cluster.sh" start "$state" || exit 1
trap '"$BENCH_ROOT/scripts/pg-test-cluster.sh" stop "$state"' EXIT
socket=$(cat "$state")
psql -q -h "$socket" -U sightline_admin -d postgres -c "CREATE DATABASE bench" >&2 || exit 1
base="postgresql:///bench?host=$socket&user=sightline_admin"
"$BENCH_CLI" repo init "$base" >&2 || exit 1

json=$(bench_map 20000 7) || exit 1
rmap="$BENCH_DIR/genmap-20000-s7.rmap"
[ -s "$rmap" ] || "$BENCH_CLI" convert "$json" "$rmap" >&2 || exit 1
read -r up upRss < <(bench_best 1 "$BENCH_CLI" convert "$json" "$base&map=big") || exit 1
bench_row "upload to the repository (convert)" "20,000 nodes" "$(bench_ms "$up")" "$(bench_mb "$upRss")" "-"
read -r repo repoRss file fileRss < <(bench_race 3 "'$BENCH_CLI' stats '$base&map=big' >/dev/null" \
  "'$BENCH_CLI' stats '$rmap' >/dev/null") || exit 1
verdict=$(python3 -c "print('ok' if $repo <= 2 * $file else 'OVER')")
ratio=$(python3 -c "print(f'{$repo / $file:.2f}x')")
bench_row "open from the repository (stats)" "20,000 nodes" "$(bench_ms "$repo")" "$(bench_mb "$repoRss")" \
  "<= 2x .rmap: $ratio $verdict"
bench_row "  the same .rmap (stats)" "20,000 nodes" "$(bench_ms "$file")" "$(bench_mb "$fileRss")" "(reference)"

"$BENCH_CLI" convert "$BENCH_ROOT/examples/manufacturer-results-map.json" "$base&map=example" >&2 || exit 1
python3 "$BENCH_ROOT/bench/repository_latency.py" "$BENCH_CLI" "$base&map=example" "57 nodes" || exit 1
json3=$(bench_map 3000 3) || exit 1
"$BENCH_CLI" convert "$json3" "$base&map=mid" >&2 || exit 1
python3 "$BENCH_ROOT/bench/repository_latency.py" "$BENCH_CLI" "$base&map=mid" "3,000 nodes" --edits 40 --writers 0 || exit 1
