#!/usr/bin/env bash
# Run every fuzz target for SECONDS (default 600) with corpora seeded from the fixtures, the
# hostile files and the bundled data. Each programme target runs the whole path (load, then every
# output: JSON, exports, the app's frame) and fails on a panic or a control in terminal output.
# Needs `cargo install cargo-fuzz`; the stable toolchain is used with RUSTC_BOOTSTRAP=1 for the
# sanitizer flags. Crashes land in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-600}
JOBS=${JOBS:-2}
F=$(scripts/unpack_fixtures.sh)
mkdir -p fuzz/corpus/{toml_programme,frab_xml,schedule_json,icalendar,agenda_file}
for f in data/*.toml; do head -c 16384 "$f" > "fuzz/corpus/toml_programme/$(basename "$f")"; done
for f in $F/*.xml; do head -c 16385 "$f" | tail -c +2 > "fuzz/corpus/frab_xml/$(basename "$f")"; done
for f in $F/*.json; do head -c 16385 "$f" | tail -c +2 > "fuzz/corpus/schedule_json/$(basename "$f")"; done
for f in $F/*.ics; do head -c 16401 "$f" | tail -c +18 > "fuzz/corpus/icalendar/$(basename "$f")"; done
# The crafted attacks of tests/fixtures/hostile (escape sequences, huge durations, absurd ranges, cut files).
H=tests/fixtures/hostile
tail -c +2 "$H/osc-and-huge-duration.xml" > fuzz/corpus/frab_xml/hostile.xml
tail -c +2 "$H/huge-duration.json" > fuzz/corpus/schedule_json/hostile.json
tail -c +18 "$H/huge-duration-and-cut.ics" > fuzz/corpus/icalendar/hostile.ics
cp "$H/absurd-range.toml" fuzz/corpus/toml_programme/hostile.toml
printf 'version = 1\n\n[programmes."whrcf-2021".items."2021-refugees"]\nstatus = "planned"\nupdated = "2026-11-22T09:00:00Z"\nseen = { title = "난민", day = "2021-10-08", start = "13:00:00" }\n' > fuzz/corpus/agenda_file/seed.toml
run() {
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$1" "fuzz/corpus/$1" -- -max_total_time="$SECONDS_EACH" -max_len=16384 -print_final_stats=1 \
    > "fuzz/$1.log" 2>&1 && echo "$1: no crash in ${SECONDS_EACH}s ($(grep -o 'stat::number_of_executed_units: [0-9]*' "fuzz/$1.log"))" \
    || { echo "$1: FAILED, see fuzz/$1.log and fuzz/artifacts/$1/"; return 1; }
}
export -f run; export SECONDS_EACH
printf '%s\n' toml_programme frab_xml schedule_json icalendar agenda_file | xargs -P "$JOBS" -I{} bash -c 'run {}'
