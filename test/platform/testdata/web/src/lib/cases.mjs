// Small uses of the Web platform and of recent JavaScript built-ins. Each
// case returns a JSON value; Comet (src/pages/web/[name].json.ts) and Node
// (the test's harness) run the same function and the test compares the
// JSON. Errors are compared by name only: engines word their messages
// differently, and no spec fixes the text.

import { engineCases } from './cases_engine.mjs';

// threw runs f and gives its result, or "threw <name>" when it throws.
function threw(f) {
  try {
    return f();
  } catch (e) {
    return 'threw ' + errName(e);
  }
}

// rejects awaits f() and gives its result, or "threw <name>".
async function rejects(f) {
  try {
    return await f();
  } catch (e) {
    return 'threw ' + errName(e);
  }
}

function errName(e) {
  if (e instanceof DOMException) return `DOMException ${e.name} (code ${e.code})`;
  return e && typeof e === 'object' ? e.name : typeof e + ' ' + String(e);
}

const bytes = (u8) => Array.from(u8);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const base = 'https://user:pa%20ss@a.example:8443/b/c/d?z=1#frag';

export const cases = {
  // ---- URL (WHATWG) ----
  'url-relative': () =>
    ['../x?y#z', './e', 'e/../../f', '/g', '//other.example/h', '?q=1', '#h2', '', '.', '..', '../../../..', 'https:rel', 'http:abs', 'mailto:a@b'].map((r) =>
      threw(() => new URL(r, base).href),
    ),
  'url-parts': () => {
    const u = new URL(base);
    return [u.href, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin, String(u), JSON.stringify({ u })];
  },
  'url-searchparams': () => {
    const u = new URL('https://a.example/p?a=1&b=2&a=3&e=&plus=a+b&pct=a%20b');
    const sp = u.searchParams;
    const before = [sp.get('plus'), sp.get('pct'), sp.get('e'), sp.get('none'), sp.getAll('a'), sp.size];
    sp.append('c', 'x y&z=ü');
    sp.set('a', '4');
    sp.delete('b');
    const mid = u.href;
    sp.sort();
    const sorted = u.href;
    u.search = '?n=1';
    return { before, mid, sorted, after: [u.href, [...sp], sp.toString(), sp.has('a'), sp.has('n', '1'), sp.has('n', '2')] };
  },
  'url-searchparams-init': () => [
    new URLSearchParams({ a: 'x y+z&', b: '=€' }).toString(),
    new URLSearchParams([['k', '1'], ['k', '2']]).toString(),
    new URLSearchParams('?a=1&&b&=c&d=%zz&e=%F0%9F%9A%80').toString(),
    [...new URLSearchParams('a=%2B+%2b&b=~!*()\'')],
    new URLSearchParams({ s: '*-._~!\'()' }).toString(),
  ],
  'url-origin': () =>
    [
      'https://a.example:443/x',
      'http://a.example:8080/',
      'HTTP://A.Example:80/',
      'ws://w.example:80/',
      'wss://w.example:444/',
      'ftp://f.example:21/',
      'file:///etc/passwd',
      'blob:https://a.example:3000/uuid',
      'data:text/plain,hi',
      'https://user:pw@x.example/',
      'custom://host:99/p',
    ].map((s) => {
      const u = new URL(s);
      return [u.origin, u.host, u.port, u.protocol];
    }),
  'url-ipv6': () =>
    ['http://[::1]:3000/x', 'http://[2001:DB8::0:1]/', 'http://[::ffff:192.168.0.1]/', 'http://[0:0:0:0:0:0:0:0]/', 'http://0x7f.1/', 'http://192.168.0.1./', 'http://[::1'].map((s) =>
      threw(() => {
        const u = new URL(s);
        return [u.href, u.host, u.hostname];
      }),
    ),
  'url-special-defaults': () =>
    [
      'HTTP://EXAMPLE.COM:80/a/./b/../c',
      'https://example.com:443',
      'ws://x:80',
      'wss://x:443',
      'http://example.com',
      'http://example.com?',
      'http://example.com/#',
      'mailto:Foo@Bar.com',
      'non-special://Host/p/../q',
      'https://example.com/%7Efoo/%2e%2E/bar',
      'https://ex%41mple.com/',
      'http://example.com\\a\\b',
      'https://EXAMPLE.com/A?B#C',
      'http://example.com:0080/',
      'http:example.com/x',
    ].map((s) => threw(() => new URL(s).href)),
  'url-encoding': () => {
    const u = new URL('https://a.example/a b/ü/€/%41?q=a b&r=ü€\'"<>#f g`ü');
    return [
      u.href,
      u.pathname,
      u.search,
      u.hash,
      decodeURIComponent(u.pathname),
      new URL('https://a.example/?x=1').searchParams.get('x'),
      new URL('https://a.example/p?q=%E2%82%AC%20+').searchParams.get('q'),
      new URL('https://bücher.example/').hostname,
      new URL('https://a.example/\u00a0/\t/\n').pathname,
    ];
  },
  'url-invalid': () => [
    ...['http://', 'https://a b', '//x', 'http://exa mple.com', 'http://a:b:c/', 'http://a:99999/', 'x', ''].map((s) => threw(() => new URL(s).href)),
    URL.canParse('x:'),
    URL.canParse('/a', 'http://b'),
    URL.canParse('/a'),
  ],
  'url-setters': () => {
    const u = new URL('https://a.example/p?q#h');
    const out = [];
    const set = (k, v) => {
      u[k] = v;
      out.push(k + ' -> ' + u.href);
    };
    set('pathname', '/a b/ü');
    set('search', 'x=1 2');
    set('hash', 'frag ment');
    set('port', '443');
    set('port', '8080');
    set('port', '99999');
    set('host', 'b.example:81');
    set('hostname', 'c.example');
    set('username', 'a@b');
    set('password', 'p:w');
    set('protocol', 'http');
    set('protocol', 'mailto');
    set('href', 'http://z.example/');
    out.push(threw(() => (u.href = 'not a url')));
    return out;
  },

  // ---- Headers ----
  'headers-basic': () => {
    const h = new Headers({ 'Content-Type': 'text/plain', 'X-A': '1' });
    h.append('x-a', '2');
    h.append('X-B', '  padded\t ');
    h.set('X-C', 'c');
    h.delete('x-c');
    return [h.get('x-a'), h.get('X-A'), h.get('x-b'), h.has('CONTENT-TYPE'), h.get('missing'), [...h], [...h.keys()], [...h.values()]];
  },
  'headers-order': () => {
    const h = new Headers([['Zeta', '1'], ['alpha', '2'], ['Mid', '3'], ['alpha', '4'], ['set-cookie', 's=1'], ['Accept', '5']]);
    const seen = [];
    h.forEach((v, k) => seen.push(k + '=' + v));
    return [[...h], seen, [...h.entries()].length];
  },
  'headers-set-cookie': () => {
    const h = new Headers();
    h.append('Set-Cookie', 'a=1');
    h.append('set-cookie', 'b=2; Path=/; Expires=Wed, 21 Oct 2015 07:28:00 GMT');
    h.append('X', 'y');
    return [h.getSetCookie(), h.get('set-cookie'), [...h], new Headers({ a: 'b' }).getSetCookie()];
  },
  'headers-invalid': () => [
    threw(() => new Headers({ 'bad name': 'x' })),
    threw(() => new Headers({ ok: 'a\nb' })),
    threw(() => new Headers().append('', 'x')),
    threw(() => new Headers([['only-one']])),
    threw(() => new Headers({ ok: 'a\u0100' })),
    threw(() => [...new Headers({ ok: ' trimmed ' })]),
  ],
  'headers-from-response': () => {
    const r = new Response('x', { headers: [['X-One', '1'], ['x-one', '2']] });
    return [[...r.headers], r.headers.get('content-type'), new Response(new Uint8Array([1])).headers.get('content-type'), new Response(new URLSearchParams('a=1')).headers.get('content-type')];
  },

  // ---- TextEncoder / TextDecoder ----
  'textencoder': () => {
    const te = new TextEncoder();
    const buf = new Uint8Array(5);
    const r = te.encodeInto('aé€😀', buf);
    return [te.encoding, bytes(te.encode('aé€😀')), bytes(te.encode('\uD800x')), bytes(te.encode()), { read: r.read, written: r.written }, bytes(buf)];
  },
  'textdecoder-bom': () => [
    new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])),
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).length,
    new TextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0x68, 0x00])),
    new TextDecoder().decode(new Uint8Array([0x68, 0xef, 0xbb, 0xbf])).length,
    new TextDecoder().ignoreBOM,
    new TextDecoder().fatal,
  ],
  'textdecoder-fatal': () => [
    threw(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]))),
    threw(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xe2, 0x82]))),
    threw(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xed, 0xa0, 0x80]))),
    new TextDecoder().decode(new Uint8Array([0x61, 0xff, 0x62, 0xe2, 0x82, 0x63, 0xf0, 0x9f])),
    new TextDecoder().decode(new Uint8Array([0xc0, 0xaf, 0xed, 0xa0, 0x80])),
  ],
  'textdecoder-stream': () => {
    const d = new TextDecoder();
    const euro = [0xe2, 0x82, 0xac];
    return [d.decode(new Uint8Array(euro.slice(0, 1)), { stream: true }), d.decode(new Uint8Array(euro.slice(1)), { stream: true }), d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), d.decode()];
  },
  'textdecoder-encodings': () => [
    new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xd8])),
    new TextDecoder('latin1').encoding,
    // Bytes 0x80–0x9F left out: Node 20 decodes them as ISO-8859-1, the standard (and Comet) as windows-1252.
    new TextDecoder('latin1').decode(new Uint8Array([0x41, 0xa0, 0xe9, 0xff])),
    new TextDecoder('iso-8859-1').decode(new Uint8Array([0x81, 0x8d])),
    new TextDecoder('ascii').encoding,
    ...['utf8', 'UTF-8', ' unicode-1-1-utf-8 ', 'utf-16', 'UTF-16LE', 'us-ascii', 'windows-1252'].map((l) => threw(() => new TextDecoder(l).encoding)),
    threw(() => new TextDecoder('no-such-encoding')),
    new TextDecoder().decode(new Uint16Array([0x6968]).buffer),
    new TextDecoder().decode(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)),
  ],

  // ---- atob / btoa ----
  'atob-btoa': () => [
    btoa('hello'),
    btoa('\xff\xfe\x00'),
    btoa(''),
    atob('aGVsbG8='),
    atob(' aGVs\nbG8 '),
    atob('aGVsbG8'),
    atob('//79'),
    btoa(String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i))).length,
    threw(() => btoa('€')),
    threw(() => atob('a')),
    threw(() => atob('aGVsbG8===')),
    threw(() => atob('-_')),
    threw(() => atob('ab=c')),
    atob(null),
    btoa(undefined),
  ],

  // ---- structuredClone ----
  'structuredclone-types': () => {
    const d = new Date(86400000);
    const o = {
      m: new Map([[1, { a: 1 }], ['k', [2]]]),
      s: new Set([1, 'x', 1]),
      d,
      re: /x+y/gi,
      arr: [1, , 3],
      u8: new Uint8Array([1, 2, 3]),
      nested: { deep: { list: [{}, []] } },
      err: new RangeError('bad', { cause: 'c' }),
      neg0: -0,
      undef: undefined,
    };
    const c = structuredClone(o);
    return {
      map: [c.m instanceof Map, [...c.m], c.m.get(1) !== o.m.get(1)],
      set: [c.s instanceof Set, [...c.s]],
      date: [c.d instanceof Date, c.d.toISOString(), c.d !== d],
      re: [c.re instanceof RegExp, c.re.source, c.re.flags, c.re.lastIndex],
      arr: [c.arr.length, 1 in c.arr],
      u8: [c.u8 instanceof Uint8Array, bytes(c.u8), c.u8.buffer !== o.u8.buffer],
      nested: JSON.stringify(c.nested),
      err: [c.err instanceof RangeError, c.err.name, c.err.message],
      neg0: Object.is(c.neg0, -0),
      undef: 'undef' in c,
      prims: [structuredClone(1), structuredClone('s'), structuredClone(null), structuredClone(true)],
    };
  },
  'structuredclone-cycles': () => {
    const o = { name: 'x' };
    o.self = o;
    o.list = [o, o];
    const m = new Map();
    m.set('me', m);
    const c = structuredClone(o);
    const cm = structuredClone(m);
    return [c.self === c, c.list[0] === c, c.list[1] === c.list[0], c !== o, cm.get('me') === cm];
  },
  'structuredclone-errors': () => [
    threw(() => structuredClone({ f() {} })),
    threw(() => structuredClone(() => 1)),
    threw(() => structuredClone(Symbol('s'))),
    threw(() => structuredClone(new WeakMap())),
    threw(() => structuredClone()),
    threw(() => Object.getPrototypeOf(structuredClone(new (class A {})())) === Object.prototype),
  ],

  // ---- Response / Request ----
  'response-json': async () => {
    const r = Response.json({ a: [1, 'ü'] }, { status: 201, headers: { 'X-A': '1' } });
    return [r.status, r.statusText, r.ok, r.headers.get('content-type'), r.headers.get('x-a'), await r.json(), r.bodyUsed, threw(() => Response.json(1n))];
  },
  'response-clone': async () => {
    const r = new Response('hi ü');
    const c = r.clone();
    const a = await r.text();
    return [a, r.bodyUsed, c.bodyUsed, await c.text(), await rejects(() => r.text()), threw(() => r.clone()), bytes(new Uint8Array(await new Response('ü').arrayBuffer()))];
  },
  'response-redirect': () => [
    ...[301, 302, 303, 307, 308].map((s) => {
      const r = Response.redirect('https://a.example/x?y=ü', s);
      return [r.status, r.headers.get('location'), [...r.headers]];
    }),
    threw(() => Response.redirect('https://a.example/', 200)),
    threw(() => Response.redirect('/relative')),
    Response.redirect('https://a.example/').status,
  ],
  'response-props': () => {
    const r = new Response(null);
    const e = Response.error();
    return [
      [r.status, r.ok, r.statusText, r.type, r.redirected, r.url, r.body, r.bodyUsed],
      [e.status, e.type, e.ok],
      new Response('', { status: 299, statusText: 'Fine' }).statusText,
      threw(() => new Response('x', { status: 204 }).status),
      threw(() => new Response(null, { status: 600 })),
      threw(() => new Response(null, { status: 199 })),
      threw(() => new Response(null, { statusText: 'bad\n' })),
      new Response(null, { status: 204 }).status,
    ];
  },
  'request-basic': async () => {
    const req = new Request('https://a.example/p?q#frag', { method: 'post', body: 'x=ü', headers: { 'X-A': '1' } });
    const clone = req.clone();
    return [
      req.method,
      req.url,
      req.headers.get('content-type'),
      req.headers.get('x-a'),
      await req.text(),
      req.bodyUsed,
      await clone.text(),
      new Request('https://a.example/').method,
      new Request('https://a.example/', { method: 'patch' }).method,
      new Request('https://a.example/', { method: 'custom' }).method,
      threw(() => new Request('https://a.example/', { method: 'GET', body: 'x' })),
      threw(() => new Request('/relative')),
      threw(() => new Request('https://a.example/', { method: 'CONNECT' })),
      new Request(new Request('https://a.example/z', { method: 'PUT', headers: { a: 'b' } })).headers.get('a'),
      [new Request('https://a.example/').redirect, new Request('https://a.example/').mode, new Request('https://a.example/').cache, new Request('https://a.example/').credentials],
    ];
  },
  'request-bodies': async () => {
    const json = new Request('https://a.example/', { method: 'POST', body: JSON.stringify({ a: 1 }), headers: { 'content-type': 'application/json' } });
    const form = new Request('https://a.example/', { method: 'POST', body: new URLSearchParams('a=1&b=ü&a=2') });
    const bin = new Request('https://a.example/', { method: 'POST', body: new Uint8Array([104, 105]) });
    const blob = new Request('https://a.example/', { method: 'POST', body: new Blob(['b'], { type: 'Text/Plain' }) });
    const fd = await form.clone().formData();
    return [
      await json.json(),
      form.headers.get('content-type'),
      [...fd].map(([k, v]) => [k, v]),
      await form.text(),
      bin.headers.get('content-type'),
      bytes(new Uint8Array(await bin.arrayBuffer())),
      blob.headers.get('content-type'),
      await rejects(() => new Request('https://a.example/', { method: 'POST', body: '{' }).json()),
    ];
  },

  // ---- FormData / Blob / File ----
  'formdata': async () => {
    const fd = new FormData();
    fd.append('a', '1');
    fd.append('a', '2');
    fd.append('f', new Blob(['xy'], { type: 'text/plain' }), 'f.txt');
    fd.append('b', new Blob(['z']));
    fd.set('c', 'only');
    const entries = [...fd].map(([k, v]) => [k, typeof v === 'string' ? v : { name: v.name, type: v.type, size: v.size, file: v instanceof File }]);
    const back = await new Response(fd).formData();
    const ctype = new Response(fd).headers.get('content-type');
    return {
      entries,
      getAll: fd.getAll('a'),
      has: [fd.has('a'), fd.has('zz')],
      get: fd.get('zz'),
      roundTrip: await Promise.all([...back].map(async ([k, v]) => [k, typeof v === 'string' ? v : [v.name, v.type, await v.text()]])),
      multipart: ctype.startsWith('multipart/form-data; boundary='),
    };
  },
  'blob-file': async () => {
    const b = new Blob(['a', new Uint8Array([98]), 'ü', new Blob(['€'])], { type: 'Text/HTML' });
    const f = new File(['hello'], 'dir/hi.txt', { type: 'text/plain', lastModified: 1700000000000 });
    return [
      b.size,
      b.type,
      await b.text(),
      await b.slice(1, 3).text(),
      await b.slice(-3).text(),
      b.slice(0, 1, 'x/y').type,
      bytes(new Uint8Array(await b.arrayBuffer())),
      [f.name, f.size, f.type, f.lastModified, f instanceof Blob, await f.text()],
      new Blob(['x'], { type: 'bad\u00ff' }).type,
      new Blob([new Uint16Array([0x6968])]).size,
      await new Response(b.stream()).text(),
    ];
  },

  // ---- Streams ----
  'stream-async-iteration': async () => {
    const rs = new ReadableStream({
      start(c) {
        c.enqueue('a');
        c.enqueue('b');
        c.close();
      },
    });
    const got = [];
    for await (const chunk of rs) got.push(chunk);
    let n = 0;
    const pulled = new ReadableStream({
      pull(c) {
        n++;
        if (n > 3) c.close();
        else c.enqueue(n);
      },
    });
    const reader = pulled.getReader();
    const reads = [];
    for (;;) {
      const { value, done } = await reader.read();
      reads.push([value ?? null, done]);
      if (done) break;
    }
    return [got, reads, rs.locked];
  },
  'stream-tee': async () => {
    const rs = new ReadableStream({
      start(c) {
        for (const s of ['x', 'y', 'z']) c.enqueue(new TextEncoder().encode(s));
        c.close();
      },
    });
    const [a, b] = rs.tee();
    return [rs.locked, await new Response(a).text(), await new Response(b).text()];
  },
  'stream-transform': async () => {
    const upper = new TransformStream({
      transform(chunk, c) {
        c.enqueue(chunk.toUpperCase());
      },
    });
    const src = new ReadableStream({
      start(c) {
        c.enqueue('ab');
        c.enqueue('cd');
        c.close();
      },
    });
    const out = [];
    await src.pipeThrough(upper).pipeTo(new WritableStream({ write: (c) => out.push(c) }));
    const dec = new Response(new Uint8Array([0xe2, 0x82, 0xac, 0x21])).body.pipeThrough(new TextDecoderStream());
    const parts = [];
    for await (const p of dec) parts.push(p);
    return [out, parts.join('')];
  },
  'stream-errors': async () => {
    const rs = new ReadableStream({
      start(c) {
        c.enqueue(1);
        c.error(new TypeError('boom'));
      },
    });
    const r = rs.getReader();
    const first = await rejects(() => r.read());
    let cancelled = null;
    const c = new ReadableStream({
      cancel(reason) {
        cancelled = reason;
      },
    });
    await c.cancel('why');
    return [first, cancelled, threw(() => rs.getReader())];
  },

  // ---- AbortController / AbortSignal ----
  'abort-controller': async () => {
    const ac = new AbortController();
    const events = [];
    ac.signal.addEventListener('abort', (e) => events.push(e.type));
    ac.signal.onabort = () => events.push('onabort');
    const before = ac.signal.aborted;
    ac.abort();
    ac.abort();
    const ac2 = new AbortController();
    ac2.abort('why');
    return [
      before,
      ac.signal.aborted,
      events,
      errName(ac.signal.reason),
      ac2.signal.reason,
      errName(AbortSignal.abort().reason),
      threw(() => ac.signal.throwIfAborted()),
      AbortSignal.any([new AbortController().signal, AbortSignal.abort('any')]).reason,
    ];
  },
  'abort-timeout': async () => {
    const s = AbortSignal.timeout(5);
    const before = s.aborted;
    await new Promise((r) => s.addEventListener('abort', r));
    return [before, s.aborted, errName(s.reason)];
  },

  // ---- ES2023 / ES2024 built-ins ----
  'object-groupby': () => {
    const g = Object.groupBy([1, 2, 3, 4, 5], (x) => (x % 2 ? 'odd' : 'even'));
    return [g, Object.getPrototypeOf(g) === null, Object.keys(g)];
  },
  'map-groupby': () => {
    const k1 = { k: 1 };
    const m = Map.groupBy(['apple', 'avocado', 'banana', 'cherry'], (s) => s[0]);
    const o = Map.groupBy([1, 2, 3], (x) => (x > 1 ? k1 : null));
    return [[...m], m instanceof Map, o.get(k1), o.get(null)];
  },
  'promise-withresolvers': async () => {
    const { promise, resolve, reject } = Promise.withResolvers();
    setTimeout(() => resolve('done'), 1);
    const b = Promise.withResolvers();
    b.reject(new RangeError('no'));
    return [await promise, typeof reject, await rejects(() => b.promise)];
  },
  'array-fromasync': async () => {
    async function* gen() {
      yield 1;
      await sleep(1);
      yield 2;
    }
    return [
      await Array.fromAsync(gen()),
      await Array.fromAsync([Promise.resolve(3), 4], (x) => x * 2),
      await Array.fromAsync({ length: 2, 0: 'a', 1: Promise.resolve('b') }),
      await rejects(() => Array.fromAsync([Promise.reject(new SyntaxError('x'))])),
    ];
  },
  'string-wellformed': () => ['abc', 'a\uD800b', '\uDC00', '😀', 'x\uD83D'].map((s) => [s.isWellFormed(), s.toWellFormed(), s.toWellFormed().length]),
  'array-change-by-copy': () => {
    const a = [3, 1, 2];
    return [a.toSorted(), a.toReversed(), a.with(0, 9), a.toSpliced(1, 1, 'x', 'y'), a, a.findLast((x) => x < 3), a.findLastIndex((x) => x > 5), a.at(-1), Object.hasOwn({ z: 1 }, 'z')];
  },

  // ---- RegExp Unicode properties ----
  'regexp-unicode-props': () => {
    const s = 'Héllo Wörld 123 Ωμέγα ΣΊΣΥΦΟΣ Привет 日本語 ١٢٣ ǅ';
    const all = (src, flags = 'gu') => s.match(new RegExp(src, flags));
    return {
      L: all('\\p{L}+'),
      Lu: all('\\p{Lu}'),
      Ll: all('\\p{Ll}+').length,
      Lt: all('\\p{Lt}'),
      greek: all('\\p{Script=Greek}+'),
      greekSc: all('\\p{sc=Greek}+'),
      cyrillic: all('\\p{Script_Extensions=Cyrillic}+'),
      han: all('\\p{Script=Han}+'),
      notL: all('\\P{L}+').length,
      digits: all('\\p{Nd}+'),
      number: all('\\p{N}+'),
      inClass: all('[\\p{Lu}\\d]+'),
      alpha: all('\\p{Alphabetic}+').length,
      white: all('\\p{White_Space}').length,
      ci: 'ΣΊΣΥΦΟΣ'.replace(new RegExp('\\p{Lu}', 'giu'), '_'),
      test: [new RegExp('^\\p{L}+$', 'u').test('Ωμέγα'), new RegExp('^\\p{Script=Latin}+$', 'u').test('Ωμέγα')],
      invalid: threw(() => new RegExp('\\p{NoSuchProperty}', 'u')),
    };
  },

  // ---- Event loop ordering ----
  // Distinct delays: timer-equal-delays is about timers due together.
  'microtask-order': async () => {
    const log = [];
    setTimeout(() => log.push('timeout-1'), 0);
    queueMicrotask(() => {
      log.push('micro-1');
      queueMicrotask(() => log.push('micro-nested'));
      Promise.resolve().then(() => log.push('then-nested'));
    });
    Promise.resolve().then(() => log.push('then-1'));
    setTimeout(() => {
      log.push('timeout-2');
      queueMicrotask(() => log.push('micro-in-timeout'));
    }, 4);
    setTimeout(() => log.push('timeout-3'), 8);
    queueMicrotask(() => log.push('micro-2'));
    (async () => {
      log.push('async-sync-part');
      await null;
      log.push('after-await');
    })();
    log.push('sync');
    await sleep(30);
    return log;
  },
  'timer-order': async () => {
    const log = [];
    const t = setTimeout(() => log.push('cleared'), 0);
    setTimeout(() => log.push('b-10'), 10);
    setTimeout(() => log.push('a-2'), 2);
    clearTimeout(t);
    let n = 0, ticked;
    const three = new Promise((resolve) => { ticked = resolve; });
    const iv = setInterval(() => {
      log.push('tick' + ++n);
      if (n === 3) { clearInterval(iv); ticked(); }
    }, 1);
    // Wait for the third tick rather than a guessed time (a loaded machine
    // delays an interval past any fixed sleep), then past the timeouts.
    await three;
    await sleep(30);
    return [log.filter((x) => x.startsWith('tick')), log.filter((x) => !x.startsWith('tick')), typeof t];
  },
  'timer-equal-delays': async () => {
    const log = [];
    for (let i = 0; i < 12; i++) setTimeout(() => log.push(i), 0);
    await sleep(30);
    return log;
  },
  'microtask-errors': async () => {
    const log = [];
    queueMicrotask(() => log.push('a'));
    const p = Promise.reject(new Error('handled'));
    p.catch((e) => log.push('caught ' + e.message));
    await sleep(5);
    return [log, threw(() => queueMicrotask('not a function'))];
  },

  // ---- Extras: crypto and friends ----
  'crypto': async () => {
    const id = crypto.randomUUID();
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc'));
    const rnd = crypto.getRandomValues(new Uint8Array(16));
    return [
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id),
      Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''),
      rnd.length,
      threw(() => crypto.getRandomValues(new Uint8Array(70000))),
      threw(() => crypto.getRandomValues(new Float64Array(1))),
    ];
  },
  'dom-exception': () => {
    const e = new DOMException('msg', 'NotFoundError');
    return [e.name, e.message, e.code, e instanceof Error, DOMException.NOT_FOUND_ERR, new DOMException('x').name, Object.prototype.toString.call(e)];
  },
  'event-target': () => {
    const et = new EventTarget();
    const log = [];
    const h = (e) => log.push(e.type + ':' + (e instanceof Event) + ':' + e.defaultPrevented);
    et.addEventListener('x', h);
    et.addEventListener('x', h);
    et.addEventListener('x', (e) => e.preventDefault(), { once: true });
    const r1 = et.dispatchEvent(new Event('x', { cancelable: true }));
    const r2 = et.dispatchEvent(new Event('x', { cancelable: true }));
    et.removeEventListener('x', h);
    et.dispatchEvent(new Event('x'));
    return [log, r1, r2];
  },
  'custom-event': () => {
    const ce = new CustomEvent('c', { detail: { a: 1 } });
    return [ce.detail, ce.type, ce instanceof Event, new CustomEvent('d').detail];
  },
  'json-stringify-indent': () => [
    JSON.stringify({ a: {}, b: { c: 1 } }, null, 2),
    JSON.stringify({ a: [], b: [1, { c: [] }], d: { e: undefined }, f: 1 }, null, '\t'),
    JSON.stringify([{}, [], { x: 1 }], null, 1),
  ],
};

// needs names the built-in a case is about when Node 20 may lack it; such
// a case gives {"unsupported": name} where the built-in is missing.
const needs = {
  'object-groupby': 'Object.groupBy',
  'map-groupby': 'Map.groupBy',
  'promise-withresolvers': 'Promise.withResolvers',
  'array-fromasync': 'Array.fromAsync',
};

Object.assign(cases, engineCases);

// runCase runs one case and gives its result as JSON text: {"ok": value}
// or {"threw": name}; a case still pending after 3 s gives {"timeout": true}.
export async function runCase(name) {
  const need = needs[name];
  if (need && typeof need.split('.').reduce((o, k) => o?.[k], globalThis) !== 'function') {
    return JSON.stringify({ unsupported: need });
  }
  let timer;
  const timeout = new Promise((r) => (timer = setTimeout(() => r({ timeout: true }), 3000)));
  try {
    const value = await Promise.race([Promise.resolve().then(cases[name]).then((ok) => ({ ok })), timeout]);
    return JSON.stringify(value);
  } catch (e) {
    return JSON.stringify({ threw: errName(e) });
  } finally {
    clearTimeout(timer);
  }
}
