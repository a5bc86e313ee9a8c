package webapi

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// goja's regular expressions do not know Unicode property escapes: /\p{L}/u
// parses but never matches. esbuild is told the feature is missing, so it
// turns such literals into `new RegExp(source, flags)` calls; the prelude's
// RegExp then replaces each \p{…} and \P{…} with the code point ranges from
// Go's unicode tables (expandUnicodeProps), and the result matches as in V8.

// longCategories maps the long General_Category names to Go's short ones.
var longCategories = map[string]string{
	"Letter": "L", "Uppercase_Letter": "Lu", "Lowercase_Letter": "Ll", "Titlecase_Letter": "Lt",
	"Modifier_Letter": "Lm", "Other_Letter": "Lo", "Mark": "M", "Combining_Mark": "M", "Nonspacing_Mark": "Mn",
	"Spacing_Mark": "Mc", "Enclosing_Mark": "Me", "Number": "N", "Decimal_Number": "Nd", "digit": "Nd",
	"Letter_Number": "Nl", "Other_Number": "No", "Punctuation": "P", "punct": "P", "Connector_Punctuation": "Pc",
	"Dash_Punctuation": "Pd", "Open_Punctuation": "Ps", "Close_Punctuation": "Pe", "Initial_Punctuation": "Pi",
	"Final_Punctuation": "Pf", "Other_Punctuation": "Po", "Symbol": "S", "Math_Symbol": "Sm",
	"Currency_Symbol": "Sc", "Modifier_Symbol": "Sk", "Other_Symbol": "So", "Separator": "Z",
	"Space_Separator": "Zs", "Line_Separator": "Zl", "Paragraph_Separator": "Zp", "Other": "C",
	"Control": "Cc", "cntrl": "Cc", "Format": "Cf", "Private_Use": "Co", "Surrogate": "Cs",
}

// cpRange is an inclusive range of code points.
type cpRange struct{ lo, hi rune }

// unicodeRanges resolves a property name as JavaScript writes it
// (General_Category=Lu, gc=Lu, Lu, Letter, Script=Greek, sc=Greek,
// Script_Extensions=Greek, White_Space, ASCII, Any, ...).
func unicodeRanges(name string) ([]cpRange, bool) {
	key, value, hasValue := strings.Cut(name, "=")
	var tables []*unicode.RangeTable
	switch {
	case hasValue && (key == "General_Category" || key == "gc"):
		tables = categoryTables(value)
	case hasValue && (key == "Script" || key == "sc" || key == "Script_Extensions" || key == "scx"):
		if t, ok := unicode.Scripts[value]; ok {
			tables = []*unicode.RangeTable{t}
		}
	case hasValue:
		return nil, false
	case name == "Any":
		return []cpRange{{0, unicode.MaxRune}}, true
	case name == "ASCII":
		return []cpRange{{0, 0x7f}}, true
	case name == "Alphabetic" || name == "Alpha":
		tables = []*unicode.RangeTable{unicode.L, unicode.Nl, unicode.Other_Alphabetic}
	case name == "Lowercase" || name == "Lower":
		tables = []*unicode.RangeTable{unicode.Ll, unicode.Other_Lowercase}
	case name == "Uppercase" || name == "Upper":
		tables = []*unicode.RangeTable{unicode.Lu, unicode.Other_Uppercase}
	default:
		if t := categoryTables(name); t != nil {
			tables = t
		} else if t, ok := unicode.Properties[name]; ok {
			tables = []*unicode.RangeTable{t}
		} else if t, ok := unicode.Scripts[name]; ok {
			tables = []*unicode.RangeTable{t}
		}
	}
	if tables == nil {
		return nil, false
	}
	return merge(tables), true
}

func categoryTables(name string) []*unicode.RangeTable {
	if short, ok := longCategories[name]; ok {
		name = short
	}
	if name == "LC" || name == "Cased_Letter" {
		return []*unicode.RangeTable{unicode.Lu, unicode.Ll, unicode.Lt}
	}
	if t, ok := unicode.Categories[name]; ok {
		return []*unicode.RangeTable{t}
	}
	return nil
}

// merge flattens range tables into sorted, non-overlapping ranges.
func merge(tables []*unicode.RangeTable) []cpRange {
	var rs []cpRange
	add := func(lo, hi, stride uint32) {
		if stride == 1 {
			rs = append(rs, cpRange{rune(lo), rune(hi)})
			return
		}
		for c := lo; c <= hi; c += stride {
			rs = append(rs, cpRange{rune(c), rune(c)})
		}
	}
	for _, t := range tables {
		for _, r := range t.R16 {
			add(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
		}
		for _, r := range t.R32 {
			add(r.Lo, r.Hi, r.Stride)
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].lo < rs[j].lo })
	var out []cpRange
	for _, r := range rs {
		if n := len(out); n > 0 && r.lo <= out[n-1].hi+1 {
			if r.hi > out[n-1].hi {
				out[n-1].hi = r.hi
			}
			continue
		}
		out = append(out, r)
	}
	return out
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
