// Package content is the Go half of `astro:content`: it finds and reads a
// collection's files (the `glob` and `file` loaders), parses Markdown
// frontmatter, YAML, TOML and JSON with the semantics of the JS libraries
// Astro uses (js-yaml, smol-toml, JSON.parse), and renders Markdown to
// HTML. The JS half (internal/bundle/content.js, the virtual module
// `astro:content`) evaluates the project's content config, asks for a
// loader's files through the native installed by Setup, and does what
// depends on user code: ids from `generateId`, schemas (zod), filters.
//
// Data flows one way: files → this package → JSON text → JS. The JSON is
// also what a server build stores (Snapshot), so `comet preview` answers
// getCollection without the content files.
package content

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/cespare/xxhash/v2"
)

// Request is what one loader asks for.
type Request struct {
	// Loader is "glob" or "file".
	Loader string `json:"loader"`
	// Base is the glob loader's folder: relative to the project root, an
	// absolute path or a file: URL. "" is the root.
	Base string `json:"base,omitempty"`
	// Pattern are the glob loader's patterns, relative to Base; a leading
	// "!" excludes (tinyglobby's ignore).
	Pattern []string `json:"pattern,omitempty"`
	// File is the file loader's file, relative to the project root.
	File string `json:"file,omitempty"`
	// Markdown is text to render (the loader context's renderMarkdown).
	Markdown string `json:"text_md,omitempty"`
	// Legacy asks for Astro 2–4's untrimmed body too (legacyBody).
	Legacy bool `json:"legacy,omitempty"`
	// Text asks the file loader for the file's text (a custom parser).
	Text bool `json:"text,omitempty"`
}

// contentExts are the Markdown extensions an entry is rendered from; MDX
// entries get data and body but no rendered HTML (they are components).
var contentExts = map[string]string{
	".md": "md", ".markdown": "md", ".mdown": "md", ".mkdn": "md", ".mkd": "md", ".mdwn": "md",
	".mdx":  "mdx",
	".json": "json", ".yaml": "yaml", ".yml": "yaml", ".toml": "toml",
}

// Load answers a loader's request, reading files under root. The answer
// is JSON (see package doc and content.js).
func Load(root string, reqJSON string) (string, error) {
	var req Request
	if err := json.Unmarshal([]byte(reqJSON), &req); err != nil {
		return "", fmt.Errorf("content: bad request: %v", err)
	}
	switch req.Loader {
	case "glob":
		return loadGlob(root, req)
	case "file":
		return loadFile(root, req)
	case "folders":
		return loadFolders(root, req)
	case "markdown":
		html, headings, err := renderMarkdown(req.Markdown)
		if err != nil {
			return "", err
		}
		out, err := json.Marshal(map[string]any{"html": html, "headings": headings})
		return string(out), err
	}
	return "", fmt.Errorf("content: unknown loader %q", req.Loader)
}

// resolveBase is new URL(base, config.root) as a folder path.
func resolveBase(root, base string) string {
	if strings.HasPrefix(base, "file://") {
		return filepath.FromSlash(strings.TrimPrefix(base, "file://"))
	}
	if filepath.IsAbs(base) {
		return base
	}
	return filepath.Join(root, filepath.FromSlash(base))
}

