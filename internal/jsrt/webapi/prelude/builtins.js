// A part of the Web platform prelude: the body of the function core.js opens
// (prelude.go joins the parts in order; they share each other's local names).
  // ---- ES2023/2024 built-ins goja lacks -------------------------------
  if (!Object.groupBy) {
    Object.defineProperty(Object, 'groupBy', { writable: true, configurable: true, value(items, fn) {
      const out = Object.create(null);
      let i = 0;
      for (const x of items) { const k = fn(x, i++); (out[k] || (out[k] = [])).push(x); }
      return out;
    } });
  }
  if (!Map.groupBy) {
    Object.defineProperty(Map, 'groupBy', { writable: true, configurable: true, value(items, fn) {
      const out = new Map();
      let i = 0;
      for (const x of items) { const k = fn(x, i++); if (!out.has(k)) out.set(k, []); out.get(k).push(x); }
      return out;
    } });
  }
  if (!Promise.withResolvers) {
    Object.defineProperty(Promise, 'withResolvers', { writable: true, configurable: true, value() {
      let resolve, reject;
      const promise = new Promise((a, b) => { resolve = a; reject = b; });
      return { promise, resolve, reject };
    } });
  }
  if (!Array.fromAsync) {
    Object.defineProperty(Array, 'fromAsync', { writable: true, configurable: true, async value(items, fn) {
      const out = [];
      if (items[Symbol.asyncIterator]) {
        const it = items[Symbol.asyncIterator]();
        for (;;) { const r = await it.next(); if (r.done) break; out.push(fn ? await fn(r.value, out.length) : r.value); }
      } else {
        for (const x of items) out.push(fn ? await fn(await x, out.length) : await x);
      }
      return out;
    } });
  }
  if (!String.prototype.isWellFormed) {
    // A loop over code units: goja's regular expressions see surrogate
    // pairs inconsistently, so a regexp cannot say what is lone.
    const loneAt = (s, i) => {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = s.charCodeAt(i + 1);
        return d >= 0xdc00 && d <= 0xdfff ? 2 : -1;
      }
      return c >= 0xdc00 && c <= 0xdfff ? -1 : 1;
    };
    Object.defineProperty(String.prototype, 'isWellFormed', { writable: true, configurable: true, value() {
      const s = String(this);
      for (let i = 0; i < s.length;) { const n = loneAt(s, i); if (n < 0) return false; i += n; }
      return true;
    } });
    Object.defineProperty(String.prototype, 'toWellFormed', { writable: true, configurable: true, value() {
      const s = String(this);
      let out = '', last = 0;
      for (let i = 0; i < s.length;) {
        const n = loneAt(s, i);
        if (n < 0) { out += s.slice(last, i) + '\uFFFD'; last = i + 1; i++; } else i += n;
      }
      return last === 0 ? s : out + s.slice(last);
    } });
  }

  // ---- RegExp: Unicode property escapes ------------------------------
  // goja parses /\p{L}/u but never matches it. esbuild turns such literals
  // into new RegExp(...) calls; this RegExp expands \p{…} into code point
  // ranges first (see regexp.go). Everything else goes to the real RegExp.
  {
    const NativeRegExp = RegExp;
    const cache = new Map();
    const fix = (src, flags) => {
      if (typeof src !== 'string' || typeof flags !== 'string' || flags.indexOf('u') < 0 || !/\\[pP]\{/.test(src)) return src;
      let out = cache.get(src);
      if (out === undefined) {
        try { out = native.expandUnicodeProps(src); } catch (e) { throw new SyntaxError(e.message); }
        cache.set(src, out);
      }
      return out;
    };
    // The d flag (hasIndices): goja rejects it, so the expression is built
    // without it and gets its own exec, which adds `indices` to each match
    // (native.matchIndices, see indices.go). String methods (match,
    // matchAll, replace, split) call exec, so they see the indices too.
    const nativeExec = NativeRegExp.prototype.exec;
    const PATTERN = Symbol('pattern');
    const isRegExp = (v) => v instanceof NativeRegExp;
    function addIndices(re, m, input) {
      const flags = re.flags.replace('d', '');
      const r = native.matchIndices(re[PATTERN] !== undefined ? re[PATTERN] : re.source, flags, input, m.index);
      const fail = () => { throw new Error('Comet cannot give the match indices (d flag) of /' + re.source + '/' + re.flags + ' for this input; use match.index and the group texts instead'); };
      if (r === null || r.i.length !== 2 * m.length || r.i[0] !== m.index || r.i[1] !== m.index + m[0].length) fail();
      const indices = [];
      let groups;
      for (let k = 0; k < m.length; k++) {
        const s = r.i[2 * k], e = r.i[2 * k + 1];
        if (s < 0) {
          if (m[k] !== undefined) fail();
          indices.push(undefined);
        } else {
          if (m[k] !== input.slice(s, e)) fail();
          indices.push([s, e]);
        }
        const name = r.n[k];
        if (k > 0 && name) {
          if (!m.groups || m.groups[name] !== m[k]) fail();
          if (!groups) groups = Object.create(null);
          groups[name] = indices[k];
        }
      }
      if (m.groups && !groups) fail();
      indices.groups = groups;
      Object.defineProperty(m, 'indices', { value: indices, writable: true, enumerable: true, configurable: true });
    }
    function execWithIndices(str) {
      const input = String(str);
      const m = nativeExec.call(this, input);
      if (m !== null) addIndices(this, m, input);
      return m;
    }
    function withIndices(re, pattern, flags) {
      Object.defineProperties(re, {
        exec: { value: execWithIndices, writable: true, configurable: true },
        hasIndices: { value: true, configurable: true },
        flags: { value: 'd' + flags, configurable: true },
        // split and matchAll build a copy through the species constructor
        // with these flags: it must be this RegExp, which knows "d".
        constructor: { value: Wrapped, writable: true, configurable: true },
        [PATTERN]: { value: pattern },
      });
      return re;
    }
    if (!('hasIndices' in NativeRegExp.prototype)) {
      Object.defineProperty(NativeRegExp.prototype, 'hasIndices', { configurable: true, get() {
        if (this === NativeRegExp.prototype) return undefined;
        if (!isRegExp(this)) throw new TypeError('RegExp.prototype.hasIndices getter called on non-RegExp');
        return false;
      } });
    }
    // A plain function, not a Proxy: goja's instanceof rejects proxies.
    const Wrapped = function RegExp(src, flags) {
      // goja leaks a constructor's new.target into plain calls made
      // inside it (luxon calls RegExp(s, 'i') in a class constructor); a
      // real construction has a this object, a call in strict code none.
      const newTarget = this === undefined ? undefined : new.target;
      // The v flag: the pattern is rewritten as a u-flag one (regexpv.go).
      if (typeof flags === 'string' && flags.indexOf('v') >= 0) {
        if (flags.indexOf('u') >= 0 || flags.indexOf('v') !== flags.lastIndexOf('v')) throw new SyntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'");
        const source = isRegExp(src) ? src.source : src === undefined ? '(?:)' : String(src);
        let pattern;
        try { pattern = native.vToU(source); } catch (e) { throw new SyntaxError(e.message + ': /' + source + '/' + flags); }
        const re = Reflect.construct(Wrapped, [pattern, flags.replace('v', 'u')], newTarget || Wrapped);
        return Object.defineProperties(re, {
          unicodeSets: { value: true, configurable: true },
          unicode: { value: false, configurable: true },
          flags: { value: re.flags.replace('u', 'v'), configurable: true },
          source: { value: source, configurable: true },
        });
      }
      if (flags === undefined && isRegExp(src) && src.hasIndices) flags = src.flags;
      if (typeof flags === 'string' && flags.indexOf('d') >= 0) {
        const rest = flags.replace('d', '');
        if (rest.indexOf('d') >= 0) throw new SyntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'");
        const pattern = fix(isRegExp(src) ? src.source : src === undefined ? '(?:)' : String(src), rest);
        const re = Reflect.construct(NativeRegExp, [pattern, rest], !newTarget || newTarget === Wrapped ? NativeRegExp : newTarget);
        return withIndices(re, pattern, re.flags);
      }
      if (newTarget) {
        return Reflect.construct(NativeRegExp, [fix(src, flags), flags], newTarget === Wrapped ? NativeRegExp : newTarget);
      }
      return NativeRegExp(fix(src, flags), flags);
    };
    Wrapped.prototype = NativeRegExp.prototype;
    Object.defineProperty(NativeRegExp.prototype, 'constructor', { value: Wrapped, writable: true, configurable: true });
    Object.setPrototypeOf(Wrapped, NativeRegExp);
    Object.defineProperty(G, 'RegExp', { value: Wrapped, writable: true, configurable: true, enumerable: false });
  }

