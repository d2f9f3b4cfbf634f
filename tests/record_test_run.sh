#!/bin/sh
# Runs a test that is not a GoogleTest case (the browser tests, the fuzz replay) and writes
# "test NAME" (and "skipped NAME" when it exits 77) to $TEIPRESS_RULE_LOG, as the GoogleTest
# binaries do, so that diagnostic_catalog_coverage knows it ran.
# usage: record_test_run.sh NAME COMMAND [ARGUMENT...]
name=$1
shift
[ -n "${TEIPRESS_RULE_LOG:-}" ] && echo "test $name" >>"$TEIPRESS_RULE_LOG"
"$@"
status=$?
[ -n "${TEIPRESS_RULE_LOG:-}" ] && [ "$status" = 77 ] && echo "skipped $name" >>"$TEIPRESS_RULE_LOG"
exit "$status"
