package bundle_test

// Tests of the Node built-ins Comet provides (node.go, virtual.go), run as
// endpoints run: bundled by package bundle, evaluated by package jsrt with
// the project root set. The expected strings are what Node 20 prints for
// the same code, unless a comment says otherwise.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/comet-dev/comet/internal/testproject"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comet-dev/comet/internal/bundle"
	"github.com/comet-dev/comet/internal/diag"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

type nodeCase struct{ name, js, want string }

// writeProject writes files (slash paths) under a new temp dir.
func writeProject(t *testing.T, files map[string]string) string { return testproject.Write(t, files) }

// runNodeCases writes a project made of files and runs the cases in it
// (see runNodeCasesIn).
func runNodeCases(t *testing.T, files map[string]string, header string, cases []nodeCase) {
	t.Helper()
	runNodeCasesIn(t, writeProject(t, files), header, cases)
}

// catchJS is a helper the cases use to show an error as "name code: message".
const catchJS = `
const show = (e) => e.name + ' ' + e.code + ': ' + e.message;
const attempt = (f) => { try { return 'ok ' + f(); } catch (e) { return show(e); } };
const attemptAsync = async (f) => { try { return 'ok ' + (await f()); } catch (e) { return show(e); } };
`

func TestFS(t *testing.T) {
	files := map[string]string{
		"data/posts.json":  `[{"slug":"a"},{"slug":"b"}]`,
		"data/notes/1.md":  "# one\n",
		"data/empty.txt":   "",
		"src/pages/x.txt":  "x",
		"../outside.txt":   "secret", // next to the project, not in it
		"data/latin1.bin":  "\xe9t\xe9",
		"data/notes/2.txt": "two",
	}
	cases := []nodeCase{
		{"readFileSync utf8", `return JSON.parse(fs.readFileSync('data/posts.json', 'utf8')).map((p) => p.slug).join()`, "a,b"},
		{"readFileSync options object", `return fs.readFileSync('./data/notes/1.md', { encoding: 'utf-8' })`, "# one\n"},
		{"readFileSync buffer", `const b = fs.readFileSync('data/notes/1.md'); return [Buffer.isBuffer(b), b.length, b.toString('hex')].join()`, "true,6,23206f6e650a"},
		{"readFileSync latin1", `return fs.readFileSync('data/latin1.bin', 'latin1')`, "été"},
		{"readFileSync empty", `return JSON.stringify(fs.readFileSync('data/empty.txt', 'utf8'))`, `""`},
		{"absolute path inside the root", `return fs.readFileSync(process.cwd() + '/data/notes/1.md', 'utf8').trim()`, "# one"},
		{"file URL", `return fs.readFileSync(new URL('file://' + process.cwd() + '/data/notes/2.txt'), 'utf8')`, "two"},
		{"dot segments inside the root", `return fs.readFileSync('data/notes/../notes/2.txt', 'utf8')`, "two"},
		{"ENOENT", `return attempt(() => fs.readFileSync('data/nope.json'))`, "Error ENOENT: ENOENT: no such file or directory, open 'data/nope.json'"},
		{"ENOENT fields", `try { fs.readFileSync('nope') } catch (e) { return [e instanceof Error, e.errno, e.syscall, e.path].join() }`, "true,-2,open,nope"},
		{"EISDIR", `return attempt(() => fs.readFileSync('data'))`, "Error EISDIR: EISDIR: illegal operation on a directory, read"},
		{"ENOTDIR", `return attempt(() => fs.readdirSync('data/posts.json'))`, "Error ENOTDIR: ENOTDIR: not a directory, scandir 'data/posts.json'"},
		// Node would read these: Comet keeps endpoints inside the project.
		{"parent refused", `return attempt(() => fs.readFileSync('../outside.txt', 'utf8'))`, "Error EACCES: EACCES: permission denied (outside the project), open '../outside.txt'"},
		{"dot segments out refused", `return attempt(() => fs.readFileSync('data/../../outside.txt', 'utf8'))`, "Error EACCES: EACCES: permission denied (outside the project), open 'data/../../outside.txt'"},
		{"absolute outside refused", `return attempt(() => fs.readFileSync('/etc/passwd', 'utf8'))`, "Error EACCES: EACCES: permission denied (outside the project), open '/etc/passwd'"},
		{"readdir outside refused", `return attempt(() => fs.readdirSync('/'))`, "Error EACCES: EACCES: permission denied (outside the project), scandir '/'"},
		{"null byte", `return attempt(() => fs.readFileSync('data/a\0b'))`, "Error ERR_INVALID_ARG_VALUE: The argument 'path' must be a string without null bytes"},
		{"readdirSync", `return fs.readdirSync('data').sort().join()`, "empty.txt,latin1.bin,notes,posts.json"},
		{"readdirSync withFileTypes", `return fs.readdirSync('data', { withFileTypes: true }).map((d) => d.name + (d.isDirectory() ? '/' : d.isFile() ? '' : '?')).sort().join()`, "empty.txt,latin1.bin,notes/,posts.json"},
		{"statSync", `const s = fs.statSync('data/posts.json'); return [s.isFile(), s.isDirectory(), s.size, s.mtime instanceof Date, s.mtimeMs > 0, s.isSymbolicLink()].join()`, "true,false,27,true,true,false"},
		{"statSync dir", `return fs.statSync('data/notes').isDirectory()`, "true"},
		{"statSync throwIfNoEntry", `return String(fs.statSync('nope', { throwIfNoEntry: false }))`, "undefined"},
		{"existsSync", `return [fs.existsSync('data'), fs.existsSync('data/posts.json'), fs.existsSync('nope'), fs.existsSync(''), fs.existsSync('../outside.txt')].join()`, "true,true,false,false,false"},
		{"accessSync", `return attempt(() => fs.accessSync('data/posts.json')) + ' | ' + attempt(() => fs.accessSync('nope'))`, "ok undefined | Error ENOENT: ENOENT: no such file or directory, access 'nope'"},
		{"promises", `return [await fsp.readFile('data/notes/2.txt', 'utf8'), (await fsp.readdir('data/notes')).sort().join('+'), (await fsp.stat('data')).isDirectory(), fs.promises === fsp].join()`, "two,1.md+2.txt,true,true"},
		{"promises reject", `return attemptAsync(() => fsp.readFile('nope'))`, "Error ENOENT: ENOENT: no such file or directory, open 'nope'"},
		{"promises access", `return (await attemptAsync(() => fsp.access('data'))) + ' | ' + (await attemptAsync(() => fsp.access('nope')))`, "ok undefined | Error ENOENT: ENOENT: no such file or directory, access 'nope'"},
		{"callbacks", `return await new Promise((res) => fs.readFile('data/notes/2.txt', 'utf8', (err, d) => fs.readFile('nope', (err2) => res([err, d, err2.code].join()))))`, ",two,ENOENT"},
		{"named promises import", `return typeof readFile + ' ' + (await readFile('data/notes/2.txt', 'utf8'))`, "function two"},
		{"writeFileSync refused", `return attempt(() => fs.writeFileSync('data/x', 'y'))`, "Error ERR_COMET_READ_ONLY: fs.writeFileSync is not supported by Comet: endpoints read files, they do not write them (write to a database or an API instead)"},
		{"promises.writeFile refused", `return attemptAsync(() => fsp.writeFile('data/x', 'y'))`, "Error ERR_COMET_READ_ONLY: fs.promises.writeFile is not supported by Comet: endpoints read files, they do not write them (write to a database or an API instead)"},
		{"writeFile callback refused", `return await new Promise((res) => fs.writeFile('x', 'y', (err) => res(err.code)))`, "ERR_COMET_READ_ONLY"},
		{"mkdirSync refused", `return attempt(() => fs.mkdirSync('d')).split(':')[0]`, "Error ERR_COMET_READ_ONLY"},
		{"openSync refused", `return attempt(() => fs.openSync('data/posts.json'))`, "Error ERR_COMET_UNSUPPORTED: fs.openSync is not supported by Comet: file descriptors and watchers are not available to endpoints (use readFile)"},
		{"nothing written", `return fs.existsSync('data/x')`, "false"},
	}
	runNodeCases(t, files, catchJS+`import fs from 'node:fs'; import fsp, { readFile } from 'fs/promises'; import process from 'node:process';`, cases)
}

