package bundle

import (
	_ "embed"
	"encoding/base64"
	"fmt"
	"regexp"
	"strings"
)

// The route bundle is esbuild's ESM output turned into a script goja can
// run (see the package doc): esbuild's banner opens a function, and the
// entry's closing `export { … }` becomes the assignment of GlobalName and
// the function's end. The export statement is the last code in the output,
// so replacing it moves no source-mapped position.

// banner opens the function that keeps module-level names local.
const banner = "(() => {"

// exportRe matches the entry's export statement at the end of the output.
var exportRe = regexp.MustCompile(`(?s)\nexport \{([^}]*)\};\n`)

// requireRe matches esbuild's require shim, which a non-literal import()
// (lowered to require) or require() calls at run time. The shim would hand
// the specifier to a global require (goja_nodejs defines one, reading files
// from disk); require.js replaces it, one line for one line, so no
// source-mapped position moves.
var requireRe = regexp.MustCompile(`(?s)var (__require\w*) = /\* @__PURE__ \*/ \(\((\w+)\) => typeof require !== "undefined".*?is not supported'\);\n\}\);`)

//go:embed require.js
var requireSource string

// unexport replaces the entry's export statement with the global
// assignment that closes the banner's function.
func unexport(code string) (string, error) {
	locs := exportRe.FindAllStringSubmatchIndex(code, -1)
	if len(locs) == 0 {
		return "", fmt.Errorf("bundle: esbuild's output has no export statement (this is a bug in Comet)")
	}
	loc := locs[len(locs)-1]
	var fields []string
	for _, item := range strings.Split(code[loc[2]:loc[3]], ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		local, exported, ok := strings.Cut(item, " as ")
		if !ok {
			exported = local
		}
		fields = append(fields, strings.TrimSpace(exported)+": "+strings.TrimSpace(local))
	}
	assign := "\nglobalThis." + GlobalName + " = { " + strings.Join(fields, ", ") + " };\n})();\n"
	code = code[:loc[0]] + assign + code[loc[1]:]
	if m := requireRe.FindStringSubmatchIndex(code); m != nil {
		shim := strings.NewReplacer("__REQUIRE__", code[m[2]:m[3]], "__X__", code[m[4]:m[5]]).Replace(strings.TrimRight(requireSource, "\n"))
		if pad := strings.Count(code[m[0]:m[1]], "\n") - strings.Count(shim, "\n"); pad >= 0 {
			code = code[:m[0]] + shim + strings.Repeat("\n", pad) + code[m[1]:]
		}
	}
	return code, nil
}

func decodeBase64(s string) ([]byte, error) { return base64.StdEncoding.DecodeString(s) }
