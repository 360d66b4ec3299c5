# Sourced by scripts/serve, scripts/test and scripts/bench: installs what is
# missing on a fresh Debian machine that has only Rust, and skips what is
# present. Nothing here downloads outside the package registries (crates.io,
# npm, Debian), and Trunk never downloads at all (it runs offline).
set -euo pipefail

ROT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROT"
TRUNK_VERSION=0.21.14

steg() { printf '\n== %s\n' "$*"; }

som_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_uppdaterad=0
apt_installera() {
  if [ "$apt_uppdaterad" -eq 0 ]; then
    som_root apt-get update -q
    apt_uppdaterad=1
  fi
  som_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

# Rust's wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  steg "Installerar Rust-målet wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The formatter and the linter that scripts/test runs (in rustup's default
# profile; a minimal toolchain lacks them).
for komponent in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$komponent"; then
    steg "Installerar Rust-komponenten $komponent"
    rustup component add "$komponent"
  fi
done

# Trunk, at the version that builds with this machine's rustc.
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  steg "Installerar Trunk $TRUNK_VERSION (tar några minuter första gången)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WB_VERSION"; then
  steg "Installerar wasm-bindgen-cli $WB_VERSION"
  # Not --locked: with it, one of its dependencies fails to resolve.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# wasm-split-cli splits the wasm into one part per lazily loaded page
# (scripts/dela_wasm.mjs, run by Trunk's post_build hook on every build).
# It prints no version, so cargo's list of installed crates says which.
WS_VERSION=0.2.4
if ! command -v wasm-split-cli >/dev/null \
   || ! cargo install --list | grep -qx "wasm_split_cli_support v$WS_VERSION:"; then
  steg "Installerar wasm-split-cli (wasm_split_cli_support $WS_VERSION)"
  cargo install --locked wasm_split_cli_support --version "$WS_VERSION" --features build-binary
fi

# Node.js and npm for the browser tests and wasm-opt (binaryen).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  steg "Installerar Node.js och npm"
  apt_installera nodejs npm
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -d node_modules/ajv ] || [ ! -d node_modules/stylelint ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  steg "Installerar npm-paket (binaryen, playwright-core, ajv, stylelint)"
  npm ci --no-audit --no-fund
fi

# Debian's Chromium for the browser tests (never a downloaded browser).
if [ ! -x /usr/bin/chromium ]; then
  steg "Installerar Chromium från Debian"
  apt_installera chromium chromium-driver
fi

# Offline Trunk makes cargo offline too: fetch the crates first.
steg "Hämtar Rust-beroenden (cargo fetch)"
cargo fetch --quiet

export PATH="$ROT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
