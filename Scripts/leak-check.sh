#!/bin/sh
# Leak check for GitKit with LeakSanitizer (valgrind 3.19 cannot read Swift 6.3's debug info).
#
# Usage: Scripts/leak-check.sh [TEST-FILTER]     (default filter: GitKitTests)
#
# Builds the package and its tests with -sanitize=address into .build-asan (the toolchain ships
# the runtime; nothing to install), runs the tests and a few ossrlint commands on this package's
# own repository, and sorts every leak report with Scripts/leak-report.py. Exits non-zero when a
# test fails or when GitKit leaks anything but the known libgit2 1.5 leak.
set -eu
cd "$(dirname "$0")/.."
scratch=.build-asan
filter=${1:-GitKitTests}
log=$(mktemp "${TMPDIR:-/tmp}/leak-check.XXXXXX")

swift build --build-tests --sanitize=address --scratch-path "$scratch" 2>&1 | grep -E "error|Compiling|Build complete" | grep -v "^\[" || true
# Full stacks (the fast unwinder stops in libraries built without frame pointers, e.g. pcre2)
# and exitcode=0, so that the exit status is the tests' and the leaks are judged below.
export ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0:malloc_context_size=40
export LSAN_OPTIONS=exitcode=0
status=0
swift test --skip-build --sanitize=address --scratch-path "$scratch" --filter "$filter" >"$log" 2>&1 || status=$?
grep -E "Test run with|Executed .* tests" "$log" | grep -v "Executed 0 tests" || true
binary="$scratch/debug/ossrlint"
for arguments in "check ." "check --staged ." "ls --sizes --worktree ." "check --rev nope ."; do
    # shellcheck disable=SC2086 # word splitting of the arguments is intended
    "$binary" $arguments >/dev/null 2>>"$log" || true
done
echo "leak summary (full log: $log):"
python3 Scripts/leak-report.py "$log" || status=1
exit "$status"
