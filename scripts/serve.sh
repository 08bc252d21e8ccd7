#!/usr/bin/env bash
# Installs what is missing, builds the reader's release bundle and serves
# dist/ on 127.0.0.1 (PORT, default 8080), printing the address.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh
# Trunk runs cargo offline: fetch the locked dependencies first.
cargo fetch --locked
trunk build --release
# The second output: the reader as one HTML file that opens from disk.
python3 scripts/single-file.py dist dist-file/parallax.html
./scripts/size-report.sh || true
port="${PORT:-8080}"
echo "== Parallax reader: http://127.0.0.1:$port/ (Ctrl-C stops it)"
exec python3 -m http.server --bind 127.0.0.1 --directory dist "$port"
