#!/usr/bin/env bash
# kgraph's benchmarks, on a release build: extraction throughput and its scaling with article
# size, query latency on a store of 10,000 synthetic articles (process start included),
# rendering against Graphviz's own `dot`, start-up of short commands, and export of the whole 10,000-article store in every
# format.
#
#   bash Sources/kgraph-dev/Scripts/benchmarks.sh            # all
#   KGRAPH_BENCH_DIR=/tmp/kb bash Sources/kgraph-dev/Scripts/benchmarks.sh query
#   KGRAPH_BASELINE=/tmp/old/kgraph bash Sources/kgraph-dev/Scripts/benchmarks.sh scale   # paired with an older build
#
# Whole commands are timed with farm-bench where it exists, else hyperfine (Debian: hyperfine).
set -euo pipefail
cd "$(dirname "$0")/../../.."
what=${1:-all}
work=${KGRAPH_BENCH_DIR:-/tmp/kgraph-bench}
mkdir -p "$work"
swift build -c release --static-swift-stdlib >/dev/null
bin=.build/release

timer() {  # timer COMMAND... : median wall time and peak memory of whole runs
  if command -v farm-bench >/dev/null; then
    farm-bench -n 15 -- "$@" 2>&1 | grep -E "^A (wall|peak)"
  else
    hyperfine -N --warmup 2 --runs 15 "$(printf '%q ' "$@")" | grep -E "Time|Range"
  fi
}

