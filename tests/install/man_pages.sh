#!/bin/sh
# The generated man pages as man renders them: a page for teipress and for every command that
# `teipress --help` lists, no warning from man or groff, and every option that `teipress CMD
# --help` prints is on the rendered page (the help and the pages are two writers of one table).
# usage: man_pages.sh TEIPRESS MANUAL_DIR
set -eu
teipress=$1
pages=$2/man/man1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

command -v man >/dev/null || missing "man is not installed (Debian package man-db)"
command -v groff >/dev/null || missing "groff is not installed"

commands=$("$teipress" --help | sed -n '/^commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || fail "teipress --help lists no commands"
work=$(mktemp -d "${TMPDIR:-/tmp}/teipress-man-XXXXXX")
trap 'rm -rf "$work"' EXIT

check_page() {  # check_page PAGE HELP_OUTPUT
  page=$1
  [ -f "$page" ] || fail "no page $page"
  # man --warnings runs groff with -ww; anything on standard error is a warning.
  MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$page" >"$work/rendered" 2>"$work/warnings" || fail "man -l $page failed"
  [ ! -s "$work/warnings" ] || { cat "$work/warnings"; fail "$page: warnings"; }
  [ -f "$page.gz" ] && gzip -dc "$page.gz" | cmp -s - "$page" || fail "$page.gz is not the page compressed"
  # Every option of the help, as it reads on the page (man turns \- into '-' or U+2212).
  sed 's/\xe2\x88\x92/-/g; s/\xe2\x80\x90/-/g' "$work/rendered" >"$work/text"
  printf '%s\n' "$2" | grep -o -- '^  \(-[a-zA-Z], \)\{0,1\}--\{0,1\}[a-z][a-z-]*' | sed 's/^ *//; s/,.*//' |
    while read -r option; do
      grep -q -- "$option" "$work/text" || fail "$page lacks $option, which --help lists"
    done
}

check_page "$pages/teipress.1" "$("$teipress" --help)"
count=1
for command in $commands; do
  check_page "$pages/teipress-$command.1" "$("$teipress" "$command" --help)"
  grep -q "^EXIT STATUS" "$work/text" && grep -q "^OUTPUT" "$work/text" || fail "teipress-$command(1) lacks EXIT STATUS or OUTPUT"
  count=$((count + 1))
done
[ "$(ls "$pages"/*.1 | wc -l)" = "$count" ] || fail "$(ls "$pages"/*.1 | wc -l) pages for $count commands and teipress"
# teipress-config(5): renders without warnings and explains every key of the file teipress init writes.
config_page=$2/man/man5/teipress-config.5
"$teipress" init "$work/edition" >/dev/null 2>&1 || fail "teipress init"
check_page "$config_page" ""
keys=$(sed -n 's/^#\{0,1\} *\([a-z][a-z-]*\) = .*/\1/p' "$work/edition/teipress.toml")
[ -n "$keys" ] || fail "no keys in the file teipress init writes"
for key in $keys; do
  grep -q "^ *$key = " "$work/text" || fail "teipress-config(5) lacks the key $key"
done
echo "man pages: $count pages render without warnings and list every option of --help; teipress-config(5) every key"
