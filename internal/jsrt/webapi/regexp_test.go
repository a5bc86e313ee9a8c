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
	for _, name := range []string{"L", "Letter", "Lu", "gc=Lu", "General_Category=Decimal_Number", "Script=Greek", "sc=Han", "White_Space", "Alphabetic", "Any", "LC"} {
		if rs, ok := unicodeRanges(name); !ok || len(rs) == 0 {
			t.Errorf("unicodeRanges(%q) = %d ranges, %v", name, len(rs), ok)
		}
	}
}