if [[ $what == all || $what == start ]]; then
  # The lexicons are linked in and read in place: a short command is mostly process start.
  echo "== start-up: one article extracted, one question on the three examples (whole process)"
  timer "$bin/kgraph" extract --format json Examples/harbour-raid-port-velo.txt
  rm -f "$work/examples.sqlite"*
  "$bin/kgraph" build Examples/*.txt --no-render --store "$work/examples.sqlite" >/dev/null
  timer "$bin/kgraph" query "who was arrested in Port Velo" --store "$work/examples.sqlite"
fi

if [[ $what == all || $what == extract ]]; then
  echo "== extraction throughput (one core, release)"
  "$bin/kgraph-dev" bench-extract --mb 10 Examples
  echo "== extraction time against article size (MB/s should stay flat)"
  "$bin/kgraph-dev" bench-scaling Examples
fi

if [[ $what == all || $what == scale ]]; then
  # Whole processes on synthetic corpora: extract --format jsonl of 5,000 articles (MB/s of the
  # articles read and of the JSON written), build --no-render of 1,000 and of 10,000 articles into
  # a new store. With KGRAPH_BASELINE, each is paired with that binary, run in turn.
  for n in 1000 5000 10000; do
    [[ -d $work/synth$n ]] || "$bin/kgraph-dev" synth --count $n --out "$work/synth$n" >/dev/null
  done
  pair() {  # pair NAME COMMAND-LINE-WITH-@BIN@ : one command, or both binaries in turn
    local new=${2//@BIN@/$bin/kgraph}
    echo "-- $1"
    if [[ -n ${KGRAPH_BASELINE:-} ]] && command -v farm-bench >/dev/null; then
      farm-bench -n "${3:-3}" --timeout 1800 --vs "sh -c '${2//@BIN@/$KGRAPH_BASELINE}'" -- sh -c "$new" 2>&1 | grep -E "wall|peak|A/B"
    elif command -v farm-bench >/dev/null; then
      farm-bench -n "${3:-3}" --timeout 1800 -- sh -c "$new" 2>&1 | grep -E "wall|peak"
    else
      hyperfine -N --warmup 1 --runs "${3:-3}" "sh -c '$new'" | grep -E "Time|Range"
    fi
  }
  echo "== 5,000 articles: $(cat "$work"/synth5000/*.txt | wc -c) bytes read, $("$bin/kgraph" extract --format jsonl "$work"/synth5000/*.txt | wc -c) bytes of JSON Lines written"
  pair "extract --format jsonl, 5,000 articles" "exec @BIN@ extract --format jsonl $work/synth5000/*.txt > /dev/null"
  pair "build --no-render, 1,000 articles" "rm -f $work/b1k.sqlite*; exec @BIN@ build $work/synth1000 --no-render --store $work/b1k.sqlite > /dev/null"
  pair "build --no-render, 10,000 articles" "rm -f $work/b10k.sqlite*; exec @BIN@ build $work/synth10000 --no-render --store $work/b10k.sqlite > /dev/null" 1
fi

if [[ $what == all || $what == query || $what == export ]]; then
  if [[ ! -f $work/big.sqlite ]]; then
    [[ -d $work/articles ]] || "$bin/kgraph-dev" synth --count 10000 --out "$work/articles" >/dev/null
    echo "== building a store of 10,000 synthetic articles"
    /usr/bin/time -f "   %e s wall, %M KB peak" "$bin/kgraph" build "$work/articles" --no-render --store "$work/big.sqlite" >/dev/null
  fi
fi

if [[ $what == all || $what == query ]]; then
  # A store built before the search indexes (schema v2) gets them when opened for writing: an
  # unchanged article is a no-op build that migrates (queries open read-only and would scan).
  "$bin/kgraph" build "$work/articles/article-00042.txt" --no-render --store "$work/big.sqlite" >/dev/null
  person=$(sed -n 3p "$work/articles/article-00042.txt" | cut -d, -f1)
  echo "== queries on 10,000 articles (whole process; person: $person)"
  # Named questions; a misspelt name, alone and in a question (name runs); listing questions
  # naming no one (a page of events, cut with a note); loose questions naming no one (sentences
  # found by their words): one that no sentence matches, two that many do.
  for q in "who arrested $person" "who is $person" "what did $person say" "where was $person arrested" \
           "${person%?}x" "who arrested ${person%?}x" \
           "who was arrested" "what was seized" "who was charged" \
           "where are the defendants from" "where are the traffickers from" "which researcher spoke about the drug trade"; do
    echo "-- kgraph query \"$q\""
    timer "$bin/kgraph" query "$q" --store "$work/big.sqlite" || true
  done
fi

if [[ $what == all || $what == render ]]; then
  echo "== render in process: one article (median of 25), 1,000 renders in a loop, 2,000 nodes with sfdp"
  "$bin/kgraph-dev" bench-render Examples/kampot-police-official-arrested.txt
  echo "== render one article's graph vs dot -Tsvg on the DOT kgraph exports"
  rm -f "$work/one.sqlite"
  "$bin/kgraph" build Examples/kampot-police-official-arrested.txt --no-render --store "$work/one.sqlite" >/dev/null
  "$bin/kgraph" render --store "$work/one.sqlite" --engine dot -o "$work/one.dot" >/dev/null
  if command -v farm-bench >/dev/null; then
    farm-bench -n 15 --vs "dot -Tsvg -o $work/dot.svg $work/one.dot" -- \
      "$bin/kgraph" render --store "$work/one.sqlite" --engine dot -o "$work/one.svg" 2>&1 | grep -E "wall|ratio|A/B"
  else
    hyperfine -N --warmup 2 "$bin/kgraph render --store $work/one.sqlite --engine dot -o $work/one.svg" \
      "dot -Tsvg -o $work/dot.svg $work/one.dot"
  fi
fi

if [[ $what == all || $what == export ]]; then
  echo "== export of the 10,000-article store"
  for f in graphml turtle jsonld cypher json jsonl; do
    /usr/bin/time -f "   $f: %e s wall, %M KB peak" "$bin/kgraph" export --store "$work/big.sqlite" --format "$f" -o "$work/big.$f" 2>&1 | grep -v "^exported"
  done
  /usr/bin/time -f "   neo4j-csv: %e s wall, %M KB peak" "$bin/kgraph" export --store "$work/big.sqlite" --format neo4j-csv -o "$work/neo4j" 2>&1 | grep -v "^exported"
fi
