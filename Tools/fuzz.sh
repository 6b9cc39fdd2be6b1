#!/usr/bin/env bash
# Fuzz kgraph (issue #17): extraction on arbitrary bytes, the question reader on arbitrary
# strings, `build --from-jsonl` on mutated lines.
#
#   Tools/fuzz.sh [MINUTES] [extract|question|jsonl ...]   # default: 10 minutes each, all three
#   Tools/fuzz.sh --smoke [SECONDS]                         # plain build, seeded random mutations (CI)
#
# The full run builds kgraph-fuzz with libFuzzer and AddressSanitizer (swiftc
# -sanitize=fuzzer,address) into .build-fuzz and runs the harnesses one after another (the machine
# may have 2 cores); corpora, crash inputs and logs stay in .build-fuzz/work. Replay a crash with
# the plain build: swift run kgraph-fuzz jsonl .build-fuzz/work/artifacts/jsonl-crash-…
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--smoke" ]; then
  seconds=${2:-30}
  swift build --product kgraph-fuzz
  bin=$(swift build --product kgraph-fuzz --show-bin-path)/kgraph-fuzz
  # A failing input stays in .build/fuzz-smoke (kgraph-fuzz-<harness>-failure-N, or
  # kgraph-fuzz-<harness>.last after a crash); replay it with: swift run kgraph-fuzz <harness> FILE
  work=.build/fuzz-smoke
  rm -rf "$work" && mkdir -p "$work"
  for h in extract question jsonl; do (cd "$work" && "$bin" "$h" --seconds "$seconds" --seed "$RANDOM"); done
  exit 0
fi

minutes=${1:-10}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(extract question jsonl)

work=.build-fuzz/work
mkdir -p "$work/artifacts" "$work/logs"
swift build --product kgraph-fuzz
"$(swift build --product kgraph-fuzz --show-bin-path)/kgraph-fuzz" seeds "$work/seeds"
swift build --product kgraph-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "Cannot export local symbol" || true
bin=.build-fuzz/debug/kgraph-fuzz

for h in "${harnesses[@]}"; do
  mkdir -p "$work/corpus/$h"
  maxlen=4096; [ "$h" = question ] && maxlen=1000
  [ "$h" = jsonl ] && maxlen=16384
  echo "== $h: $minutes min"
  ASAN_OPTIONS=detect_leaks=0 KGRAPH_FUZZ_TARGET=$h "$bin" -max_total_time=$((minutes * 60)) -max_len=$maxlen -timeout=60 -rss_limit_mb=3072 \
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$work/artifacts/$h-" \
    "$work/corpus/$h" "$work/seeds/$h" >"$work/logs/$h.log" 2>&1 || echo "== $h: stopped with status $? (see $work/logs/$h.log)"
  grep -E "^Done|stat::number_of_executed_units|SUMMARY|deadly signal|Test unit written" "$work/logs/$h.log" || true
done
