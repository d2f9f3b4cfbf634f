#!/usr/bin/env bash
# The steps of the teipress GitHub Action (action.yml), as a runner runs them: inputs come as
# INPUT_* variables, outputs go to $GITHUB_OUTPUT, the summary to $GITHUB_STEP_SUMMARY, and the
# annotations are workflow commands on standard output. Runs anywhere: without those variables it
# writes nothing but the annotations and the report.
#
#   run.sh install    installs $INPUT_PACKAGE (a teipress_*.deb path or https URL), or checks that
#                     teipress is on PATH when it is empty
#   run.sh validate   validates $INPUT_FILES (globs) with --format github, then writes the JUnit
#                     report $INPUT_JUNIT; exit status that of teipress validate (0 when
#                     $INPUT_FAIL_ON_INVALID is false and only files were invalid)
set -euo pipefail

output() { [ -z "${GITHUB_OUTPUT:-}" ] || echo "$1=$2" >>"$GITHUB_OUTPUT"; }

install() {
  local package=${INPUT_PACKAGE:-}
  if [ -z "$package" ]; then
    command -v teipress >/dev/null || {
      echo "::error title=teipress::teipress is not on PATH: give the action's 'package' input (a teipress_*.deb path or URL)"
      exit 2
    }
  else
    if [[ $package == https://* ]]; then
      local downloaded=${RUNNER_TEMP:-/tmp}/teipress.deb
      curl --fail --silent --show-error --location --output "$downloaded" "$package"
      package=$downloaded
    fi
    [ -f "$package" ] || { echo "::error title=teipress::no package at $package"; exit 2; }
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    # Only what validation needs: FOP, Java and the fonts are the package's Recommends.
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$(realpath "$package")"
  fi
  teipress --version
}

validate() {
  local files=() pattern
  shopt -s globstar nullglob
  # Word splitting and globbing of the input are the point here: it is a list of patterns.
  # shellcheck disable=SC2086
  for pattern in ${INPUT_FILES:-**/*.xml}; do
    local matched=($pattern)
    if [ ${#matched[@]} -eq 0 ] && [ -e "$pattern" ]; then matched=("$pattern"); fi
    files+=("${matched[@]}")
  done
  shopt -u globstar nullglob
  if [ ${#files[@]} -eq 0 ]; then
    echo "::error title=teipress::no file matches '${INPUT_FILES:-**/*.xml}'"
    output status 2
    exit 2
  fi
  local options=()
  [ -z "${INPUT_SCHEMA:-}" ] || options+=(--schema "$INPUT_SCHEMA")
  [ -z "${INPUT_SCHEMATRON:-}" ] || options+=(--schematron "$INPUT_SCHEMATRON")
  # shellcheck disable=SC2206
  [ -z "${INPUT_ARGS:-}" ] || options+=($INPUT_ARGS)

  local status=0 junit=${INPUT_JUNIT:-teipress-junit.xml} summary
  summary=$(mktemp)
  teipress validate --format github "${options[@]}" -- "${files[@]}" 2>"$summary" || status=$?
  cat "$summary" >&2
  if [ "$status" -le 1 ]; then
    mkdir -p "$(dirname "$junit")"
    teipress validate --format junit "${options[@]}" -- "${files[@]}" >"$junit" 2>/dev/null || true
    output junit "$junit"
  fi
  output status "$status"
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    { echo "### teipress validate"; echo; tail -n 1 "$summary"; } >>"$GITHUB_STEP_SUMMARY"
  fi
  rm -f "$summary"
  if [ "$status" = 1 ] && [ "${INPUT_FAIL_ON_INVALID:-true}" = false ]; then status=0; fi
  exit "$status"
}

case "${1:-}" in
  install) install ;;
  validate) validate ;;
  *) echo "usage: $0 install|validate" >&2; exit 2 ;;
esac
