#!/usr/bin/env bash
# Counts `try!` and force unwraps (`x!`, `)!`, `]!`) in Sources/ (comment lines left out), issue #17
# item 13: no `try!` at all, and no file with more force-unwrap lines than
# Tools/unsafe-allowlist.txt allows (each allowed one is an internal invariant, never data from
# files, the store, JSON Lines or options). Run by CI and by SourceAuditTests.
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
code_lines() { grep -rnE "$1" Sources --include='*.swift' | grep -vE '^[^:]+:[0-9]+:[[:space:]]*//' || true; }

tries=$(code_lines 'try!')
if [ -n "$tries" ]; then
  echo "try! in Sources/ (handle the error):"; echo "$tries"; status=1
fi

declare -A allowed=()
while read -r file count _; do
  [[ -z "${file:-}" || "$file" == \#* ]] && continue
  allowed[$file]=$count
done < Tools/unsafe-allowlist.txt

total=0
while read -r count file; do
  [ -z "${file:-}" ] && continue
  total=$((total + count))
  max=${allowed[$file]:-0}
  if [ "$count" -gt "$max" ]; then
    echo "$file: $count lines with force unwraps, $max allowed (Tools/unsafe-allowlist.txt):"
    code_lines '[A-Za-z0-9_)]!([^=A-Za-z"]|$)|\]!([^=]|$)' | grep "^$file:"
    status=1
  fi
done < <(code_lines '[A-Za-z0-9_)]!([^=A-Za-z"]|$)|\]!([^=]|$)' | cut -d: -f1 | sort | uniq -c)

echo "unsafe check: 0 try! allowed, $(echo -n "$tries" | grep -c . || true) found; $total force-unwrap lines"
exit $status
