#!/usr/bin/env bash
# Installs what the reader's build and tests need, at the versions
# ../shared/TOOLCHAIN.md measured, from the registries only (crates.io, npm,
# apt). Each step is skipped when its tool is already there at the right
# version, so a second run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.129
BINARYEN_VERSION=132.0.0
TERSER_VERSION=5.51.4
LIGHTNINGCSS_VERSION=1.33.0

say() { echo "== setup: $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
apt_install() {
    if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@"
}

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "wasm32 target: present"
else
    say "wasm32 target: adding"
    rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" = "$TRUNK_VERSION" ]; then
    say "trunk $TRUNK_VERSION: present"
else
    say "trunk $TRUNK_VERSION: installing from crates.io (about 6 minutes)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$WASM_BINDGEN_VERSION" ] &&
    command -v wasm-bindgen-test-runner >/dev/null; then
    say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
    say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing from crates.io (about 2 minutes)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    say "node and npm: installing from apt"
    apt_install nodejs npm
fi

# Debian's binaryen is too old to read this rustc's wasm, and its wasm-opt
# would shadow the good one for anything that does not source env.sh.
if dpkg -s binaryen >/dev/null 2>&1; then
    say "removing Debian's binaryen"
    as_root apt-get remove -y -qq binaryen
fi

if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" = "${BINARYEN_VERSION%%.*}" ]; then
    say "wasm-opt ${BINARYEN_VERSION%%.*} (npm binaryen): present"
else
    say "wasm-opt: installing npm binaryen@$BINARYEN_VERSION under .tools/"
    mkdir -p .tools
    npm install --prefix .tools --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
fi

# The release build's JS and CSS minifiers (scripts/minify.mjs).
npm_version() { node -p "require('./.tools/node_modules/$1/package.json').version" 2>/dev/null; }
if [ "$(npm_version terser)" = "$TERSER_VERSION" ] && [ "$(npm_version lightningcss)" = "$LIGHTNINGCSS_VERSION" ]; then
    say "terser $TERSER_VERSION and lightningcss $LIGHTNINGCSS_VERSION: present"
else
    say "minifiers: installing npm terser@$TERSER_VERSION and lightningcss@$LIGHTNINGCSS_VERSION under .tools/"
    mkdir -p .tools
    npm install --prefix .tools --no-audit --no-fund --loglevel=error \
        "terser@$TERSER_VERSION" "lightningcss@$LIGHTNINGCSS_VERSION"
fi

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium and chromedriver: present"
else
    say "chromium and chromedriver: installing from apt"
    apt_install chromium chromium-driver
fi

stamp=tests/browser/node_modules/.installed-from-lock
if [ -f "$stamp" ] && cmp -s tests/browser/package-lock.json "$stamp"; then
    say "browser test packages: present"
else
    say "browser test packages: npm ci in tests/browser"
    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
    cp tests/browser/package-lock.json "$stamp"
fi
