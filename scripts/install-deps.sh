#!/usr/bin/env bash
# Installs the Debian 12 packages Sightline needs to build, test and run.
# Idempotent: does nothing when everything is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev
  libqt6opengl6-dev libgl-dev
  libsqlite3-dev sqlite3 nlohmann-json3-dev catch2 libgraphviz-dev graphviz
  xvfb xauth poppler-utils fonts-dejavu-core python3
  clang-14 libfuzzer-14-dev libclang-rt-14-dev
  dpkg-dev lintian desktop-file-utils appstream shared-mime-info libglib2.0-bin man-db librsvg2-bin
  qt6-l10n-tools qt6-translations-l10n
  postgresql libqt6sql6-psql
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
