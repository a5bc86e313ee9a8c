package endpoint_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/app"
	"github.com/comet-dev/comet/internal/config"
	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/testproject"
)

// TestHandlerPrecedence: which export answers each method
// (comet-semantics #1, #2 and #27): the exact upper-case name, the
// lower-case one, del for DELETE, then ALL and all, and GET/get for HEAD.
func TestHandlerPrecedence(t *testing.T) {
	modules := map[string][]string{ // file → exports
		"upper.ts":   {"GET", "get", "POST", "ALL", "all"},
		"lower.ts":   {"get", "post", "del", "all"},
		"all.ts":     {"ALL", "all"},
		"lowall.ts":  {"all"},
		"delete.ts":  {"DELETE", "del"},
		"del.ts":     {"del"},
		"head.ts":    {"get"},
		"headall.ts": {"GET", "ALL"},
		"none.ts":    {"POST"},
	}
	files := map[string]string{}
	for f, names := range modules {
		var b strings.Builder
		for _, n := range names {
			fmt.Fprintf(&b, "export const %s = () => new Response(%q);\n", n, n)
		}
		files["src/pages/"+f] = b.String()
	}
	cfg, err := config.Load(testproject.Write(t, files), config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.Load(cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	rt, err := a.NewRuntime(app.RuntimeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	for _, tc := range []struct{ file, method, want string }{
		{"upper.ts", "GET", "GET"},
		{"upper.ts", "POST", "POST"},
		{"upper.ts", "PUT", "ALL"},
		{"upper.ts", "HEAD", "ALL"},
		{"lower.ts", "GET", "get"},
		{"lower.ts", "POST", "post"},
		{"lower.ts", "DELETE", "del"},
		{"lower.ts", "PATCH", "all"},
		{"all.ts", "GET", "ALL"},
		{"lowall.ts", "OPTIONS", "all"},
		{"delete.ts", "DELETE", "DELETE"},
		{"del.ts", "DELETE", "del"},
		{"head.ts", "HEAD", "get"},
		{"headall.ts", "HEAD", "ALL"},
		{"none.ts", "GET", ""},
	} {
		res, err := endpoint.Call(context.Background(), rt, endpoint.Request{
			File: "src/pages/" + tc.file, Method: tc.method, URL: "http://localhost:4321/" + strings.TrimSuffix(tc.file, ".ts"),
		})
		if err != nil {
			t.Fatalf("%s %s: %v", tc.method, tc.file, err)
		}
		got := res.Handler
		if res.Kind == endpoint.KindNoHandler {
			got = ""
		}
		if got != tc.want {
			t.Errorf("%s %s ran %q, want %q", tc.method, tc.file, got, tc.want)
		}
	}
}

// TestContextShape: the Go-backed APIContext and Request look as the
// former JS objects did, on a route's first call (endpoint.js runs it) and
// on later ones (Go calls the handler): the same own keys, instanceof
// Request, lazily made site/url/cookies listed once read, Astro 1.x's
// ctx.<param>, props, assignments and deletions as on a plain object.
func TestContextShape(t *testing.T) {
	files := map[string]string{
		"src/pages/[id].json.ts": `export function GET(ctx, req) {
  const before = Object.keys(ctx).join(',');
  const out = {
    before,
    sameRequest: req === ctx.request,
    isRequest: ctx.request instanceof Request,
    url: ctx.url.pathname,
    method: ctx.request.method,
    header: ctx.request.headers.get('x-test'),
    id: ctx.params.id, alias: ctx.id, rest: Object.keys(ctx.params).join(','),
    props: JSON.stringify(ctx.props),
    generator: ctx.generator, routePattern: ctx.routePattern, pre: ctx.isPrerendered,
    hasClient: 'clientAddress' in ctx, client: ctx.clientAddress,
    site: ctx.site === undefined ? 'none' : ctx.site.href,
  };
  ctx.cookies.set('a', 'b');
  ctx.locals.x = 1;
  ctx.extra = 2;
  const locale = ctx.currentLocale;
  delete ctx.currentLocale;
  out.after = Object.keys(ctx).join(',');
  out.requestKeys = Object.keys(ctx.request).join(',');
  return new Response(JSON.stringify(out));
}`,
	}
	cfg, err := config.Load(testproject.Write(t, files), config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.Load(cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	rt, err := a.NewRuntime(app.RuntimeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	want := `{"before":"params,request,props,locals,generator,routePattern,isPrerendered",` +
		`"sameRequest":true,"isRequest":true,"url":"/7.json","method":"GET","header":"yes","id":"7","alias":"7","rest":"id,other",` +
		`"props":"{}","generator":"Astro v7.3.5 (Comet)","routePattern":"/[id].json","pre":false,"hasClient":true,"client":"127.0.0.1",` +
		`"site":"none","after":"params,request,props,locals,generator,routePattern,isPrerendered,site,url,cookies,extra",` +
		`"requestKeys":"url,method,_hl,_h"}`
	for i := 0; i < 2; i++ {
		res, err := endpoint.Call(context.Background(), rt, endpoint.Request{
			File: "src/pages/[id].json.ts", Method: "GET", URL: "http://localhost:4321/7.json",
			Header: map[string][]string{"X-Test": {"yes"}}, Params: map[string]string{"id": "7"}, ParamNames: []string{"id", "other"},
			ClientAddress: "127.0.0.1", RoutePattern: "/[id].json",
		})
		if err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
		if got := string(res.Body); got != want {
			t.Errorf("call %d:\n got %s\nwant %s", i, got, want)
		}
		if len(res.Cookies) != 1 || res.Cookies[0] != "a=b" {
			t.Errorf("call %d: cookies %q", i, res.Cookies)
		}
	}
}

// TestCallBatch: a batch's calls keep their own outcomes — sync and async
// handlers, `{ body }` results and a throwing handler — in order, each
// as Call would give it.
func TestCallBatch(t *testing.T) {
	files := map[string]string{
		"src/pages/[id].txt.ts": `export async function GET({ params }) {
  if (params.id === 'bad') throw new Error('bad page');
  if (params.id === 'body') return { body: 'old ' + params.id };
  if (params.id === 'slow') { await new Promise((r) => setTimeout(r, 5)); }
  return new Response('page ' + params.id);
}`,
	}
	cfg, err := config.Load(testproject.Write(t, files), config.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.Load(cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	rt, err := a.NewRuntime(app.RuntimeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ids := []string{"slow", "1", "bad", "body", "2"}
	want := []string{"page slow", "page 1", "error", "old body", "page 2"}
	var reqs []endpoint.Request
	for _, id := range ids {
		reqs = append(reqs, endpoint.Request{File: "src/pages/[id].txt.ts", Method: "GET", URL: "http://localhost/" + id + ".txt",
			Params: map[string]string{"id": id}, ParamNames: []string{"id"}, Static: true, BodyContentType: "text/plain"})
	}
	for round := 0; round < 2; round++ { // the first loads the module through endpoint.js
		outs, err := endpoint.CallBatch(context.Background(), rt, reqs, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		for i, o := range outs {
			got := "error"
			if o.Err == nil {
				got = string(o.Result.Body)
			} else if !strings.Contains(o.Err.Error(), "bad page") {
				t.Errorf("round %d, %s: error %v", round, ids[i], o.Err)
			}
			if !o.Done || got != want[i] {
				t.Errorf("round %d, %s: done=%v body %q, want %q", round, ids[i], o.Done, got, want[i])
			}
		}
		if h := outs[3].Result.Header; len(h) != 1 || h[0][1] != "text/plain" {
			t.Errorf("round %d: { body } header %v", round, h)
		}
	}
}
