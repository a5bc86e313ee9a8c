package webapi

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// goja has no v flag (unicodeSets). The prelude's RegExp rewrites a v-flag
// pattern as a u-flag one (vToU): outside character classes the two agree;
// each class, with its nested classes, intersections (&&), subtractions
// (--) and \q{…} of single characters, is evaluated here to one set of code
// point ranges and written as a plain u-flag class. \q{…} with longer
// strings and the properties of strings (RGI_Emoji) are a SyntaxError
// naming the gap.

type vParser struct {
	src string
	pos int
}

var errVSyntax = errors.New("Invalid regular expression: invalid set operation in character class")

// vToU rewrites a v-flag pattern as a u-flag pattern.
func vToU(src string) (string, error) {
	p := &vParser{src: src}
	var b strings.Builder
	for p.pos < len(src) {
		c := src[p.pos]
		switch c {
		case '\\':
			end := p.pos + 2
			if end > len(src) {
				end = len(src)
			}
			if end < len(src) && (src[p.pos+1] == 'p' || src[p.pos+1] == 'P') && src[end] == '{' {
				if i := strings.IndexByte(src[end:], '}'); i >= 0 {
					end += i + 1
				}
			}
			b.WriteString(src[p.pos:end])
			p.pos = end
		case '[':
			rs, err := p.class()
			if err != nil {
				return "", err
			}
			b.WriteByte('[')
			if len(rs) == 0 {
				b.WriteString(`^\u{0}-\u{10FFFF}`)
			}
			writeRanges(&b, rs)
			b.WriteByte(']')
		default:
			b.WriteByte(c)
			p.pos++
		}
	}
	return b.String(), nil
}

func (p *vParser) peek(s string) bool { return strings.HasPrefix(p.src[p.pos:], s) }

// class parses [ ... ] at p.pos and returns its set.
func (p *vParser) class() ([]cpRange, error) {
	p.pos++ // [
	neg := false
	if p.peek("^") {
		neg = true
		p.pos++
	}
	var set []cpRange
	op := ""
	first := true
	for {
		if p.pos >= len(p.src) {
			return nil, errors.New("Invalid regular expression: unterminated character class")
		}
		if p.peek("]") {
			p.pos++
			break
		}
		if !first && (p.peek("&&") || p.peek("--")) {
			o := p.src[p.pos : p.pos+2]
			if op != "" && op != o {
				return nil, errVSyntax
			}
			op = o
			p.pos += 2
		} else if op != "" {
			return nil, errVSyntax
		}
		rs, err := p.operand(op == "")
		if err != nil {
			return nil, err
		}
		switch {
		case first || op == "":
			set = normalize(append(set, rs...))
		case op == "&&":
			set = intersect(set, rs)
		case op == "--":
			set = intersect(set, complement(rs))
		}
		first = false
	}
	if neg {
		set = complement(set)
	}
	return set, nil
}

// operand parses one class operand: a nested class, an escape, a
// character or (in a union) a range.
func (p *vParser) operand(union bool) ([]cpRange, error) {
	if p.peek("[") {
		return p.class()
	}
	lo, set, err := p.char()
	if err != nil || set != nil {
		return set, err
	}
	if union && p.peek("-") && !p.peek("--") {
		p.pos++
		hi, set, err := p.char()
		if err != nil {
			return nil, err
		}
		if set != nil || hi < lo {
			return nil, errors.New("Invalid regular expression: range out of order in character class")
		}
		return []cpRange{{lo, hi}}, nil
	}
	return []cpRange{{lo, lo}}, nil
}

var classEscapes = map[byte][]cpRange{
	'd': {{'0', '9'}},
	'w': {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}},
	's': {{9, 13}, {' ', ' '}, {0xa0, 0xa0}, {0x1680, 0x1680}, {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000}, {0xfeff, 0xfeff}},
}

