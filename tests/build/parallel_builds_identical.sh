#!/usr/bin/env bash
# Builds one generated edition from scratch many times with parallel workers and compares every
# build's TEI and output with a build by one worker, byte for byte (the build log and the report,
# which hold times, excepted). A parallel build that is not deterministic shows here.
#
# usage: tests/build/parallel_builds_identical.sh TEIPRESS DATA_DIR [BUILDS=30] [JOBS=2] [DOCUMENTS=40] [SEED=3]
#   DATA_DIR is the checkout whose schemas/, xslt/ and tei/authority/ the binary uses; the corpus
#   comes from $TEIPRESS_CORPUS, else teipress-corpus beside the binary (build/tests/), else the PATH.
# Exit status 0 when every build is identical to the reference, 1 otherwise (the differing files listed).
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '2,9p' "$0" >&2
  exit 2
fi
bin=$(realpath "$1"); data=$(realpath "$2")
builds=${3:-30}; jobs=${4:-2}; documents=${5:-40}; seed=${6:-3}
corpus=${TEIPRESS_CORPUS:-$(dirname "$bin")/tests/teipress-corpus}
[ -x "$corpus" ] || corpus=$(command -v teipress-corpus) || { echo "teipress-corpus not found" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$corpus" --seed "$seed" --count "$documents" "$work/sources" >/dev/null
export TEIPRESS_DATA_DIR=$data
build() {  # build DIR JOBS
  "$bin" build --sources "$work/sources" --tei "$1/tei" --authority "$data/tei/authority" --out "$1/out" \
    --no-pdf --jobs "$2" --quiet 2>/dev/null || true
}
build "$work/reference" 1
differing=0
for i in $(seq 1 "$builds"); do
  build "$work/parallel" "$jobs"
  if ! diff -rq -x log -x 'report.*' "$work/reference" "$work/parallel" >"$work/diff"; then
    differing=$((differing + 1))
    echo "build $i differs:"; sed 's/^/  /' "$work/diff"
  fi
  rm -rf "$work/parallel"
done
echo "$((builds - differing)) of $builds builds with --jobs $jobs identical to the --jobs 1 build ($documents documents, seed $seed)"
[ "$differing" -eq 0 ]
