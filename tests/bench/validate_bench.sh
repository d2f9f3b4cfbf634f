#!/usr/bin/env bash
# Validation benchmark (BENCHMARKS.md, "Validation"): the documents split out of the FRUS volumes,
# validated against TEI All by xmllint, jing and teipress side by side, plus the edition schema
# and libxml2's parse time alone. Wall time, user CPU time and peak memory (GNU time).
#
#   tests/bench/validate_bench.sh [BUILD_DIR] [SAMPLE]
#
# BUILD_DIR defaults to build/; SAMPLE (default 20) is how many files the one-process-per-file
# runs take, extrapolated to all files. Needs xmllint, jing and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${1:-build}
sample=${2:-20}
teipress="$build/teipress"
# The whole FRUS volumes where ../shared is beside the checkout; else the trimmed ones the tests use.
shared=../shared/reference
[ -d "$shared/tei-corpora/frus" ] || shared=tests/data/reference
tei_all="$shared/tei/tei_all.rng"
edition=schemas/edition.rng
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in xmllint jing /usr/bin/time "$teipress"; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done

"$teipress" split -o "$work/split" "$shared"/tei-corpora/frus/*.xml 2>/dev/null
mapfile -t files < <(find "$work/split" -name '*.xml' | sort)
count=${#files[@]}
bytes=$(cat "${files[@]}" | wc -c)
# Every (count/sample)-th file: spread over both volumes.
step=$(( count / sample > 0 ? count / sample : 1 ))
sampled=()
for ((i = 0; i < count && ${#sampled[@]} < sample; i += step)); do sampled+=("${files[i]}"); done

# run LABEL COMMAND...: prints "LABEL|wall s|user s|peak MB" (exit status ignored: invalid files exit 1/3)
run() {
  local label=$1
  shift
  /usr/bin/time -f '%e %U %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r wall user rss < <(tail -n 1 "$work/time")
  printf '%s|%s|%s|%d\n' "$label" "$wall" "$user" $(( rss / 1024 ))
}

# per_file LABEL COMMAND...: runs COMMAND FILE for each sampled file; prints totals extrapolated to all files
per_file() {
  local label=$1
  shift
  local start end user=0 peak=0
  start=$(date +%s.%N)
  for f in "${sampled[@]}"; do
    /usr/bin/time -f '%U %M' -o "$work/time" "$@" "$f" >/dev/null 2>&1 || true
    read -r u rss < <(tail -n 1 "$work/time")
    user=$(echo "$user + $u" | bc)
    (( rss > peak )) && peak=$rss
  done
  end=$(date +%s.%N)
  printf '%s (%d of %d files, extrapolated)|%.1f|%.1f|%d\n' "$label" "${#sampled[@]}" "$count" \
    "$(echo "($end - $start) * $count / ${#sampled[@]}" | bc -l)" "$(echo "$user * $count / ${#sampled[@]}" | bc -l)" \
    $(( peak / 1024 ))
}

echo "files: $count documents split from the FRUS volumes, $bytes bytes; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "task|wall s|user s|peak MB"
run "libxml2 parse only (xmllint --noout, one process)" xmllint --noout "${files[@]}"
run "xmllint --relaxng tei_all.rng, all files in one process" xmllint --noout --relaxng "$tei_all" "${files[@]}"
per_file "xmllint --relaxng tei_all.rng, one process per file" xmllint --noout --relaxng "$tei_all"
run "jing tei_all.rng, one JVM, all files" jing "$tei_all" "${files[@]}"
per_file "jing tei_all.rng, one JVM per file" jing "$tei_all"
run "teipress validate --schema tei_all.rng --jobs 2" "$teipress" validate --schema "$tei_all" --jobs 2 "$work/split"
run "teipress validate --schema tei_all.rng --jobs 1" "$teipress" validate --schema "$tei_all" --jobs 1 "$work/split"
run "teipress validate (edition.rng) --jobs 2" "$teipress" validate --schema "$edition" --jobs 2 "$work/split"
run "xmllint --relaxng edition.rng, one process" xmllint --noout --relaxng "$edition" "${files[@]}"
