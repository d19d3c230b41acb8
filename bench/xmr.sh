# Measures over time (design.md budget, issue 14): on the 20,000-node genmap with 36 monthly values
# a measure, `sightline-cli xmr` (JSON out, every measure) at most 1.5 x `sightline-cli validate` of
# the same file, and `sightline-cli analyze` (with the five XmR findings) at most 1.6 x.

map=$(bench_map 20000 7 36) || exit 1
size="20,000 nodes, 36 values ($(bench_size "$map"))"

read -r xmr xmrRss val valRss < <(bench_race 3 "'$BENCH_CLI' xmr '$map' --format json" \
  "'$BENCH_CLI' validate '$map'") || exit 1
verdict=$(python3 -c "print('ok' if $xmr <= 1.5 * $val else 'OVER')")
bench_row "xmr (sightline-cli, JSON out)" "$size" "$(bench_ms "$xmr")" "$(bench_mb "$xmrRss")" \
  "<= 1.5 x validate ($(python3 -c "print(f'{$xmr / $val:.2f}')")x): $verdict"

read -r ana anaRss val2 val2Rss < <(bench_race 3 \
  "'$BENCH_CLI' analyze '$map' --as-of 2026-11-26 --format json --fail-on never" \
  "'$BENCH_CLI' validate '$map'") || exit 1
verdict=$(python3 -c "print('ok' if $ana <= 1.6 * $val2 else 'OVER')")
bench_row "analyze (sightline-cli, JSON out)" "$size" "$(bench_ms "$ana")" "$(bench_mb "$anaRss")" \
  "<= 1.6 x validate ($(python3 -c "print(f'{$ana / $val2:.2f}')")x): $verdict"
bench_row "  validate (reference)" "$size" "$(bench_ms "$(python3 -c "print(min($val, $val2))")")" \
  "$(bench_mb "$valRss")" "(reference)"
