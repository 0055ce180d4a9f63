#!/usr/bin/env bash
# Peak resident memory of the commands on large and degenerate programme files, against the target
# of docs/SECURITY.md: at most 4x the file's size + 20 MB. Prints one line per run, "miss" when over.
# Usage: scripts/peak_memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
T=${TMPDIR:-/tmp}/whrcf-memory
mkdir -p "$T"
cargo build --release --quiet
[ -f "$T/synth-100k.toml" ] || cargo run --release --quiet --example synth -- 100000 "$T/synth-100k"
[ -f "$T/synth-200k.toml" ] || cargo run --release --quiet --example synth -- 200000 "$T/synth-200k"
# 300,000 empty events in 0.9 MB: each is skipped, and must cost next to nothing.
python3 -c "
import sys
events = ','.join(['{}'] * 300000)
sys.stdout.write('{\"schedule\":{\"conference\":{\"title\":\"x\",\"days\":[{\"index\":1,\"date\":\"2020-01-01\",\"rooms\":{\"A\":[' + events + ']}}]}}}')
" >"$T/empty-events.json"
export WHRCF_CACHE_DIR="$T/cache" WHRCF_DATA_DIR="$T/data" WHRCF_CONFIG_DIR="$T/config"
B=${CARGO_TARGET_DIR:-target}/release/whrcf
run() {
  local file=$1; shift
  local size kb target verdict label="$*"
  size=$(stat -c %s "$file")
  if [ "$1" = validate ]; then set -- "$@" "$file"; else set -- --programme "$file" "$@"; fi
  /usr/bin/time -f "%M" -o "$T/rss" "$B" --no-cache "$@" >/dev/null 2>&1 || true
  kb=$(tail -1 "$T/rss")
  target=$(( (4 * size + 20 * 1000 * 1000) / 1024 ))
  [ "$kb" -le "$target" ] && verdict=ok || verdict=miss
  awk -v f="$(basename "$file")" -v c="$label" -v s="$size" -v k="$kb" -v t="$target" -v v="$verdict" \
    'BEGIN { printf "%-22s %-20s file %6.1f MB  peak %6.1f MB  target %6.1f MB  %s\n", f, c, s / 1e6, k * 1024 / 1e6, t * 1024 / 1e6, v }'
}
for file in "$T/synth-100k.toml" "$T/synth-200k.toml" "$T/synth-100k.json"; do
  run "$file" list --format json
  run "$file" validate
  run "$file" clashes
done
run "$T/empty-events.json" list --format json
run "$T/empty-events.json" validate
