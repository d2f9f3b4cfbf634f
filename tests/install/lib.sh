# Shared by the install tests (sourced): skipping or failing when a tool is missing, and running a
# command where the checkout and the build tree cannot be reached.

# A missing tool skips the test (exit 77, which ctest reports as skipped) unless CI requires every
# test to run (TEIPRESS_REQUIRE_ALL=1), where it fails.
missing() {
  if [ "${TEIPRESS_REQUIRE_ALL:-}" = 1 ]; then
    echo "$(basename "$0"): cannot run: $1 (TEIPRESS_REQUIRE_ALL=1)" >&2
    exit 1
  fi
  echo "$(basename "$0"): skipped: $1" >&2
  exit 77
}

fail() {
  echo "$(basename "$0"): FAIL: $*" >&2
  exit 1
}

# Whether this process may hide directories in a private mount namespace (root, or a kernel that
# allows unprivileged user namespaces).
can_hide() { unshare --mount --map-root-user true 2>/dev/null || unshare --mount true 2>/dev/null; }

# isolated DIR... -- COMMAND...: runs COMMAND with an empty tmpfs over each DIR, in a mount
# namespace of its own, so that nothing in them (the checkout, the build tree) can be read. A DIR
# inside an earlier one is gone with it.
isolated() {
  hidden=""
  while [ "$1" != "--" ]; do hidden="$hidden $1"; shift; done
  shift
  unshare_flags="--mount"
  unshare --mount true 2>/dev/null || unshare_flags="--mount --map-root-user"
  # shellcheck disable=SC2086
  unshare $unshare_flags sh -c 'for dir in $0; do [ ! -d "$dir" ] || mount -t tmpfs -o ro teipress-hidden "$dir" || exit 125; done; exec "$@"' \
    "$hidden" "$@"
}
