#!/usr/bin/env bash
# The benchmarks of `teipress build` (issue 13) in one run, on one machine: generated corpora of
# 1,000 and 10,000 documents (teipress-corpus), the full build without PDF (convert, validate with
# edition.rng and edition.sch, HTML, FO, the pages spanning the edition) cold, with nothing to do,
# after one document changed and after one stylesheet changed; against the per-file pipeline
# editions use today (xmllint --relaxng + xsltproc HTML + xsltproc FO per document, with our schema
# and stylesheets; on a sample, extrapolated) and against Saxon-HE with the TEI Stylesheets (HTML
# and FO, one JVM, directory mode); libxml2's parse-and-serialize floor; PDFs on a sample with the
# FOP batch driver as it was (one job at a time) and as it is (a thread per core).
#
# usage: tests/bench/build_bench.sh BUILD_DIR [WORK_DIR]
#   SIZES="1000 10000"   corpus sizes          JOBS=N        worker threads (default: cores)
#   SAMPLE=100           per-file sample       PDF_SAMPLE=40 documents for the PDF rows
#   TEI_STYLESHEETS=DIR  a checkout of https://github.com/TEIC/Stylesheets (no Saxon rows without)
#   SAXON=JAR            Saxon-HE (default: Debian's libsaxonhe-java)
#   NICE=                run the rows at normal priority (default: under `nice`, whose wall times
#                        mean little on a busy machine: compare CPU seconds then)
#   SAXON_ONLY=1         only teipress render --html/--print and the Saxon rows, on TEI made by
#                        `teipress convert` (no build rows, no per-file pipeline, no PDF)
#   PDF_ONLY=1           only the PDF rows, on the TEI of an earlier run in the same WORK_DIR
#   PDF=0                no PDF rows (they run FOP on PDF_SAMPLE documents three times)
#   QUICK=1              only the teipress build rows (cold, nothing changed, one document changed)
#                        and the per-file pipeline (xargs -P JOBS, every
#                        document up to PER_FILE_ALL=1000 documents, a SAMPLE beyond); no PDF, no Saxon
# Prints a Markdown table per corpus (also in WORK_DIR/results.md). Runs under `nice`: the machine
# may be shared; the load average before and after each row is printed with it.
set -euo pipefail
if [ $# -lt 1 ]; then
  sed -n '2,20p' "$0" >&2
  exit 2
fi
build=$(realpath "$1")
work=$(realpath -m "${2:-$(mktemp -d)}")
repo=$(cd "$(dirname "$0")/../.." && pwd)
SIZES=${SIZES:-"1000 10000"}
JOBS=${JOBS:-$(nproc)}
SAMPLE=${SAMPLE:-100}
PDF_SAMPLE=${PDF_SAMPLE:-40}
TEI_STYLESHEETS=${TEI_STYLESHEETS:-}
SAXON=${SAXON:-/usr/share/java/Saxon-HE.jar}
QUICK=${QUICK:-}
PER_FILE_ALL=${PER_FILE_ALL:-1000}
PDF=${PDF:-1}
SAXON_ONLY=${SAXON_ONLY:-}
[ -n "$SAXON_ONLY" ] && PDF=0
teipress=$build/teipress
corpus=$build/tests/teipress-corpus
mkdir -p "$work"
results=$work/results.md
: >"$results"

say() { echo "$@" | tee -a "$results"; }
load() { cut -d' ' -f1 /proc/loadavg; }

# row NAME DOCUMENTS COMMAND...: runs COMMAND under nice and /usr/bin/time, prints a table row
# (wall s, CPU s, documents per second of wall time, peak RSS MB, load average before/after).
row() {
  local name=$1 documents=$2
  shift 2
  local before; before=$(load)
  ${NICE-nice} /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/last.log" 2>&1 || true
  local after; after=$(load)
  # time writes "Command exited with non-zero status N" first when it did (invalid documents).
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  awk -v n="$name" -v d="$documents" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$before" -v a="$after" \
    'BEGIN { printf "| %s | %.2f | %.2f | %s | %.0f | %s / %s |\n", n, w, u + s, (w > 0 && d > 0) ? sprintf("%.0f", d / w) : "—", r / 1024, b, a }' |
    tee -a "$results"
}

# extrapolated NAME DOCUMENTS SAMPLE_DOCUMENTS: the last row's times scaled to DOCUMENTS.
extrapolated() {
  local name=$1 documents=$2 sample=$3
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  awk -v n="$name" -v d="$documents" -v k="$sample" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { f = d / k; printf "| %s (%d-document sample, ×%.0f) | ~%.0f | ~%.0f | %.1f | %.0f | |\n", n, k, f, w * f, (u + s) * f, k / w, r / 1024 }' |
    tee -a "$results"
}

header() {
  say ""
  say "| $1 | wall s | CPU s | documents/s | peak RSS MB | load before / after |"
  say "|---|---|---|---|---|---|"
}

say "# teipress build benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, JOBS=$JOBS"
say ""
say "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB."
say "Other processes using the CPU at the start:"
ps -eo pcpu,comm --sort=-pcpu | head -6 | tail -5 | sed 's/^/    /' | tee -a "$results"

# A copy of the data (schemas, stylesheets, authority): the stylesheet row changes one.
data=$work/data
rm -rf "$data"
mkdir -p "$data/tei"
cp -r "$repo/schemas" "$repo/xslt" "$data/"
cp -r "$repo/tei/authority" "$data/tei/"
export TEIPRESS_DATA_DIR=$data
authority_uris=$(ls "$data"/tei/authority/*.xml | sed 's#^#file://#' | tr '\n' ' ')

# The per-file pipeline editions use today, as a script for `row` (which times a command, not a
# function): arguments DATA AUTHORITY_URIS JOBS DOCUMENTS..., JOBS documents at a time (xargs -P),
# as a CI job on the same cores would run them.
per_file_script='
  data=$1; uris=$2; jobs=$3; shift 3
  printf "%s\0" "$@" | xargs -0 -P "$jobs" -n 1 sh -c "
    xmllint --noout --relaxng \"$data/schemas/edition.rng\" \"\$0\" 2>/dev/null
    xsltproc --stringparam authority-files \"$uris\" \"$data/xslt/html/document.xsl\" \"\$0\" >/dev/null 2>&1
    xsltproc \"$data/xslt/print/document.xsl\" \"\$0\" >/dev/null 2>&1; true"'

for size in $SIZES; do
  [ -n "${PDF_ONLY:-}" ] && break
  dir=$work/$size
  rm -rf "$dir"
  mkdir -p "$dir"
  "$corpus" --seed 1 --count "$size" "$dir/sources"
  build_command=("$teipress" build --sources "$dir/sources" --tei "$dir/tei" --authority "$data/tei/authority"
                 --out "$dir/out" --no-pdf --jobs "$JOBS" --quiet)
  cp "$repo/xslt/html/text.xsl" "$data/xslt/html/text.xsl"  # as shipped, for each corpus
  header "$size documents"
  if [ -n "$SAXON_ONLY" ]; then
    "$teipress" convert -o "$dir/tei" --authority "$data/tei/authority" "$dir/sources"/*.txt 2>/dev/null || true
  else
  row "teipress build, cold (no PDF)" "$size" "${build_command[@]}"
  cp "$dir/out/report.json" "$dir/report-cold.json"
  row "teipress build, nothing changed" "$size" "${build_command[@]}"
  # One document changed: an editor's correction in its body.
  changed=$(ls "$dir/tei"/*.xml | sort | sed -n "$((size / 2))p")
  perl -0pi -e 's/(<body>.*?) the /$1 the the /s' "$changed"
  row "teipress build, one document changed" "$size" "${build_command[@]}"
  cp "$dir/out/report.json" "$dir/report-one.json"
  # One stylesheet changed: every HTML page and entry is made again, no FO.
  [ -z "$QUICK" ] && echo "<!-- changed for the benchmark -->" >>"$data/xslt/html/text.xsl"
  [ -z "$QUICK" ] && row "teipress build, one stylesheet changed (text.xsl)" "$size" "${build_command[@]}"
  cp "$repo/xslt/html/text.xsl" "$data/xslt/html/text.xsl"
  fi

  documents=("$dir/tei"/*.xml)
  if [ -n "$QUICK" ]; then
    # The per-file pipeline editions use today, JOBS documents at a time (xargs -P).
    per_file=("${documents[@]}")
    [ "$size" -gt "$PER_FILE_ALL" ] && per_file=("${documents[@]:0:$SAMPLE}")
    row "per-file: xmllint --relaxng + xsltproc HTML + xsltproc FO, xargs -P $JOBS" "${#per_file[@]}" sh -c "$per_file_script" sh "$data" "$authority_uris" "$JOBS" "${per_file[@]}"
    [ "${#per_file[@]}" -lt "$size" ] && extrapolated "per-file: xmllint --relaxng + xsltproc HTML + xsltproc FO, xargs -P $JOBS" "$size" "${#per_file[@]}"
    say ""
    say "Stages of the cold build (CPU seconds summed over the workers; report.json):"
    python3 - "$dir/report-cold.json" <<'EOF' | tee -a "$results"
import json, sys
report = json.load(open(sys.argv[1]))
for stage in report["stages"]:
    per = stage["seconds"] / max(stage["items"], 1) * 1000
    print(f"    {stage['name']:<34} {stage['seconds']:8.2f} s  {stage['items']:6d} items  {per:7.2f} ms each")
for phase in report["phases"]:
    print(f"    phase {phase['name']:<28} {phase['seconds']:8.2f} s wall")
EOF
    continue
  fi

  # The same work per tool, all documents.
  [ -z "$SAXON_ONLY" ] && row "libxml2 floor: parse and serialize (xmllint, one process)" "$size" sh -c 'xmllint "$@" >/dev/null' sh "${documents[@]}"
  [ -z "$SAXON_ONLY" ] && row "libxml2 floor: parse only (xmllint --noout)" "$size" xmllint --noout "${documents[@]}"
  [ -z "$SAXON_ONLY" ] && row "teipress validate, edition.rng + edition.sch" "$size" "$teipress" validate --jobs "$JOBS" --schematron "$data/schemas/edition.sch" --authority "$data/tei/authority" "$dir/tei"
  row "teipress render --html" "$size" "$teipress" render --jobs "$JOBS" --html "$dir/render-html" --authority "$data/tei/authority" "${documents[@]}"
  row "teipress render --print (FO)" "$size" "$teipress" render --jobs "$JOBS" --print "$dir/render-fo" --authority "$data/tei/authority" "${documents[@]}"

  # The per-file pipeline, on a sample.
  sample=("${documents[@]:0:$SAMPLE}")
  if [ -z "$SAXON_ONLY" ]; then
  # JOBS documents at a time (xargs -P), as a CI job on the same cores would run them.
  row "per-file: xmllint --relaxng + xsltproc HTML + xsltproc FO, xargs -P $JOBS" "$SAMPLE" sh -c "$per_file_script" sh "$data" "$authority_uris" "$JOBS" "${sample[@]}"
  extrapolated "per-file: xmllint --relaxng + xsltproc HTML + xsltproc FO, xargs -P $JOBS" "$size" "$SAMPLE"
  row "per-file: xsltproc HTML only, xargs -P $JOBS" "$SAMPLE" sh -c '
    data=$1; uris=$2; jobs=$3; shift 3
    printf "%s\0" "$@" | xargs -0 -P "$jobs" -n 1 sh -c "
      xsltproc --stringparam authority-files \"$uris\" \"$data/xslt/html/document.xsl\" \"\$0\" >/dev/null 2>&1; true"' \
    sh "$data" "$authority_uris" "$JOBS" "${sample[@]}"
  extrapolated "per-file: xsltproc HTML only, xargs -P $JOBS" "$size" "$SAMPLE"
  fi

  # Saxon-HE with the TEI Stylesheets, one JVM, directory mode.
  if [ -n "$TEI_STYLESHEETS" ] && [ -f "$SAXON" ]; then
    mkdir -p "$dir/saxon-html" "$dir/saxon-fo"
    # Directory mode goes on after a document that fails and exits non-zero at the end: count
    # what it wrote, and keep its messages (WORK_DIR/SIZE/saxon-*.log).
    for format in html fo; do
      row "Saxon-HE + TEI Stylesheets $format/$format.xsl (one JVM)" "$size" java -Xmx3g -cp "$SAXON" \
        net.sf.saxon.Transform -s:"$dir/tei" -o:"$dir/saxon-$format" -xsl:"$TEI_STYLESHEETS/$format/$format.xsl"
      cp "$work/last.log" "$dir/saxon-$format.log"
      written=$(find "$dir/saxon-$format" -type f -size +0 | wc -l)
      say "|   (Saxon $format: $written of ${#documents[@]} documents written, $(grep -c -i 'error' "$dir/saxon-$format.log" || true) lines naming an error) | | | | | |"
    done
  else
    say "| Saxon-HE + TEI Stylesheets | not run: set TEI_STYLESHEETS to a checkout of TEIC/Stylesheets | | | | |"
  fi

  [ -n "$SAXON_ONLY" ] && continue
  # Where the cold build's time went (report.json), per stage, against the parse floor.
  say ""
  say "Stages of the cold build (CPU seconds summed over the workers; report.json):"
  python3 - "$dir/report-cold.json" "$size" <<'EOF' | tee -a "$results"
import json, sys
report = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
for stage in report["stages"]:
    per = stage["seconds"] / max(stage["items"], 1) * 1000
    print(f"    {stage['name']:<34} {stage['seconds']:8.2f} s  {stage['items']:6d} items  {per:7.2f} ms each")
for phase in report["phases"]:
    print(f"    phase {phase['name']:<28} {phase['seconds']:8.2f} s wall")
EOF
done

[ -n "$QUICK" ] && { say ""; say "Results: $results"; exit 0; }
[ "$PDF" = 0 ] && { say ""; say "Results: $results"; exit 0; }

# PDFs: the same FO files, the batch driver one job at a time (as it was) and a thread per core.
dir=$work/pdf
rm -rf "$dir"
mkdir -p "$dir"
first=$(echo "$SIZES" | awk '{print $1}')
# (A glob, not `ls | head`: head's early exit would fail the pipeline under pipefail.)
first_documents=("$work/$first/tei"/*.xml)
pdf_sample=("${first_documents[@]:0:$PDF_SAMPLE}")
header "PDF, $PDF_SAMPLE documents"
row "render --pdf, batch driver one job at a time (as before)" "$PDF_SAMPLE" \
  env TEIPRESS_FOP_THREADS=1 "$teipress" render --jobs "$JOBS" --print "$dir/one" --pdf --authority "$data/tei/authority" "${pdf_sample[@]}"
row "render --pdf, batch driver $JOBS threads, one JVM" "$PDF_SAMPLE" \
  env TEIPRESS_FOP_THREADS="$JOBS" "$teipress" render --jobs "$JOBS" --print "$dir/threads" --pdf --authority "$data/tei/authority" "${pdf_sample[@]}"
row "render --pdf, $JOBS JVMs of one thread" "$PDF_SAMPLE" \
  env TEIPRESS_FOP_THREADS=1 TEIPRESS_FOP_JVMS="$JOBS" "$teipress" render --jobs "$JOBS" --print "$dir/jvms" --pdf --authority "$data/tei/authority" "${pdf_sample[@]}"
say ""
say "Results: $results"
