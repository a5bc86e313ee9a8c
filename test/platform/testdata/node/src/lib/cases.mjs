// Uses of Node's built-in modules as endpoints and the packages they import
// make them. Each case returns a JSON value; Comet
// (src/pages/node/[name].json.ts) and Node (the test's harness) run the
// same function and the test compares the JSON. Errors are compared by name
// and code.
import { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } from 'node:stream';
import stream from 'stream';
import { pipeline as pipelineP, finished as finishedP } from 'node:stream/promises';
import { text, json, buffer } from 'node:stream/consumers';
import { EventEmitter } from 'node:events';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import path from 'node:path';
import url, { domainToASCII } from 'node:url';
import dc from 'node:diagnostics_channel';
import tty from 'node:tty';
import dns from 'node:dns';
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';

async function rejects(f) {
  try {
    return await f();
  } catch (e) {
    return 'threw ' + errName(e);
  }
}
function errName(e) {
  return e && typeof e === 'object' ? e.name + (e.code ? ' ' + e.code : '') : typeof e + ' ' + String(e);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Upper extends Transform {
  _transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); }
}
function collect() {
  const out = [];
  const w = new Writable({ write(chunk, enc, cb) { out.push(String(chunk)); cb(); } });
  w.out = out;
  return w;
}

export const cases = {
  // ---- stream ----
  'stream-shape': () => [typeof stream, stream === stream.Stream, stream.Readable === Readable, Object.getPrototypeOf(Readable.prototype) === stream.Stream.prototype, new Readable() instanceof EventEmitter, typeof stream.promises.pipeline],
  'stream-readable-from': async () => {
    const got = [];
    for await (const c of Readable.from(['a', 'b', 'c'])) got.push(c);
    return got;
  },
  'stream-readable-push': async () => {
    let i = 0;
    const r = new Readable({ read() { this.push(i < 3 ? 'x' + i++ : null); } });
    const events = [];
    r.on('end', () => events.push('end'));
    r.setEncoding('utf8');
    let s = '';
    for await (const c of r) s += c;
    await sleep(1);
    return [s, events, r.readableEnded, r.destroyed];
  },
  'stream-transform-pipe': async () => {
    const w = collect();
    await new Promise((res) => Readable.from(['ab', 'cd']).pipe(new Upper()).pipe(w).on('finish', res));
    return w.out;
  },
  'stream-pipeline-callback': async () => {
    const w = collect();
    const err = await new Promise((res) => pipeline(Readable.from(['q', 'r']), new Upper(), w, res));
    return [err === undefined || err === null, w.out];
  },
  'stream-pipeline-promise': async () => {
    const w = collect();
    await pipelineP(Readable.from(['1', '2']), new PassThrough(), w);
    return w.out;
  },
  'stream-pipeline-error': async () => {
    const bad = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
    return rejects(() => pipelineP(Readable.from(['x']), bad, collect()));
  },
  'stream-pipeline-async-generator': async () => {
    const w = collect();
    await pipelineP(Readable.from(['a', 'b']), async function* (src) { for await (const c of src) yield c + '!'; }, w);
    return w.out;
  },
  'stream-finished': async () => {
    const r = Readable.from(['z']);
    r.resume();
    await finishedP(r);
    return [r.readableEnded, await new Promise((res) => { const w = collect(); finished(w, (e) => res(e === undefined ? 'ok' : errName(e))); w.end('x'); })];
  },
  'stream-writable-backpressure': async () => {
    const seen = [];
    const w = new Writable({ highWaterMark: 2, write(c, e, cb) { seen.push(String(c)); setTimeout(cb, 1); } });
    const ok = [w.write('a'), w.write('b'), w.write('c')];
    await new Promise((r) => w.once('drain', r));
    w.end();
    await finishedP(w);
    return [ok, seen, w.writableFinished];
  },
  'stream-object-mode': async () => {
    const r = new Readable({ objectMode: true, read() {} });
    r.push({ a: 1 }); r.push({ b: 2 }); r.push(null);
    return (await r.toArray());
  },
  'stream-duplex': async () => {
    const d = new Duplex({ read() { this.push('from-d'); this.push(null); }, write(c, e, cb) { this.got = String(c); cb(); } });
    d.write('to-d');
    return [await text(d), d.got];
  },
  'stream-destroy-error': async () => {
    const r = new Readable({ read() {} });
    const err = new Promise((res) => r.on('error', (e) => res(e.message)));
    r.destroy(new Error('gone'));
    return [await err, r.destroyed];
  },
  'stream-errors-codes': async () => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', () => {});
    w.end();
    const e1 = await new Promise((res) => w.write('late', (e) => res(errName(e))));
    const r = new Readable({ read() {} });
    const e2 = new Promise((res) => r.on('error', (e) => res(errName(e))));
    r.push(null);
    r.push('x');
    return [e1, await e2];
  },
  'stream-consumers': async () => [await text(Readable.from(['he', 'llo'])), await json(Readable.from(['{"a"', ':1}'])), (await buffer(Readable.from([Buffer.from('hi')]))).toString('hex'), await text(new Blob(['web']).stream())],
  'stream-from-web': async () => {
    const web = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('w1')); c.enqueue(new TextEncoder().encode('w2')); c.close(); } });
    return text(Readable.fromWeb(web));
  },
  'stream-to-web': async () => {
    const web = Readable.toWeb(Readable.from([Buffer.from('n1'), Buffer.from('n2')]));
    return [web instanceof ReadableStream, await new Response(web).text()];
  },
  'stream-writable-to-web': async () => {
    const w = collect();
    const ws = Writable.toWeb(w);
    const writer = ws.getWriter();
    await writer.write('p');
    await writer.write('q');
    await writer.close();
    return w.out;
  },
  'stream-legacy-inherit': async () => {
    function Old() { Readable.call(this); }
    Object.setPrototypeOf(Old.prototype, Readable.prototype);
    Old.prototype._read = function () { this.push('old'); this.push(null); };
    return text(new Old());
  },
  'stream-readable-methods': async () => [await Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).map((x) => x * 10).toArray(), await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0)],

  // ---- zlib (compressed bytes differ from zlib's: compare what comes back) ----
  'zlib-roundtrip-sync': () => ['gzip', 'deflate', 'deflateRaw', 'brotliCompress'].map((op) => {
    const back = { gzip: 'gunzipSync', deflate: 'inflateSync', deflateRaw: 'inflateRawSync', brotliCompress: 'brotliDecompressSync' }[op];
    const input = 'hello zlib '.repeat(50);
    return zlib[back](zlib[op + 'Sync'](input, { level: 9 })).toString() === input;
  }),
  // These bytes are what Node 20's zlib wrote for 'comet' (gzip, deflate, raw, brotli).
  'zlib-decompress-node-bytes': () => [
    zlib.gunzipSync(Buffer.from('H4sIAAAAAAAAA0vOz00tAQBhbxh0BQAAAA==', 'base64')).toString(),
    zlib.inflateSync(Buffer.from('eJxLzs9NLQEABjUCGQ==', 'base64')).toString(),
    zlib.inflateRawSync(Buffer.from('S87PTS0BAA==', 'base64')).toString(),
    zlib.brotliDecompressSync(Buffer.from('CwKAY29tZXQD', 'base64')).toString(),
    zlib.unzipSync(Buffer.from('H4sIAAAAAAAAA0vOz00tAQBhbxh0BQAAAA==', 'base64')).toString(),
  ],
  'zlib-errors': () => [() => zlib.gunzipSync(Buffer.from('nope')), () => zlib.gunzipSync(zlib.gzipSync('hello').subarray(0, 12)), () => zlib.inflateSync(Buffer.from('nope')), () => zlib.inflateRawSync(Buffer.from([0xff, 0xff]))].map((f) => { try { f(); return 'ok'; } catch (e) { return [e.code, e.errno, e.message]; } }),
  'zlib-callback-promisify': async () => {
    const b = await promisify(zlib.deflate)('cb');
    return [await new Promise((r) => zlib.inflate(b, (e, out) => r(out.toString()))), zlib.crc32('hello'), zlib.constants.Z_BEST_COMPRESSION, zlib.Z_SYNC_FLUSH];
  },
  'zlib-streams': async () => {
    const chunks = [];
    await pipelineP(Readable.from(['stre', 'amed']), zlib.createGzip(), zlib.createGunzip(), new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } }));
    return [chunks.join(''), zlib.createDeflate() instanceof Transform];
  },
  // ---- small modules ----
  'path-parse-format': () => [path.parse('/home/u/f.txt'), path.parse('a/b'), path.parse('/'), path.parse('.env'), path.parse('x/y.tar.gz'), path.format({ dir: '/x', base: 'y.js' }), path.format({ root: '/', name: 'n', ext: 'e' }), path.format({ name: 'n', ext: '.e' }), path.posix.parse('/a/b.c').name],
  'url-legacy': () => {
    const inputs = ['redis://:pw@127.0.0.1:6379/0', 'http://User:P%40ss@Example.COM:8080/a/b?x=1&y=2#h', 'https://example.com', 'redis://localhost', '/just/path?q=1', 'mailto:a@b.c', '//host/p', 'rediss://h:1/?db=3', 'http://[::1]:80/x'];
    const out = inputs.map((s) => { const p = url.parse(s, true); const q = url.parse(s, false, true); return [{ ...p, query: p.query && { ...p.query } }, { ...q }, url.format(p)]; });
    out.push(url.resolve('/one/two', 'three'), url.resolve('http://a.com/b/c', '../d'), url.format({ protocol: 'http', host: 'x.com', pathname: 'p', query: { a: 1 } }));
    return out;
  },
  'url-domainToASCII': () => ['mañana.com', 'xn--iñvalid.com', 'EXAMPLE.com', 'a..b', '', '例え.テスト'].map(domainToASCII),
  'diagnostics-channel': () => {
    const c = dc.channel('comet:test');
    const got = [];
    const f = (m, name) => got.push([m, name]);
    const before = c.hasSubscribers;
    dc.subscribe('comet:test', f);
    c.publish({ a: 1 });
    const unsub = dc.unsubscribe('comet:test', f);
    c.publish({ b: 2 });
    return [before, got, unsub, dc.hasSubscribers('comet:test'), dc.channel('comet:test') === c];
  },
  'diagnostics-tracing': async () => {
    const tc = dc.tracingChannel('comet:op');
    const seen = [];
    tc.subscribe({ start: (c) => seen.push('start ' + c.id), end: (c) => seen.push('end ' + c.id), asyncStart: (c) => seen.push('asyncStart ' + c.result), asyncEnd: (c) => seen.push('asyncEnd'), error: (c) => seen.push('error ' + c.error.message) });
    tc.traceSync(() => 1, { id: 's' });
    await tc.tracePromise(async () => 'r', { id: 'p' });
    try { tc.traceSync(() => { throw new Error('x'); }, { id: 'e' }); } catch {}
    return seen;
  },
  'dns': async () => [
    await dns.promises.lookup('localhost', { family: 4 }),
    await dns.promises.lookup('127.0.0.1', { all: true }),
    await new Promise((r) => dns.lookup('::1', (e, a, f) => r([e, a, f]))),
    await rejects(() => dns.promises.lookup('nothing.invalid')),
    await dns.promises.lookup('nothing.invalid').catch((e) => [e.code, e.errno, e.syscall, e.hostname, e.message]),
  ],
  'tty': () => [tty.isatty(0), tty.isatty(1), typeof tty.WriteStream],
  'process-stdout': () => [typeof process.stdout.write, process.stdout.isTTY === true, process.stdout.write(''), typeof process.stderr.write],
  // ---- async_hooks ----
  'als-await-timers': async () => {
    const als = new AsyncLocalStorage();
    const log = [];
    async function work(id) {
      log.push(id + ':' + als.getStore());
      await sleep(id === 'a' ? 6 : 1);
      log.push(id + ':' + als.getStore());
      await null;
      await new Promise((r) => queueMicrotask(() => { log.push(id + ' micro:' + als.getStore()); r(); }));
      await new Promise((r) => setTimeout(() => { log.push(id + ' timer:' + als.getStore()); r(); }, 1));
      await new Promise((r) => process.nextTick(() => { log.push(id + ' tick:' + als.getStore()); r(); }));
      return als.getStore();
    }
    const r = await Promise.all([als.run('A', () => work('a')), als.run('B', () => work('b'))]);
    // Sorted: the two requests' steps interleave by timing; each step's store is the point.
    return [r, log.sort(), als.getStore() === undefined];
  },
  'als-then-exit-enter': async () => {
    const als = new AsyncLocalStorage();
    const out = [];
    await als.run({ id: 1 }, () => Promise.resolve().then(() => out.push(als.getStore().id)));
    als.run(2, () => als.exit(() => out.push(String(als.getStore()))));
    const bound = als.run(3, () => AsyncLocalStorage.bind(() => als.getStore()));
    const res = als.run(4, () => new AsyncResource('X'));
    out.push(bound(), res.runInAsyncScope(() => als.getStore()));
    const nested = new AsyncLocalStorage();
    als.run('outer', () => nested.run('inner', () => out.push(als.getStore() + '/' + nested.getStore())));
    return out;
  },
  'als-fetch-callback': async () => {
    const als = new AsyncLocalStorage();
    return als.run('req-7', async () => {
      const res = await new Response('body').text();
      return [res, als.getStore()];
    });
  },
};

// runCase runs one case and gives its result as JSON text: {"ok": value}
// or {"threw": name}; a case still pending after 3 s gives {"timeout": true}.
export async function runCase(name) {
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
