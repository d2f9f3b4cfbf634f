#!/usr/bin/env bash
# Validation benchmark (BENCHMARKS.md, "Validation"), in one run: teipress's RELAX NG engine, the
# libxml2 engine it replaces (--engine libxml2), jing (one JVM) and xmllint --relaxng (one
# process), side by side, against TEI All and the edition schema: the schema compile alone; one
# small file; the documents split out of the FRUS volumes (the two shared ones, then with more
# volumes); valid edition documents; and one document growing from 1 to 100 MB, for peak memory.
# Wall time, CPU time (user + system) and peak resident memory, from GNU time.
#
#   tests/bench/validate_bench.sh [BUILD_DIR] [MORE_FRUS_VOLUME.xml...]
#
# BUILD_DIR defaults to build/. The extra volumes (e.g. frus1952-54v12p2.xml and frus1955-57v14.xml
# from github:joewiz/frus, `git show HEAD:volumes/NAME.xml`) are split and added to the second set.
# Needs xmllint, jing and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${1:-build}
shift || true
extra=("$@")
teipress="$build/teipress"
# The whole FRUS volumes where ../shared is beside the checkout; else the trimmed ones the tests use.
shared=../shared/reference
[ -d "$shared/tei-corpora/frus" ] || shared=tests/data/reference
tei_all="$shared/tei/tei_all.rng"
edition=schemas/edition.rng
small="$shared/tei/conformance/valid-minimal.xml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in xmllint jing /usr/bin/time "$teipress"; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done

# The document sets: the shared volumes' documents, and those plus the extra volumes'; and valid
# edition documents (the shipped sources converted, each copied 50 times).
"$teipress" split -o "$work/shared" "$shared"/tei-corpora/frus/*.xml >/dev/null 2>&1
mkdir -p "$work/all" "$work/empty"
cp "$work"/shared/*.xml "$work/all/"
if [ ${#extra[@]} -gt 0 ]; then "$teipress" split -o "$work/all" "${extra[@]}" >/dev/null 2>&1; fi
"$teipress" convert -o "$work/converted" sources/wilson/*.txt >/dev/null 2>&1
mkdir -p "$work/edition"
for copy in $(seq 1 50); do
  for f in "$work"/converted/*.xml; do cp "$f" "$work/edition/$copy-$(basename "$f")"; done
done
mapfile -t edition_files < <(find "$work/edition" -name '*.xml' | sort)
mapfile -t shared_files < <(find "$work/shared" -name '*.xml' | sort)
mapfile -t all_files < <(find "$work/all" -name '*.xml' | sort)

# One valid TEI document of about N megabytes: a header and paragraphs.
make_document() {
  local megabytes=$1 path=$2
  {
    printf '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Size %s MB</title>' "$megabytes"
    printf '</titleStmt><publicationStmt><p>Benchmark</p></publicationStmt><sourceDesc><p>Generated</p></sourceDesc>'
    printf '</fileDesc></teiHeader><text><body><div>\n'
    # (yes ends on SIGPIPE when head has enough: not a failure here)
    { yes '<p n="1">The Ambassador called on the Minister <hi rend="italic">this morning</hi> and left <date when="1951-02-28">the note</date> of 28 February.</p>' || true; } |
      head -n $((megabytes * 1024 * 1024 / 130))
    printf '</div></body></text></TEI>\n'
  } >"$path"
}
make_document 1 "$work/1mb.xml"
make_document 10 "$work/10mb.xml"
make_document 100 "$work/100mb.xml"

# run LABEL COMMAND...: prints "| LABEL | wall s | CPU s | peak MB |" (exit status ignored: invalid files exit 1)
run() {
  local label=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r wall user system rss < <(tail -n 1 "$work/time")
  printf '| %s | %s | %.2f | %d |\n' "$label" "$wall" "$(echo "$user + $system" | bc)" $(( rss / 1024 ))
}

header() {
  printf '\n%s\n\n| task | wall s | CPU s | peak MB |\n|---|---|---|---|\n' "$1"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo "sets: ${#shared_files[@]} documents ($(cat "${shared_files[@]}" | wc -c) bytes), ${#all_files[@]} documents ($(cat "${all_files[@]}" | wc -c) bytes), ${#edition_files[@]} valid edition documents ($(cat "${edition_files[@]}" | wc -c) bytes)"

for schema in "$tei_all" "$edition"; do
  name=$(basename "$schema")
  header "Compile $name, then one small file"
  run "teipress: compile only" "$teipress" validate --schema "$schema" "$work/empty"
  run "teipress --engine libxml2: compile only" "$teipress" validate --engine libxml2 --schema "$schema" "$work/empty"
  run "jing: compile only" jing "$schema"
  run "teipress: compile + 1 small file" "$teipress" validate --schema "$schema" "$small"
  run "teipress --engine libxml2: compile + 1 small file" "$teipress" validate --engine libxml2 --schema "$schema" "$small"
  run "jing: compile + 1 small file" jing "$schema" "$small"
  run "xmllint --relaxng: compile + 1 small file" xmllint --noout --relaxng "$schema" "$small"
done

for set in shared all; do
  if [ "$set" = shared ]; then files=("${shared_files[@]}"); else files=("${all_files[@]}"); fi
  header "${#files[@]} FRUS documents"
  run "libxml2 parse only (xmllint --noout, one process)" xmllint --noout "${files[@]}"
  for schema in "$tei_all" "$edition"; do
    name=$(basename "$schema")
    run "teipress $name --jobs 1" "$teipress" validate --schema "$schema" --jobs 1 "$work/$set"
    run "teipress $name --jobs 2" "$teipress" validate --schema "$schema" --jobs 2 "$work/$set"
    run "teipress --engine libxml2 $name --jobs 1" "$teipress" validate --engine libxml2 --schema "$schema" --jobs 1 "$work/$set"
    run "jing $name, one JVM" jing "$schema" "${files[@]}"
    run "xmllint --relaxng $name, one process" xmllint --noout --relaxng "$schema" "${files[@]}"
  done
done

header "${#edition_files[@]} valid edition documents against edition.rng"
run "libxml2 parse only (xmllint --noout, one process)" xmllint --noout "${edition_files[@]}"
run "teipress --jobs 1" "$teipress" validate --jobs 1 "$work/edition"
run "teipress --jobs 2" "$teipress" validate --jobs 2 "$work/edition"
run "teipress --engine libxml2 --jobs 1" "$teipress" validate --engine libxml2 --jobs 1 "$work/edition"
run "jing, one JVM" jing "$edition" "${edition_files[@]}"
run "xmllint --relaxng, one process" xmllint --noout --relaxng "$edition" "${edition_files[@]}"

header "One document of 1, 10 and 100 MB against tei_all.rng (peak memory)"
for size in 1 10 100; do
  run "teipress, ${size} MB" "$teipress" validate --schema "$tei_all" "$work/${size}mb.xml"
  run "jing, ${size} MB" jing "$tei_all" "$work/${size}mb.xml"
  run "xmllint --relaxng, ${size} MB" xmllint --noout --relaxng "$tei_all" "$work/${size}mb.xml"
  run "libxml2 parse only, ${size} MB" xmllint --noout "$work/${size}mb.xml"
done
