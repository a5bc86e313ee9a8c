package webapi

import (
	"reflect"
	"testing"
)

func TestMatchRunes(t *testing.T) {
	units := []uint16{'a', 0xd83d, 0xde00, 'b', 0xd800} // a, 😀, b, a lone high surrogate
	runes, pos := matchRunes(units, true)
	if want := []rune{'a', 0x1f600, 'b', 0xd800}; !reflect.DeepEqual(runes, want) {
		t.Errorf("u runes = %x, want %x", runes, want)
	}
	if want := []int{0, 1, 3, 4, 5}; !reflect.DeepEqual(pos, want) {
		t.Errorf("u pos = %v, want %v", pos, want)
	}
	runes, pos = matchRunes(units, false)
	if len(runes) != 5 || !reflect.DeepEqual(pos, []int{0, 1, 2, 3, 4, 5}) {
		t.Errorf("non-u: runes %x pos %v, want one rune per unit", runes, pos)
	}
	_, pos = matchRunes(units, true)
	for _, tc := range []struct{ at, want int }{{0, 0}, {1, 1}, {2, -1}, {3, 2}, {5, 4}, {6, -1}} {
		if got := runeIndexOf(pos, tc.at); got != tc.want {
			t.Errorf("runeIndexOf(%d) = %d, want %d", tc.at, got, tc.want)
		}
	}
}

func TestPatternConversions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`\uD83D\uDE00(.)`, "😀(.)"},
		{`\\uD83D\uDE00`, `\\uD83D\uDE00`}, // an escaped backslash, then text
		{`\uD83Dx`, `\uD83Dx`},
	} {
		if got := joinEscapedPairs(tc.in); got != tc.want {
			t.Errorf("joinEscapedPairs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"😀(.)", `\uD83D\uDE00(.)`},
		{`\😀`, `\uD83D\uDE00`},
		{`[é]`, `[é]`},
	} {
		if got := splitAstral(tc.in); got != tc.want {
			t.Errorf("splitAstral(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