func loadGlob(root string, req Request) (string, error) {
	base := resolveBase(root, req.Base)
	var pos, neg []string
	for _, p := range req.Pattern {
		if strings.HasPrefix(p, "!") {
			neg = append(neg, strings.TrimPrefix(p, "!"))
		} else {
			pos = append(pos, strings.TrimPrefix(p, "./"))
		}
	}
	var buf bytes.Buffer
	buf.WriteString(`{"base":`)
	writeString(&buf, posixRelative(root, base))
	var warnings []string
	buf.WriteString(`,"entries":[`)
	n := 0
	if _, err := os.Stat(base); err != nil {
		warnings = append(warnings, fmt.Sprintf("The base directory %q does not exist.", base+string(filepath.Separator)))
	}
	// tinyglobby (fdir) lists a folder's files before it descends into
	// its subfolders; names are sorted here (the file system's order,
	// which Astro keeps, varies between machines).
	var walk func(dir, relDir string) error
	walk = func(dir, relDir string) error {
		ents, err := os.ReadDir(dir)
		if err != nil {
			return nil
		}
		var dirs []fs.DirEntry
		for _, d := range ents {
			rel := path.Join(relDir, d.Name())
			if d.IsDir() {
				if !strings.HasPrefix(d.Name(), ".") || dotAllowed(pos) {
					dirs = append(dirs, d)
				}
				continue
			}
			if err := globEntry(&buf, &n, &warnings, root, filepath.Join(dir, d.Name()), rel, d, pos, neg, req.Legacy); err != nil {
				return err
			}
		}
		for _, d := range dirs {
			if err := walk(filepath.Join(dir, d.Name()), path.Join(relDir, d.Name())); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(base, ""); err != nil {
		return "", err
	}
	buf.WriteString(`],"warnings":`)
	if warnings == nil {
		warnings = []string{}
	}
	w, _ := json.Marshal(warnings)
	buf.Write(w)
	buf.WriteByte('}')
	return buf.String(), nil
}

// globEntry writes the entry for one file if the patterns match it.
func globEntry(buf *bytes.Buffer, n *int, warnings *[]string, root, p, rel string, d fs.DirEntry, pos, neg []string, legacy bool) error {
	if !globMatch(rel, pos, neg) {
		return nil
	}
	if strings.HasPrefix(d.Name(), ".") && !dotAllowed(pos) {
		return nil
	}
	kind := contentExts[strings.ToLower(path.Ext(rel))]
	if kind == "" {
		*warnings = append(*warnings, "No entry type found for "+rel)
		return nil
	}
	// The content config inside src/content is never an entry.
	if isLegacyConfig(root, p) {
		return nil
	}
	src, err := os.ReadFile(p)
	if err != nil {
		return fmt.Errorf("content: reading %s: %w", rel, err)
	}
	if *n > 0 {
		buf.WriteByte(',')
	}
	*n++
	return writeEntry(buf, root, p, rel, kind, src, legacy)
}

func isLegacyConfig(root, p string) bool {
	dir, name := filepath.Split(p)
	return filepath.Clean(dir) == filepath.Join(root, "src", "content") &&
		(name == "config.js" || name == "config.ts" || name == "config.mjs")
}

func dotAllowed(patterns []string) bool {
	for _, p := range patterns {
		if strings.HasPrefix(p, ".") || strings.Contains(p, "/.") {
			return true
		}
	}
	return false
}

func globMatch(rel string, pos, neg []string) bool {
	ok := false
	for _, p := range pos {
		if m, _ := doublestar.Match(p, rel); m {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	for _, p := range neg {
		if m, _ := doublestar.Match(p, rel); m {
			return false
		}
	}
	return true
}

// posixRelative is the entry's filePath: relative to the root, slashes.
func posixRelative(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

func writeEntry(buf *bytes.Buffer, root, p, rel, kind string, src []byte, legacy bool) error {
	contents := string(src)
	o := newObject()
	o.set("entry", rel)
	o.set("filePath", posixRelative(root, p))
	noExt := strings.TrimSuffix(rel, path.Ext(rel))
	o.set("path", noExt)
	o.set("slug", entrySlug(noExt))
	o.set("digest", digest(contents))
	o.set("kind", kind)
	fail := func(err error) error { return fmt.Errorf("%s: %v", posixRelative(root, p), err) }
	switch kind {
	case "md", "mdx":
		raw, data, body, err := parseFrontmatter(contents)
		if err != nil {
			return fail(err)
		}
		o.set("data", data)
		o.set("rawData", raw)
		o.set("body", body)
		if legacy {
			o.set("legacyBody", legacyBody(contents))
		}
		if kind == "md" {
			html, headings, err := renderMarkdown(body)
			if err != nil {
				return fail(err)
			}
			hs := make([]any, len(headings))
			for i, h := range headings {
				ho := newObject()
				ho.set("depth", int64(h.Depth))
				ho.set("slug", h.Slug)
				ho.set("text", h.Text)
				hs[i] = ho
			}
			r := newObject()
			r.set("html", html)
			r.set("headings", hs)
			o.set("rendered", r)
		}
	case "json":
		if !json.Valid(src) {
			var v any
			err := json.Unmarshal(src, &v)
			return fail(err)
		}
		o.set("data", json.RawMessage(bytes.TrimSpace(bytes.TrimPrefix(src, []byte("\uFEFF")))))
	case "yaml":
		v, err := parseYAML(src)
		if err != nil {
			return fail(err)
		}
		o.set("data", v)
	case "toml":
		v, err := parseTOML(src)
		if err != nil {
			return fail(err)
		}
		o.set("data", v)
	}
	encode(buf, o)
	return nil
}

// digest is the content layer's generateDigest: xxhash64 of the file's
// text, as 16 hex digits.
func digest(s string) string {
	h := strconv.FormatUint(xxhash.Sum64String(s), 16)
	return strings.Repeat("0", 16-len(h)) + h
}

// frontmatterRe and frontmatterTypeRe are @astrojs/internal-helpers'
// frontmatter expressions: `---` (YAML) or `+++` (TOML) at the start of the
// file, after a BOM or blank lines.
var (
	frontmatterRe     = regexp.MustCompile(`^(?:\x{FEFF}?|\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)`)
	frontmatterTypeRe = regexp.MustCompile(`^(?:\x{FEFF}?|\s*\n)(---|\+\+\+)`)
)

// parseFrontmatter splits a Markdown file as Astro's markdown entry type
// does: the frontmatter's data (an object; {} when absent or not an
// object), the raw frontmatter text, and the body after it, trimmed.
func parseFrontmatter(code string) (raw string, data any, body string, err error) {
	m := frontmatterRe.FindStringSubmatchIndex(code)
	if m == nil {
		return "", newObject(), jsTrim(code), nil
	}
	raw = code[m[2]:m[3]]
	var v any
	if t := frontmatterTypeRe.FindStringSubmatch(code); t != nil && t[1] == "+++" {
		v, err = parseTOML([]byte(raw))
	} else {
		v, err = parseYAML([]byte(raw))
	}
	if err != nil {
		return "", nil, "", err
	}
	switch v.(type) {
	case *object:
	default:
		v = newObject()
	}
	return raw, v, jsTrim(code[m[1]:]), nil
}

// jsTrim is String.prototype.trim.
func jsTrim(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' })
}

func loadFile(root string, req Request) (string, error) {
	p := resolveBase(root, req.File)
	o := newObject()
	o.set("filePath", posixRelative(root, p))
	src, err := os.ReadFile(p)
	if err != nil {
		o.set("missing", true)
		var buf bytes.Buffer
		encode(&buf, o)
		return buf.String(), nil
	}
	var v any
	ext := strings.ToLower(path.Ext(p))
	if req.Text {
		ext = ""
	}
	switch ext {
	case ".json":
		if json.Valid(src) {
			v = json.RawMessage(bytes.TrimSpace(src))
		} else {
			var x any
			err = json.Unmarshal(src, &x)
		}
	case ".yaml", ".yml":
		v, err = parseYAML(src)
	case ".toml":
		v, err = parseTOML(src)
	default:
		// A custom parser: JS parses the text.
		o.set("text", string(src))
	}
	if err != nil {
		o.set("error", err.Error())
	} else if !o.has("text") {
		o.set("data", v)
	}
	var buf bytes.Buffer
	encode(&buf, o)
	return buf.String(), nil
}

// legacyBody is an entry's body as Astro 2–4 gave it (gray-matter): the
// text after the closing fence and its line break, untrimmed.
func legacyBody(code string) string {
	m := frontmatterRe.FindStringIndex(code)
	if m == nil {
		return code
	}
	rest := code[m[1]:]
	if strings.HasPrefix(rest, "\r\n") {
		return rest[2:]
	}
	return strings.TrimPrefix(rest, "\n")
}

// loadFolders lists the collection folders of a content folder (no
// content config: every folder not starting with _ or . is one).
func loadFolders(root string, req Request) (string, error) {
	names := []string{}
	ents, _ := os.ReadDir(resolveBase(root, req.Base))
	for _, e := range ents {
		if e.IsDir() && !strings.HasPrefix(e.Name(), "_") && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	out, err := json.Marshal(names)
	return string(out), err
}
