package content

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Markdown is rendered with goldmark configured like Astro's default
// pipeline (@astrojs/markdown-remark): GitHub Flavored Markdown, smart
// punctuation (remark-smartypants: “quotes”, – for --, — for ---, …), raw HTML
// passed through, and an id on every heading from github-slugger, which
// also fills the headings list. What differs from remark is in
// docs/compatibility.md (code blocks are not highlighted by Shiki, and
// small serialisation differences).
var markdown = goldmark.New(
	goldmark.WithExtensions(
		extension.GFM,
		extension.Footnote,
		extension.NewTypographer(extension.WithTypographicSubstitutions(extension.TypographicSubstitutions{
			extension.LeftSingleQuote:  []byte("‘"),
			extension.RightSingleQuote: []byte("’"),
			extension.LeftDoubleQuote:  []byte("“"),
			extension.RightDoubleQuote: []byte("”"),
			extension.EnDash:           []byte("–"),
			extension.EmDash:           []byte("—"),
			extension.Ellipsis:         []byte("…"),
			extension.LeftAngleQuote:   nil,
			extension.RightAngleQuote:  nil,
			extension.Apostrophe:       []byte("’"),
		})),
	),
	goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	goldmark.WithRendererOptions(html.WithUnsafe(),
		renderer.WithNodeRenderers(util.Prioritized(footnoteRenderer{}, 100))),
)

// Heading is one entry of render()'s headings, as Astro gives it.
type Heading struct {
	Depth int    `json:"depth"`
	Slug  string `json:"slug"`
	Text  string `json:"text"`
}

// headingIDs gives headings github-slugger ids (goldmark's own differ).
type headingIDs struct{ s slugger }

func (h *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	return []byte(h.s.slug(string(value)))
}

func (h *headingIDs) Put(value []byte) { h.s.slug(string(value)) }

// renderMarkdown turns an entry's body into HTML and its headings.
func renderMarkdown(body string) (string, []Heading, error) {
	src := []byte(body)
	ctx := parser.NewContext(parser.WithIDs(&headingIDs{}))
	doc := markdown.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	headings := []Heading{}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		id, _ := h.AttributeString("id")
		idb, _ := id.([]byte)
		headings = append(headings, Heading{Depth: h.Level, Slug: string(idb), Text: plainText(h, src)})
		return ast.WalkSkipChildren, nil
	})
	if labelFootnotes(doc) {
		// remark-gfm's footnote section has a heading, which Astro lists.
		headings = append(headings, Heading{Depth: 2, Slug: "footnote-label", Text: "Footnotes"})
	}
	var buf bytes.Buffer
	if err := markdown.Renderer().Render(&buf, src, doc); err != nil {
		return "", nil, err
	}
	return buf.String(), headings, nil
}

// plainText is a node's text content, as hast-util-to-string gives it.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.CodeSpan:
			for ch := t.FirstChild(); ch != nil; ch = ch.NextSibling() {
				if tx, ok := ch.(*ast.Text); ok {
					b.Write(tx.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
