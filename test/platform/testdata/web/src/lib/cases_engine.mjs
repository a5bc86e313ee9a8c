// Engine gaps goja leaves that Comet fills (engine.js, timers, JSON), run
// in Comet and Node by the same harness as cases.mjs, which merges these.
// Messages are compared here on purpose: Comet words JSON.parse's errors
// as V8 does.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const engineCases = {
  'engine-define-getter': () => {
    const o = {};
    o.__defineGetter__('x', () => 42);
    o.__defineSetter__('y', function (v) { this.z = v; });
    o.y = 7;
    const d = Object.getOwnPropertyDescriptor(o, 'x');
    let bad;
    try { o.__defineGetter__('w', 1); } catch (e) { bad = e.name; }
    return [o.x, o.z, d.enumerable, d.configurable, typeof o.__lookupGetter__('x'), o.__lookupSetter__('x') === undefined,
      typeof Object.create(o).__lookupSetter__('y'), Object.keys(Object.prototype).length, bad];
  },
  'engine-typedarray-from': () => [
    Array.from(Uint8Array.from('123')), Array.from(Float64Array.from('45', Number)), Array.from(Uint8Array.from(new Set([1, 2]))),
    Array.from(Int16Array.from({ length: 2, 0: 5 })), Array.from(Uint8Array.from('9', (x) => x * 2)),
  ],
  'engine-weakref': () => {
    const t = { a: 1 };
    const w = new WeakRef(t);
    const r = new FinalizationRegistry(() => {});
    const tok = {};
    r.register(t, 'x', tok);
    let bad;
    try { new WeakRef(1); } catch (e) { bad = e.name; }
    return [w.deref() === t, Object.prototype.toString.call(w), r.unregister(tok), r.unregister(tok), bad];
  },
  'engine-message-channel': async () => {
    const { port1, port2 } = new MessageChannel();
    const got = [];
    const done = new Promise((res) => {
      port2.onmessage = (e) => {
        got.push(e.data, e instanceof Event, e.type);
        if (got.length === 6) res();
      };
    });
    const obj = { a: [1] };
    port1.postMessage(obj);
    obj.a.push(2);
    port1.postMessage('two');
    await done;
    port1.close();
    const log = [];
    const c = new MessageChannel();
    c.port2.addEventListener('message', (e) => log.push('listener:' + e.data));
    c.port1.postMessage('early');
    await sleep(5);
    log.push('after');
    c.port2.close();
    return [got, log];
  },
  'engine-json-parse-errors': () =>
    ['bad', '', '{', '{"a":1', '[1 2]', '{a:1}', '"abc', '01', '1 2', '{"a":1,}', '[1,]', 'undefined', 'x'.repeat(30), '"\\u12'].map((s) => {
      try {
        return JSON.parse(s);
      } catch (e) {
        return e.name + ': ' + e.message;
      }
    }),
  'engine-json-stringify-indent': () => {
    const v = { a: {}, b: [], c: [1, { d: [] }], e: { f: {} }, s: 'x:{,}"y' };
    return [JSON.stringify(v, null, 2), JSON.stringify(v, null, '\t'), JSON.stringify([v], ['a', 'c'], 12), JSON.stringify('x'.repeat(80000), null, 2).length];
  },
  'engine-timers-microtasks': async () => {
    const log = [];
    setTimeout(() => {
      log.push('t1');
      queueMicrotask(() => log.push('micro-in-t1'));
      Promise.resolve().then(() => log.push('then-in-t1'));
    }, 2);
    setTimeout(() => log.push('t2'), 2);
    const start = Date.now();
    while (Date.now() - start < 5) {}
    await sleep(20);
    return log;
  },
  'engine-regexp-properties': () => {
    const text = 'Ab1 é_ 😀🇫🇷 👍🏽 ∑ Ωμέγα 漢字 カタ 𝒳 \u200d#️⃣';
    const props = ['Emoji', 'Emoji_Presentation', 'Extended_Pictographic', 'Emoji_Component', 'EComp', 'RI', 'Regional_Indicator',
      'Emoji_Modifier', 'Emoji_Modifier_Base', 'ID_Start', 'ID_Continue', 'XID_Start', 'XIDC', 'Assigned', 'ASCII', 'Any', 'AHex',
      'Cased', 'Math', 'Ideographic', 'Lowercase', 'White_Space', 'gc=Cn', 'C', 'sc=Greek', 'scx=Grek', 'Script_Extensions=Katakana',
      'sc=Hira', 'Script=Han', 'sc=Zyyy'];
    const out = {};
    for (const p of props) out[p] = (text.match(new RegExp('\\p{' + p + '}', 'gu')) || []).join('');
    return [out, /[\P{ASCII}]/u.test('é'), /^[\p{L}\P{L}]+$/u.test(text), /[^\P{Lu}]/u.exec('abCd')[0],
      ['Greek', 'Letter', 'Emoji_Flag', 'sc=Nope', 'gc=Emoji'].map((p) => { try { new RegExp('\\p{' + p + '}', 'u'); return 'ok'; } catch (e) { return e.name; } })];
  },
};

// WebIDL conversions and TypeErrors the web-platform-tests check.
const errOf = (f) => { try { const v = f(); return v === undefined ? 'ok' : v; } catch (e) { return e.name; } };
engineCases['webidl-typeerrors'] = async () => [
  errOf(() => new Headers(null)), errOf(() => new Headers({ a: null }).get('a')), errOf(() => new Headers(5)),
  errOf(() => new Blob([], 123)), errOf(() => new Blob([], null).size), errOf(() => new Blob('abc')), errOf(() => new Blob(null)),
  errOf(() => new ReadableStream(null)), errOf(() => new WritableStream(null)), errOf(() => new TransformStream(null)),
  errOf(() => new Event()), errOf(() => new Event('x', 5)),
  await ReadableStream.prototype.pipeTo.call(new ReadableStream(), {}).then(() => 'ok', (e) => e.name),
];
engineCases['headers-live-iteration'] = () => {
  const h = new Headers({ a: '1', b: '2' });
  const out = [];
  for (const [k, v] of h) {
    out.push(k + '=' + v);
    if (k === 'a') { h.append('c', '3'); h.append('aa', '4'); }
  }
  const it = h.keys();
  h.delete('a');
  return [out, [...it], Object.prototype.toString.call(h.entries()), typeof h.values().next];
};
engineCases['event-fields'] = () => {
  const t = new EventTarget();
  const seen = [];
  const ev = new Event('x');
  t.addEventListener('x', (e) => seen.push(e.composedPath().length, e.composedPath()[0] === t, e.eventPhase, e.isTrusted, e.currentTarget === t));
  t.dispatchEvent(ev);
  return [seen, ev.composedPath().length, ev.eventPhase, ev.currentTarget, ev.target === t, Object.keys(ev).includes('isTrusted')];
};
