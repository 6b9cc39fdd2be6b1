#!/usr/bin/env bash
# One binary that needs nothing beside it (issue #14): builds the static release kgraph, copies the
# binary alone to an empty folder outside the checkout, hides the build folder's resource bundles
# (older builds left kgraph_*.resources beside the binary), and extracts every example from there.
# Each output must equal what the in-tree build prints for the same file. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build -c release --static-swift-stdlib --product kgraph
built=.build/release/kgraph
[ -x "$built" ] || { echo "standalone check: no release binary at $built"; exit 1; }

work=$(mktemp -d)
hidden=$(mktemp -d)
restore() {
  for b in "$hidden"/*.resources; do [ -e "$b" ] && mv "$b" .build/release/; done
  rm -rf "$work" "$hidden"
}
trap restore EXIT
for b in .build/release/kgraph_*.resources; do [ -e "$b" ] && mv "$b" "$hidden"/; done

mkdir -p "$work/bin" "$work/Examples"
cp "$built" "$work/bin/kgraph"
cp Examples/*.txt "$work/Examples/"
expected=$(mktemp -d -p "$work")

passed=0 failed=0
for f in Examples/*.txt; do
  "$built" extract --format json "$f" > "$expected/want.json"
  if (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" ./bin/kgraph extract --format json "$f") > "$expected/got.json" \
     && cmp -s "$expected/want.json" "$expected/got.json" && grep -q '"entities"' "$expected/got.json"; then
    passed=$((passed + 1))
  else
    echo "standalone check: $f: the copied binary failed or printed something else"; failed=$((failed + 1))
  fi
done
echo "standalone: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
