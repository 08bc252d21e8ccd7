# Sourced by the reader's scripts: puts the locally installed tools on PATH
# (npm's binaryen under .tools/ ahead of any older system wasm-opt) and keeps
# Trunk from reaching for the network.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/.tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