// TestFSSymlinks: a link inside the project that points outside it is not
// followed; links that stay inside are.
func TestFSSymlinks(t *testing.T) {
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := writeProject(t, map[string]string{"data/real.txt": "real"})
	for link, target := range map[string]string{
		"data/inside.txt": "real.txt",
		"data/escape.txt": filepath.Join(outside, "secret.txt"),
		"data/escape-dir": outside,
		"data/up-and-out": "../../" + filepath.Base(outside),
	} {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(link))); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	cases := []nodeCase{
		{"link inside", `return fs.readFileSync('data/inside.txt', 'utf8')`, "real"},
		{"link to a file outside", `return attempt(() => fs.readFileSync('data/escape.txt', 'utf8'))`, "Error EACCES: EACCES: permission denied, open 'data/escape.txt'"},
		{"link to a dir outside", `return attempt(() => fs.readFileSync('data/escape-dir/secret.txt', 'utf8'))`, "Error EACCES: EACCES: permission denied, open 'data/escape-dir/secret.txt'"},
		{"list a dir outside", `return attempt(() => fs.readdirSync('data/escape-dir'))`, "Error EACCES: EACCES: permission denied, scandir 'data/escape-dir'"},
		{"stat through a link outside", `return attempt(() => fs.statSync('data/escape.txt').size)`, "Error EACCES: EACCES: permission denied, stat 'data/escape.txt'"},
		{"lstat sees the link itself", `return fs.lstatSync('data/escape.txt').isSymbolicLink()`, "true"},
		{"exists says no", `return fs.existsSync('data/escape.txt') + ' ' + fs.existsSync('data/inside.txt')`, "false true"},
	}
	runNodeCasesIn(t, dir, catchJS+`import fs from 'node:fs';`, cases)
}

