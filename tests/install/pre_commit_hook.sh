#!/bin/sh
# The pre-commit hook (.pre-commit-hooks.yaml) run by pre-commit itself (Debian's pre-commit) in a
# scratch edition repository, as a user sets it up: `pre-commit install`, then `git commit`. A
# commit that stages an invalid TEI file is refused with the file's line and column; one that
# stages valid TEI passes, even when an invalid file that it does not touch is in the repository.
# usage: pre_commit_hook.sh TEIPRESS SOURCE_DIR
set -eu
teipress=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

command -v pre-commit >/dev/null || missing "pre-commit is not installed (Debian package pre-commit)"
command -v git >/dev/null || missing "git is not installed"

work=$(mktemp -d "${TMPDIR:-/tmp}/teipress-pre-commit-XXXXXX")
trap 'rm -rf "$work"' EXIT
# pre-commit's cache, git's identity and the teipress under test on PATH, nothing from the user.
export PRE_COMMIT_HOME="$work/cache" HOME="$work" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org
mkdir "$work/bin"
ln -s "$teipress" "$work/bin/teipress"
PATH="$work/bin:$PATH"

# The hooks repository: this checkout's hook definition, committed.
git init -q "$work/hooks"
cp "$source_dir/.pre-commit-hooks.yaml" "$work/hooks/"
git -C "$work/hooks" add .pre-commit-hooks.yaml
git -C "$work/hooks" commit -q -m hooks
rev=$(git -C "$work/hooks" rev-parse HEAD)

# An edition: TEI converted from two samples, its authority files, and the hook configured.
edition=$work/edition
git init -q "$edition"
mkdir -p "$edition/tei"
cp -R "$source_dir/tei/authority" "$edition/tei/authority"
"$teipress" convert -o "$edition/tei" --authority "$edition/tei/authority" \
  "$source_dir/sources/wilson/113009.txt" "$source_dir/sources/wilson/118655.txt" 2>/dev/null
cat >"$edition/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: teipress-validate
YAML
cd "$edition"
git add .pre-commit-config.yaml tei/authority
git commit -q -m "configuration and authority files" --no-verify
pre-commit install >/dev/null

# Valid TEI: the commit goes through, and the hook says it validated.
git add tei/113009.xml
git commit -m "a valid document" >commit.log 2>&1 || { cat commit.log; fail "a valid file was refused"; }
grep -q "validate TEI (teipress).*Passed" commit.log || { cat commit.log; fail "the hook did not run on the valid file"; }

# Invalid TEI: refused, and the finding names the file, line and column.
sed 's/<teiHeader/<teiHeader bogus="1"/' tei/118655.xml >tei/bad.xml
git add tei/bad.xml
if git commit -m "an invalid document" >commit.log 2>&1; then
  cat commit.log
  fail "a commit with an invalid TEI file went through"
fi
grep -q "validate TEI (teipress).*Failed" commit.log && grep -q "^tei/bad.xml:[0-9]*:[0-9]*: error: .*bogus" commit.log ||
  { cat commit.log; fail "the refusal does not name the invalid file's line and column"; }

# Only staged files are validated: the invalid file, committed without the hook, does not stop a
# commit of another valid file.
git commit -q -m "an invalid document, on purpose" --no-verify
git add tei/118655.xml
git commit -m "another valid document" >commit.log 2>&1 || { cat commit.log; fail "an untouched invalid file blocked the commit"; }
grep -q "validate TEI (teipress).*Passed" commit.log || { cat commit.log; fail "the hook did not run"; }
echo "pre-commit hook: valid commits pass, an invalid TEI file is refused with its line and column"
