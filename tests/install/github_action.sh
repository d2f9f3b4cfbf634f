#!/bin/sh
# The GitHub Action (action.yml) checked and its script (.github/action/run.sh) run locally as a
# runner runs it: INPUT_* variables, $GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY, the workspace as the
# working directory. The annotations, the JUnit report, the outputs and the exit statuses are
# checked for valid files, invalid ones, a glob that matches nothing, and fail-on-invalid false.
# usage: github_action.sh TEIPRESS SOURCE_DIR
set -eu
teipress=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

command -v bash >/dev/null || missing "bash is not installed"
python=/usr/bin/python3
[ -x "$python" ] && "$python" -c 'import yaml' 2>/dev/null || missing "python3-yaml is not installed"
action=$source_dir/action.yml
script=$source_dir/.github/action/run.sh

# action.yml: a composite action whose steps run the script, with an env entry for every input
# the script reads, and the upload of the JUnit report.
"$python" - "$action" "$script" <<'PY' || fail "action.yml does not match its script"
import re, sys, yaml
action, script = yaml.safe_load(open(sys.argv[1])), open(sys.argv[2]).read()
problems = []
if action["runs"]["using"] != "composite":
    problems.append("not a composite action")
steps = action["runs"]["steps"]
runs = [s.get("run", "") for s in steps]
for verb in ("install", "validate"):
    if not any('"$GITHUB_ACTION_PATH/.github/action/run.sh" ' + verb in r for r in runs):
        problems.append(f"no step runs run.sh {verb}")
passed = {v for s in steps for v in (s.get("env") or {})}
for name in sorted(set(re.findall(r"INPUT_[A-Z_]+", script))):
    if name not in passed:
        problems.append(f"the script reads {name}, which no step passes")
    if name[6:].lower().replace("_", "-") not in action["inputs"]:
        problems.append(f"{name} is not an input of action.yml")
for s in steps:
    for expression in re.findall(r"\$\{\{\s*inputs\.([a-z-]+)", yaml.safe_dump(s)):
        if expression not in action["inputs"]:
            problems.append(f"a step uses the unknown input {expression}")
if not any(s.get("uses", "").startswith("actions/upload-artifact@") for s in steps):
    problems.append("no step uploads the JUnit report")
for p in problems:
    print("action.yml:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

work=$(mktemp -d "${TMPDIR:-/tmp}/teipress-action-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/workspace/tei/letters"
ln -s "$teipress" "$work/bin/teipress"
PATH="$work/bin:$PATH"
cd "$work/workspace"
"$teipress" convert -o tei --authority "$source_dir/tei/authority" "$source_dir/sources/wilson/113009.txt" 2>/dev/null
"$teipress" convert -o tei/letters --authority "$source_dir/tei/authority" "$source_dir/sources/wilson/118655.txt" 2>/dev/null

step() {  # step NAME VERB [VAR=VALUE...]: runs the script as a step; status in $status
  name=$1 verb=$2
  shift 2
  : >"$work/$name.output"
  : >"$work/$name.summary"
  status=0
  env GITHUB_OUTPUT="$work/$name.output" GITHUB_STEP_SUMMARY="$work/$name.summary" RUNNER_TEMP="$work" "$@" \
    bash "$script" "$verb" >"$work/$name.stdout" 2>"$work/$name.stderr" || status=$?
}

step install install INPUT_PACKAGE=
[ "$status" = 0 ] && grep -q "^teipress " "$work/install.stdout" || fail "install with teipress on PATH: exit $status"

# Valid files, found by a globstar pattern: exit 0, no annotation, a JUnit report without failures.
step valid validate "INPUT_FILES=tei/**/*.xml" INPUT_JUNIT=reports/junit.xml
[ "$status" = 0 ] || { cat "$work/valid.stderr"; fail "valid files: exit $status"; }
[ ! -s "$work/valid.stdout" ] || fail "valid files annotated: $(cat "$work/valid.stdout")"
grep -qx "junit=reports/junit.xml" "$work/valid.output" && grep -qx "status=0" "$work/valid.output" || fail "outputs: $(cat "$work/valid.output")"
[ "$(xmllint --xpath 'string(/testsuites/testsuite/@tests)' reports/junit.xml)" = 2 ] || fail "the JUnit report lacks the 2 files"
[ "$(xmllint --xpath 'count(//failure)' reports/junit.xml)" = 0 ] || fail "failures in the JUnit report of valid files"
grep -q "2 files: 2 valid, 0 invalid" "$work/valid.summary" || fail "step summary: $(cat "$work/valid.summary")"

# An invalid file among them: exit 1, an ::error annotation at its line and column, a JUnit failure.
sed 's/<teiHeader/<teiHeader bogus="1"/' tei/113009.xml >tei/letters/bad.xml
step invalid validate "INPUT_FILES=tei/*.xml
tei/letters" INPUT_JUNIT=junit.xml
[ "$status" = 1 ] || fail "an invalid file: exit $status"
grep -q "^::error file=tei/letters/bad.xml,line=[0-9]*,col=[0-9]*,title=relaxng[^:]*::.*bogus" "$work/invalid.stdout" ||
  fail "no annotation at the invalid file's line: $(cat "$work/invalid.stdout")"
[ "$(xmllint --xpath 'count(//testcase[@name="tei/letters/bad.xml"]/failure)' junit.xml)" = 1 ] || fail "no JUnit failure for bad.xml"
grep -qx "status=1" "$work/invalid.output" || fail "status output: $(cat "$work/invalid.output")"

# fail-on-invalid false: the same findings, exit 0.
step lenient validate INPUT_FILES=tei/letters/bad.xml INPUT_FAIL_ON_INVALID=false
[ "$status" = 0 ] && grep -q "^::error file=tei/letters/bad.xml" "$work/lenient.stdout" || fail "fail-on-invalid false: exit $status"

# Another schema, and Schematron rules, given as inputs.
step schemas validate INPUT_FILES=tei/113009.xml INPUT_SCHEMA="$source_dir/tests/data/reference/tei/tei_all.rng" \
  INPUT_SCHEMATRON="$source_dir/schemas/edition.sch" INPUT_ARGS="--authority $source_dir/tei/authority"
[ "$status" = 0 ] || { cat "$work/schemas.stderr"; fail "tei_all.rng and edition.sch: exit $status"; }
[ "$(xmllint --xpath 'count(/testsuites/testsuite)' teipress-junit.xml)" = 2 ] || fail "not one JUnit suite per schema"

# A pattern that matches nothing is an error, not a green check over no files.
step nothing validate INPUT_FILES=missing/*.xml
[ "$status" = 2 ] && grep -q "^::error title=teipress::no file matches" "$work/nothing.stdout" || fail "no match: exit $status"
echo "GitHub Action: annotations, JUnit report, outputs and exit statuses as documented"