// runNodeCasesIn bundles each case as a route of the project in dir (the
// header, then the case's JS as the body of an async default export) and
// checks the string each returns.
func runNodeCasesIn(t *testing.T, dir string, header string, cases []nodeCase) {
	t.Helper()
	var routes []string
	for i, c := range cases {
		name := fmt.Sprintf("src/pages/case%d.js", i)
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(header+"\nexport default async () => {\n"+c.js+"\n};\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		routes = append(routes, name)
	}
	b, err := bundle.Build(bundle.Input{Root: dir, Files: routes})
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
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			q, _ := json.Marshal(routes[i])
			got, err := jsrt.Await(ctx, rt, func(vm *goja.Runtime) (goja.Value, error) {
				return vm.RunString(fmt.Sprintf("__cometBundle.routes[%s]().then((m) => m.default()).then((v) => String(v))", q))
			}, func(vm *goja.Runtime, v goja.Value) (string, error) { return v.String(), nil })
			if err != nil {
				t.Fatalf("%s\nerror: %v", c.js, err)
			}
			if got != c.want {
				t.Errorf("%s\ngot  %q\nwant %q", c.js, got, c.want)
			}
		})
	}
}

func TestUtil(t *testing.T) {
	cases := []nodeCase{
		{"format directives", `return util.format('%s %d %i %f %j %o %O %%', 'a', 42.5, 42.5, '1.5', { x: 1 }, [1], { y: 2 })`, "a 42.5 42 1.5 {\"x\":1} [ 1, [length]: 1 ] { y: 2 } %"},
		{"format %s of objects", `return [util.format('%s', { a: { b: { c: 1 } } }), util.format('%s', [1, [2, [3]]]), util.format('%s', { toString() { return 'custom' } }), util.format('%s', null), util.format('%s', 5n), util.format('%s', -0)].join(' | ')`, "{ a: [Object] } | [ 1, [Array] ] | custom | null | 5n | -0"},
		{"format numbers", `return [util.format('%d', '0x10'), util.format('%i', 'abc'), util.format('%d', 5n), util.format('%f', '1e3'), util.format('%d', {})].join(' ')`, "16 NaN 5n 1000 NaN"},
		{"format extra and missing args", `return [util.format('%s:%s', 'a'), util.format('a', { b: 1 }, 2, 'c'), util.format(1, 2), util.format('%%s %s', 'x'), util.format('100%'), util.format('%c%s', 'color: red', 'x'), util.format('%j', undefined)].join(' | ')`, "a:%s | a { b: 1 } 2 c | 1 2 | %s x | 100% | x | undefined"},
		{"format circular %j", `const o = {}; o.o = o; return util.format('%j', o)`, "[Circular]"},
		{"inspect primitives", `return [util.inspect('str'), util.inspect("it's"), util.inspect('a"\'b'), util.inspect(-0), util.inspect(10n), util.inspect(Symbol('s')), util.inspect(null), util.inspect(undefined), util.inspect('a\nb')].join(' ')`, `'str' "it's" ` + "`a\"'b`" + ` -0 10n Symbol(s) null undefined 'a\nb'`},
		{"inspect nested depth", `return util.inspect({ a: 1, b: 'two', c: [1, { d: { e: { f: 1 } } }], m: new Map([['k', 1]]) })`, "{ a: 1, b: 'two', c: [ 1, { d: [Object] } ], m: Map(1) { 'k' => 1 } }"},
		{"inspect depth option", `return util.inspect({ a: { b: { c: { d: {} } } } }, { depth: 0 }) + ' ' + util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null })`, "{ a: [Object] } {\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}"},
		{"inspect breaks long objects", `return util.inspect({ user: { name: 'Ada Lovelace', email: 'ada@example.com', roles: ['admin', 'editor', 'viewer'] }, ok: true })`, "{\n  user: {\n    name: 'Ada Lovelace',\n    email: 'ada@example.com',\n    roles: [ 'admin', 'editor', 'viewer' ]\n  },\n  ok: true\n}"},
		{"inspect groups long arrays", `return util.inspect(Array.from({ length: 30 }, (_, i) => i))`, "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]"},
		{"inspect more items", `return util.inspect(Array.from({ length: 102 }, () => 0)).split('\n').pop()`, "]"},
		{"inspect more items text", `return util.inspect(Array.from({ length: 102 }, () => 0)).includes('... 2 more items')`, "true"},
		{"inspect collections", `return [util.inspect(new Set([1, 'x'])), util.inspect(new Map()), util.inspect([]), util.inspect({}), util.inspect([1, , 3]), util.inspect(new Array(3)), util.inspect(Object.assign([1], { k: 2 }))].join(' | ')`, "Set(2) { 1, 'x' } | Map(0) {} | [] | {} | [ 1, <1 empty item>, 3 ] | [ <3 empty items> ] | [ 1, k: 2 ]"},
		{"inspect functions and classes", `class A {} class B extends A {} return [util.inspect(function foo() {}), util.inspect(() => {}), util.inspect(A), util.inspect(B), util.inspect(async function af() {}), util.inspect(Object.assign(function f() {}, { x: 1 }))].join(' | ')`, "[Function: foo] | [Function (anonymous)] | [class A] | [class B extends A] | [AsyncFunction: af] | [Function: f] { x: 1 }"},
		{"inspect instances and prototypes", `class Point { constructor() { this.x = 1; } } const np = Object.create(null); np.a = 1; return [util.inspect(new Point()), util.inspect(np), util.inspect(Object.create(null)), util.inspect({ [Symbol('k')]: 1, 'a-b': 2, _ok: 3, $no: 4 })].join(' | ')`, "Point { x: 1 } | [Object: null prototype] { a: 1 } | [Object: null prototype] {} | { 'a-b': 2, _ok: 3, '$no': 4, [Symbol(k)]: 1 }"},
		{"inspect circular", `const c = { name: 'c' }; c.self = c; c.list = [c]; return util.inspect(c)`, "<ref *1> { name: 'c', self: [Circular *1], list: [ [Circular *1] ] }"},
		{"inspect dates regexps errors", `const e = new Error('boom'); return [util.inspect(new Date(0)), util.inspect(new Date(NaN)), util.inspect(/a/g), util.inspect(e).split('\n')[0]].join(' | ')`, "1970-01-01T00:00:00.000Z | Invalid Date | /a/g | Error: boom"},
		{"inspect error with code", `const e = new Error('boom'); e.code = 'E_X'; const s = util.inspect(e).split('\n'); return s[0] + ' … ' + s[s.length - 3].endsWith(') {') + '/' + s.slice(-2).join('/')`, "Error: boom … true/  code: 'E_X'/}"},
		{"inspect binary", `return [util.inspect(Buffer.from('hi')), util.inspect(new Uint8Array([1, 2])), util.inspect(new ArrayBuffer(2)), util.inspect(Buffer.alloc(51)).slice(-20)].join(' | ')`, "<Buffer 68 69> | Uint8Array(2) [ 1, 2 ] | ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 } |  00 ... 1 more byte>"},
		{"inspect boxed and promises", `const p = Promise.reject(new Error('r')); p.catch(() => {}); return [util.inspect(new Number(3)), util.inspect(new String('ab')), util.inspect(Promise.resolve(4)), util.inspect(new Promise(() => {})), util.inspect(p).split('\n').slice(0, 2).join('/'), util.inspect(new WeakMap())].join(' | ')`, "[Number: 3] | [String: 'ab'] | Promise { 4 } | Promise { <pending> } | Promise {/  <rejected> Error: r | WeakMap { <items unknown> }"},
		{"inspect getters", `return util.inspect({ get a() { return 1 }, set b(v) {}, get c() { return 1 }, set c(v) {} }) + ' ' + util.inspect({ get a() { return 1 } }, { getters: true })`, "{ a: [Getter], b: [Setter], c: [Getter/Setter] } { a: [Getter: 1] }"},
		{"inspect custom", `return util.inspect({ [util.inspect.custom](depth, opts) { return 'CUSTOM ' + depth } }) + ' ' + util.inspect({ inner: { [Symbol.for('nodejs.util.inspect.custom')]() { return { replaced: true } } } })`, "CUSTOM 2 { inner: { replaced: true } }"},
		{"inspect options", `return [util.inspect({ b: 1, a: 2 }, { sorted: true }), util.inspect({ a: [1, 2] }, { compact: false }), util.inspect('x'.repeat(20), { maxStringLength: 4 }), util.inspect([1, 2, 3], { maxArrayLength: 1 })].join(' | ')`, "{ a: 2, b: 1 } | {\n  a: [\n    1,\n    2\n  ]\n} | 'xxxx'... 16 more characters | [ 1, ... 2 more items ]"},
		{"inspect web classes", `return [util.inspect(new Headers({ a: '1' })), util.inspect(new URLSearchParams('a=1&b=2')), util.inspect(new Blob(['ab'], { type: 'text/plain' })), util.inspect(new AbortController())].join(' | ')`, "Headers { a: '1' } | URLSearchParams { 'a' => '1', 'b' => '2' } | Blob { size: 2, type: 'text/plain' } | AbortController { signal: AbortSignal { aborted: false } }"},
		{"promisify", `const f = (a, cb) => setTimeout(() => cb(null, a * 2, 'ignored'), 1); const g = (cb) => cb(new Error('no')); return [await util.promisify(f)(21), await util.promisify(g)().catch((e) => e.message)].join()`, "42,no"},
		{"promisify custom", `const f = () => {}; f[util.promisify.custom] = () => Promise.resolve('custom'); return await util.promisify(f)()`, "custom"},
		{"callbackify", `return await new Promise((res) => util.callbackify(async (x) => x + 1)(1, (err, v) => res([err, v].join())))`, ",2"},
		{"inherits", `function A() {} A.prototype.hi = () => 'hi'; function B() { A.call(this); } util.inherits(B, A); return [new B().hi(), B.super_ === A, new B() instanceof A].join()`, "hi,true,true"},
		{"isDeepStrictEqual", `const d = util.isDeepStrictEqual; return [d({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), d({ a: 1 }, { a: '1' }), d(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])), d(new Set([1, 2]), new Set([2, 1])), d([1, 2], [1, 2, 3]), d(NaN, NaN), d(new Date(1), new Date(1)), d(new Uint8Array([1]), new Uint8Array([2])), d(0, -0)].join()`, "true,false,true,true,false,true,true,false,false"},
		{"types", `const t = util.types; return [t.isDate(new Date()), t.isRegExp(/a/), t.isPromise(Promise.resolve()), t.isMap(new Map()), t.isUint8Array(Buffer.from('')), t.isTypedArray(new Float32Array(1)), t.isAsyncFunction(async () => {}), t.isNativeError(new TypeError()), t.isBoxedPrimitive(new String('')), t.isArrayBuffer(new ArrayBuffer(1)), t.isDate({})].join()`, "true,true,true,true,true,true,true,true,true,true,false"},
		{"util/types module", `return typeof types.isDate + ' ' + types.isSet(new Set())`, "function true"},
		{"deprecate", `const f = util.deprecate((x) => x * 2, 'f is old'); return f(2) + f(3)`, "10"},
		{"TextEncoder", `return new util.TextDecoder().decode(new util.TextEncoder().encode('é'))`, "é"},
		{"legacy predicates", `return [util.isArray([]), util.isString(''), util.isPrimitive(null), util.isFunction(() => {})].join()`, "true,true,true,true"},
		{"stripVTControlCharacters", `return util.stripVTControlCharacters('\u001b[31mred\u001b[39m')`, "red"},
	}
	runNodeCases(t, nil, `import util from 'node:util'; import * as types from 'node:util/types';`, cases)
}

