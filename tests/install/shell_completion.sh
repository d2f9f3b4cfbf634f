#!/bin/sh
# The generated completions at work. bash (with Debian's bash-completion): commands, every option
# that `teipress CMD --help` prints, option values (choices, directories) in both "--opt VALUE" and
# "--opt=VALUE" forms, and operand files by extension, completed in a scratch directory. zsh: the
# script parses, and under compinit it registers for teipress.
# usage: shell_completion.sh TEIPRESS MANUAL_DIR
set -eu
teipress=$1
completions=$(cd "$2/completions" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

command -v bash >/dev/null || missing "bash is not installed"
[ -f /usr/share/bash-completion/bash_completion ] || missing "bash-completion is not installed"
command -v zsh >/dev/null || missing "zsh is not installed"

work=$(mktemp -d "${TMPDIR:-/tmp}/teipress-completion-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/dir"
touch "$work/a.txt" "$work/b.xml" "$work/c.pdf"
commands=$("$teipress" --help | sed -n '/^commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
for command in $commands; do
  "$teipress" "$command" --help | grep -o -- '^  \(-[a-zA-Z], \)\{0,1\}--\{0,1\}[a-z][a-z-]*' | sed 's/^ *//; s/,.*//' |
    tr '\n' ' ' >"$work/options-$command"
done

cd "$work"
COMMANDS=$commands COMPLETIONS=$completions bash -c '
  . /usr/share/bash-completion/bash_completion
  . "$COMPLETIONS/teipress"
  fail() { echo "shell_completion.sh: FAIL (bash): $*" >&2; exit 1; }
  # complete LINE: completes at the end of LINE as bash would, the words split at spaces and "=".
  complete() {
    COMP_LINE=$1
    COMP_POINT=${#COMP_LINE}
    read -r -a COMP_WORDS <<<"${1//=/ = }"
    [[ $1 == *" " ]] && COMP_WORDS+=("")
    [[ $1 == *"=" ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _teipress
    printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "
  }
  expect() {  # expect LINE WORDS: the completions of LINE are exactly WORDS (sorted)
    got=$(complete "$1")
    want=$(printf "%s\n" $2 | sort | tr "\n" " ")
    [ "$got" = "$want" ] || fail "\"$1\" completes to [$got], not [$want]"
  }
  for command in $COMMANDS; do
    complete "teipress " | grep -qw -- "$command" || fail "teipress <TAB> lacks $command"
    got=$(complete "teipress $command -")
    for option in $(cat "options-$command"); do
      case " $got " in *" $option "*) ;; *) fail "teipress $command -<TAB> lacks $option" ;; esac
    done
  done
  expect "teipress validate --format " "human json junit github sarif svrl"
  expect "teipress validate --format=j" "json junit"
  expect "teipress build --paper=" "a4 letter"
  expect "teipress render --color " "auto always never"
  expect "teipress convert " "a.txt dir"
  expect "teipress validate " "b.xml dir"
  expect "teipress build --out " "dir"
  expect "teipress help v" "validate version"
'
# zsh: the script parses, compinit picks it up from $fpath for the command teipress, and loading
# it defines the completion function.
zsh -n "$completions/_teipress" || fail "zsh cannot parse _teipress"
result=$(zsh -f -c "fpath=('$completions' \$fpath); autoload -U compinit; compinit -u -d '$work/zcompdump'
  print -r -- \${_comps[teipress]}" 2>&1)
[ "$result" = _teipress ] || fail "zsh's compinit does not use _teipress for teipress: $result"
echo "completions: bash completes every command, option and value; zsh loads _teipress"
