package webapi_test

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestFetchDefaults: fetch sends the headers undici sends when the caller
// sets none, keeps the caller's, and decodes the gzip and deflate bodies
// its Accept-Encoding asked for.
func TestFetchDefaults(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/headers":
			var names []string
			for _, k := range []string{"Accept", "Accept-Language", "Sec-Fetch-Mode", "User-Agent", "Accept-Encoding"} {
				names = append(names, strings.ToLower(k)+"="+r.Header.Get(k))
			}
			fmt.Fprint(w, strings.Join(names, ";"))
		case "/gzip":
			var b bytes.Buffer
			z := gzip.NewWriter(&b)
			z.Write([]byte("zipped text"))
			z.Close()
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(b.Bytes())
		case "/deflate":
			var b bytes.Buffer
			z := zlib.NewWriter(&b)
			z.Write([]byte("deflated text"))
			z.Close()
			w.Header().Set("Content-Encoding", "deflate")
			w.Write(b.Bytes())
		}
	}))
	defer srv.Close()
	e := newEnv(t, webapi.Options{})
	runCases(t, e, fmt.Sprintf("const BASE = %q;", srv.URL), []jsCase{
		{"defaults", `return (await fetch(BASE + '/headers')).text()`,
			"accept=*/*;accept-language=*;sec-fetch-mode=cors;user-agent=node;accept-encoding=gzip, deflate"},
		{"caller's headers win", `return (await fetch(BASE + '/headers', { headers: { accept: 'application/json', 'User-Agent': 'mine' } })).text()`,
			"accept=application/json;accept-language=*;sec-fetch-mode=cors;user-agent=mine;accept-encoding=gzip, deflate"},
		{"gzip", `const r = await fetch(BASE + '/gzip'); return r.headers.get('content-encoding') + ' ' + await r.text()`, "gzip zipped text"},
		{"deflate", `return (await fetch(BASE + '/deflate')).text()`, "deflated text"},
	})
}