func TestEvents(t *testing.T) {
	cases := []nodeCase{
		{"exports", `return [EventEmitter === events.EventEmitter, events.once === once, typeof EventEmitter.defaultMaxListeners].join()`, "true,true,number"},
		{"on once prepend emit", `const e = new EventEmitter(); const seen = []; e.on('x', (a, b) => seen.push('on' + a + b)); e.prependListener('x', () => seen.push('first')); e.once('x', () => seen.push('once')); return [e.emit('x', 1, 2), e.emit('x', 3, 4), e.emit('none'), e.listenerCount('x'), seen.join(' ')].join()`, "true,true,false,2,first on12 once first on34"},
		{"off and removeAllListeners", `const e = new EventEmitter(); const f = () => {}; e.on('a', f); e.on('a', f); e.off('a', f); const one = e.listenerCount('a'); e.on('b', f); e.removeAllListeners('a'); const rest = e.eventNames().join(); e.removeAllListeners(); return [one, rest, e.eventNames().length].join()`, "1,b,0"},
		{"once removed by off", `const e = new EventEmitter(); const f = () => {}; e.once('a', f); e.off('a', f); return e.listenerCount('a')`, "0"},
		{"listeners unwraps once", `const e = new EventEmitter(); const f = () => {}; e.once('a', f); return [e.listeners('a')[0] === f, e.rawListeners('a')[0] === f].join()`, "true,false"},
		{"error without listener throws", `const e = new EventEmitter(); let a, b; try { e.emit('error', new Error('bad')) } catch (err) { a = err.message } try { e.emit('error', 'str') } catch (err) { b = err.message + ' ' + err.code } return a + ' | ' + b`, "bad | Unhandled error. ('str') ERR_UNHANDLED_ERROR"},
		{"errorMonitor", `const e = new EventEmitter(); const seen = []; e.on(errorMonitor, (err) => seen.push('monitor ' + err.message)); e.on('error', (err) => seen.push('handled ' + err.message)); e.emit('error', new Error('x')); return seen.join(', ')`, "monitor x, handled x"},
		{"newListener and removeListener events", `const e = new EventEmitter(); const seen = []; e.on('newListener', (n) => seen.push('new ' + n)); e.on('removeListener', (n) => seen.push('rm ' + n)); const f = () => {}; e.on('a', f); e.off('a', f); return seen.join(', ')`, "new removeListener, new a, rm a"},
		{"legacy inheritance", `function Legacy() { EventEmitter.call(this); } Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype); const l = new Legacy(); let got; l.on('z', (v) => (got = v)); l.emit('z', 9); return got + ' ' + (l instanceof EventEmitter)`, "9 true"},
		{"subclass", `class Sub extends EventEmitter { constructor() { super(); this.k = 2; } } const s = new Sub(); let n = 0; s.once('q', () => n++); s.emit('q'); s.emit('q'); return n + ' ' + s.k`, "1 2"},
		{"once helper", `const e = new EventEmitter(); setTimeout(() => e.emit('ready', 1, 2), 1); return JSON.stringify(await once(e, 'ready'))`, "[1,2]"},
		{"once helper rejects on error", `const e = new EventEmitter(); setTimeout(() => e.emit('error', new Error('oops')), 1); return await once(e, 'never').catch((err) => err.message)`, "oops"},
		{"once helper abort", `const e = new EventEmitter(); const ac = new AbortController(); setTimeout(() => ac.abort(), 1); return await once(e, 'never', { signal: ac.signal }).catch((err) => err.name + ' ' + err.code)`, "AbortError ABORT_ERR"},
		{"once helper EventTarget", `const t = new EventTarget(); setTimeout(() => t.dispatchEvent(new Event('ping')), 1); return (await once(t, 'ping'))[0].type`, "ping"},
		{"max listeners", `const e = new EventEmitter(); return [e.getMaxListeners(), e.setMaxListeners(1).getMaxListeners()].join()`, "10,1"},
		{"on iterator", `const e = new EventEmitter(); setTimeout(() => { e.emit('d', 1); e.emit('d', 2, 3); e.emit('error', new Error('stop')); }, 1); const got = []; try { for await (const args of on(e, 'd')) got.push(args.join('+')); } catch (err) { got.push(err.message); } return got.join() + ' ' + e.listenerCount('d')`, "1,2+3,stop 0"},
		{"on iterator break", `const e = new EventEmitter(); setTimeout(() => e.emit('d', 'x'), 1); for await (const [v] of on(e, 'd')) { if (v === 'x') break; } return e.listenerCount('d') + ' ' + e.listenerCount('error')`, "0 0"},
		{"listener must be a function", `try { new EventEmitter().on('x', 'no') } catch (err) { return err.name + ' ' + err.code }`, "TypeError ERR_INVALID_ARG_TYPE"},
	}
	runNodeCases(t, nil, `import events, { EventEmitter, once, on, errorMonitor } from 'node:events';`, cases)
}

