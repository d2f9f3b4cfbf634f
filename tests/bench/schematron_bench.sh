#!/usr/bin/env bash
# Schematron benchmark (BENCHMARKS.md, "Schematron"): the cost of the rules per file, on the 15
# shipped samples and on the documents split out of the FRUS volumes, side by side with an older
# teipress binary and with xsltproc running SchXslt's XSLT 1.0 compilation of the same rules.
#
#   tests/bench/schematron_bench.sh [BUILD_DIR]
#
# Environment: OLD_TEIPRESS, a teipress binary to compare with (skipped when unset);
# SCHXSLT, SchXslt's core/src/main/resources/xslt/1.0 directory (github:schxslt/schxslt; skipped
# when unset). Needs GNU time (/usr/bin/time) and xsltproc. The rules' cost is that of
# "validate --schematron" minus that of "validate" alone (the grammar and the parse), --jobs 1.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${1:-build}
teipress="$build/teipress"
shared=../shared/reference
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in /usr/bin/time xsltproc "$teipress"; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done

"$teipress" convert -o "$work/samples" sources/wilson/*.txt >/dev/null 2>&1
"$teipress" split -o "$work/frus" "$shared"/tei-corpora/frus/*.xml >/dev/null 2>&1
samples=$(find "$work/samples" -name '*.xml' | wc -l)
frus=$(find "$work/frus" -name '*.xml' | wc -l)

# The rules of edition.sch that need no teipress extension function, for the comparison with
# xsltproc (which has none).
cat >"$work/portable.sch" <<'EOF'
<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">
  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern id="responsibility">
    <rule context="@resp">
      <assert test="substring-after(., '#') = /tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:respStmt/@xml:id"
              id="resp">@resp '<value-of select="."/>' names no respStmt</assert>
    </rule>
  </pattern>
  <pattern id="record">
    <rule context="tei:TEI">
      <let name="record" value="normalize-space(tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type='record'])"/>
      <assert test="@xml:id = concat('wcda-', $record)" id="record">record <value-of select="$record"/></assert>
    </rule>
  </pattern>
  <pattern id="brackets">
    <rule context="tei:text//text()[contains(., '[') or contains(., ']')]">
      <report test="true()" id="brackets">bracket "<value-of select="normalize-space(.)"/>"</report>
    </rule>
  </pattern>
  <pattern id="footnotes">
    <rule context="tei:note[@place='foot']">
      <let name="position" value="count(preceding::tei:note[@place='foot']) + 1"/>
      <assert test="@n" id="footnote-n">no @n</assert>
      <assert test="not(@n = preceding::tei:note[@place='foot']/@n)" id="footnote-unique">twice</assert>
      <assert test="not(@n) or string(number(@n)) = 'NaN' or number(@n) = $position" id="footnote-sequence">order</assert>
    </rule>
  </pattern>
  <pattern id="telegrams">
    <rule context="tei:floatingText[@type='telegram']">
      <assert test="tei:body/tei:closer/tei:signed" id="signed">unsigned</assert>
    </rule>
  </pattern>
</schema>
EOF

# run LABEL COMMAND...: prints "LABEL|wall s|CPU s|peak MB", the best of 3 runs by CPU (the
# machine is shared); exit status ignored (findings exit 1)
run() {
  local label=$1 best="" line
  shift
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    read -r wall user system rss < <(tail -n 1 "$work/time")
    line=$(printf '%.2f|%s|%d' "$(echo "$user + $system" | bc)" "$wall" $(( rss / 1024 )))
    if [ -z "$best" ] || (( $(echo "${line%%|*} < ${best%%|*}" | bc) )); then best=$line; fi
  done
  IFS='|' read -r cpu wall rss <<<"$best"
  printf '%s|%s|%s|%s\n' "$label" "$wall" "$cpu" "$rss"
}

echo "samples: $samples converted TEI files; FRUS: $frus documents; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "task|wall s|CPU s|peak MB"
for set in samples frus; do
  dir="$work/$set"
  run "$set: teipress validate (edition.rng only)" "$teipress" validate --jobs 1 "$dir"
  run "$set: teipress validate --schematron edition.sch" "$teipress" validate --jobs 1 --schematron schemas/edition.sch \
    --authority tei/authority "$dir"
  if [ -n "${OLD_TEIPRESS:-}" ]; then
    run "$set: old teipress validate (edition.rng only)" "$OLD_TEIPRESS" validate --jobs 1 "$dir"
    run "$set: old teipress validate --schematron edition.sch" "$OLD_TEIPRESS" validate --jobs 1 \
      --schematron schemas/edition.sch --authority tei/authority "$dir"
  fi
  run "$set: teipress validate --schematron portable.sch" "$teipress" validate --jobs 1 --schematron "$work/portable.sch" "$dir"
  if [ -n "${SCHXSLT:-}" ]; then
    mapfile -t files < <(find "$dir" -name '*.xml' | sort)
    run "$set: xsltproc, SchXslt compiling portable.sch (3 steps)" sh -c \
      "xsltproc '$SCHXSLT/include.xsl' '$work/portable.sch' | xsltproc '$SCHXSLT/expand.xsl' - \
       | xsltproc '$SCHXSLT/compile-for-svrl.xsl' - >'$work/portable.xsl'"
    xsltproc "$SCHXSLT/include.xsl" "$work/portable.sch" | xsltproc "$SCHXSLT/expand.xsl" - |
      xsltproc "$SCHXSLT/compile-for-svrl.xsl" - >"$work/portable.xsl"
    run "$set: xsltproc portable.xsl (SchXslt), all files in one process" xsltproc "$work/portable.xsl" "${files[@]}"
    run "$set: xmllint --noout (parse only), one process" xmllint --noout "${files[@]}"
  fi
done
