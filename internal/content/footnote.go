package content

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// Footnotes are parsed by goldmark's footnote extension and written here
// with the markup remark-gfm gives them in Astro (mdast-util-to-hast):
// `user-content-` ids, a <section data-footnotes> with a "Footnotes"
// heading, and ↩ back references.
type footnoteRenderer struct{}

func (footnoteRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(east.KindFootnoteLink, renderFootnoteLink)
	reg.Register(east.KindFootnoteBacklink, renderFootnoteBacklink)
	reg.Register(east.KindFootnote, renderFootnote)
	reg.Register(east.KindFootnoteList, renderFootnoteList)
}

// footnoteIDAttr carries a footnote's id (its label, lower-cased and
// URL-safe, as remark makes it) from labelFootnotes to the renderers.
const footnoteIDAttr = "data-comet-fnid"

// labelFootnotes gives every footnote node its label's id; goldmark's
// links and back references know only the footnote's number.
func labelFootnotes(doc ast.Node) bool {
	ids := map[int]string{}
	found := false
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if fn, ok := n.(*east.Footnote); ok && entering {
			ids[fn.Index] = url.PathEscape(strings.ToLower(string(fn.Ref)))
			found = true
		}
		return ast.WalkContinue, nil
	})
	if !found {
		return false
	}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch x := n.(type) {
		case *east.FootnoteLink:
			x.SetAttributeString(footnoteIDAttr, ids[x.Index])
		case *east.FootnoteBacklink:
			x.SetAttributeString(footnoteIDAttr, ids[x.Index])
		case *east.Footnote:
			x.SetAttributeString(footnoteIDAttr, ids[x.Index])
		}
		return ast.WalkContinue, nil
	})
	return true
}

func footnoteID(n ast.Node) string {
	v, _ := n.AttributeString(footnoteIDAttr)
	s, _ := v.(string)
	return s
}

func renderFootnoteLink(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*east.FootnoteLink)
	id := footnoteID(n)
	ref := "user-content-fnref-" + id
	if n.RefIndex > 0 {
		ref += "-" + strconv.Itoa(n.RefIndex+1)
	}
	w.WriteString(`<sup><a href="#user-content-fn-` + id + `" id="` + ref + `" data-footnote-ref aria-describedby="footnote-label">` + strconv.Itoa(n.Index) + `</a></sup>`)
	return ast.WalkContinue, nil
}

func renderFootnoteBacklink(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*east.FootnoteBacklink)
	id := footnoteID(n)
	ref, label, sup := id, strconv.Itoa(n.Index), ""
	if n.RefIndex > 0 {
		k := strconv.Itoa(n.RefIndex + 1)
		ref, label, sup = id+"-"+k, label+"-"+k, "<sup>"+k+"</sup>"
	}
	w.WriteString(` <a href="#user-content-fnref-` + ref + `" data-footnote-backref="" aria-label="Back to reference ` + label + `" class="data-footnote-backref">↩` + sup + `</a>`)
	return ast.WalkContinue, nil
}

func renderFootnote(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		w.WriteString(`<li id="user-content-fn-` + footnoteID(node) + "\">\n")
	} else {
		w.WriteString("</li>\n")
	}
	return ast.WalkContinue, nil
}

func renderFootnoteList(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		w.WriteString("<section data-footnotes class=\"footnotes\"><h2 class=\"sr-only\" id=\"footnote-label\">Footnotes</h2>\n<ol>\n")
	} else {
		w.WriteString("</ol>\n</section>\n")
	}
	return ast.WalkContinue, nil
}
