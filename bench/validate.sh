# sightline-cli validate of genmap maps against python3's json.load of the same file
# (design.md budget: no slower than python; peak memory <= 150 MB at 3,000 nodes, <= 600 MB at 20,000).

for spec in "3000 3 150" "20000 7 600"; do
  read -r nodes seed memBudget <<<"$spec"
  map=$(bench_map "$nodes" "$seed") || exit 1
  read -r ours oursRss py pyRss < <(bench_race 3 "'$BENCH_CLI' validate '$map'" \
    "python3 -c 'import json,sys; json.load(open(sys.argv[1]))' '$map'") || exit 1
  verdict=$(python3 -c "print('ok' if $ours <= $py and $oursRss <= $memBudget else 'OVER')")
  size="$(python3 -c "print(f'{$nodes:,}')") nodes ($(bench_size "$map"))"
  bench_row "validate (sightline-cli)" "$size" "$(bench_ms "$ours")" "$(bench_mb "$oursRss")" \
    "<= python json.load, <= $memBudget MB: $verdict"
  bench_row "  python3 json.load" "$size" "$(bench_ms "$py")" "$(bench_mb "$pyRss")" "(reference)"
done
