package webapi_test

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
	"github.com/dop251/goja"
)

// TestJSONDepth: nesting a few megabytes deep is a SyntaxError the handler
// catches (on the old code it ended the process with a Go stack overflow),
// through JSON.parse, request.json() and Response.json(); ordinary depth and
// brackets inside strings are unaffected, and JSON.parse keeps its shape.
func TestJSONDepth(t *testing.T) {
	prefix := `const deep = '['.repeat(2500000) + ']'.repeat(2500000);
const catchName = async (f) => { try { await f(); return 'no'; } catch (e) { return e.name; } };
`
	runCases(t, newEnv(t, webapi.Options{}), prefix, []jsCase{
		{"JSON.parse", `return catchName(() => JSON.parse(deep))`, "SyntaxError"},
		{"request.json", `return catchName(() => new Request('http://x/', { method: 'POST', body: deep }).json())`, "SyntaxError"},
		{"Response.json", `return catchName(() => new Response('{"a":' + deep + '}').json())`, "SyntaxError"},
		{"at the limit", `const s = '['.repeat(10000) + ']'.repeat(10000); let v = JSON.parse(s), d = 0; while (Array.isArray(v)) { d++; v = v[0]; } return d`, "10000"},
		{"brackets in strings", `return JSON.parse(JSON.stringify('['.repeat(20000) + '"\\\\"' + '{'.repeat(20000))).length`, "40004"},
		{"reviver still works", `return JSON.stringify(JSON.parse('{"a":1,"b":[2]}', (k, v) => typeof v === 'number' ? v * 10 : v))`, `{"a":10,"b":[20]}`},
		{"shape", `return [JSON.parse.name, JSON.parse.length, 'prototype' in JSON.parse, Object.keys(JSON).length].join()`, "parse,2,false,0"},
		{"coerces", `return JSON.parse({ toString: () => '[1]' })[0] + ' ' + await catchName(() => JSON.parse(Symbol()))`, "1 TypeError"},
	})
}

// TestHeaderIterationLinear: iterating headers costs time in proportion to
// their number (it was quadratic: one 62 KB request of 10,500 headers kept
// the event loop busy for tens of seconds). Four times the headers must take
// well under the 16 times a quadratic loop would; the ratio is measured in
// one process, so a loaded machine slows both sides alike.
func TestHeaderIterationLinear(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	got, err := e.eval(`const h = new Headers(); for (let i = 0; i < 10500; i++) h.append('x-h' + i, 'v'); h.append('x-h1', 'w'); const o = Object.fromEntries(h); let n = 0; h.forEach(() => n++); return Object.keys(o).length + ' ' + o['x-h1'] + ' ' + n + ' ' + [...h.keys()].length`)
	if err != nil || got != "10500 v, w 10500 10500" {
		t.Fatalf("got %q %v", got, err)
	}
	iterate := func(n int) time.Duration {
		src := fmt.Sprintf(`const h = new Headers(); for (let i = 0; i < %d; i++) h.append('x-h' + i, 'v'); const t = Date.now(); Object.fromEntries(h); let c = 0; h.forEach(() => c++); [...h.keys()]; return String(Date.now() - t)`, n)
		out, err := e.eval(src)
		if err != nil {
			t.Fatal(err)
		}
		ms, _ := strconv.Atoi(out)
		return time.Duration(ms+1) * time.Millisecond
	}
	checkLinear(t, "iterating headers", iterate, 1500)
}

// checkLinear fails when run(4n) takes more than 10 times run(n) (linear is
// 4, quadratic 16); each side is the fastest of three runs.
func checkLinear(t *testing.T, what string, run func(n int) time.Duration, n int) {
	t.Helper()
	best := func(n int) time.Duration {
		d := run(n)
		for i := 0; i < 2; i++ {
			d = min(d, run(n))
		}
		return d
	}
	small, large := best(n), best(4*n)
	if large > 10*small {
		t.Errorf("%s: %d took %v, %d took %v (%.1f times: not linear)", what, n, small, 4*n, large, float64(large)/float64(small))
	}
}

