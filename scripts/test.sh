#!/usr/bin/env bash
# Runs every test: the engine (unit, behaviour, property), the measured quality
# on the development gold, and (once the reader exists) its wasm and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== engine: cargo test"
cargo test --all-targets --locked

echo "== engine: quality on the development gold"
cargo build --release --locked --bin parallax
out=$(mktemp)
target/release/parallax compare seeds --format json >"$out"
python3 ../shared/eval/score.py ../shared/eval/gold-dev.json "$out" \
  --min-f1 0.66 --min-div-recall 0.75 --max-false-alarms 0.10
rm -f "$out"