func TestNodeCryptoOSProcess(t *testing.T) {
	cases := []nodeCase{
		{"createHash", `return crypto.createHash('sha256').update('a').update(Buffer.from('b')).digest('hex')`, "fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603"},
		{"createHash names", `return [crypto.createHash('SHA1').update('').digest('hex'), crypto.createHash('md5').update('').digest('base64')].join()`, "da39a3ee5e6b4b0d3255bfef95601890afd80709,1B2M2Y8AsgTpgAmY7PhCfg=="},
		{"createHash copy", `const h = crypto.createHash('sha1').update('a'); const c = h.copy(); c.update('b'); return [h.digest('hex'), c.digest('hex')].join()`, "86f7e437faa5a7fce15d1ddcb9eaeaea377667b8,da23614e02469a0d7c7bd1bdab5c9c474b1904dc"},
		{"digest twice", `const h = crypto.createHash('sha1'); h.digest(); try { h.digest() } catch (e) { return e.code + ': ' + e.message }`, "ERR_CRYPTO_HASH_FINALIZED: Digest already called"},
		{"unknown hash", `try { crypto.createHash('nope') } catch (e) { return e.message }`, "Digest method not supported"},
		{"createHmac", `return crypto.createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex')`, "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"},
		{"timingSafeEqual", `return [crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), crypto.timingSafeEqual(new Uint8Array([1]), new Uint8Array([2]))].join()`, "true,false"},
		{"timingSafeEqual length", `try { crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')) } catch (e) { return e.name + ' ' + e.code + ': ' + e.message }`, "RangeError ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH: Input buffers must have the same byte length"},
		{"timingSafeEqual strings", `try { crypto.timingSafeEqual('a', 'a') } catch (e) { return e.name + ' ' + e.code }`, "TypeError ERR_INVALID_ARG_TYPE"},
		{"randomInt", `const xs = Array.from({ length: 50 }, () => crypto.randomInt(5, 8)); return xs.every((x) => x >= 5 && x < 8 && Number.isInteger(x)) + ' ' + (crypto.randomInt(1) === 0)`, "true true"},
		{"randomInt range", `try { crypto.randomInt(5, 5) } catch (e) { return e.name + ' ' + e.code }`, "RangeError ERR_OUT_OF_RANGE"},
		{"randomBytes", `return [crypto.randomBytes(70000).length, Buffer.isBuffer(crypto.randomBytes(1)), await new Promise((r) => crypto.randomBytes(4, (e, b) => r(b.length)))].join()`, "70000,true,4"},
		{"webcrypto", `return [crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle, typeof crypto.randomUUID()].join()`, "true,true,string"},
		{"hash helper", `return crypto.hash('sha1', 'abc')`, "a9993e364706816aba3e25717850c26c9cd0d89d"},
		{"os", `return [os.EOL === '\n', os.platform(), os.type(), ['x64', 'arm64', 'ia32', 'arm'].includes(os.arch()), os.cpus().length > 0, typeof os.tmpdir(), typeof os.homedir(), typeof os.hostname(), os.endianness()].join()`, "true,linux,Linux,true,true,string,string,string,LE"},
		{"process", `return [process === globalThis.process, process.platform, typeof process.env, typeof process.nextTick, typeof process.versions.node, process.cwd() === root].join()`, "true,linux,object,function,string,true"},
		{"process.hrtime", `const a = process.hrtime(); const d = process.hrtime(a); return [a.length, d[0] >= 0 && d[1] >= 0, typeof process.hrtime.bigint(), typeof globalThis.process.hrtime, process.uptime() >= 0].join()`, "2,true,bigint,function,true"},
		{"nextTick order", `const seen = []; process.nextTick(() => seen.push('tick')); seen.push('sync'); await new Promise((r) => setTimeout(r, 1)); return seen.join()`, "sync,tick"},
		{"buffer module", `return [B === Buffer, isUtf8(Buffer.from('é')), isUtf8(new Uint8Array([0xff])), typeof Blob].join()`, "true,true,false,function"},
		{"assert", `const r = []; try { assert.strictEqual(1, 2) } catch (e) { r.push(e.name + ' ' + e.code) } try { assert.deepStrictEqual({ a: [1] }, { a: [1] }); r.push('deep ok') } catch (e) { r.push('deep failed') } try { assert(false, 'msg') } catch (e) { r.push(e.message) } assert.throws(() => { throw new TypeError('t') }, TypeError); await assert.rejects(Promise.reject(new Error('x')), /x/); return r.join(', ')`, "AssertionError ERR_ASSERTION, deep ok, msg"},
		{"timers/promises", `return await sleep(1, 'awake')`, "awake"},
		{"string_decoder", `const d = new StringDecoder('utf8'); const euro = Buffer.from('€'); return d.write(euro.subarray(0, 1)) + '|' + d.write(euro.subarray(1)) + '|' + d.end()`, "|€|"},
		{"querystring", `return JSON.stringify(qs.parse('a=1&b=2&a=3&c=%20x')) + ' ' + qs.stringify({ a: [1, 2], b: 'x y' })`, `{"a":["1","3"],"b":"2","c":" x"} a=1&a=2&b=x%20y`},
		{"stream/web", `return [sw.ReadableStream === ReadableStream, sw.TextDecoderStream === TextDecoderStream, typeof sw.WritableStreamDefaultWriter].join()`, "true,true,function"},
	}
	header := `import crypto from 'node:crypto'; import os from 'os'; import process from 'node:process'; import { Buffer as B, isUtf8 } from 'node:buffer';
import assert from 'node:assert'; import { setTimeout as sleep } from 'node:timers/promises'; import { StringDecoder } from 'string_decoder';
import qs from 'node:querystring'; import * as sw from 'node:stream/web';
const root = globalThis.__cometNode.root;`
	runNodeCases(t, nil, header, cases)
}

