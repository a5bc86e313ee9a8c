package server_test

import (
	"encoding/json"
	"net/url"
	"testing"

	"github.com/comet-dev/comet/internal/server"
)

// i18nEval is an endpoint that evaluates the expressions of its query
// (?e=...) with astro:i18n's helpers and the context in scope, one JSON
// value (or "error: Name") per expression.
const i18nEval = `import * as i18n from 'astro:i18n';
export function GET(ctx) {
  const out = ctx.url.searchParams.getAll('e').map((e) => {
    try { return new Function('i18n', 'ctx', 'return (' + e + ')')(i18n, ctx) ?? null; } catch (err) { return 'error: ' + err.name; }
  });
  return Response.json(out);
}
`

// evalI18n serves a project with config and returns each expression's
// value as JSON text, for requests with the given Accept-Language.
func evalI18n(t *testing.T, config, path, acceptLanguage string, exprs ...string) []string {
	t.Helper()
	srv := project(t, server.Options{ShowErrors: true}, map[string]string{
		"astro.config.mjs":              "export default " + config + ";",
		"src/pages/eval.json.ts":        i18nEval,
		"src/pages/es/eval.json.ts":     i18nEval,
		"src/pages/[lang]/p.json.ts":    "export const prerender = false;\n" + i18nEval,
		"src/pages/portugues/x.json.ts": i18nEval,
	})
	q := url.Values{"e": exprs}
	var hdr []string
	if acceptLanguage != "" {
		hdr = []string{"Accept-Language", acceptLanguage}
	}
	res := do(t, srv, "GET", path+"?"+q.Encode(), nil, hdr...)
	if res.status != 200 {
		t.Fatalf("GET %s: %d %s", path, res.status, res.body)
	}
	var vals []json.RawMessage
	if err := json.Unmarshal([]byte(res.body), &vals); err != nil {
		t.Fatalf("%s: %v", res.body, err)
	}
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = string(v)
	}
	return out
}

const i18nLocales = `locales: ['en', 'es', 'pt_BR', { path: 'portugues', codes: ['pt', 'pt-PT'] }], defaultLocale: 'en'`

// TestPreferredLocale follows Astro 7's Accept-Language handling
// (i18n/utils.ts): configured locales only, by quality (none = 1, a bare
// * = 0, q > 1 or unparsable = none), ties in header order, codes of
// { path, codes } locales matched exactly in the list.
func TestPreferredLocale(t *testing.T) {
	cfg := `{ output: 'server', i18n: { ` + i18nLocales + ` } }`
	for _, tc := range []struct{ header, preferred, list string }{
		{"", `null`, `[]`},
		{"*", `null`, `["en","es","pt_BR","pt","pt-PT"]`},
		{"de", `null`, `[]`},
		{"de, *;q=0.1", `null`, `["en","es","pt_BR","pt","pt-PT"]`},
		{"es", `"es"`, `["es"]`},
		{"ES", `"es"`, `["es"]`},
		{"fr-CH, es;q=0.9, pt-PT;q=0.95, en;q=0.8, *;q=0.5", `"pt-PT"`, `["pt-PT","es","en"]`},
		{"es;q=0.2, en;q=0.2, pt;q=1.5", `"pt"`, `["pt","es","en"]`},
		{"pt-br, EN;q=0.5, es;q=abc", `"pt_BR"`, `["pt_BR","es","en"]`},
		{"pt-pt", `"pt-PT"`, `[]`},
		{"*, es;q=0.1", `"es"`, `["es"]`},
		{" en ; q=0.3 ,es", `"es"`, `["es","en"]`},
	} {
		got := evalI18n(t, cfg, "/eval.json", tc.header, "ctx.preferredLocale", "ctx.preferredLocaleList")
		if got[0] != tc.preferred || got[1] != tc.list {
			t.Errorf("Accept-Language %q: preferredLocale %s, list %s; want %s, %s", tc.header, got[0], got[1], tc.preferred, tc.list)
		}
	}
}

// TestCurrentLocale: the route's path, then a param holding a locale.
func TestCurrentLocale(t *testing.T) {
	cfg := `{ output: 'server', i18n: { ` + i18nLocales + ` } }`
	for _, tc := range []struct{ path, want string }{
		{"/eval.json", `"en"`},
		{"/es/eval.json", `"es"`},
		{"/portugues/x.json", `"pt"`},
		{"/es/p.json", `"es"`},
		{"/pt_br/p.json", `"pt_BR"`},
		{"/PT-br/p.json", `"pt_BR"`},
		{"/portugues/p.json", `"pt"`},
		{"/xx/p.json", `"en"`},
	} {
		if got := evalI18n(t, cfg, tc.path, "", "ctx.currentLocale")[0]; got != tc.want {
			t.Errorf("%s: currentLocale %s, want %s", tc.path, got, tc.want)
		}
	}
	// Without i18n the three fields are undefined.
	srv := project(t, server.Options{ShowErrors: true}, map[string]string{
		"src/pages/es/x.json.ts": "export const GET = (ctx) => Response.json([ctx.currentLocale, ctx.preferredLocale, ctx.preferredLocaleList].map((v) => v === undefined));",
	})
	if res := do(t, srv, "GET", "/es/x.json", nil, "Accept-Language", "es"); res.body != "[true,true,true]" {
		t.Errorf("without i18n: %d %s", res.status, res.body)
	}
}

