package webapi

// The d flag (hasIndices, ES2022) of regular expressions. goja rejects the
// flag, so the prelude's RegExp builds the expression without it and wraps
// exec: after goja has matched, matchIndices matches again at the same
// place with regexp2 — the ECMAScript engine goja itself falls back on —
// which reports where each group matched. The prelude then checks that the
// two agree (the same overall match, the same text in every group) before
// it adds `indices`; where they could disagree it throws instead, so a
// program never gets indices that do not belong to its match.

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dlclark/regexp2/v2"
	"github.com/dop251/goja"
)

// indexRegexps caches the expressions matchIndices compiled, per runtime.
type indexRegexps map[string]*regexp2.Regexp

const maxIndexRegexps = 256

// matchIndices matches pattern (with flags, "d" left out) against input at
// the UTF-16 index at, and returns [start0, end0, start1, end1, ...] in
// UTF-16 units (-1, -1 for a group that did not take part) and the group
// names ("" for unnamed groups), or null when regexp2 finds no match
// starting exactly at `at`.
func (s *state) matchIndices(pattern, flags string, input goja.Value, at int) goja.Value {
	vm := s.vm
	re, err := s.indexRegexp(pattern, flags)
	if err != nil {
		panic(vm.NewTypeError("the d flag: " + err.Error()))
	}
	units := utf16Units(input)
	unicodeMode := strings.ContainsRune(flags, 'u')
	runes, pos := matchRunes(units, unicodeMode)
	start := runeIndexOf(pos, at)
	if start < 0 {
		return goja.Null()
	}
	m, err := re.FindRunesMatchStartingAt(runes, start)
	if err != nil || m == nil || m.RuneIndex != start {
		return goja.Null()
	}
	groups := m.Groups()
	idx := make([]any, 0, 2*len(groups))
	names := make([]any, 0, len(groups))
	for _, g := range groups {
		if len(g.Captures) == 0 {
			idx = append(idx, -1, -1)
		} else {
			idx = append(idx, pos[g.RuneIndex], pos[g.RuneIndex+g.RuneLength])
		}
		names = append(names, g.Name)
	}
	out := vm.NewObject()
	out.Set("i", vm.NewArray(idx...))
	out.Set("n", vm.NewArray(names...))
	return out
}

func (s *state) indexRegexp(pattern, flags string) (*regexp2.Regexp, error) {
	key := flags + "/" + pattern
	if re, ok := s.indexRes[key]; ok {
		return re, nil
	}
	opts := regexp2.ECMAScript
	for _, f := range flags {
		switch f {
		case 'i':
			opts |= regexp2.IgnoreCase
		case 'm':
			opts |= regexp2.Multiline
		case 's':
			opts |= regexp2.Singleline
		case 'u':
			opts |= regexp2.Unicode
		}
	}
	if opts&regexp2.Unicode != 0 {
		pattern = joinEscapedPairs(pattern)
	} else {
		pattern = splitAstral(pattern)
	}
	re, err := regexp2.Compile(pattern, opts)
	if err != nil {
		return nil, err
	}
	if s.indexRes == nil || len(s.indexRes) >= maxIndexRegexps {
		s.indexRes = indexRegexps{}
	}
	s.indexRes[key] = re
	return re, nil
}

// utf16Units returns the UTF-16 code units of a JS string, lone
// surrogates included.
func utf16Units(v goja.Value) []uint16 {
	if str, ok := v.(goja.String); ok {
		n := str.Length()
		u := make([]uint16, n)
		for i := range u {
			u[i] = str.CharAt(i)
		}
		return u
	}
	return utf16.Encode([]rune(v.String()))
}

// matchRunes is the text regexp2 matches, as goja gives it: one rune per
// UTF-16 unit, or per code point with the u flag. pos maps each rune index
// (and the end) to its UTF-16 index.
func matchRunes(units []uint16, unicodeMode bool) (runes []rune, pos []int) {
	runes = make([]rune, 0, len(units))
	pos = make([]int, 0, len(units)+1)
	for i := 0; i < len(units); i++ {
		pos = append(pos, i)
		c := rune(units[i])
		if unicodeMode && utf16.IsSurrogate(c) && c < 0xdc00 && i+1 < len(units) && units[i+1] >= 0xdc00 && units[i+1] <= 0xdfff {
			runes = append(runes, utf16.DecodeRune(c, rune(units[i+1])))
			i++
			continue
		}
		runes = append(runes, c)
	}
	pos = append(pos, len(units))
	return runes, pos
}

// runeIndexOf finds the rune that starts at UTF-16 index at, or -1.
func runeIndexOf(pos []int, at int) int {
	lo, hi := 0, len(pos)
	for lo < hi {
		mid := (lo + hi) / 2
		if pos[mid] < at {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(pos) && pos[lo] == at {
		return lo
	}
	return -1
}

// joinEscapedPairs turns \uD83D\uDE00 escapes into the character they
// encode, as goja does for u-flag patterns.
func joinEscapedPairs(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '\\' && i+12 <= len(p) && p[i+1] == 'u' && p[i+6] == '\\' && p[i+7] == 'u' {
			hi, ok1 := hex4(p[i+2 : i+6])
			lo, ok2 := hex4(p[i+8 : i+12])
			if ok1 && ok2 && hi >= 0xd800 && hi < 0xdc00 && lo >= 0xdc00 && lo <= 0xdfff {
				b.WriteRune(utf16.DecodeRune(hi, lo))
				i += 11
				continue
			}
		}
		if p[i] == '\\' && i+1 < len(p) {
			b.WriteByte(p[i])
			i++
		}
		b.WriteByte(p[i])
	}
	return b.String()
}

// splitAstral writes characters outside the BMP as two \u escapes, as goja
// does for patterns without the u flag (they match two UTF-16 units).
func splitAstral(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if r > 0xffff {
			// An identity escape of the character is the character.
			if i > 0 && p[i-1] == '\\' && (i < 2 || p[i-2] != '\\') {
				str := b.String()
				b.Reset()
				b.WriteString(str[:len(str)-1])
			}
			hi, lo := utf16.EncodeRune(r)
			b.WriteString(`\u` + hex4String(hi) + `\u` + hex4String(lo))
		} else {
			b.WriteString(p[i : i+size])
		}
		i += size
	}
	return b.String()
}

func hex4(s string) (rune, bool) {
	var r rune
	for _, c := range []byte(s) {
		r <<= 4
		switch {
		case '0' <= c && c <= '9':
			r |= rune(c - '0')
		case 'a' <= c && c <= 'f':
			r |= rune(c - 'a' + 10)
		case 'A' <= c && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}

func hex4String(r rune) string {
	const digits = "0123456789ABCDEF"
	return string([]byte{digits[r>>12&15], digits[r>>8&15], digits[r>>4&15], digits[r&15]})
}
