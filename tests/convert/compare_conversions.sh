#!/usr/bin/env bash
# Compares what two teipress builds convert, input by input: the TEI written and the diagnostics
# reported for every shipped source, every generalization export, every example of the spec
# (tests/spec/spec.md, wrapped in a document as tests/convert/spec_test.cc does) and every seed of
# the convert fuzzer. For changes to the converter's mechanics (speed, memory) that must not change
# what it produces: the two builds' outputs must be byte-identical.
#
# usage: tests/convert/compare_conversions.sh OLD_TEIPRESS OLD_DATA_DIR NEW_TEIPRESS NEW_DATA_DIR [WORK_DIR]
#   *_DATA_DIR is the checkout whose tei/authority/ (and data files) that binary uses; the inputs
#   are taken from NEW_DATA_DIR.
# Exit status 0 when every output is identical, 1 when any differs (the differences are listed).
set -euo pipefail
if [ $# -lt 4 ]; then
  sed -n '2,10p' "$0" >&2
  exit 2
fi
old_bin=$(realpath "$1"); old_data=$(realpath "$2"); new_bin=$(realpath "$3"); new_data=$(realpath "$4")
work=$(realpath -m "${5:-$(mktemp -d)}")
rm -rf "$work"; mkdir -p "$work/inputs"

# The inputs, copied under flat names so that both builds see the same paths.
n=0
add() {  # add FILE
  n=$((n + 1))
  cp "$1" "$work/inputs/$(printf '%04d' "$n")-$(basename "$1" | tr -c 'A-Za-z0-9._\n-' '_')"
}
for file in "$new_data"/sources/wilson/*.txt; do add "$file"; done
while IFS= read -r file; do add "$file"; done < <(find "$new_data/tests/data/generalization" -name '*.txt' | sort)
if [ -d "$new_data/tests/fuzz/corpus/convert_fuzzer" ]; then
  while IFS= read -r file; do add "$file"; done < <(find "$new_data/tests/fuzz/corpus/convert_fuzzer" -type f | sort)
fi
# The spec's examples: a snippet is wrapped in the same document frame as in spec_test.cc.
python3 - "$new_data/tests/spec/spec.md" "$work/inputs" <<'PY'
import sys
spec, out = sys.argv[1], sys.argv[2]
fence = "`" * 32
frame = ("\n\nSpec example\n\nCitation:\n\n\u201cSpec example,\u201d History and Public Policy Program Digital "
         "Archive, Spec Archive.\n<http://digitalarchive.wilsoncenter.org/document/900001>\n\nSummary:\n\n"
         "Spec.\n\nOriginal Language:\n\nRussian\n\nContents:\n\n- English Translation\n\n")
state, text, number = "prose", "", 0
for line in open(spec, encoding="utf-8").read().split("\n"):
    if state == "prose" and line.startswith(fence + " example"):
        state, text, number = "input", "", number + 1
    elif state == "input":
        if line == ".":
            whole = "\nCitation:\n" in text or text.startswith("Citation:\n")
            with open(f"{out}/spec-{number:04d}.txt", "w", encoding="utf-8") as f:
                f.write(text if whole else frame + text)
            state = "expected"
        else:
            text += line + "\n"
    elif state == "expected" and line == fence:
        state = "prose"
PY

produce() {  # produce BINARY DATA_DIR OUT
  local bin=$1 data=$2 out=$3 file name
  mkdir -p "$out"
  export TEIPRESS_DATA_DIR=$data
  for file in "$work"/inputs/*; do
    name=$(basename "$file")
    (cd "$work/inputs" && "$bin" convert --color never -o - --authority "$data/tei/authority" "$name" \
        >"$out/$name.xml" 2>"$out/$name.log"; echo "exit $?" >>"$out/$name.log") || true
    sed -i "s#$data#DATA#g" "$out/$name.log"
  done
}

produce "$old_bin" "$old_data" "$work/old"
produce "$new_bin" "$new_data" "$work/new"

count=$(find "$work/inputs" -type f | wc -l)
if diff -r "$work/old" "$work/new" >"$work/differences.txt"; then
  echo "compare_conversions: all $count inputs convert identically (TEI and diagnostics)"
else
  cat "$work/differences.txt" | head -200
  echo "compare_conversions: $(diff -rq "$work/old" "$work/new" | wc -l) of $((count * 2)) outputs differ (of $count inputs); see $work/differences.txt"
  exit 1
fi
