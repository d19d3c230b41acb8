# Render and editor: fit-to-view paint of the whole map into a 1920x1080 offscreen image
# (budget 50 ms for 3,000 nodes, 200 ms for 20,000), one edit on the 20,000-node document
# (model + write-through + scene update; budget 16 ms), and opening it in the editor.

BENCH_RENDER="$BENCH_BUILD/bin/render-bench"
[ -x "$BENCH_RENDER" ] || { echo "bench editor: $BENCH_RENDER is not built (SIGHTLINE_GUI=OFF?)" >&2; exit 1; }

for spec in "3000 3 50" "20000 7 200"; do
  read -r nodes seed budget <<<"$spec"
  json=$(bench_map "$nodes" "$seed") || exit 1
  read -r paint build < <(QT_QPA_PLATFORM=offscreen "$BENCH_RENDER" paint "$json") || exit 1
  verdict=$(python3 -c "print('ok' if $paint <= $budget else 'OVER')")
  size="$(python3 -c "print(f'{$nodes:,}')") nodes"
  bench_row "paint fit-to-view 1920x1080 (best of 7)" "$size" "$paint ms" "-" "<= $budget ms: $verdict"
  bench_row "  build the scene" "$size" "$build ms" "-" "(reference)"
done

json=$(bench_map 20000 7) || exit 1
read -r median p90 < <(QT_QPA_PLATFORM=offscreen "$BENCH_RENDER" edit "$json" 200) || exit 1
verdict=$(python3 -c "print('ok' if $median <= 16 else 'OVER')")
bench_row "one edit: model + write-through + scene (median of 200)" "20,000 nodes" "$median ms (p90 $p90 ms)" "-" \
  "<= 16 ms: $verdict"

read -r inproc < <(QT_QPA_PLATFORM=offscreen "$BENCH_RENDER" open "$json") || exit 1
read -r best rss < <(bench_best 1 env QT_QPA_PLATFORM=offscreen "$BENCH_RENDER" open "$json") || exit 1
bench_row "open .rmap in the editor (in-process, until shown)" "20,000 nodes" "$inproc ms" "$(bench_mb "$rss")" \
  "<= 600 MB"

read -r team ripple clear < <(QT_QPA_PLATFORM=offscreen "$BENCH_RENDER" focus "$json") || exit 1
bench_row "line-of-sight focus of a team (UI thread, worst of 8)" "20,000 nodes" "$team ms" "-" "(stall: <= 50 ms)"
bench_row "ripple focus of a node (UI thread, worst of 8)" "20,000 nodes" "$ripple ms" "-" "(stall: <= 50 ms)"
bench_row "clear the focus" "20,000 nodes" "$clear ms" "-" "(stall: <= 50 ms)"
