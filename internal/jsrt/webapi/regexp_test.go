package webapi

import "testing"

func TestExpandUnicodeProps(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`a\d+`, `a\d+`},
		{`\p{ASCII}`, `[\u{0}-\u{7F}]`},
		{`[\p{ASCII}x]`, `[\u{0}-\u{7F}x]`},
		{`\P{ASCII}`, `[\u{80}-\u{10FFFF}]`},
		{`\\p{L}`, `\\p{L}`}, // an escaped backslash, not a property
	} {
		got, err := expandUnicodeProps(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("expandUnicodeProps(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{`\p{NoSuchThing}`, `\p{L`, `\p{Script=Klingon}`} {
		if _, err := expandUnicodeProps(bad); err == nil {
			t.Errorf("expandUnicodeProps(%q): want an error", bad)
		}
	}
	for _, bad := range []string{`\p{Greek}`, `\p{Emoji_Flag}`, `\p{gc=Emoji}`, `\p{Script=Emoji}`} {
		if _, err := expandUnicodeProps(bad); err == nil {
			t.Errorf("expandUnicodeProps(%q): want an error (V8 gives one)", bad)
		}
	}
	for _, name := range []string{"L", "Letter", "Lu", "gc=Lu", "General_Category=Decimal_Number", "Script=Greek", "sc=Han", "White_Space", "Alphabetic", "Any", "LC",
		"Emoji", "Extended_Pictographic", "ExtPict", "Emoji_Component", "RI", "Regional_Indicator", "ID_Start", "ID_Continue", "XID_Start", "XIDC",
		"Assigned", "ASCII", "AHex", "Cased", "scx=Grek", "Script_Extensions=Latin", "sc=Zyyy", "Cn"} {
		if rs, ok := unicodeRanges(name); !ok || len(rs) == 0 {
			t.Errorf("unicodeRanges(%q) = %d ranges, %v", name, len(rs), ok)
		}
	}

	// Spot checks against the Unicode data.
	for _, tc := range []struct {
		name string
		in   []rune
		out  []rune
	}{
		{"Emoji", []rune{'#', '0', 0x1F600, 0x263A}, []rune{'a', 0x2605, 0xE9}},
		{"Extended_Pictographic", []rune{0x1F600, 0xA9}, []rune{'#', '0'}},
		{"RI", []rune{0x1F1E6, 0x1F1FF}, []rune{0x1F1E5, 0x1F200}},
		{"ID_Start", []rune{'a', 0x3B1, 0x2118}, []rune{'1', '_', '$'}},
		{"ID_Continue", []rune{'a', '1', '_', 0x300}, []rune{'$', '-'}},
		{"Assigned", []rune{'a', 0x10FFFD}, []rune{0x378, 0x10FFFF}},
		{"Cn", []rune{0x378}, []rune{'a'}},
		{"AHex", []rune{'0', 'f', 'F'}, []rune{'g', 0xFF10}},
		{"scx=Hira", []rune{0x3042, 0x30FC}, []rune{'a'}},
		{"sc=Hira", []rune{0x3042}, []rune{0x30FC}},
	} {
		rs, _ := unicodeRanges(tc.name)
		has := func(r rune) bool {
			for _, x := range rs {
				if r >= x.lo && r <= x.hi {
					return true
				}
			}
			return false
		}
		for _, r := range tc.in {
			if !has(r) {
				t.Errorf("%s: U+%04X should match", tc.name, r)
			}
		}
		for _, r := range tc.out {
			if has(r) {
				t.Errorf("%s: U+%04X should not match", tc.name, r)
			}
		}
	}
}
