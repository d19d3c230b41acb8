# Full analysis of genmap maps (design.md budget): in-process analyze() under 100 ms at 3,000
# nodes; whole-process `sightline-cli analyze` at most 1.5 x `sightline-cli validate` of the same
# file at 20,000 nodes. Also reported: the line-of-sight report and live re-analysis after one
# edit (in-process).

bench_exe="$BENCH_BUILD/bin/analysis-bench"
[ -x "$bench_exe" ] || { echo "analysis.sh: $bench_exe not built" >&2; exit 1; }

for spec in "3000 3" "20000 7"; do
  read -r nodes seed <<<"$spec"
  map=$(bench_map "$nodes" "$seed") || exit 1
  size="$(python3 -c "print(f'{$nodes:,}')") nodes ($(bench_size "$map"))"

  read -r full sight title link findings < <("$bench_exe" "$map" 10) || exit 1
  if [ "$nodes" = 3000 ]; then
    verdict=$(python3 -c "print('ok' if $full <= 100 else 'OVER')")
    budget="<= 100 ms: $verdict"
  else
    budget="(no budget)"
  fi
  bench_row "analyze in-process ($findings findings)" "$size" "$(printf '%.1f ms' "$full")" "-" "$budget"
  bench_row "  sight report in-process" "$size" "$(printf '%.1f ms' "$sight")" "-" "(for information)"
  bench_row "  live re-analysis: title / link edit" "$size" "$(printf '%.1f / %.1f ms' "$title" "$link")" "-" \
    "(worker thread)"

  read -r ours oursRss val valRss < <(bench_race 3 \
    "'$BENCH_CLI' analyze '$map' --as-of 2026-11-26 --format json --fail-on never" \
    "'$BENCH_CLI' validate '$map'") || exit 1
  verdict=$(python3 -c "print('ok' if $ours <= 1.5 * $val else 'OVER')")
  bench_row "analyze (sightline-cli, JSON out)" "$size" "$(bench_ms "$ours")" "$(bench_mb "$oursRss")" \
    "<= 1.5 x validate ($(python3 -c "print(f'{$ours / $val:.2f}')")x): $verdict"
  bench_row "  validate (reference)" "$size" "$(bench_ms "$val")" "$(bench_mb "$valRss")" "(reference)"
done
