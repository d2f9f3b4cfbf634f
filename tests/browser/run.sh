#!/bin/sh
# ctest entry point of the browser tests: builds the edition with the teipress under test into a
# temporary directory, then runs edition.test.mjs on it with node. Exit status 77 (a skip for
# ctest) when node, java, chromium or the npm packages are missing, unless TEIPRESS_REQUIRE_ALL=1.
# usage: run.sh TEIPRESS_BINARY SOURCE_DIR
set -eu
teipress=$1
source_dir=$2
here=$(cd "$(dirname "$0")" && pwd)

missing() {
  if [ "${TEIPRESS_REQUIRE_ALL:-}" = 1 ]; then
    echo "browser tests cannot run: $1 (TEIPRESS_REQUIRE_ALL=1)" >&2
    exit 1
  fi
  echo "browser tests skipped: $1" >&2
  exit 77
}
command -v node >/dev/null || missing "node is not installed"
command -v java >/dev/null || missing "java is not installed (the Nu Html Checker needs it)"
[ -x "${TEIPRESS_CHROMIUM:-/usr/bin/chromium}" ] || missing "chromium is not installed (apt-get install chromium)"
[ -d "$here/node_modules/playwright-core" ] && [ -d "$here/node_modules/axe-core" ] && [ -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ] ||
  missing "npm packages are not installed (npm ci --prefix tests/browser)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$teipress" build --sources "$source_dir/sources" --tei "$work/tei" --authority "$source_dir/tei/authority" \
  --out "$work/out" --no-pdf --jobs 2
EDITION_HTML="$work/out/html" node --test --test-concurrency=1 "$here/edition.test.mjs"
