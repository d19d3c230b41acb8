#!/usr/bin/env bash
# Regenerates the editor screenshots in docs/ with the editor itself, offscreen (or under Xvfb
# when it is installed): `scripts/screenshots.sh [BUILD_DIR] [GENMAP_PY]`. With GENMAP_PY (e.g.
# ../shared/tools/genmap.py) it also draws the 3,000-node genmap map in the three views.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
genmap=${2:-}
app="$build/bin/sightline"
[ -x "$app" ] || { echo "screenshots: $app is not built (run make first)" >&2; exit 1; }
example=examples/manufacturer-results-map.json
bank=examples/bank-strategy-map.json

shot() { # OUT SIZE MAP [OPTIONS...]
  local out=$1 size=$2 map=$3
  shift 3
  if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 ${size}x24" "$app" "$map" --screenshot "$out" --size "$size" "$@"
  else
    QT_QPA_PLATFORM=offscreen "$app" "$map" --screenshot "$out" --size "$size" "$@"
  fi
  echo "  $out"
}

echo "editor screenshots:"
shot docs/editor.png 1920x1200 "$example"
shot docs/line-of-sight.png 1920x1200 "$example" --focus team:maint
shot docs/ripple.png 1920x1200 "$example" --focus ripple:o-maint-cost
shot docs/findings.png 1920x1200 "$example" --finding "mini-me|g-safety"
shot docs/presentation.png 1920x1080 "$example" --presentation
# Measure cards up close and the Measure dock with the downtime measure's XmR chart.
shot docs/measures.png 1920x1200 "$example" --select m-downtime
for view in results strategy hierarchy; do
  shot "docs/screenshots/manufacturer-$view.png" 1920x1200 "$example" --view "$view"
done
shot docs/screenshots/bank-strategy.png 1920x1200 "$bank" --view strategy
if [ -n "$genmap" ]; then
  map=$(mktemp --suffix=.json)
  trap 'rm -f "$map"' EXIT
  python3 "$genmap" --nodes 3000 --seed 3 -o "$map"
  for view in results strategy hierarchy; do
    shot "docs/screenshots/genmap3k-$view.png" 1920x1200 "$map" --view "$view"
  done
fi
