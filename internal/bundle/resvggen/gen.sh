#!/bin/sh
# gen.sh writes ../virtual/resvg/ and ../../jsrt/wasm/embedded/resvg.wasm.gz:
# the engine of Comet's @resvg/resvg-js
# (virtual/resvg-js.js). @resvg/resvg-js is a native addon, which Comet
# cannot load; @resvg/resvg-wasm is the same Rust renderer (resvg) compiled
# to WebAssembly with wasm-bindgen glue. Both are published from one
# repository under MPL-2.0; resvg-wasm's package ships no license file, so
# the one of resvg-js (same repository, same version) is kept beside it.
#
#	index_bg.wasm   resvg-wasm's renderer, unchanged but gzip-compressed,
#	                as internal/jsrt/wasm/embedded/resvg.wasm.gz (the runtime
#	                ships it; with LICENSE beside it as LICENSE-resvg)
#	resvg-wasm.js   resvg-wasm's ES module glue, with __cometInitSync
#	                appended: it instantiates the compiled module at once
#	                (the glue only has an async initWasm), so the
#	                synchronous resvg-js API needs no top-level await
#	LICENSE         MPL-2.0
#
#	cd internal/bundle && sh resvggen/gen.sh
set -e
here=$(pwd)
out="$here/virtual/resvg"
dir=$(mktemp -d)
cd "$dir"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund --ignore-scripts --no-optional @resvg/resvg-wasm@2.6.2 @resvg/resvg-js@2.6.2 >/dev/null
mkdir -p "$out"
gzip -9 -n -c node_modules/@resvg/resvg-wasm/index_bg.wasm > "$here/../jsrt/wasm/embedded/resvg.wasm.gz"
cp node_modules/@resvg/resvg-js/LICENSE "$here/../jsrt/wasm/embedded/LICENSE-resvg"
cp node_modules/@resvg/resvg-js/LICENSE "$out/LICENSE"
{
  printf '// @resvg/resvg-wasm 2.6.2 (MPL-2.0, https://github.com/yisibl/resvg-js): its index.mjs,\n'
  printf '// copied by internal/bundle/resvggen/gen.sh with __cometInitSync appended. Generated: do not edit.\n'
  cat node_modules/@resvg/resvg-wasm/index.mjs
  cat <<'JS'

// Appended by resvggen/gen.sh: instantiates the compiled module now, for
// the synchronous @resvg/resvg-js API (initWasm is async).
function __cometInitSync(module) {
  if (initialized) return;
  __wbg_finalize_init(new WebAssembly.Instance(module, __wbg_get_imports()), module);
  initialized = true;
}
export { __cometInitSync };
JS
} > "$out/resvg-wasm.js"
cd "$here"
rm -rf "$dir"
