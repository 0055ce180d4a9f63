#!/usr/bin/env bash
# Reproduce every figure of docs/PERFORMANCE.md: criterion benches, whole-process timings
# (hyperfine), first frame and peak memory through a pseudo-terminal, and the side-by-side
# comparisons with fzf and Python's xml.etree. Run on an otherwise idle machine.
# Usage: scripts/bench.sh [quick]   (quick: fewer runs)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-full}
[ "$RUNS" = quick ] && R=10 || R=40
need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need hyperfine hyperfine
need fzf fzf
F=$(scripts/unpack_fixtures.sh)
T=${TMPDIR:-/tmp}/whrcf-bench
mkdir -p "$T"
cargo build --release --quiet
cargo run --release --quiet --example synth -- 1000 "$T/synth-1k"
cargo run --release --quiet --example synth -- 10000 "$T/synth-10k"
cargo run --release --quiet --example synth -- 100000 "$T/synth-100k"
B=target/release/whrcf
# The programme cache lives here; the warm-up runs fill it, `--no-cache` rows show a first open.
export WHRCF_CACHE_DIR="$T/cache"
H="hyperfine -N -i --warmup 3 --export-markdown /dev/stdout"

echo "## criterion"
cargo bench --quiet --bench programme --bench tui --bench clash --bench agenda --bench import 2>&1 | grep -E '^[a-z].*|time:|thrpt:'

echo "## whole process"
$H --runs "$R" "$B list" "$B --edition 2019 list" "$B list --format json"
$H --runs "$R" "$B --tz Europe/Brussels --programme $F/fosdem-2020.xml list --format json"
$H --runs 5 "$B --programme $T/synth-1k.toml list" "$B --programme $T/synth-10k.toml list" "$B --programme $T/synth-100k.toml list"
$H --runs 15 "$B --programme $T/synth-1k.toml clashes" "$B --programme $T/synth-10k.toml clashes" "$B --programme $T/synth-100k.toml clashes"
$H --runs 5 "$B --no-cache --programme $T/synth-100k.toml list" "$B --no-cache --programme $T/synth-100k.toml clashes"

echo "## peak memory (maximum resident set size)"
for args in "list" "--programme $T/synth-100k.toml list" "--programme $T/synth-100k.toml clashes" "--no-cache --programme $T/synth-100k.toml clashes"; do
  /usr/bin/time -f "whrcf $args: %M KB, %e s" $B $args >/dev/null 2>"$T/time.txt" || true; tail -1 "$T/time.txt"
done

echo "## first complete frame and peak memory of the app, through a pseudo-terminal"
python3 scripts/first_frame.py "$R" "$B" --now=2021-10-07T14:00:00+09:00
python3 scripts/first_frame.py 5 "$B" --programme "$T/synth-100k.toml" --now=2030-10-07T12:00:00+09:00
python3 scripts/first_frame.py 3 "$B" --no-cache --programme "$T/synth-100k.toml" --now=2030-10-07T12:00:00+09:00

echo "## side by side: search over 100k sessions (whrcf whole process includes loading the file)"
# fzf reads its lines from a redirection, so this pair runs through a shell (no -N).
hyperfine -i --warmup 3 --runs 15 --export-markdown /dev/stdout "fzf --filter 'climate kim' < $T/synth-100k.lines > /dev/null" \
  "$B --programme $T/synth-100k.json list --search 'climate kim' --format json > /dev/null"

echo "## side by side: frab XML import of fosdem-2020.xml vs Python's xml.etree parse alone"
# Alternate rounds, one import here and one ET.parse in a Python process kept running beside it,
# so that the machine's noise hits both alike; prints both medians and the per-round ratio.
cargo run --release --quiet --example xml_vs_etree -- "$F/fosdem-2020.xml" 60
cargo run --release --quiet --example xml_vs_etree -- "$F/fosdem-2026.xml" 60
cargo bench --quiet --bench import -- fosdem-2020.xml 2>&1 | grep -E 'fosdem-2020.xml|time:'
