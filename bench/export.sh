# sightline-cli export (docs/export.md):
#  - layout + PDF export of the 3,000-node genmap map in the hierarchy view, whole process,
#    against `dot -Tpdf` on the same graph (boxes 1.6 x 0.6 in, labels = titles); design.md
#    budget: no slower than dot;
#  - the same map as a PNG at 300 DPI on A3;
#  - the board pack of the example map.

map=$(bench_map 3000 3) || exit 1
dot="$BENCH_DIR/genmap-3000-s3.dot"
if [ ! -s "$dot" ]; then
  python3 - "$map" "$dot.tmp" <<'PY' || exit 1
import json, sys
m = json.load(open(sys.argv[1]))
def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
with open(sys.argv[2], "w") as out:
    out.write("digraph map {\n  node [shape=box, width=1.6, height=0.6, fixedsize=true, fontsize=10];\n")
    for n in m["nodes"]:
        out.write(f"  {q(n['id'])} [label={q(n['title'])}];\n")
    for l in m["links"]:
        out.write(f"  {q(l['from'])} -> {q(l['to'])};\n")
    out.write("}\n")
PY
  mv "$dot.tmp" "$dot"
fi
command -v dot >/dev/null || { echo "bench export: dot (graphviz) is not installed" >&2; exit 1; }
size="3,000 nodes ($(bench_size "$map"))"

read -r ours oursRss ref refRss < <(bench_race 3 \
  "'$BENCH_CLI' export '$map' -o '$BENCH_DIR/export-3k.pdf' --view hierarchy" \
  "dot -Tpdf '$dot' -o '$BENCH_DIR/dot-3k.pdf' 2>/dev/null") || exit 1
pages=$(pdfinfo "$BENCH_DIR/export-3k.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
verdict=$(python3 -c "print('ok' if $ours <= $ref and $oursRss <= 150 else 'OVER')")
bench_row "layout + export PDF, hierarchy ($pages A4 pages)" "$size" "$(bench_ms "$ours")" "$(bench_mb "$oursRss")" \
  "<= dot -Tpdf, <= 150 MB: $verdict"
bench_row "  dot -Tpdf" "$size" "$(bench_ms "$ref")" "$(bench_mb "$refRss")" "(reference)"

read -r t r < <(bench_best 3 "$BENCH_CLI" export "$map" -o "$BENCH_DIR/export-3k.png" --view hierarchy \
  --page A3 --landscape --dpi 300) || exit 1
bench_row "export PNG 300 dpi A3, hierarchy" "$size" "$(bench_ms "$t")" "$(bench_mb "$r")" "(no budget)"

example="$BENCH_ROOT/examples/manufacturer-results-map.json"
read -r t r < <(bench_best 3 "$BENCH_CLI" export "$example" -o "$BENCH_DIR/board-pack.pdf" --pack \
  --page A3 --landscape) || exit 1
pages=$(pdfinfo "$BENCH_DIR/board-pack.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
bench_row "board pack of the example ($pages pages)" "57 nodes" "$(bench_ms "$t")" "$(bench_mb "$r")" "(no budget)"
