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
"${CARGO_TARGET_DIR:-target}/release/parallax" compare seeds --format json >"$out"
# A floor under the measured figures (see README), so a change that makes
# them worse fails.
python3 ../shared/eval/score.py ../shared/eval/gold-dev.json "$out" \
  --min-f1 0.70 --min-div-recall 0.75 --max-false-alarms 0.10
rm -f "$out"

# The reader: its native view-model and component tests ran with cargo test
# above; here its wasm build, wasm tests, browser tests and size.
echo "== reader: setup (installs only what is missing)"
./scripts/setup.sh
source scripts/env.sh

echo "== reader: clippy for wasm32 (the app and its wasm tests)"
cargo clippy --target wasm32-unknown-unknown --locked --bin parallax-reader --test wasm -- -D warnings

echo "== reader: wasm tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --locked --test wasm

echo "== reader: release bundle (trunk build --release)"
# Trunk runs cargo offline: fetch the locked dependencies first.
cargo fetch --locked
trunk build --release
# The second output: the reader as one HTML file that opens from disk.
python3 scripts/single-file.py dist dist-file/parallax.html

echo "== reader: browser tests on dist/ (screenshots in tests/browser/screenshots/)"
(cd tests/browser && npm test)

./scripts/size-report.sh
