#!/usr/bin/env bash
# The main job of `make run`: open the bundled example map.
set -euo pipefail
build=${1:-build}
map=${2:-examples/manufacturer-results-map.json}
if [ -x "$build/bin/sightline" ]; then
  exec "$build/bin/sightline" "$map"
fi
"$build/bin/sightline-cli" validate "$map"
echo "$map is a valid map."
"$build/bin/sightline-cli" stats "$map"
