package bundle_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

// TestZlibTTYProcess: zlib's forms and errors, tty, diagnostics_channel and
// path/url helpers. Expected values are Node 20's (test/platform compares
// the same calls with Node; these pin them without Node installed).
func TestZlibTTYProcess(t *testing.T) {
	cases := []nodeCase{
		{"gzip roundtrip", `return zlib.gunzipSync(zlib.gzipSync('hello')).toString()`, "hello"},
		{"every pair", `return [['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'], ['brotliCompressSync', 'brotliDecompressSync'], ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync']].map(([a, b]) => zlib[b](zlib[a]('x'.repeat(1000))).length).join()`, "1000,1000,1000,1000,1000"},
		{"node's bytes", `return zlib.gunzipSync(Buffer.from('H4sIAAAAAAAAA0vOz00tAQBhbxh0BQAAAA==', 'base64')).toString() + zlib.brotliDecompressSync(Buffer.from('CwKAY29tZXQD', 'base64'))`, "cometcomet"},
		{"gzip header os byte", `return zlib.gzipSync('a')[9]`, "3"},
		{"bad header", `return attempt(() => zlib.gunzipSync(Buffer.from('nope')))`, "Error Z_DATA_ERROR: incorrect header check"},
		{"truncated", `return attempt(() => zlib.gunzipSync(zlib.gzipSync('hello').subarray(0, 12)))`, "Error Z_BUF_ERROR: unexpected end of file"},
		{"callback", `return await new Promise((r) => zlib.deflate('cb', (e, b) => r(zlib.inflateSync(b).toString())))`, "cb"},
		{"stream", `const gz = zlib.createGzip(); gz.end('streamed'); const chunks = []; for await (const c of gz) chunks.push(c); return zlib.gunzipSync(Buffer.concat(chunks)).toString()`, "streamed"},
		{"crc32", `return zlib.crc32('hello') + ' ' + zlib.crc32('lo', zlib.crc32('hel'))`, "907060870 907060870"},
		{"tty", `return tty.isatty(1) + ' ' + attempt(() => new tty.WriteStream(1))`, "false Error ERR_COMET_UNSUPPORTED: tty.WriteStream is not supported by Comet: endpoints have no terminal"},
		{"path.parse", `return JSON.stringify(path.parse('/home/u/f.tar.gz'))`, `{"root":"/","dir":"/home/u","base":"f.tar.gz","ext":".gz","name":"f.tar"}`},
		{"path.format", `return [path.format({ dir: '/x', base: 'y.js' }), path.format({ root: '/', name: 'n', ext: 'e' }), path.format({ name: 'n', ext: '.e' })].join()`, "/x/y.js,/n.e,n.e"},
		{"domainToASCII", `return [url.domainToASCII('mañana.com'), url.domainToASCII('xn--iñvalid.com')].join('|')`, "xn--maana-pta.com|"},
		{"url.parse", `const u = url.parse('redis://:pw@Example.com:6379/0?db=1', true); return [u.protocol, u.auth, u.hostname, u.port, u.pathname, u.query.db, u.href].join()`, "redis:,:pw,example.com,6379,/0,1,redis://:pw@example.com:6379/0?db=1"},
		{"dns.lookup literal", `return await new Promise((r) => dns.lookup('127.0.0.1', (e, a, f) => r([e, a, f].join())))`, ",127.0.0.1,4"},
		{"dns.lookup localhost", `return JSON.stringify(await dnsp.lookup('localhost', { family: 4 }))`, `{"address":"127.0.0.1","family":4}`},
		{"dns.lookup all", `return (await dns.promises.lookup('::1', { all: true })).map((x) => x.address + '/' + x.family).join()`, "::1/6"},
		{"dns.lookup not found", `return await dnsp.lookup('nothing.invalid').catch((e) => [e.code, e.syscall, e.hostname, e.message].join())`, "ENOTFOUND,getaddrinfo,nothing.invalid,getaddrinfo ENOTFOUND nothing.invalid"},
		{"dns.resolve bad rrtype", `return attempt(() => dnsp.resolve('x', 'NOPE'))`, "TypeError ERR_INVALID_ARG_VALUE: The argument 'rrtype' is invalid. Received 'NOPE'"},
		{"dns.lookup errno", `return await dnsp.lookup('nothing.invalid').catch((e) => e.errno)`, "-3008"},
		{"constants", `return [constants.O_CREAT, constants.S_IFDIR, constants.SIGTERM, constants.ENOENT, fs.constants.O_WRONLY, os.constants.signals.SIGKILL].join()`, "64,16384,15,2,1,9"},
		{"diagnostics_channel", `const c = dc.channel('t'); const got = []; c.subscribe((m, n) => got.push(n + m)); c.publish(1); return got.join() + ' ' + dc.hasSubscribers('t')`, "t1 true"},
	}
	runNodeCases(t, nil, catchJS+`import zlib from 'node:zlib'; import tty from 'tty'; import path from 'path'; import url from 'node:url'; import dc from 'node:diagnostics_channel'; import dns from 'dns'; import * as dnsp from 'node:dns/promises'; import constants from 'constants'; import fs from 'node:fs'; import os from 'os';`, cases)
}