// char parses one character or escape: a code point, or a set for class
// escapes (\d, \p{…}, \q{…}).
func (p *vParser) char() (rune, []cpRange, error) {
	if p.pos >= len(p.src) {
		return 0, nil, errors.New("Invalid regular expression: unterminated character class")
	}
	if p.src[p.pos] != '\\' {
		r, n := utf8.DecodeRuneInString(p.src[p.pos:])
		p.pos += n
		return r, nil, nil
	}
	if p.pos+1 >= len(p.src) {
		return 0, nil, errors.New("Invalid regular expression: \\ at end of pattern")
	}
	e := p.src[p.pos+1]
	p.pos += 2
	switch e {
	case 'd', 'w', 's':
		return 0, classEscapes[e], nil
	case 'D', 'W', 'S':
		return 0, complement(classEscapes[e+'a'-'A']), nil
	case 'p', 'P':
		end := strings.IndexByte(p.src[p.pos:], '}')
		if !p.peek("{") || end < 0 {
			return 0, nil, errors.New("Invalid regular expression: invalid property name")
		}
		name := p.src[p.pos+1 : p.pos+end]
		p.pos += end + 1
		rs, ok := unicodeRanges(name)
		if !ok {
			return 0, nil, errors.New("Invalid regular expression: invalid property name " + name + " (Comet has no properties of strings)")
		}
		if e == 'P' {
			rs = complement(rs)
		}
		return 0, rs, nil
	case 'q':
		end := strings.IndexByte(p.src[p.pos:], '}')
		if !p.peek("{") || end < 0 {
			return 0, nil, errors.New("Invalid regular expression: invalid \\q")
		}
		body := p.src[p.pos+1 : p.pos+end]
		p.pos += end + 1
		var rs []cpRange
		for _, alt := range strings.Split(body, "|") {
			sub := &vParser{src: alt}
			r, set, err := sub.char()
			if err != nil || set != nil || sub.pos != len(alt) {
				return 0, nil, errors.New("Invalid regular expression: Comet's v flag supports \\q{…} of single characters only")
			}
			rs = append(rs, cpRange{r, r})
		}
		return 0, normalize(rs), nil
	case 'n':
		return '\n', nil, nil
	case 't':
		return '\t', nil, nil
	case 'r':
		return '\r', nil, nil
	case 'f':
		return '\f', nil, nil
	case 'v':
		return '\v', nil, nil
	case 'b':
		return '\b', nil, nil
	case '0':
		return 0, nil, nil
	case 'c':
		if p.pos < len(p.src) {
			c := p.src[p.pos]
			p.pos++
			return rune(c % 32), nil, nil
		}
	case 'x':
		if p.pos+2 <= len(p.src) {
			if v, err := strconv.ParseUint(p.src[p.pos:p.pos+2], 16, 8); err == nil {
				p.pos += 2
				return rune(v), nil, nil
			}
		}
	case 'u':
		r, ok := p.unicodeEscape()
		if ok {
			return r, nil, nil
		}
	default:
		r, n := utf8.DecodeRuneInString(p.src[p.pos-1:])
		p.pos += n - 1
		return r, nil, nil
	}
	return 0, nil, errors.New("Invalid regular expression: invalid escape")
}

// unicodeEscape reads the rest of \uXXXX (a surrogate pair of two such
// escapes is one code point) or \u{X…}.
func (p *vParser) unicodeEscape() (rune, bool) {
	if p.peek("{") {
		end := strings.IndexByte(p.src[p.pos:], '}')
		if end < 0 {
			return 0, false
		}
		v, err := strconv.ParseUint(p.src[p.pos+1:p.pos+end], 16, 32)
		if err != nil || v > 0x10ffff {
			return 0, false
		}
		p.pos += end + 1
		return rune(v), true
	}
	hex4 := func(at int) (rune, bool) {
		if at+4 > len(p.src) {
			return 0, false
		}
		v, err := strconv.ParseUint(p.src[at:at+4], 16, 16)
		return rune(v), err == nil
	}
	r, ok := hex4(p.pos)
	if !ok {
		return 0, false
	}
	p.pos += 4
	if r >= 0xd800 && r <= 0xdbff && p.peek(`\u`) {
		if lo, ok := hex4(p.pos + 2); ok && lo >= 0xdc00 && lo <= 0xdfff {
			p.pos += 6
			return (r-0xd800)<<10 + (lo - 0xdc00) + 0x10000, true
		}
	}
	return r, true
}

// normalize sorts ranges and merges overlapping and adjacent ones.
func normalize(rs []cpRange) []cpRange {
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

// intersect is the intersection of two normalized sets.
func intersect(a, b []cpRange) []cpRange {
	return complement(normalize(append(complement(a), complement(b)...)))
}
