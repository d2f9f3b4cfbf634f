#!/bin/sh
# `cmake --install` into a temporary prefix, the prefix moved elsewhere, then validate, render and
# build from the moved copy with the checkout and the build tree hidden: an installed teipress
# needs nothing but its prefix.
# usage: relocated_install.sh BUILD_DIR SOURCE_DIR
set -eu
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

can_hide || missing "unshare cannot make a mount namespace here, so the checkout cannot be hidden"

work=$(mktemp -d "${TMPDIR:-/tmp}/teipress-install-XXXXXX")
trap 'rm -rf "$work"' EXIT
case "$work/" in "$source_dir/"* | "$build_dir/"*) fail "the temporary directory $work is inside the tree it must hide" ;; esac

cmake --install "$build_dir" --prefix "$work/prefix" >"$work/install.log" || { cat "$work/install.log"; fail "cmake --install"; }
mv "$work/prefix" "$work/moved"
mkdir -p "$work/edition/tei"
cp -R "$source_dir/sources" "$work/edition/sources"
cp -R "$source_dir/tei/authority" "$work/edition/tei/authority"

pdf=--no-pdf
command -v fop >/dev/null && pdf=""

isolated "$source_dir" "$build_dir" -- env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 sh -eu -c '
  moved=$1 edition=$2 pdf=$3 source_dir=$4
  fail() { echo "relocated_install.sh: FAIL: $*" >&2; exit 1; }
  [ ! -e "$source_dir/schemas/edition.rng" ] || fail "the checkout is still reachable"
  teipress=$moved/bin/teipress
  version=$("$teipress" --version)
  echo "$version"
  echo "$version" | grep -qx "data: $moved/share/teipress (installed)" || fail "--version names another data directory"
  cd "$edition"
  "$teipress" build --jobs 2 $pdf || fail "teipress build"
  [ -s output/html/index.html ] && [ -s output/html/113009.html ] && [ -s output/print/113009.fo ] || fail "build wrote no edition"
  [ -n "$pdf" ] || [ -s output/print/edition.pdf ] || fail "build wrote no PDF"
  "$teipress" validate tei/*.xml || fail "the built TEI does not validate"
  "$teipress" validate --schematron "$moved/share/teipress/schemas/edition.sch" --authority tei/authority tei/113009.xml || fail "validate --schematron"
  # Without --authority the rules take the edition'"'"'s tei/authority (not the installed schema'"'"'s neighbourhood).
  "$teipress" validate --schematron "$moved/share/teipress/schemas/edition.sch" tei/113009.xml 2>schematron.err || fail "validate --schematron in the edition: $(cat schematron.err)"
  ! grep -q "authority" schematron.err || fail "the edition'"'"'s authority files were not found: $(cat schematron.err)"
  "$teipress" render --html rendered/html --print rendered/print tei/113009.xml || fail "teipress render"
  grep -q "Mao Zedong" rendered/html/113009.html || fail "the rendered page lacks its text"
  sed "s/<teiHeader/<teiHeader bogus=\"1\"/" tei/113009.xml >broken.xml
  status=0
  "$teipress" validate broken.xml 2>validate.err || status=$?
  [ "$status" = 1 ] && grep -q "^broken.xml:[0-9]*:[0-9]*: error:" validate.err || fail "an invalid file: exit $status, $(cat validate.err)"
  echo "relocated install: build, validate and render ran from $moved"
' relocated_install "$work/moved" "$work/edition" "$pdf" "$source_dir"
