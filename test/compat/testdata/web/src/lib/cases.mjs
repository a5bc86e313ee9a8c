// The Web platform's edge cases, as the WHATWG URL, Fetch, Encoding and
// Streams standards and ECMAScript 2024 define them. Each case's value is
// computed here; the test runs this module in Comet and in Node 20 and
// compares the results case by case.
const cases = {
  // URL
  urlRelative: () => ['../c?x#y', '/abs', '//other.host/p', '?q', '#h', 'd/./e/../f'].map((r) => new URL(r, 'https://a.example/b/c/d').href),
  urlSearchParamsLive: () => { const u = new URL('https://x.test/p?a=1&b=2'); u.searchParams.append('c', 'd e'); u.searchParams.delete('a'); u.searchParams.set('b', 'ü'); return [u.href, u.search, [...u.searchParams].join(';')]; },
  urlOrigin: () => ['https://x.test:8443/p', 'http://x.test:80/', 'https://[::1]:99/', 'http://EXAMPLE.com./a', 'file:///tmp/x'].map((s) => { const u = new URL(s); return [u.origin, u.host, u.hostname, u.port]; }),
  urlEncoding: () => { const u = new URL('https://x.test/a b/ü?q=a b&r=ü#f g'); return [u.pathname, u.search, u.hash, u.href]; },
  urlSetters: () => { const u = new URL('https://x.test/p'); u.pathname = '/a b'; u.hash = 'h'; u.port = '8080'; u.protocol = 'http'; return u.href; },
  urlInvalid: () => ['http://', 'not a url', 'https://x.test:99999/'].map((s) => { try { new URL(s); return 'ok'; } catch (e) { return e.name; } }),
  urlCanParse: () => [URL.canParse('https://x'), URL.canParse('/rel'), URL.canParse('/rel', 'https://b')],
  searchParamsSort: () => { const p = new URLSearchParams('z=1&a=2&m=3&a=1'); p.sort(); return [p.toString(), p.getAll('a'), p.has('m'), p.size]; },
  searchParamsInit: () => [new URLSearchParams({ a: '1', b: 'x y' }).toString(), new URLSearchParams([['a', '1'], ['a', '2']]).toString(), new URLSearchParams('?x=%20+y').get('x')],
  // Headers
  headers: () => { const h = new Headers({ 'Content-Type': 'text/plain', 'X-B': '1' }); h.append('x-b', '2'); h.append('Set-Cookie', 'a=1'); h.append('Set-Cookie', 'b=2'); return [h.get('x-b'), h.get('CONTENT-TYPE'), h.getSetCookie(), [...h], h.has('x-c')]; },
  headersInvalid: () => [() => new Headers({ 'bad name': 'x' }), () => new Headers([['a']]), () => new Headers({ a: 'x\ny' })].map((f) => { try { f(); return 'ok'; } catch (e) { return e.name; } }),
  // Encoding
  textDecoder: () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])), d.decode(new Uint8Array([0xff, 0x41])), new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x69, 0])), new TextDecoder('latin1').decode(new Uint8Array([0xe9, 0x80])), d.encoding]; },
  textDecoderFatal: () => { try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3])); return 'ok'; } catch (e) { return e.name; } },
  textEncoder: () => { const e = new TextEncoder(); const into = new Uint8Array(4); const r = e.encodeInto('a€', into); return [[...e.encode('é€😀')], r, [...into]]; },
  base64: () => { let err; try { atob('a'); } catch (e) { err = e.name; } let err2; try { btoa('€'); } catch (e) { err2 = e.name; } return [btoa('hello\u00ff'), atob(' aGVs bG8= '), err, err2]; },
  // structuredClone
  structuredClone: () => { const o = { d: new Date(0), m: new Map([[1, { a: 1 }]]), s: new Set([1]), r: /x/g, u: new Uint8Array([1, 2]) }; o.self = o; const c = structuredClone(o); return [c !== o, c.self === c, c.d.toISOString(), [...c.m], [...c.s], c.r.source + c.r.flags, [...c.u]]; },
  structuredCloneError: () => { try { structuredClone({ f() {} }); return 'ok'; } catch (e) { return e.name; } },
  // Fetch: Response, Request, bodies
  response: async () => { const r = Response.json({ a: 1 }, { status: 201, headers: { 'X-A': 'b' } }); const c = r.clone(); return [r.status, r.statusText, r.headers.get('content-type'), await r.text(), r.bodyUsed, await c.json(), r.ok, Response.redirect('https://x.test/', 307).headers.get('location')]; },
  responseErrors: () => [() => new Response('', { status: 99 }), () => new Response('x', { status: 204 }), () => Response.redirect('/x', 200), () => new Response(null, { statusText: 'bad\n' })].map((f) => { try { f(); return 'ok'; } catch (e) { return e.name; } }),
  bodyUsedTwice: async () => { const r = new Response('x'); await r.text(); try { await r.text(); return 'ok'; } catch (e) { return e.name; } },
  request: async () => { const r = new Request('https://x.test/p?q', { method: 'post', body: 'hi', headers: { 'x-y': 'z' } }); const c = r.clone(); return [r.method, r.url, r.headers.get('x-y'), await r.text(), await c.text(), r.bodyUsed, r.redirect, new Request(r, { method: 'PUT' }).method]; },
  requestGetBody: () => { try { new Request('https://x.test', { method: 'GET', body: 'x' }); return 'ok'; } catch (e) { return e.name; } },
  formData: async () => { const f = new FormData(); f.append('a', '1'); f.append('a', '2'); f.set('b', new Blob(['xy'], { type: 'text/plain' }), 'b.txt'); const r = new Response(f); const back = await r.formData(); const file = back.get('b'); return [back.getAll('a'), file.name, file.type, await file.text(), r.headers.get('content-type').startsWith('multipart/form-data; boundary=')]; },
  urlencodedBody: async () => { const r = new Request('https://x.test', { method: 'POST', body: new URLSearchParams({ a: '1 2', b: 'é' }) }); return [r.headers.get('content-type'), await r.text()]; },
  blobFile: async () => { const b = new Blob(['ab', new Uint8Array([99]), new Blob(['d'])], { type: 'Text/Plain' }); const f = new File(['x'], 'n.txt', { type: 'text/plain', lastModified: 5 }); return [b.size, b.type, await b.text(), await b.slice(1, 3).text(), f.name, f.lastModified, f instanceof Blob, [...new Uint8Array(await b.arrayBuffer())]]; },
  // Streams
  readableStream: async () => { const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } }); const [x, y] = rs.tee(); const out = []; for await (const v of x) out.push(v); const r = y.getReader(); const first = await r.read(); return [out, first, rs.locked]; },
  streamPipe: async () => { const rs = new ReadableStream({ start(c) { c.enqueue('hé'); c.enqueue('llo'); c.close(); } }).pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream()); let s = ''; for await (const v of rs) s += v; return s; },
  responseStream: async () => { const enc = new TextEncoder(); const r = new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode('x')); c.enqueue(enc.encode('y')); c.close(); } })); return await r.text(); },
  // Abort
  abort: async () => { const c = new AbortController(); const seen = []; c.signal.addEventListener('abort', (e) => seen.push(e.type)); c.abort(); let timeout; try { AbortSignal.timeout(1).throwIfAborted(); } catch (e) { timeout = e.name; } const t = AbortSignal.timeout(1); await new Promise((r) => setTimeout(r, 20)); return [c.signal.aborted, c.signal.reason.name, seen, timeout, t.aborted, t.reason.name, AbortSignal.abort('why').reason]; },
  // ES2023 built-ins (Object.groupBy, Promise.withResolvers and Array.fromAsync
  // are newer than Node 20: webapi's unit tests check them against the spec)
  wellFormed: () => ['ab', 'a\ud800', '\udc00b'].map((s) => [s.isWellFormed(), [...s.toWellFormed()].map((c) => c.codePointAt(0))]),
  arrayMethods: () => [[3, 1, 2].toSorted(), [1, 2, 3].toReversed(), [1, 2, 3].with(1, 9), [1, 2, 3].findLast((x) => x < 3), [1, 2, 3].at(-1), 'abc'.at(-1), Object.hasOwn({ a: 1 }, 'a')],
  regexUnicode: () => ['Ünïcödé 123 Ωμέγα', 'ABC def'].map((s) => [s.match(/\p{L}+/gu), s.match(/\p{Lu}/gu), /\p{Script=Greek}/u.test(s), s.replace(/\P{L}/gu, '')]),
  // Timers and microtasks
  ordering: async () => { const log = []; setTimeout(() => log.push('timeout'), 0); queueMicrotask(() => log.push('microtask')); Promise.resolve().then(() => log.push('promise')); log.push('sync'); await new Promise((r) => setTimeout(r, 5)); return log; },
  // Intl, en-US
  intlEn: () => { const d = new Date(Date.UTC(2024, 6, 4, 15, 5, 9)); return [(1234567.891).toLocaleString('en-US'), new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(-1234.5), new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(0.1234), d.toLocaleDateString('en-US', { timeZone: 'UTC' }), d.toLocaleString('en-US', { timeZone: 'UTC' }), new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short', timeZone: 'America/New_York' }).format(d), new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(-1, 'day'), new Intl.PluralRules('en-US', { type: 'ordinal' }).select(22), new Intl.ListFormat('en', { type: 'conjunction' }).format(['a', 'b', 'c'])]; },
};

export async function run() {
  const out = {};
  for (const [name, f] of Object.entries(cases)) {
    try {
      out[name] = await f();
    } catch (e) {
      out[name] = 'threw ' + (e && e.name) + ': ' + (e && e.message);
    }
  }
  return out;
}
