#!/bin/sh
# Fuzzes the parsers, normalisers and report writers that read outside input, with libFuzzer.
#
# Usage: Scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default: 60 s, every target)
#        FUZZ_JOBS=2 Scripts/fuzz.sh 600                    (two targets at a time)
#
# Builds Fuzz/ (its own package, depending on this one) with -sanitize=fuzzer,address into
# .build-fuzz, then runs each target for the given time, niced, with every input over one
# second counted as a finding (-timeout=1). Each target starts from its seeds in
# Fuzz/Corpus/TARGET and from what earlier runs found (.build-fuzz/corpus/TARGET, never
# committed). Prints per target the executions and the findings (crash, timeout and
# out-of-memory inputs, in .build-fuzz/findings/TARGET), and the totals of every run so far
# (.build-fuzz/history.tsv). Exits 1 when anything was found. To replay a finding:
#   FUZZ_TARGET=TARGET .build-fuzz/release/ossrlint-fuzz FILE
set -eu
cd "$(dirname "$0")/.."
scratch=.build-fuzz
binary=$scratch/release/ossrlint-fuzz
all="rules configuration codemeta citation zenodo packaging spdx licence version glob reports"
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-$all}
jobs=${FUZZ_JOBS:-1}

for target in $targets; do
    case " $all " in *" $target "*) ;; *) echo "fuzz.sh: no target '$target' (targets: $all)" >&2; exit 2 ;; esac
done

# -parse-as-library: the harness's entry point is an @main type. -Xcc instruments the C and
# C++ parsers too (libyaml in Yams), so that libFuzzer steers into them.
# gold warns about one ASan runtime symbol on every sanitised link; that is the toolchain's.
# The old binary goes first: a failed build (a source edited while it ran) must not leave it
# to be fuzzed as if it were the current code.
rm -f "$binary"
(cd Fuzz && nice -n 10 swift build -c release --scratch-path "../$scratch" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address) 2>&1 |
    grep -E "error|warning:|Build complete" | grep -v "Cannot export local symbol '__asan_extra_spill_area'" || true
[ -x "$binary" ] || { echo "fuzz.sh: the build failed" >&2; exit 2; }

run() {
    target=$1
    mkdir -p "$scratch/corpus/$target" "$scratch/findings/$target" "$scratch/logs"
    log=$scratch/logs/$target.log
    leaks=1
    started=$(date +%s)
    # New inputs go to the first folder, so the seeds in the repository are only read.
    FUZZ_TARGET=$target nice -n 10 "$binary" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 \
        -detect_leaks="$leaks" -print_final_stats=1 -artifact_prefix="$scratch/findings/$target/" \
        "$scratch/corpus/$target" "Fuzz/Corpus/$target" >"$log" 2>&1 || true
    # The time it really ran: a finding ends the run early.
    elapsed=$(($(date +%s) - started))
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    findings=$(find "$scratch/findings/$target" -newer "$scratch/logs/.start-$target" -type f | sort | tr '\n' ' ')
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$target" "$elapsed" "${executions:-0}" "${findings:-none}" >>"$scratch/history.tsv"
    printf '%-14s %6s s  %12s executions  findings: %s\n' "$target" "$elapsed" "${executions:-?}" "${findings:-none}"
}

# The Swift runtime's backtracer reads memory ASan has poisoned and reports that instead of
# the fault; libFuzzer's own report of a trap is what a finding needs.
export SWIFT_BACKTRACE=enable=no
LSAN_OPTIONS=suppressions=$(pwd)/Fuzz/lsan-suppressions.txt
export LSAN_OPTIONS

mkdir -p "$scratch/logs"
running=0
for target in $targets; do
    touch "$scratch/logs/.start-$target"
    run "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then wait; running=0; fi
done
wait

echo "totals of every run so far ($scratch/history.tsv):"
awk -F '\t' '{ seconds[$2] += $3; executions[$2] += $4 } END { for (t in seconds) printf "  %-14s %7d s  %12d executions\n", t, seconds[t], executions[t] }' "$scratch/history.tsv" | sort
found=0
for target in $targets; do
    if [ -n "$(find "$scratch/findings/$target" -newer "$scratch/logs/.start-$target" -type f)" ]; then found=1; fi
done
exit "$found"
