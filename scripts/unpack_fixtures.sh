#!/usr/bin/env bash
# Write every real schedule of tests/fixtures/schedules into DIR as plain files (the large ones
# are kept gzip-compressed in the repository) and print DIR, for the bench and fuzz scripts.
# Usage: F=$(scripts/unpack_fixtures.sh [DIR])
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-${TMPDIR:-/tmp}/whrcf-fixtures}
mkdir -p "$DIR"
for f in tests/fixtures/schedules/*.{xml,json,ics,gz}; do
  case "$f" in
    *.gz) gzip -dc "$f" > "$DIR/$(basename "$f" .gz)" ;;
    *) cp "$f" "$DIR/" ;;
  esac
done
echo "$DIR"
