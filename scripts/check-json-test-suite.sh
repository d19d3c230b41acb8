#!/usr/bin/env bash
# Developer check: runs `sightline-cli validate` on every file of a JSONTestSuite test_parsing
# folder (none of them is a Sightline map) and expects exit status 2 for each: never 0, never a
# crash (a signal), never a hang (each run gets a time limit).
#
#   scripts/check-json-test-suite.sh ../shared/data/JSONTestSuite/test_parsing [BUILD_DIR]
set -uo pipefail
dir=${1:?usage: $0 TEST_PARSING_DIR [BUILD_DIR]}
build=${2:-build}
cli="$build/bin/sightline-cli"
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 2; }
total=0
bad=0
for f in "$dir"/*; do
  [ -f "$f" ] || continue
  total=$((total + 1))
  timeout 10 "$cli" validate "$f" >/dev/null 2>"${TMPDIR:-/tmp}/jts-stderr.$$"
  rc=$?
  if [ "$rc" -ne 2 ]; then
    bad=$((bad + 1))
    echo "FAIL (exit $rc): $f"
    head -3 "${TMPDIR:-/tmp}/jts-stderr.$$"
  elif [ ! -s "${TMPDIR:-/tmp}/jts-stderr.$$" ]; then
    bad=$((bad + 1))
    echo "FAIL (exit 2 without a message): $f"
  fi
done
rm -f "${TMPDIR:-/tmp}/jts-stderr.$$"
echo "$total files, $((total - bad)) refused with exit 2 and a message, $bad failures"
[ "$bad" -eq 0 ]