// TestFormFieldsBounded: urlencoded forms parse as the URL standard says;
// one with more than MaxFormFields entries is refused (a TypeError) rather
// than growing the heap by gigabytes.
func TestFormFieldsBounded(t *testing.T) {
	prefix := `const form = (body, ct = 'application/x-www-form-urlencoded') => new Request('http://x/', { method: 'POST', body, headers: { 'content-type': ct } }).formData();
`
	runCases(t, newEnv(t, webapi.Options{}), prefix, []jsCase{
		{"urlencoded", `return JSON.stringify([...(await form('a=1&b=%20x+y&&c&=e&d=%zz&f=%C3%A9&g=%FF&a=2'))])`, "[[\"a\",\"1\"],[\"b\",\" x y\"],[\"c\",\"\"],[\"\",\"e\"],[\"d\",\"%zz\"],[\"f\",\"é\"],[\"g\",\"\ufffd\"],[\"a\",\"2\"]]"},
		{"at the cap", `return [...(await form('a&'.repeat(100000)))].length`, "100000"},
		{"past the cap", `return await form('a&'.repeat(100001)).then(() => 'parsed', (e) => e.name)`, "TypeError"},
		{"multipart past the cap", `const part = '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n'; return await form(part.repeat(100001) + '--b--\r\n', 'multipart/form-data; boundary=b').then(() => 'parsed', (e) => e.name)`, "TypeError"},
	})
}

// TestFormMemory: request.formData() on a body just under the 10 MiB limit,
// made of ~100-byte fields, holds a small multiple of the body and
// allocates little more while parsing. It held 7.4 times the body (an
// array per entry) and allocated 12 times it (urlencoded); 6 times the
// body held for multipart. The bounds are generous (the heap is measured
// after a collection, so only what the FormData keeps counts).
func TestFormMemory(t *testing.T) {
	var url, mp strings.Builder
	nURL, nMP := 0, 1 // entries in each (the multipart body ends with a file)
	for ; url.Len() < 9_900_000; nURL++ {
		fmt.Fprintf(&url, "f%d=%s%%C3%%A9&", nURL, strings.Repeat("v", 90))
	}
	for i := 0; mp.Len() < 9_900_000; i, nMP = i+1, nMP+1 {
		fmt.Fprintf(&mp, "--b\r\nContent-Disposition: form-data; name=\"f%d\"\r\n\r\n%s\r\n", i, strings.Repeat("v", 60))
	}
	mp.WriteString("--b\r\nContent-Disposition: form-data; name=\"up\"; filename=\"../a.txt\"\r\nContent-Type: Text/Plain\r\n\r\nfile body\r\n--b--\r\n")
	for _, c := range []struct {
		name, ctype, body string
		want              string // entries, then a few looked up
		maxAlloc          uint64 // bytes allocated by formData() at most, per byte of body (0: not checked)
	}{
		{"urlencoded", "application/x-www-form-urlencoded", url.String(), fmt.Sprintf("%d %sé -", nURL, strings.Repeat("v", 90)), 5},
		{"multipart", "multipart/form-data; boundary=b", mp.String(), fmt.Sprintf("%d %s ../a.txt text/plain 9", nMP, strings.Repeat("v", 60)), 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t, webapi.Options{})
			body := []byte(c.body)
			if err := e.exec(func(vm *goja.Runtime) error {
				return vm.Set("req", vm.ToValue(map[string]any{"body": vm.NewArrayBuffer(body), "ctype": c.ctype}))
			}); err != nil {
				t.Fatal(err)
			}
			if _, err := e.eval(`globalThis.request = new Request('http://x/', { method: 'POST', body: req.body, headers: { 'content-type': req.ctype } }); delete globalThis.req;`); err != nil {
				t.Fatal(err)
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			if _, err := e.eval(`globalThis.fd = await request.formData();`); err != nil {
				t.Fatal(err)
			}
			runtime.ReadMemStats(&after)
			alloc := after.TotalAlloc - before.TotalAlloc
			runtime.GC()
			runtime.ReadMemStats(&after)
			held := int64(after.HeapAlloc) - int64(before.HeapAlloc)
			n := int64(len(body))
			t.Logf("%d bytes of body: formData() allocated %.1f times that and holds %.1f times it", n, float64(alloc)/float64(n), float64(held)/float64(n))
			if held > 3*n {
				t.Errorf("the FormData holds %d bytes for a %d-byte body (more than 3 times)", held, n)
			}
			if c.maxAlloc > 0 && alloc > c.maxAlloc*uint64(n) {
				t.Errorf("formData() allocated %d bytes for a %d-byte body (more than %d times)", alloc, n, c.maxAlloc)
			}
			got, err := e.eval(`const up = fd.get('up'); return [[...fd.keys()].length, fd.get('f7'), ...(up ? [up.name, up.type, up.size] : ['-'])].join(' ')`)
			if err != nil || got != c.want {
				t.Errorf("got %q %v, want %q", got, err, c.want)
			}
		})
	}
}
