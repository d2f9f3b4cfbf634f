#!/bin/sh
# `teipress validate --format sarif` checked against the official SARIF 2.1.0 JSON schema
# (tests/data/sarif) with Debian's python3-jsonschema, on valid, invalid, unreadable and badly
# named files, with and without Schematron; check_sarif.py also compares it with --format json.
# usage: sarif_schema.sh TEIPRESS SOURCE_DIR
set -eu
teipress=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

# Debian's python3 (python3-jsonschema), not whichever python3 comes first on PATH.
python=/usr/bin/python3
[ -x "$python" ] && "$python" -c 'import jsonschema' 2>/dev/null || missing "python3-jsonschema is not installed"

work=$(mktemp -d "${TMPDIR:-/tmp}/teipress-sarif-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir -p "tei dir"
"$teipress" convert -o "tei dir" --authority "$source_dir/tei/authority" "$source_dir/sources/wilson/113009.txt" 2>/dev/null
sed 's/<teiHeader/<teiHeader bogus="1"/' "tei dir/113009.xml" >"tei dir/invalide-été.xml"
printf '<TEI xmlns="http://www.tei-c.org/ns/1.0"><unclosed>' >broken.xml
conformance=$source_dir/tests/data/reference/tei/conformance

run() {  # run NAME ARGS...: validates with --format sarif and --format json, then checks the log
  name=$1
  shift
  status=0
  "$teipress" validate --format sarif "$@" >"$name.sarif" 2>"$name.err" || status=$?
  [ "$status" -le 1 ] || fail "$name: exit $status: $(cat "$name.err")"
  "$teipress" validate --format json "$@" >"$name.json" 2>/dev/null || true
  "$python" "$here/check_sarif.py" "$source_dir/tests/data/sarif/sarif-schema-2.1.0.json" "$name.sarif" "$name.json" ||
    fail "$name: the SARIF log is wrong"
  echo "$name: $(grep -c '"ruleId"' "$name.sarif" || true) results, valid SARIF 2.1.0"
}
run valid "tei dir/113009.xml"
run invalid "tei dir/113009.xml" "tei dir/invalide-été.xml" "$conformance/invalid-unknown-element.xml" broken.xml
run schematron --schematron "$source_dir/schemas/edition.sch" --authority "$source_dir/tei/authority" \
  "tei dir/113009.xml" "tei dir/invalide-été.xml" "$conformance/valid-minimal.xml"
grep -q '"uri": "tei%20dir/invalide-%C3%A9t%C3%A9.xml"' invalid.sarif || fail "the artifact URI is not percent-encoded"
grep -q '"properties": {"schema": "[^"]*edition.sch"}' schematron.sarif || fail "no result names the Schematron schema"
