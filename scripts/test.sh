#!/usr/bin/env bash
# Runs every test: the engine (unit, behaviour, property), its portability to
# wasm32, the measured quality on the development gold, and (once the reader
# exists) its wasm and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== style: cargo fmt, cargo clippy"
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings

echo "== engine: cargo test"
cargo test --all-targets --locked

echo "== engine: builds for wasm32 with no clock or thread (clippy.toml)"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
cargo clippy --lib --target wasm32-unknown-unknown --locked -- -D warnings

echo "== engine: quality on the development gold"
cargo build --release --locked --bin parallax
out=$(mktemp)
target/release/parallax compare seeds --format json >"$out"
# A floor under the measured figures (see README), so a change that makes
# them worse fails.
python3 ../shared/eval/score.py ../shared/eval/gold-dev.json "$out" \
  --min-f1 0.70 --min-div-recall 0.75 --max-false-alarms 0.10
rm -f "$out"
