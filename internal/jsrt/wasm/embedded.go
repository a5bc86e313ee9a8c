package wasm

import _ "embed"

// resvgWasm is @resvg/resvg-wasm 2.6.2's renderer (MPL-2.0, license in
// embedded/LICENSE-resvg), the engine of Comet's @resvg/resvg-js
// (internal/bundle/resvg.go); written by internal/bundle/resvggen/gen.sh.
//
//go:embed embedded/resvg.wasm
var resvgWasm []byte

// embedded are the WebAssembly modules Comet ships for its own JS modules,
// by the name they pass to __cometEmbeddedWasm. Kept here rather than in
// the bundle: a bundle would carry them as base64 (3.3 MB for resvg, which
// esbuild and goja then parse on every build and dev rebuild), and each
// runtime would decode it; from here the runtime compiles the bytes
// directly, through the process-wide compilation cache.
var embedded = map[string][]byte{"resvg": resvgWasm}
