#!/usr/bin/env bash
# The checks of the Debian package (CTest label "package", packaging/CMakeLists.txt). Builds the
# package of BUILD into a scratch folder (as `make package` does into BUILD) and checks: Depends,
# the file list (packaging/package-files.txt), owners, desktop-file-validate, appstreamcli
# validate, lintian (no error), the file types (a renamed .rmap and a JSON map recognised by
# content), the man pages (no groff warning, every command and option of --help documented), and
# the programs run from the unpacked package: sightline-cli on the examples, and the editor
# opening an example map given on its command line (what a double-click does).
# Usage: check-package.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
problem() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
id=org.sightline.Sightline

if ! cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack could not make the package"
  exit 1
fi
deb=$(ls "$work"/out/sightline_*.deb)
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KB"

# Depends: from dpkg-shlibdeps (the libraries the programs link) and the plugins Qt loads.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for d in libc6 libqt6widgets6 libqt6sql6 libsqlite3-0 libqt6sql6-sqlite qt6-qpa-plugins; do
  grep -qE "(^|, )$d( |,|$)" <<<"$depends" || problem "Depends lacks $d"
done

# The file list, and every file owned by root.
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|' | sort >"$work/files"
if ! diff -u "$src/packaging/package-files.txt" "$work/files"; then
  problem "the package's files differ from packaging/package-files.txt (- expected, + found)"
fi
dpkg-deb -c "$deb" | awk '$2 != "root/root" {print}' | grep . && problem "files not owned by root/root"

root="$work/root"
dpkg-deb -x "$deb" "$root"

# Desktop entry and AppStream metainfo: no error, no warning.
out=$(desktop-file-validate "$root/usr/share/applications/$id.desktop" 2>&1)
[ -z "$out" ] || problem "desktop-file-validate: $out"
if ! appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >"$work/as.log" 2>&1; then
  cat "$work/as.log"
  problem "appstreamcli validate"
fi

# lintian: no error (warnings are printed for people to read).
lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1
rc=$?
sed 's/^/lintian: /' "$work/lintian.log"
[ "$rc" -eq 0 ] || problem "lintian reports an error (exit $rc)"

# File types, with the package's shared-mime-info file on top of the system's.
mkdir -p "$work/xdg/mime/packages"
cp "$root/usr/share/mime/packages/$id.xml" "$work/xdg/mime/packages/"
update-mime-database "$work/xdg/mime" >/dev/null 2>&1 || problem "update-mime-database refused $id.xml"
examples="$root/usr/share/sightline/examples"
filetype() {
  XDG_DATA_HOME="$work/none" XDG_DATA_DIRS="$work/xdg:/usr/share" gio info -a standard::content-type "$1" |
    sed -n 's/.*standard::content-type: //p'
}
expect_type() {
  local got
  got=$(filetype "$1")
  [ "$got" = "$2" ] || problem "$(basename "$1") is $got, expected $2"
}
cp "$examples/manufacturer-results-map.rmap" "$work/renamed.dat"
cp "$examples/manufacturer-results-map.json" "$work/json-map.dat"
sqlite3 "$work/other.db" "CREATE TABLE t(x)" && cp "$work/other.db" "$work/other.dat"
expect_type "$examples/manufacturer-results-map.rmap" application/x-sightline-map
expect_type "$work/renamed.dat" application/x-sightline-map
expect_type "$work/other.dat" application/vnd.sqlite3
expect_type "$work/json-map.dat" application/x-sightline-map+json

# Man pages: groff has nothing to say, and every command and option of --help is documented.
cli="$root/usr/bin/sightline-cli"
for page in sightline sightline-cli; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
  [ -z "$warnings" ] || problem "man $page: $warnings"
  zcat "$root/usr/share/man/man1/$page.1.gz" | sed 's/\\-/-/g' >"$work/$page.man"
done
commands=$("$cli" --help | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p')
[ -n "$commands" ] || problem "no commands in sightline-cli --help"
for c in $commands; do
  grep -qE "^\.BI? $c( |$)" "$work/sightline-cli.man" || problem "sightline-cli(1) has no section for $c"
  for o in $("$cli" "$c" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    [ "$o" = --help ] && continue
    grep -qF -- "$o" "$work/sightline-cli.man" || problem "sightline-cli(1) does not name $c $o"
  done
done
for o in $(QT_QPA_PLATFORM=offscreen "$root/usr/bin/sightline" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
  grep -qF -- "$o" "$work/sightline.man" || problem "sightline(1) does not name $o"
done

# The programs from the unpacked package.
version=$(dpkg-deb -f "$deb" Version)
[ "$("$cli" --version)" = "sightline-cli $version" ] || problem "sightline-cli --version: $("$cli" --version)"
for map in "$examples"/*; do
  "$cli" validate "$map" || problem "sightline-cli validate $(basename "$map")"
  "$cli" stats "$map" >/dev/null || problem "sightline-cli stats $(basename "$map")"
done
cp "$examples/manufacturer-results-map.rmap" "$work/double-clicked.rmap"
XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
  "$root/usr/bin/sightline" --screenshot "$work/shot.png" --size 800x600 "$work/double-clicked.rmap" ||
  problem "sightline did not open the map given on its command line"
[ -s "$work/shot.png" ] || problem "sightline --screenshot wrote no picture"

if [ "$failures" -ne 0 ]; then
  echo "$failures package check(s) failed"
  exit 1
fi
echo "package checks passed"
