package wasm

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sync"
)

// resvgWasmGz is @resvg/resvg-wasm 2.6.2's renderer (MPL-2.0, license in
// embedded/LICENSE-resvg), the engine of Comet's @resvg/resvg-js
// (internal/bundle/resvg.go), gzip-compressed (2.4 MB → 0.9 MB in the
// repository and the binary); written by internal/bundle/resvggen/gen.sh.
//
//go:embed embedded/resvg.wasm.gz
var resvgWasmGz []byte

// embedded are the WebAssembly modules Comet ships for its own JS modules,
// by the name they pass to __cometEmbeddedWasm, each decompressed once per
// process on first use. Kept here rather than in the bundle: a bundle
// would carry them as base64 (3.3 MB for resvg, which esbuild and goja
// then parse on every build and dev rebuild), and each runtime would
// decode it; from here the runtime compiles the bytes directly, through
// the process-wide compilation cache.
var embedded = map[string]func() ([]byte, error){
	"resvg": sync.OnceValues(func() ([]byte, error) { return gunzip(resvgWasmGz) }),
}

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
