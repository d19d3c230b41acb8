# sightline-cli layout of every view on genmap maps of 300, 3,000 and 20,000 nodes: time (whole
# process, best of 3) and crossings of straight segments between node centres, one per link.
# The hierarchy view next to `dot -Tplain` on the same graph (boxes 1.6 x 0.6 in).
# design.md budget (hierarchy, 3,000 nodes): time <= dot -Tplain, crossings <= 1.25 x dot's.
# dot on 20,000 nodes takes minutes: set BENCH_DOT_20K=1 to include it.

tool="$BENCH_BUILD/bin/sightline-layout-bench"
[ -x "$tool" ] || { echo "bench/layout.sh: $tool not built" >&2; exit 1; }
out="$BENCH_DIR/layout-out.json"

for spec in "300 1" "3000 3" "20000 7"; do
  read -r nodes seed <<<"$spec"
  map=$(bench_map "$nodes" "$seed") || exit 1
  size="$(python3 -c "print(f'{$nodes:,}')") nodes"
  dotTime="" dotCross=""
  if [ "$nodes" -lt 20000 ] || [ "${BENCH_DOT_20K:-0}" = 1 ]; then
    "$tool" dot "$map" >"$BENCH_DIR/layout.dot" || exit 1
    read -r dotTime dotRss < <(bench_best 3 bash -c "dot -Tplain '$BENCH_DIR/layout.dot' > '$BENCH_DIR/layout.plain'") || exit 1
    dotCross=$("$tool" plain "$map" "$BENCH_DIR/layout.plain") || exit 1
  fi
  for view in results strategy hierarchy; do
    read -r t rss < <(bench_best 3 "$BENCH_CLI" layout "$map" -o "$out" --view "$view") || exit 1
    cross=$("$tool" crossings "$out" "$view") || exit 1
    budget="$cross crossings"
    if [ "$view" = hierarchy ] && [ -n "$dotTime" ]; then
      verdict=$(python3 -c "print('ok' if $t <= $dotTime and $cross <= 1.25 * $dotCross else 'OVER')")
      [ "$nodes" = 3000 ] && budget="$budget; <= dot time, <= 1.25 x dot crossings: $verdict" ||
        budget="$budget; vs dot: $(python3 -c "print(f'{$t / $dotTime:.2f}x time, {$cross / max(1, $dotCross):.2f}x crossings')")"
    fi
    bench_row "layout --view $view" "$size" "$(bench_ms "$t")" "$(bench_mb "$rss")" "$budget"
  done
  if [ -n "$dotTime" ]; then
    bench_row "  dot -Tplain (hierarchy)" "$size" "$(bench_ms "$dotTime")" "$(bench_mb "$dotRss")" \
      "$dotCross crossings (reference)"
  fi
done
