package content

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func encoded(v any) string {
	var b bytes.Buffer
	encode(&b, v)
	return b.String()
}

// TestYAML: js-yaml's answers for the same input (YAML 1.2 core schema,
// timestamps as Dates, merge keys, key order kept).
func TestYAML(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a: 1\nb: two\n", `{"a":1,"b":"two"}`},
		{"d: 2024-01-02\n", `{"d":{"\u0000date":1704153600000}}`},
		{"d: 2024-01-02T03:04:05Z\n", `{"d":{"\u0000date":1704164645000}}`},
		{"d: 2024-01-02 03:04:05.5 +01:00\n", `{"d":{"\u0000date":1704161045500}}`},
		{"d: '2024-01-02'\n", `{"d":"2024-01-02"}`},
		{"y: yes\nn: no\non: on\n", `{"y":"yes","n":"no","on":"on"}`},
		{"t: true\nf: False\nz: ~\ne:\n", `{"t":true,"f":false,"z":null,"e":null}`},
		{"h: 0x1F\no: 0o17\nf: 1.5\ni: .inf\nm: -.Inf\n", `{"h":31,"o":15,"f":1.5,"i":Infinity,"m":-Infinity}`},
		{"b: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 3\n", `{"b":{"x":1,"y":2},"c":{"x":1,"y":3}}`},
		{"1: one\nnull: n\n", `{"1":"one","null":"n"}`},
		{"- a\n- [1, 2]\n", `["a",[1,2]]`},
		{"", `null`},
		// js-yaml 4.3.2's answers where YAML 1.1 readers differ.
		{"a: 1_000\ng: 017\nt: 0x_1F\nb: 0b101\nc: +12\nd: 1e3\ne: .5\nm: 12:30\n", `{"a":"1_000","g":17,"t":"0x_1F","b":5,"c":12,"d":1000,"e":0.5,"m":"12:30"}`},
	} {
		v, err := parseYAML([]byte(tc.in))
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		got := encoded(v)
		got = strings.ReplaceAll(got, `{"\u0000num":"Infinity"}`, "Infinity")
		got = strings.ReplaceAll(got, `{"\u0000num":"-Infinity"}`, "-Infinity")
		if got != tc.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tc.in, got, tc.want)
		}
	}
	if _, err := parseYAML([]byte("a: 1\na: 2\n")); err == nil || !strings.Contains(err.Error(), "duplicated mapping key") {
		t.Errorf("duplicate keys: got %v, want a duplicated mapping key error", err)
	}
}

func TestTOMLOrder(t *testing.T) {
	v, err := parseTOML([]byte("z = 1\na = 2\n[t]\ny = 2024-01-02\nb = \"x\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"z":1,"a":2,"t":{"y":{"\u0000date":1704153600000},"b":"x"}}`
	if got := encoded(v); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestSlug: github-slugger's slug() and Astro's entry slugs.
func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Hello World", "hello-world"},
		{"Nested Dir/Second Post", "nested-dir/second-post"},
		{"posts/index", "posts"},
		{"index", "index"},
		{"C'est l'été!", "cest-lété"},
		{"a_b--c", "a_b--c"},
		{"2024/01 Notes (draft)", "2024/01-notes-draft"},
	} {
		if got := entrySlug(tc.in); got != tc.want {
			t.Errorf("%q: got %q want %q", tc.in, got, tc.want)
		}
	}
	var s slugger
	got := []string{s.slug("Intro"), s.slug("Intro"), s.slug("Intro-1"), s.slug("Intro")}
	if strings.Join(got, " ") != "intro intro-1 intro-1-1 intro-2" {
		t.Errorf("slugger: got %v", got)
	}
}

func TestFrontmatter(t *testing.T) {
	for _, tc := range []struct{ in, data, body string }{
		{"---\ntitle: A\n---\n\nBody\n", `{"title":"A"}`, "Body"},
		{"\uFEFF---\ntitle: A\n---\nB", `{"title":"A"}`, "B"},
		{"\n\n---\ntitle: A\n---\nB", `{"title":"A"}`, "B"},
		{"+++\ntitle = \"T\"\n+++\nB", `{"title":"T"}`, "B"},
		{"No frontmatter\n", `{}`, "No frontmatter"},
		{"---\n- a list\n---\nB", `{}`, "B"},
	} {
		_, data, body, err := parseFrontmatter(tc.in)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if got := encoded(data); got != tc.data || body != tc.body {
			t.Errorf("%q: got %s %q, want %s %q", tc.in, got, body, tc.data, tc.body)
		}
	}
}

// TestDigest: xxhash64 as xxhash-wasm's h64ToString gives it.
func TestDigest(t *testing.T) {
	if got := digest(""); got != "ef46db3751d8e999" {
		t.Errorf("digest(\"\") = %s", got)
	}
	if got := digest("a"); len(got) != 16 {
		t.Errorf("digest is not 16 hex digits: %s", got)
	}
}

func TestGlob(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"c/a.md", "c/sub/b.md", "c/.hidden/x.md", "c/skip.md", "c/x.txt", "c/d.json"} {
		p := filepath.Join(root, filepath.FromSlash(f))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("{}"), 0o644)
	}
	out, err := Load(root, `{"loader":"glob","base":"c","pattern":["**/*.{md,json}","!skip*"]}`)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"entry":"a.md"`, `"entry":"sub/b.md"`, `"entry":"d.json"`} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s in %s", want, out)
		}
	}
	for _, not := range []string{"hidden", "skip.md", "x.txt"} {
		if strings.Contains(out, not) {
			t.Errorf("%s should not be an entry: %s", not, out)
		}
	}
}
