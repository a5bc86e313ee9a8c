package jsrt

import (
	"encoding/base64"
	"regexp"
	"strings"
	"sync"

	"github.com/go-sourcemap/sourcemap"
)

// esbuild renames a top-level function when two modules of a bundle
// declare the same name (GET in two files becomes GET and GET2), and goja's
// stack frames carry the generated name. The source map's `names` field
// keeps the original: functionRenames reads, for each declaration whose
// name ends in a digit, the original name at its position, and stacks are
// printed with it ("at GET (src/pages/a.ts:3:9)", as Node with source maps
// would show the source).

var (
	renamesMu sync.RWMutex
	renames   = map[string]string{} // generated name → original, from every compiled program
)

var declName = regexp.MustCompile(`(?:\bfunction\s*\*?\s*|\b(?:const|let|var|class)\s+)([A-Za-z_$][\w$]*\d)\b`)

const inlineMapPrefix = "//# sourceMappingURL=data:application/json;base64,"

// recordRenames adds the renamed declarations of one bundle.
func recordRenames(src string) {
	i := strings.LastIndex(src, inlineMapPrefix)
	if i < 0 {
		return
	}
	data, err := base64.StdEncoding.DecodeString(strings.TrimSpace(src[i+len(inlineMapPrefix):]))
	if err != nil {
		return
	}
	sm, err := sourcemap.Parse("", data)
	if err != nil {
		return
	}
	found := map[string]string{}
	lineStarts := []int{0}
	for j := 0; j < i; j++ {
		if src[j] == '\n' {
			lineStarts = append(lineStarts, j+1)
		}
	}
	for _, m := range declName.FindAllStringSubmatchIndex(src[:i], -1) {
		start, ident := m[2], src[m[2]:m[3]]
		line := sortSearch(lineStarts, start)
		col := start - lineStarts[line]
		if _, name, _, _, ok := sm.Source(line+1, col); ok && name != "" && name != ident {
			found[ident] = name
		}
	}
	if len(found) == 0 {
		return
	}
	renamesMu.Lock()
	for k, v := range found {
		renames[k] = v
	}
	renamesMu.Unlock()
}

// sortSearch is the index of the last line start at or before pos.
func sortSearch(starts []int, pos int) int {
	lo, hi := 0, len(starts)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if starts[mid] <= pos {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// originalName is the source's name of a generated function name.
func originalName(fn string) string {
	renamesMu.RLock()
	defer renamesMu.RUnlock()
	if n, ok := renames[fn]; ok {
		return n
	}
	return fn
}

var frameName = regexp.MustCompile(`^at (?:async )?([A-Za-z_$][\w$.]*\d) `)

// renameFrame rewrites the function name of one "at name (file:line:col)"
// line.
func renameFrame(l string) string {
	m := frameName.FindStringSubmatchIndex(l)
	if m == nil {
		return l
	}
	name := l[m[2]:m[3]]
	prefix, last := "", name
	if k := strings.LastIndexByte(name, '.'); k >= 0 {
		prefix, last = name[:k+1], name[k+1:]
	}
	return l[:m[2]] + prefix + originalName(last) + l[m[3]:]
}
