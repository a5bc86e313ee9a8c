package platform_test

import (
	"os"
	"path/filepath"
	"testing"
)

// wasmPages are the endpoints of testdata/wasm.
var wasmPages = []string{"resvg.png.ts", "satori.svg.ts", "shiki.html.ts", "og.png.ts", "resvg-js-text.png.ts", "resvg-js-api.json.ts"}

// TestWasmPackages builds testdata/wasm, whose endpoints run WebAssembly
// that npm packages ship (resvg's renderer, satori's yoga layout with
// Intl.Segmenter's line breaks, shiki's Oniguruma), with Comet
// and with Node, and compares the files byte for byte: the PNG too, since
// resvg renders deterministically. The og, resvg-js-text and resvg-js-api
// endpoints import @resvg/resvg-js: Node runs the native addon, Comet its
// own module over the WebAssembly build of the same renderer.
func TestWasmPackages(t *testing.T) {
	needNode(t)
	modules := npmInstall(t, "testdata/wasm")
	root := t.TempDir()
	copyTree(t, "testdata/wasm", root, "node_modules")
	if err := os.Symlink(modules, filepath.Join(root, "node_modules")); err != nil {
		t.Fatal(err)
	}
	// The endpoints read the packages' .wasm files from the project, as
	// a site does that copies them next to its code.
	if err := os.MkdirAll(filepath.Join(root, "assets"), 0o755); err != nil {
		t.Fatal(err)
	}
	for dst, src := range map[string]string{
		"resvg.wasm":  "@resvg/resvg-wasm/index_bg.wasm",
		"onig.wasm":   "shiki/dist/onig.wasm",
		"roboto.woff": "@fontsource/roboto/files/roboto-latin-400-normal.woff",
		"monoton.ttf": "@expo-google-fonts/monoton/400Regular/Monoton_400Regular.ttf",
	} {
		data, err := os.ReadFile(filepath.Join(modules, filepath.FromSlash(src)))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, "assets", dst), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dist := cometBuild(t, root)
	nodeDist := nodeBuild(t, root, "https://example.com", nodePages(t, root, wasmPages...))
	for _, p := range wasmPages {
		name := p[:len(p)-len(".ts")]
		t.Run(name, func(t *testing.T) { compareFile(t, dist, nodeDist, name) })
	}
}
