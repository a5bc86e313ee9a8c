package webapi

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/dop251/goja"
)

// goja's regular expressions do not know Unicode property escapes: /\p{L}/u
// parses but never matches. esbuild is told the feature is missing, so it
// turns such literals into `new RegExp(source, flags)` calls; the prelude's
// RegExp then replaces each \p{…} and \P{…} with the code point ranges from
// Go's unicode tables (expandUnicodeProps), and the result matches as in V8.

//go:generate sh -c "SCRIPTS=$(go run ./regexpgen/scripts.go) node regexpgen/gen.mjs"

// regexpProps is every property ECMAScript names, as Node's V8 matches it
// (regexpgen/gen.mjs writes the file; its header says the format).
//
//go:embed regexp_props.txt
var regexpProps string

// cpRange is an inclusive range of code points.
type cpRange struct{ lo, hi rune }

var (
	propsOnce  sync.Once
	propsRaw   map[string]string // key → encoded ranges or "=other key"
	propsMu    sync.Mutex
	propsCache = map[string][]cpRange{}
)

// propRanges decodes one property of regexp_props.txt (cached).
func propRanges(key string) ([]cpRange, bool) {
	propsOnce.Do(func() {
		propsRaw = map[string]string{}
		for _, line := range strings.Split(regexpProps, "\n") {
			if k, v, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
				propsRaw[k] = v
			}
		}
	})
	propsMu.Lock()
	defer propsMu.Unlock()
	for i := 0; i < 3; i++ {
		raw, ok := propsRaw[key]
		if !ok {
			return nil, false
		}
		if strings.HasPrefix(raw, "=") {
			key = raw[1:]
			continue
		}
		if rs, ok := propsCache[key]; ok {
			return rs, true
		}
		var rs []cpRange
		prev := rune(-1)
		parts := strings.Split(raw, ",")
		for j := 0; j+1 < len(parts); j += 2 {
			gap, err1 := strconv.ParseInt(parts[j], 36, 32)
			n, err2 := strconv.ParseInt(parts[j+1], 36, 32)
			if err1 != nil || err2 != nil {
				return nil, false
			}
			lo := prev + 1 + rune(gap)
			rs = append(rs, cpRange{lo, lo + rune(n) - 1})
			prev = lo + rune(n) - 1
		}
		propsCache[key] = rs
		return rs, true
	}
	return nil, false
}

// unicodeRanges resolves a property name as JavaScript writes it: a
// General_Category value or a binary property alone (Lu, Letter, Emoji,
// ID_Start), or General_Category=/gc=, Script=/sc=,
// Script_Extensions=/scx= with a value. Scripts need the key, as in V8.
func unicodeRanges(name string) ([]cpRange, bool) {
	key, value, hasValue := strings.Cut(name, "=")
	if hasValue {
		switch key {
		case "General_Category", "gc":
			return propRanges("gc=" + value)
		case "Script", "sc":
			return propRanges("sc=" + value)
		case "Script_Extensions", "scx":
			return propRanges("scx=" + value)
		}
		return nil, false
	}
	if rs, ok := propRanges("gc=" + name); ok {
		return rs, true
	}
	return propRanges("bin=" + name)
}

func complement(rs []cpRange) []cpRange {
	var out []cpRange
	next := rune(0)
	for _, r := range rs {
		if r.lo > next {
			out = append(out, cpRange{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, cpRange{next, unicode.MaxRune})
	}
	return out
}

func writeRanges(b *strings.Builder, rs []cpRange) {
	for _, r := range rs {
		fmt.Fprintf(b, `\u{%X}`, r.lo)
		if r.hi != r.lo {
			fmt.Fprintf(b, `-\u{%X}`, r.hi)
		}
	}
}

// expandUnicodeProps rewrites the \p{…} and \P{…} of a u-flag pattern as
// character classes. An unknown property is a SyntaxError, as in V8.
func expandUnicodeProps(src string) (string, error) {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\\' && i+1 < len(src) {
			n := src[i+1]
			if (n == 'p' || n == 'P') && i+2 < len(src) && src[i+2] == '{' {
				end := strings.IndexByte(src[i+3:], '}')
				if end < 0 {
					return "", fmt.Errorf("Invalid regular expression: /%s/: Invalid property name", src)
				}
				name := src[i+3 : i+3+end]
				rs, ok := unicodeRanges(name)
				if !ok {
					return "", fmt.Errorf("Invalid regular expression: /%s/: Invalid property name", src)
				}
				if n == 'P' {
					rs = complement(rs)
				}
				if inClass {
					writeRanges(&b, rs)
				} else {
					b.WriteByte('[')
					writeRanges(&b, rs)
					b.WriteByte(']')
				}
				i += 3 + end
				continue
			}
			b.WriteByte(c)
			b.WriteByte(n)
			i++
			continue
		}
		switch {
		case c == '[' && !inClass:
			inClass = true
		case c == ']' && inClass:
			inClass = false
		}
		b.WriteByte(c)
	}
	return b.String(), nil
}

// regexpNatives adds what the prelude's RegExp needs: \p{…} expanded from
// Go's Unicode tables (expandUnicodeProps), the v flag's classes rewritten
// for the u flag (vToU, regexpv.go), and the d flag's indices
// (matchIndices, indices.go).
func (s *state) regexpNatives(n *goja.Object) {
	vm := s.vm
	n.Set("vToU", func(src string) string {
		out, err := vToU(src)
		if err != nil {
			panic(vm.NewTypeError(err.Error()))
		}
		return out
	})
	n.Set("expandUnicodeProps", func(src string) string {
		out, err := expandUnicodeProps(src)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return out
	})
	n.Set("matchIndices", s.matchIndices)
}