// TestLocaleURLs checks the URL helpers against Astro 7's rules
// (i18n/index.ts) for base, trailingSlash, build.format, the strategy and
// site.
func TestLocaleURLs(t *testing.T) {
	for _, tc := range []struct {
		name, config string
		exprs        []string
		want         []string
	}{
		{"defaults", `{ output: 'server', i18n: { ` + i18nLocales + ` } }`,
			[]string{`i18n.getRelativeLocaleUrl('en')`, `i18n.getRelativeLocaleUrl('es')`, `i18n.getRelativeLocaleUrl('es', 'about')`,
				`i18n.getRelativeLocaleUrl('pt', '/x/')`, `i18n.getRelativeLocaleUrl('pt_BR', 'x')`, `i18n.getRelativeLocaleUrl('pt_BR', 'x', { normalizeLocale: false })`,
				`i18n.getRelativeLocaleUrl('es', 'a', { prependWith: 'blog' })`, `i18n.getRelativeLocaleUrl('de')`, `i18n.getAbsoluteLocaleUrl('es', 'x')`,
				`i18n.getRelativeLocaleUrlList('g')`, `i18n.getAbsoluteLocaleUrlList()`},
			[]string{`"/"`, `"/es/"`, `"/es/about/"`, `"/portugues/x/"`, `"/pt-br/x/"`, `"/pt_BR/x/"`, `"/blog/es/a/"`, `"error: MissingLocale"`, `"/es/x/"`,
				`["/g/","/es/g/","/pt-br/g/","/portugues/g/"]`, `["/","/es/","/pt-br/","/portugues/"]`}},
		{"base, site, prefix always", `{ output: 'server', site: 'https://example.com', base: '/docs', i18n: { ` + i18nLocales + `, routing: { prefixDefaultLocale: true } } }`,
			[]string{`i18n.getRelativeLocaleUrl('en')`, `i18n.getRelativeLocaleUrl('es', 'a.json')`, `i18n.getAbsoluteLocaleUrl('en')`, `i18n.getAbsoluteLocaleUrl('pt-PT', 'x')`, `i18n.getAbsoluteLocaleUrlList('y')`},
			[]string{`"/docs/en/"`, `"/docs/es/a.json/"`, `"https://example.com/docs/en/"`, `"https://example.com/docs/portugues/x/"`,
				`["https://example.com/docs/en/y/","https://example.com/docs/es/y/","https://example.com/docs/pt-br/y/","https://example.com/docs/portugues/y/"]`}},
		{"never, file", `{ output: 'server', trailingSlash: 'never', build: { format: 'file' }, site: 'https://example.com/', i18n: { ` + i18nLocales + ` } }`,
			[]string{`i18n.getRelativeLocaleUrl('en')`, `i18n.getRelativeLocaleUrl('en', 'a/')`, `i18n.getRelativeLocaleUrl('es', 'a/')`, `i18n.getAbsoluteLocaleUrl('en')`, `i18n.getAbsoluteLocaleUrl('es')`},
			[]string{`"/"`, `"/a"`, `"/es/a"`, `"https://example.com/"`, `"https://example.com/es"`}},
		{"ignore, file", `{ output: 'server', build: { format: 'file' }, i18n: { ` + i18nLocales + ` } }`,
			[]string{`i18n.getRelativeLocaleUrl('es', 'a/')`, `i18n.getAbsoluteLocaleUrl('es')`},
			[]string{`"/es/a"`, `"/es"`}},
		{"paths and locales", `{ output: 'server', i18n: { ` + i18nLocales + ` } }`,
			[]string{`i18n.getPathByLocale('pt')`, `i18n.getPathByLocale('pt-PT')`, `i18n.getPathByLocale('es')`, `i18n.getPathByLocale('de')`,
				`i18n.getLocaleByPath('portugues')`, `i18n.getLocaleByPath('pt')`, `i18n.pathHasLocale('/pt-br/x')`, `i18n.pathHasLocale('/pt/x')`,
				`i18n.pathHasLocale('/es.html')`, `i18n.normalizeTheLocale('pt_BR')`, `i18n.toCodes([{ path: 'p', codes: ['a', 'b'] }, 'c'])`},
			[]string{`"portugues"`, `"portugues"`, `"es"`, `"error: i18nNoLocaleFoundInPath"`, `"pt"`, `"error: i18nNoLocaleFoundInPath"`, `true`, `false`, `true`, `"pt-br"`, `["a","c"]`}},
		{"manual helpers refused", `{ output: 'server', i18n: { ` + i18nLocales + ` } }`,
			[]string{`i18n.middleware({})`, `i18n.notFound(ctx)`, `i18n.requestHasLocale(ctx)`, `i18n.redirectToFallback(ctx)`},
			[]string{`"error: IncorrectStrategyForI18n"`, `"error: IncorrectStrategyForI18n"`, `"error: IncorrectStrategyForI18n"`, `"error: IncorrectStrategyForI18n"`}},
		{"manual", `{ output: 'server', i18n: { ` + i18nLocales + `, routing: 'manual' } }`,
			[]string{`i18n.requestHasLocale(ctx)`, `i18n.redirectToDefaultLocale(ctx).headers.get('location')`, `i18n.redirectToDefaultLocale(ctx, 308).status`,
				`typeof i18n.middleware({ prefixDefaultLocale: true, redirectToDefaultLocale: false })`, `i18n.middleware({ prefixDefaultLocale: false, redirectToDefaultLocale: true })`},
			[]string{`true`, `"/en/"`, `308`, `"function"`, `"error: InvalidI18nMiddlewareConfiguration"`}},
	} {
		got := evalI18n(t, tc.config, "/es/eval.json", "", tc.exprs...)
		for i := range tc.exprs {
			if got[i] != tc.want[i] {
				t.Errorf("%s: %s = %s, want %s", tc.name, tc.exprs[i], got[i], tc.want[i])
			}
		}
	}
}