// TestUnsupportedBuiltins: a built-in Comet does not provide is a build
// error at the import in the project's code (bare or "node:" name, import
// or require), and a warning plus a throwing stub inside node_modules.
func TestUnsupportedBuiltins(t *testing.T) {
	for _, tc := range []struct{ name, src, module, at string }{
		{"bare import", "import vm from 'vm';\nexport default vm;\n", `"vm"`, "2:16"},
		{"node: import", "// a comment\nimport { spawn } from 'node:child_process';\nexport default spawn;\n", `"node:child_process"`, "3:23"},
		{"require", "const zlib = require('dgram');\nexport default zlib;\n", `"dgram"`, "2:22"},
		{"dynamic import", "export default () => import('node:worker_threads');\n", `"node:worker_threads"`, "2:29"},
		{"unknown node: name", "import x from 'node:sqlite';\nexport default x;\n", `"node:sqlite"`, "2:15"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeProject(t, map[string]string{"src/pages/a.js": "\n" + tc.src})
			b, err := bundle.Build(bundle.Input{Root: dir, Files: []string{"src/pages/a.js"}})
			if err == nil && len(b.Broken) > 0 { // the route is isolated; a build reports it
				err = bundle.Error(b.Broken)
			}
			var list diag.List
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("err = %v, want diagnostics", err)
			}
			d, ok := list[0].(*diag.Diagnostic)
			if !ok {
				t.Fatalf("first error is %T, want a *diag.Diagnostic", list[0])
			}
			if want := "Comet does not provide the Node built-in " + tc.module; d.Message != want {
				t.Errorf("message = %q, want %q", d.Message, want)
			}
			if got := fmt.Sprintf("%d:%d", d.Line, d.Col); d.File != "src/pages/a.js" || got != tc.at {
				t.Errorf("at %s:%s, want src/pages/a.js:%s", d.File, got, tc.at)
			}
			if !strings.Contains(d.Frame, "Built-ins available: assert") {
				t.Errorf("frame lacks the list of built-ins:\n%s", d.Frame)
			}
		})
	}
	t.Run("inside node_modules", func(t *testing.T) {
		dir := writeProject(t, map[string]string{
			"node_modules/pkg/package.json": `{"name":"pkg","main":"index.js"}`,
			"node_modules/pkg/index.js":     "import http2 from 'node:http2';\nexport const ok = 1;\nexport function serve() { return http2.createServer(); }\n",
			"src/pages/a.js":                "import { ok, serve } from 'pkg';\nexport default async () => { try { serve(); } catch (e) { return ok + ' ' + e.message; } };\n",
		})
		b, err := bundle.Build(bundle.Input{Root: dir, Files: []string{"src/pages/a.js"}})
		if err != nil {
			t.Fatalf("a package importing an unsupported built-in must still build: %v", err)
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
		got, err := jsrt.Await(context.Background(), rt, func(vm *goja.Runtime) (goja.Value, error) {
			return vm.RunString(`__cometBundle.routes['src/pages/a.js']().then((m) => m.default())`)
		}, func(vm *goja.Runtime, v goja.Value) (string, error) { return v.String(), nil })
		if want := `1 the Node built-in "http2" is not available in Comet (http2.createServer was used)`; err != nil || got != want {
			t.Errorf("got %q, %v; want %q", got, err, want)
		}
		if want := `package "pkg" imports the Node built-in "node:http2", which Comet does not provide; using it will throw`; len(b.Warnings) != 1 || b.Warnings[0] != want {
			t.Errorf("warnings = %q, want [%q]", b.Warnings, want)
		}
	})
}