// TestProcessStdout: process.stdout/stderr write to the console, a line at
// a time.
func TestProcessStdout(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"src/pages/a.js": "export default () => { process.stdout.write('one\\ntw'); process.stdout.write('o\\n'); process.stderr.write(Buffer.from('err\\n')); return process.stdout.isTTY === false; };\n",
	})
	b, err := bundle.Build(bundle.Input{Root: dir, Files: []string{"src/pages/a.js"}})
	if err != nil {
		t.Fatal(err)
	}
	prog, err := jsrt.Compile("bundle.js", b.Code)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var logs []string
	rt, err := jsrt.New(jsrt.Options{Programs: []*jsrt.Program{prog}, Root: dir, Console: func(level, msg, source string) {
		mu.Lock()
		logs = append(logs, level+" "+msg)
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	got, err := jsrt.Await(context.Background(), rt, func(vm *goja.Runtime) (goja.Value, error) {
		return vm.RunString(`__cometBundle.routes['src/pages/a.js']().then((m) => String(m.default()))`)
	}, func(vm *goja.Runtime, v goja.Value) (string, error) { return v.String(), nil })
	mu.Lock()
	defer mu.Unlock()
	if want := "log one|log two|error err"; err != nil || got != "true" || strings.Join(logs, "|") != want {
		t.Errorf("got %q, %v, logs %q; want true and %q", got, err, logs, want)
	}
}

// TestAsyncLocalStorageRebuild: a dev Builder switches to lowered async
// functions once the project imports async_hooks, so the store survives
// await after a rebuild too.
func TestAsyncLocalStorageRebuild(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"src/pages/a.js": "export default async () => 'plain';\n",
	})
	in := bundle.Input{Root: dir, Files: []string{"src/pages/a.js"}}
	builder, err := bundle.NewBuilder(in)
	if err != nil {
		t.Fatal(err)
	}
	defer builder.Close()
	if _, err := builder.Rebuild(); err != nil {
		t.Fatal(err)
	}
	writeFileIn(t, dir, "src/pages/a.js", `import { AsyncLocalStorage } from 'node:async_hooks';
const als = new AsyncLocalStorage();
const later = (v) => new Promise((r) => setTimeout(() => r(v), 2));
async function inner() { await later(1); await null; return als.getStore(); }
export default () => Promise.all([als.run('A', inner), als.run('B', inner)]).then((r) => r.join() + ' ' + als.getStore());
`)
	b, err := builder.Rebuild()
	if err != nil {
		t.Fatal(err)
	}
	prog, err := jsrt.Compile("bundle.js", b.Code)
	if err != nil {
		t.Fatal(err)
	}
	rt, err := jsrt.New(jsrt.Options{Programs: []*jsrt.Program{prog}, Root: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	got, err := jsrt.Await(ctx, rt, func(vm *goja.Runtime) (goja.Value, error) {
		return vm.RunString(`__cometBundle.routes['src/pages/a.js']().then((m) => m.default())`)
	}, func(vm *goja.Runtime, v goja.Value) (string, error) { return v.String(), nil })
	if want := "A,B undefined"; err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
}

// writeFileIn writes one file (a slash path) under dir.
func writeFileIn(t *testing.T, dir, name, data string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
