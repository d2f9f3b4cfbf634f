#!/usr/bin/env bash
# Compares what two teipress builds write, file by file: the TEI converted from the shipped sources,
# the edition built from it (HTML pages, index and register pages, search index, FO), and the HTML
# and FO of every reference-corpus file (../shared/reference/tei-corpora with the whole FRUS volumes
# where the checkout has it beside it, else tests/data/reference/tei-corpora; the FRUS volumes split).
# For refactorings that must not change behaviour: the two builds' outputs must be byte-identical.
#
# usage: tests/compare_builds.sh OLD_TEIPRESS OLD_DATA_DIR NEW_TEIPRESS NEW_DATA_DIR [WORK_DIR]
#   *_DATA_DIR is the checkout whose schemas/, xslt/ and tei/authority/ that binary uses.
# Exit status 0 when every output is identical, 1 when any differs (the differences are listed).
set -euo pipefail
if [ $# -lt 4 ]; then
  sed -n '2,10p' "$0" >&2
  exit 2
fi
old_bin=$(realpath "$1"); old_data=$(realpath "$2"); new_bin=$(realpath "$3"); new_data=$(realpath "$4")
work=${5:-$(mktemp -d)}
mkdir -p "$work"
shared=$(realpath -e "$new_data/../shared/reference/tei-corpora" 2>/dev/null ||
         realpath -e "$new_data/tests/data/reference/tei-corpora" 2>/dev/null || true)

produce() {  # produce BINARY DATA_DIR OUT
  local bin=$1 data=$2 out=$3
  rm -rf "$out"; mkdir -p "$out"
  export TEIPRESS_DATA_DIR=$data
  # The edition from its sources: conversion, validation, HTML and FO (PDF is FOP's, not ours).
  "$bin" build --sources "$data/sources" --tei "$out/tei" --authority "$data/tei/authority" \
    --out "$out/edition" --no-pdf --jobs 2 >"$out/build.log" 2>&1 || true
  # Reference corpora: every file, and the FRUS volumes split into documents.
  if [ -n "$shared" ] && [ -d "$shared" ]; then
    local corpus
    for corpus in "$shared"/*/; do
      local name; name=$(basename "$corpus")
      mapfile -t files < <(find "$corpus" -name '*.xml' -not -path '*/alists/*' | sort)
      [ ${#files[@]} -gt 0 ] || continue
      mkdir -p "$out/corpora"
      "$bin" render --html "$out/corpora/$name/html" --print "$out/corpora/$name/print" \
        --authority "$data/tei/authority" --jobs 2 "${files[@]}" >"$out/corpora/$name.log" 2>&1 || true
    done
    "$bin" split -o "$out/frus-split" "$shared"/frus/*.xml >"$out/split.log" 2>&1 || true
    mapfile -t split < <(find "$out/frus-split" -name '*.xml' | sort)
    if [ ${#split[@]} -gt 0 ]; then
      "$bin" render --html "$out/frus-html" --print "$out/frus-print" --authority "$data/tei/authority" \
        --jobs 2 "${split[@]}" >"$out/frus-render.log" 2>&1 || true
    fi
  fi
  # The build's own state and its report (times) are not outputs.
  rm -rf "$out/edition/.teipress" "$out/edition/report.json" "$out/edition/report.html"
  # Logs name the checkout and may order parallel messages differently; compare them sorted, with
  # the data directory written as DATA.
  local log
  for log in $(find "$out" -name '*.log'); do
    sed "s#$data#DATA#g; s#$out#OUT#g" "$log" | sort >"$log.sorted"; rm "$log"
  done
}

produce "$old_bin" "$old_data" "$work/old"
produce "$new_bin" "$new_data" "$work/new"

old_count=$(find "$work/old" -type f | wc -l)
if diff -r -q "$work/old" "$work/new" >"$work/differences.txt"; then
  echo "identical: $old_count files ($work)"
else
  cat "$work/differences.txt"
  echo "DIFFERENT: $(wc -l <"$work/differences.txt") of $old_count files differ ($work)" >&2
  exit 1
fi