// TestRefusedShapes: a refused built-in imported by a package has Node's
// export names; they link, can be extended and only throw when used.
func TestRefusedShapes(t *testing.T) {
	files := map[string]string{
		"node_modules/esm/package.json": `{"name":"esm","type":"module","main":"index.js"}`,
		"node_modules/esm/index.js": `import http, { Http2ServerRequest as Agent, createServer, constants as STATUS_CODES } from 'node:http2';
import { Worker } from 'worker_threads';
import * as cp from 'child_process';
export class MyAgent extends Agent { hi() { return 'hi'; } }
export const refs = { http, Agent, createServer, STATUS_CODES, Worker, cp };
`,
		"node_modules/@scope/cjs/package.json": `{"name":"@scope/cjs","main":"index.js"}`,
		"node_modules/@scope/cjs/index.js": `const http = require('http2');
const { spawn } = require('node:child_process');
const EventEmitter = require('events');
class Thing extends EventEmitter {}
module.exports = { http, spawn, EventEmitter, Thing, util: require('util'), path: require('path'), events: require('node:events') };
`,
		"node_modules/cond/package.json":      `{"name":"cond","exports":{".":{"require":"./cjs.js","import":"./esm.mjs"}}}`,
		"node_modules/cond/cjs.js":            `module.exports = 'require';`,
		"node_modules/cond/esm.mjs":           `export default 'import';`,
		"node_modules/cond-user/package.json": `{"name":"cond-user","main":"index.js"}`,
		"node_modules/cond-user/index.js":     `module.exports = require('cond');`,
	}
	cases := []nodeCase{
		{"named imports link", `return [typeof refs.Agent, typeof refs.createServer, typeof refs.Worker, typeof refs.cp.spawn, typeof refs.http.connect].join()`, "function,function,function,function,function"},
		{"extends a refused class", `return typeof MyAgent.prototype.hi + ' ' + attempt(() => new MyAgent())`, `function Error ERR_COMET_UNSUPPORTED: the Node built-in "http2" is not available in Comet (http2.Http2ServerRequest was used)`},
		{"call throws", `return attempt(() => refs.cp.spawn('ls'))`, `Error ERR_COMET_UNSUPPORTED: the Node built-in "child_process" is not available in Comet (child_process.spawn was used)`},
		{"members of members", `return [refs.Worker.foo === refs.Worker.foo, attempt(() => refs.Worker.foo())].join(' | ')`, `true | Error ERR_COMET_UNSUPPORTED: the Node built-in "worker_threads" is not available in Comet (worker_threads.Worker.foo was used)`},
		{"default has the names", `return [refs.http.createServer === refs.createServer, Object.keys(refs.http).includes('connect')].join()`, "true,true"},
		{"not a thenable", `return typeof (await Promise.resolve(refs.http))`, "object"},
		{"require gives the stand-in", `return [cjs.http.createServer === refs.createServer, typeof cjs.spawn].join()`, "true,function"},
		{"require('events') is EventEmitter", `const t = new cjs.Thing(); let got; t.on('x', (v) => (got = v)); t.emit('x', 7); return [cjs.EventEmitter === EventEmitter, cjs.events === EventEmitter, got, typeof cjs.EventEmitter.once].join()`, "true,true,7,function"},
		{"require('util') and require('path')", `return [typeof cjs.util.inspect, cjs.path.join('a', 'b')].join()`, "function,a/b"},
		{"require condition", `return [condUser, condImport].join()`, "require,import"},
	}
	runNodeCases(t, files, catchJS+`import { MyAgent, refs } from 'esm'; import cjs from '@scope/cjs'; import condUser from 'cond-user'; import condImport from 'cond'; import { EventEmitter } from 'node:events';`, cases)
}
