package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestRegExpSurrogates: regular expressions without the u flag match
// UTF-16 code units, lone and paired surrogates included. goja hands such
// searches to regexp2, whose compiler keyed its sets and strings by UTF-8,
// where every surrogate is U+FFFD: [\uD800-\uDBFF][\uDC00-\uDFFF] became
// the high-surrogate set twice and matched nothing, and alternatives that
// differ only in surrogates were one (third_party/regexp2 fixes it). The
// wanted strings are Node 20's.
func TestRegExpSurrogates(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, `const s = 'a\uD834\uDF06b\uD83D\uDE01c\uD83D\uDE00\uDF06\uD834x';`, []jsCase{
		{"pair of ranges", `return JSON.stringify(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, 'P'))`, `"aPbPcP\udf06\ud834x"`},
		{"pair of ranges test", `return String(/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test('\uD834\uDF06'))`, "true"},
		{"alternatives", `return JSON.stringify(s.match(/\uD83D\uDE00|\uD83D\uDE01/g))`, `["😁","😀"]`},
		{"lone surrogates", `return JSON.stringify(s.replace(/([\ud800-\udbff]+)(?![\udc00-\udfff])|(^|[^\ud800-\udbff])([\udc00-\udfff]+)/g, 'S'))`, `"a𝌆b😁c\ud83dSSx"`},
		{"split before a pair", `return JSON.stringify('x\uD83D\uDE01'.split(/(?=[\uD800-\uDBFF][\uDC00-\uDFFF])/))`, `["x","😁"]`},
		{"flags", `return JSON.stringify(s.match(/(?:\uD83C[\uDDE6-\uDDFF]){2}|\uD83D[\uDE00-\uDE4F]/g)) + JSON.stringify(s.match(/[\uD83D\uD834][\uDE00\uDF06]/g))`, `["😁","😀"]["𝌆","😀"]`},
	})
}
