package config

import (
	"reflect"
	"testing"
)

func TestParseDotenv(t *testing.T) {
	got, err := ParseDotenv([]byte(`# comment
PUBLIC_A=1
export SECRET_KEY="s3cr3t"
QUOTED='single # not a comment'
MULTI="line1\nline2"
INLINE=value # trailing comment
EMPTY=
`))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"PUBLIC_A": "1", "SECRET_KEY": "s3cr3t", "QUOTED": "single # not a comment",
		"MULTI": "line1\nline2", "INLINE": "value", "EMPTY": "",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v\nwant %#v", got, want)
	}
	if _, err := ParseDotenv([]byte("NOEQUALS\n")); err == nil {
		t.Error("a line without = should be an error")
	}
}
