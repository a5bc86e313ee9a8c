package bundle_test

import (
	"os"
	"testing"
)

// TestWasmImports: the three forms of a .wasm import, from the project and
// from a package, give a Module (plain and ?module) or an instantiating
// function (?init). own.wasm exports its memory, holding "hi", and size().
func TestWasmImports(t *testing.T) {
	own, err := os.ReadFile("../jsrt/wasm/testdata/own.wasm")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"src/own.wasm":                     string(own),
		"node_modules/pkg/package.json":    `{"name":"pkg","version":"1.0.0","main":"index.js"}`,
		"node_modules/pkg/index.js":        "import m from './lib.wasm?module';\nexport default m;\n",
		"node_modules/pkg/lib.wasm":        string(own),
		"node_modules/pkg/other/yoga.wasm": string(own),
	}
	header := `import plain from '../own.wasm';
import mod from '../own.wasm?module';
import init from '../own.wasm?init';
import fromPkg from 'pkg';
import bare from 'pkg/other/yoga.wasm?module';
const text = (inst) => new TextDecoder().decode(new Uint8Array(inst.exports.memory.buffer, 0, 2));`
	runNodeCases(t, files, header, []nodeCase{
		{"plain is a Module", `return [plain instanceof WebAssembly.Module, WebAssembly.Module.exports(plain).map((e) => e.name).join()].join(' ')`, "true memory,grow,size"},
		{"?module is a Module", `return text(new WebAssembly.Instance(mod, {}))`, "hi"},
		{"plain and ?module are separate imports", `return plain === mod`, "false"},
		{"?init instantiates", `const inst = await init({}); return [inst instanceof WebAssembly.Instance, text(inst)].join(' ')`, "true hi"},
		{"in a package", `return text(await WebAssembly.instantiate(fromPkg, {}))`, "hi"},
		{"bare specifier", `return bare instanceof WebAssembly.Module`, "true"},
	})
}
