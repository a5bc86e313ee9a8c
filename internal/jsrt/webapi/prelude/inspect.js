// A part of the Web platform prelude: the body of the function core.js opens
// (prelude.go joins the parts in order; they share each other's local names).
  // ---- util.inspect and util.format (Node's formatting) ----------------
  // console.* and node:util print values as Node 20 does: the same quoting,
  // the same `[Object]` past depth 2, `<ref *1>` / `[Circular *1]`, entries
  // on one line while they fit in 80 columns (up to 3 levels of inner
  // nesting) and long arrays of short items grouped into columns. The
  // layout rules are Node's (lib/internal/util/inspect.js), written anew;
  // no colours. Values Comet cannot look into (proxies) print as their
  // target would.
  const customInspect = Symbol.for('nodejs.util.inspect.custom');
  const inspectDefaults = {
    showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100,
    maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
  };
  const keyRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  const ARRAY = 1, OBJECT = 0, ARRAY_EXTRAS = 2;
  function inspect(value, opts) {
    const ctx = Object.assign({}, inspectDefaults);
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
      if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
    } else if (opts !== null && typeof opts === 'object') {
      for (const k of Object.keys(inspectDefaults)) if (opts[k] !== undefined) ctx[k] = opts[k];
      if (opts.stylize) ctx.userStylize = opts.stylize;
    }
    if (ctx.depth === null || ctx.depth === Infinity) ctx.depth = Infinity;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    ctx.seen = [];
    ctx.circular = undefined;
    ctx.indentationLvl = 0;
    ctx.currentDepth = 0;
    return formatValue(ctx, value, 0);
  }
  inspect.custom = customInspect;
  inspect.defaultOptions = inspectDefaults;
  // meta is how strEscape writes a code unit below 0xa0 that needs escaping.
  function escapeUnit(c, quote) {
    switch (c) {
      case 8: return '\\b';
      case 9: return '\\t';
      case 10: return '\\n';
      case 12: return '\\f';
      case 13: return '\\r';
      case 39: return quote === 39 ? "\\'" : "'";
      case 92: return '\\\\';
    }
    return '\\x' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
  }
  // strEscape quotes a string: single quotes, or double quotes when it has
  // single ones, or backticks when it has both.
  function strEscape(str) {
    let quote = 39;
    if (str.indexOf("'") >= 0) {
      if (str.indexOf('"') < 0) quote = 34;
      else if (str.indexOf('`') < 0 && str.indexOf('${') < 0) quote = 96;
    }
    let out = '', last = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c === quote || c === 92 || c < 32 || (c > 126 && c < 160)) {
        out += str.slice(last, i) + escapeUnit(c, quote);
        last = i + 1;
      } else if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < str.length) {
          const d = str.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
        }
        out += str.slice(last, i) + '\\u' + c.toString(16).toUpperCase();
        last = i + 1;
      }
    }
    out += str.slice(last);
    const q = String.fromCharCode(quote);
    return q + out + q;
  }
  function formatNumber(n) { return Object.is(n, -0) ? '-0' : String(n); }
  function formatPrimitive(ctx, v) {
    switch (typeof v) {
      case 'string': {
        let trailer = '';
        if (v.length > ctx.maxStringLength) {
          const rest = v.length - ctx.maxStringLength;
          v = v.slice(0, ctx.maxStringLength);
          trailer = '... ' + rest + ' more character' + (rest > 1 ? 's' : '');
        }
        if (ctx.compact !== true && v.length > 16 && v.length > ctx.breakLength - ctx.indentationLvl - 4) {
          const lines = [];
          let from = 0;
          for (let i = v.indexOf('\n'); i >= 0 && i < v.length - 1; i = v.indexOf('\n', from)) { lines.push(v.slice(from, i + 1)); from = i + 1; }
          lines.push(v.slice(from));
          return lines.filter((l, i) => l !== '' || i === 0).map(strEscape).join(' +\n' + ' '.repeat(ctx.indentationLvl + 2)) + trailer;
        }
        return strEscape(v) + trailer;
      }
      case 'number': return formatNumber(v);
      case 'bigint': return v + 'n';
      case 'boolean': return String(v);
      case 'undefined': return 'undefined';
      default: return v.toString(); // symbol
    }
  }
  function constructorName(v) {
    let o = v;
    while (o !== null && o !== undefined) {
      const d = Object.getOwnPropertyDescriptor(o, 'constructor');
      if (d && typeof d.value === 'function' && d.value.name !== '') {
        try { if (v instanceof d.value) return String(d.value.name); } catch (e) { /* not a constructor */ }
      }
      o = Object.getPrototypeOf(o);
    }
    return null;
  }
  function prefixOf(ctor, tag, fallback, size) {
    size = size || '';
    if (ctor === null) {
      if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
      return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && ctor !== tag) return ctor + size + ' [' + tag + '] ';
    return ctor + size + ' ';
  }
  function ownKeys(v, showHidden, skipIndices) {
    let keys = showHidden ? Object.getOwnPropertyNames(v) : Object.keys(v);
    if (showHidden && typeof v === 'function') {
      // V8's order, which Node's output follows.
      const first = ['length', 'name', 'arguments', 'caller', 'prototype'].filter((k) => keys.includes(k));
      keys = first.concat(keys.filter((k) => !first.includes(k)));
    }
    if (skipIndices) keys = keys.filter((k) => !(String(k >>> 0) === k && (k >>> 0) !== 4294967295));
    const symbols = Object.getOwnPropertySymbols(v);
    for (const s of symbols) if (showHidden || Object.prototype.propertyIsEnumerable.call(v, s)) keys.push(s);
    return keys;
  }
  const objTag = (v) => Object.prototype.toString.call(v).slice(8, -1);
  function formatValue(ctx, v, recurseTimes, typedArray) {
    if (typeof v !== 'object' && typeof v !== 'function') return formatPrimitive(ctx, v);
    if (v === null) return 'null';
    const proxy = native.inspectInternals(v);
    if (proxy !== null && proxy[0] === 'proxy') return formatValue(ctx, proxy[1], recurseTimes, typedArray);
    if (ctx.customInspect) {
      let custom;
      try { custom = v[customInspect]; } catch (e) { custom = undefined; }
      if (typeof custom === 'function' && custom !== inspect && !(v.constructor && v.constructor.prototype === v)) {
        const depth = ctx.depth - recurseTimes;
        const opts = Object.assign({}, ctx, { depth, stylize: (s) => String(s), seen: undefined, circular: undefined });
        const ret = custom.call(v, depth, opts, inspect);
        if (ret !== v) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.replace(/\n/g, '\n' + ' '.repeat(ctx.indentationLvl));
        }
      }
    }
    if (ctx.seen.includes(v)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map([[v, index]]);
      } else {
        index = ctx.circular.get(v);
        if (index === undefined) { index = ctx.circular.size + 1; ctx.circular.set(v, index); }
      }
      return '[Circular *' + index + ']';
    }
    return formatRaw(ctx, v, recurseTimes, typedArray);
  }
  function functionBase(v, ctor, tag) {
    let src = '';
    try { src = Function.prototype.toString.call(v); } catch (e) { /* a native */ }
    if (src.startsWith('class') && src.endsWith('}')) {
      const own = Object.prototype.hasOwnProperty.call(v, 'name');
      let base = 'class ' + ((own && v.name) || '(anonymous)');
      if (ctor !== 'Function' && ctor !== null) base += ' [' + ctor + ']';
      if (tag !== '' && ctor !== tag) base += ' [' + tag + ']';
      if (ctor !== null) { const sup = Object.getPrototypeOf(v).name; if (sup) base += ' extends ' + sup; } else base += ' extends [null prototype]';
      return '[' + base + ']';
    }
    const t = objTag(v);
    let type = 'Function';
    if (t === 'GeneratorFunction') type = 'GeneratorFunction';
    else if (t === 'AsyncFunction') type = 'AsyncFunction';
    else if (t === 'AsyncGeneratorFunction') type = 'AsyncGeneratorFunction';
    let base = '[' + type;
    if (ctor === null) base += ' (null prototype)';
    base += v.name === '' ? ' (anonymous)' : ': ' + v.name;
    base += ']';
    if (ctor !== type && ctor !== 'Function' && ctor !== null) base += ' ' + ctor;
    if (tag !== '' && ctor !== tag) base += ' [' + tag + ']';
    return base;
  }
  function formatRaw(ctx, v, recurseTimes, typedArray) {
    const ctor = constructorName(v);
    let tag = v[Symbol.toStringTag];
    if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ? Object.prototype.hasOwnProperty : Object.prototype.propertyIsEnumerable).call(v, Symbol.toStringTag))) tag = '';
    let base = '';
    let formatter = () => [];
    let braces;
    let keys;
    let extras = OBJECT;
    const internals = native.inspectInternals(v);
    if (Array.isArray(v)) {
      const prefix = ctor !== 'Array' || tag !== '' ? prefixOf(ctor, tag, 'Array', '(' + v.length + ')') : '';
      keys = ownKeys(v, ctx.showHidden, true);
      braces = [prefix + '[', ']'];
      if (v.length === 0 && keys.length === 0) return braces[0] + ']';
      extras = ARRAY_EXTRAS;
      formatter = formatArray;
    } else if (v instanceof Set) {
      keys = ownKeys(v, ctx.showHidden);
      const prefix = prefixOf(ctor, tag, 'Set', '(' + v.size + ')');
      if (v.size === 0 && keys.length === 0) return prefix + '{}';
      braces = [prefix + '{', '}'];
      formatter = formatSet;
    } else if (v instanceof Map) {
      keys = ownKeys(v, ctx.showHidden);
      const prefix = prefixOf(ctor, tag, 'Map', '(' + v.size + ')');
      if (v.size === 0 && keys.length === 0) return prefix + '{}';
      braces = [prefix + '{', '}'];
      formatter = formatMap;
    } else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      keys = ownKeys(v, ctx.showHidden, true);
      const fallback = ctor === null ? objTag(v) : '';
      braces = [prefixOf(ctor, tag, fallback, '(' + v.length + ')') + '[', ']'];
      if (v.length === 0 && keys.length === 0) return braces[0] + ']';
      formatter = formatTypedArray;
      extras = ARRAY_EXTRAS;
    } else {
      keys = ownKeys(v, ctx.showHidden);
      braces = ['{', '}'];
      if (typeof v === 'function') {
        base = functionBase(v, ctor, tag);
        if (keys.length === 0) return base;
      } else if (ctor === 'Object' && !(v instanceof Error) && objTag(v) !== 'Arguments' && internals === null) {
        if (tag !== '') braces[0] = prefixOf(ctor, tag, 'Object') + '{';
        if (keys.length === 0) return braces[0] + '}';
      } else if (v instanceof RegExp) {
        base = RegExp.prototype.toString.call(v);
        const prefix = prefixOf(ctor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = prefix + base;
        if (keys.length === 0 || recurseTimes > ctx.depth) return base;
      } else if (v instanceof Date) {
        base = isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
        const prefix = prefixOf(ctor, tag, 'Date');
        if (prefix !== 'Date ') base = prefix + base;
        if (keys.length === 0) return base;
      } else if (v instanceof Error) {
        base = formatError(ctx, v, keys);
        if (keys.length === 0) return base;
      } else if (v instanceof ArrayBuffer) {
        const prefix = prefixOf(ctor, tag, 'ArrayBuffer');
        if (typedArray === undefined) formatter = formatArrayBuffer;
        else if (keys.length === 0) return prefix + '{ byteLength: ' + formatNumber(v.byteLength) + ' }';
        braces[0] = prefix + '{';
        keys.unshift('byteLength');
      } else if (v instanceof DataView) {
        braces[0] = prefixOf(ctor, tag, 'DataView') + '{';
        keys.unshift('byteLength', 'byteOffset', 'buffer');
      } else if (internals !== null && internals[0] === 'promise') {
        braces[0] = prefixOf(ctor, tag, 'Promise') + '{';
        formatter = (ctx, v, recurseTimes) => {
          if (internals[1] === 'pending') return ['<pending>'];
          ctx.indentationLvl += 2;
          const s = formatValue(ctx, internals[2], recurseTimes);
          ctx.indentationLvl -= 2;
          return [internals[1] === 'rejected' ? '<rejected> ' + s : s];
        };
      } else if (v instanceof WeakSet || v instanceof WeakMap) {
        braces[0] = prefixOf(ctor, tag, v instanceof WeakSet ? 'WeakSet' : 'WeakMap') + '{';
        formatter = () => ['<items unknown>'];
      } else if (v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof Symbol || (typeof BigInt !== 'undefined' && v instanceof BigInt)) {
        const type = v instanceof Number ? 'Number' : v instanceof String ? 'String' : v instanceof Boolean ? 'Boolean' : v instanceof Symbol ? 'Symbol' : 'BigInt';
        if (type === 'String') keys = keys.slice(v.length);
        base = '[' + type;
        if (type !== ctor) base += ctor === null ? ' (null prototype)' : ' (' + ctor + ')';
        base += ': ' + formatPrimitive(Object.assign({}, ctx, { compact: true }), v.valueOf()) + ']';
        if (tag !== '' && tag !== ctor) base += ' [' + tag + ']';
        if (keys.length === 0) return base;
      } else {
        if (objTag(v) === 'Arguments') braces[0] = '[Arguments] {';
        else braces[0] = prefixOf(ctor, tag, ctor === null ? 'Object' : '') + '{';
        if (keys.length === 0) return braces[0] + '}';
      }
    }
    if (recurseTimes > ctx.depth) {
      let name = (Array.isArray(v) ? prefixOf(ctor, tag, 'Array') : prefixOf(ctor, tag, 'Object')).slice(0, -1);
      if (ctor !== null) name = '[' + name + ']';
      return name;
    }
    recurseTimes++;
    ctx.seen.push(v);
    ctx.currentDepth = recurseTimes;
    let output;
    try {
      output = formatter(ctx, v, recurseTimes);
      for (const k of keys) output.push(formatProperty(ctx, v, recurseTimes, k, extras));
    } catch (e) {
      ctx.seen.pop();
      if (e instanceof RangeError) return '[' + (ctor || 'Object') + ': Inspection interrupted prematurely. Maximum call stack size exceeded.]';
      throw e;
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(v);
      if (index !== undefined) base = base === '' ? '<ref *' + index + '>' : '<ref *' + index + '> ' + base;
    }
    ctx.seen.pop();
    if (ctx.sorted) {
      const cmp = ctx.sorted === true ? undefined : ctx.sorted;
      if (extras === OBJECT) output.sort(cmp);
      else if (keys.length > 1) {
        const sorted = output.slice(output.length - keys.length).sort(cmp);
        output.splice(output.length - keys.length, keys.length, ...sorted);
      }
    }
    return reduceToSingleString(ctx, output, base, braces, extras, recurseTimes, v);
  }
  function formatError(ctx, err, keys) {
    const name = err.name != null ? String(err.name) : 'Error';
    const message = err.message != null ? String(err.message) : '';
    let stack = typeof err.stack === 'string' && err.stack ? err.stack.replace(/\s+$/, '') : Error.prototype.toString.call(err);
    // Keys the stack already shows are not listed again.
    for (const k of ['name', 'message', 'stack']) {
      const i = keys.indexOf(k);
      if (i >= 0 && (k === 'stack' || stack.includes(String(err[k])))) keys.splice(i, 1);
    }
    if ('cause' in err && !keys.includes('cause') && !(keys.length && ctx.showHidden)) keys.push('cause');
    if (!stack.includes(name) && name) stack = name + ': ' + message + (stack ? '\n' + stack : '');
    if (ctx.indentationLvl !== 0) stack = stack.replace(/\n/g, '\n' + ' '.repeat(ctx.indentationLvl));
    return stack;
  }
  function formatArrayBuffer(ctx, v) {
    const u8 = new Uint8Array(v);
    const n = Math.min(ctx.maxArrayLength, u8.length);
    let hex = '';
    for (let i = 0; i < n; i++) hex += (i ? ' ' : '') + (u8[i] < 16 ? '0' : '') + u8[i].toString(16);
    const rest = u8.length - n;
    if (rest > 0) hex += ' ... ' + rest + ' more byte' + (rest > 1 ? 's' : '');
    return ['[Uint8Contents]: <' + hex + '>'];
  }
  function moreItems(n) { return '... ' + n + ' more item' + (n > 1 ? 's' : ''); }
  function formatArray(ctx, v, recurseTimes) {
    const len = Math.min(Math.max(0, ctx.maxArrayLength), v.length);
    const output = [];
    for (let i = 0; i < len; i++) {
      if (!Object.prototype.hasOwnProperty.call(v, i)) return formatSparseArray(ctx, v, recurseTimes, len, output, i);
      output.push(formatProperty(ctx, v, recurseTimes, i, ARRAY));
    }
    if (v.length > len) output.push(moreItems(v.length - len));
    return output;
  }
  function formatSparseArray(ctx, v, recurseTimes, maxLength, output, i) {
    const keys = Object.keys(v);
    let index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      const key = keys[i];
      const n = +key;
      if (n > 2 ** 32 - 2) break;
      if (String(index) !== key) {
        if (!/^\d+$/.test(key)) break;
        const empty = n - index;
        output.push('<' + empty + ' empty item' + (empty > 1 ? 's' : '') + '>');
        index = n;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, v, recurseTimes, key, ARRAY));
      index++;
    }
    const rest = v.length - index;
    if (output.length !== maxLength) {
      if (rest > 0) output.push('<' + rest + ' empty item' + (rest > 1 ? 's' : '') + '>');
    } else if (rest > 0) output.push(moreItems(rest));
    return output;
  }
  function formatTypedArray(ctx, v) {
    const n = Math.min(Math.max(0, ctx.maxArrayLength), v.length);
    const output = [];
    for (let i = 0; i < n; i++) output.push(typeof v[i] === 'bigint' ? v[i] + 'n' : formatNumber(v[i]));
    if (v.length > n) output.push(moreItems(v.length - n));
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      for (const k of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) output.push('[' + k + ']: ' + formatValue(ctx, v[k], ctx.currentDepth, true));
      ctx.indentationLvl -= 2;
    }
    return output;
  }
  function formatSet(ctx, v, recurseTimes) {
    const n = Math.min(Math.max(0, ctx.maxArrayLength), v.size);
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const x of v) { if (i++ >= n) break; output.push(formatValue(ctx, x, recurseTimes)); }
    if (v.size > n) output.push(moreItems(v.size - n));
    ctx.indentationLvl -= 2;
    return output;
  }
  function formatMap(ctx, v, recurseTimes) {
    const n = Math.min(Math.max(0, ctx.maxArrayLength), v.size);
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const [k, x] of v) { if (i++ >= n) break; output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, x, recurseTimes)); }
    if (v.size > n) output.push(moreItems(v.size - n));
    ctx.indentationLvl -= 2;
    return output;
  }
  function formatProperty(ctx, v, recurseTimes, key, type) {
    let str;
    const desc = Object.getOwnPropertyDescriptor(v, key) || { value: v[key], enumerable: true };
    if (desc.value !== undefined) {
      ctx.indentationLvl += 2;
      str = formatValue(ctx, desc.value, recurseTimes);
      ctx.indentationLvl -= 2;
    } else if (desc.get !== undefined) {
      const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      if (ctx.getters && (ctx.getters === true || (ctx.getters === 'get' && desc.set === undefined) || (ctx.getters === 'set' && desc.set !== undefined))) {
        try {
          const got = desc.get.call(v);
          ctx.indentationLvl += 2;
          if (got === null) str = '[' + label + ': null]';
          else if (typeof got === 'object') str = '[' + label + '] ' + formatValue(ctx, got, recurseTimes);
          else str = '[' + label + ': ' + formatPrimitive(ctx, got) + ']';
          ctx.indentationLvl -= 2;
        } catch (e) {
          str = '[' + label + ': <Inspection threw (' + e.message + ')>]';
        }
      } else str = '[' + label + ']';
    } else if (desc.set !== undefined) str = '[Setter]';
    else str = 'undefined';
    if (type === ARRAY) return str;
    let name;
    if (typeof key === 'symbol') name = '[' + key.toString() + ']';
    else if (key === '__proto__') name = "['__proto__']";
    else if (desc.enumerable === false) name = '[' + key + ']';
    else if (keyRe.test(key)) name = key;
    else name = strEscape(key);
    return name + ': ' + str;
  }
  function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (const s of output) {
      total += s.length;
      if (total > ctx.breakLength) return false;
    }
    return base === '' || base.indexOf('\n') < 0;
  }
  function reduceToSingleString(ctx, output, base, braces, extras, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extras === ARRAY_EXTRAS && entries > 6) output = groupArrayElements(ctx, output, value);
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = output.join(', ');
            if (joined.indexOf('\n') < 0) return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
          }
        }
      }
      const indentation = '\n' + ' '.repeat(ctx.indentationLvl);
      return (base ? base + ' ' : '') + braces[0] + indentation + '  ' + output.join(',' + indentation + '  ') + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base)) return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
    const indentation = ' '.repeat(ctx.indentationLvl);
    const ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + indentation + '  ';
    return braces[0] + ln + output.join(',\n' + indentation + '  ') + ' ' + braces[1];
  }
  // groupArrayElements lays out many short array items in aligned columns,
  // about as wide as tall (counting a character 2.5 times as high as wide),
  // at most 15 columns and within breakLength.
  function groupArrayElements(ctx, output, value) {
    let total = 0, maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--; // not the "... more items" entry
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
      const len = output[i].length;
      dataLen[i] = len;
      total += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (total / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - total / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15);
      if (columns <= 1) return output;
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineMax = 0;
        for (let j = i; j < output.length; j += columns) if (dataLen[j] > lineMax) lineMax = dataLen[j];
        maxLineLength.push(lineMax + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { padStart = false; break; }
        }
      }
      const tmp = [];
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let str = '';
        let j = i;
        for (; j < max - 1; j++) {
          const cell = output[j] + ', ';
          str += padStart ? cell.padStart(maxLineLength[j - i], ' ') : cell.padEnd(maxLineLength[j - i], ' ');
        }
        str += padStart ? output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ') : output[j];
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }
  // hasBuiltInToString: %s prints objects that define their own toString
  // with it, others inspected.
  function hasBuiltInToString(v) {
    if (typeof v.toString !== 'function') return true;
    if (Object.prototype.hasOwnProperty.call(v, 'toString')) return false;
    let p = v;
    do { p = Object.getPrototypeOf(p); } while (p !== null && !Object.prototype.hasOwnProperty.call(p, 'toString'));
    if (p === null) return true;
    const d = Object.getOwnPropertyDescriptor(p, 'constructor');
    return d !== undefined && typeof d.value === 'function' && BUILTIN_CTORS.has(d.value);
  }
  const BUILTIN_CTORS = new Set([Object, Error, Array, Function, RegExp, Date, Map, Set, Promise, Number, Boolean, String, Symbol, ArrayBuffer, DataView,
    TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, Float32Array, Float64Array]);
  function format(...args) { return formatWithOptions(undefined, ...args); }
  function formatWithOptions(opts, ...args) {
    const first = args[0];
    let a = 0, str = '', join = '';
    const ins = (v, extra) => inspect(v, Object.assign({}, opts, extra));
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let lastPos = 0, temp;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) !== 37) continue; // '%'
        const c = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (c) {
            case 115: { // s
              const arg = args[++a];
              if (typeof arg === 'number') temp = formatNumber(arg);
              else if (typeof arg === 'bigint') temp = arg + 'n';
              else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) temp = String(arg);
              else temp = ins(arg, { depth: 0, colors: false, compact: 3 });
              break;
            }
            case 106: // j
              try { temp = JSON.stringify(args[++a]); } catch (e) {
                if (e instanceof TypeError && /circular/i.test(e.message)) temp = '[Circular]'; else throw e;
              }
              if (temp === undefined) temp = 'undefined';
              break;
            case 100: { // d
              const n = args[++a];
              temp = typeof n === 'bigint' ? n + 'n' : typeof n === 'symbol' ? 'NaN' : formatNumber(Number(n));
              break;
            }
            case 79: temp = ins(args[++a]); break; // O
            case 111: temp = ins(args[++a], { showHidden: true, showProxy: true, depth: 4 }); break; // o
            case 105: { // i
              const n = args[++a];
              temp = typeof n === 'bigint' ? n + 'n' : typeof n === 'symbol' ? 'NaN' : formatNumber(parseInt(n));
              break;
            }
            case 102: { // f
              const n = args[++a];
              temp = typeof n === 'symbol' ? 'NaN' : formatNumber(parseFloat(n));
              break;
            }
            case 99: a += 1; temp = ''; break; // c
            case 37: str += first.slice(lastPos, i); lastPos = i + 1; continue; // %%
            default: continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += temp;
          lastPos = i + 1;
        } else if (c === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    while (a < args.length) {
      const v = args[a];
      str += join + (typeof v !== 'string' ? ins(v) : v);
      join = ' ';
      a++;
    }
    return str;
  }

  // How the prelude's classes print: their public state, as Node shows its
  // own, not the fields they keep it in.
  {
    const shell = (cls, fields) => {
      const o = Object.create(cls.prototype, { [customInspect]: { value: undefined } });
      for (const k of Object.keys(fields)) Object.defineProperty(o, k, { value: fields[k], enumerable: true, writable: true, configurable: true });
      return o;
    };
    const define = (cls, fn) => Object.defineProperty(cls.prototype, customInspect, { value: fn, writable: true, configurable: true });
    const streamShell = (b) => (b instanceof ReadableStream ? b : shell(ReadableStream, { locked: false, state: 'readable', supportsBYOB: false }));
    define(URL, function () {
      return shell(URL, { href: this.href, origin: this.origin, protocol: this.protocol, username: this.username, password: this.password, host: this.host,
        hostname: this.hostname, port: this.port, pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash });
    });
    define(URLSearchParams, function (depth, opts) {
      const items = this[LIST].map(([k, v]) => strEscape(k) + ' => ' + strEscape(v));
      return items.length ? 'URLSearchParams { ' + items.join(', ') + ' }' : 'URLSearchParams {}';
    });
    define(Headers, function () {
      const fields = {};
      for (const [k, v] of this) fields[k] = v;
      return shell(Headers, fields);
    });
    define(Response, function () {
      return shell(Response, { status: this.status, statusText: this.statusText, headers: this.headers, body: this._body === null ? null : streamShell(this._body),
        bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url });
    });
    define(Request, function () {
      return shell(Request, { method: this.method, url: this.url, headers: this.headers, destination: this.destination, referrer: this.referrer,
        referrerPolicy: this.referrerPolicy, mode: this.mode, credentials: this.credentials, cache: this.cache, redirect: this.redirect,
        integrity: this.integrity, keepalive: this.keepalive, isReloadNavigation: false, isHistoryNavigation: false, signal: this.signal });
    });
    define(AbortSignal, function () { return shell(AbortSignal, { aborted: this.aborted }); });
    define(AbortController, function () { return shell(AbortController, { signal: this.signal }); });
    define(ReadableStream, function () { return shell(ReadableStream, { locked: this.locked, state: this._state, supportsBYOB: false }); });
    define(WritableStream, function () { return shell(WritableStream, { locked: this.locked, state: this._state }); });
    define(TransformStream, function () { return shell(TransformStream, { readable: this.readable, writable: this.writable }); });
    define(Blob, function () { return shell(Blob, { size: this.size, type: this.type }); });
    define(File, function () { return shell(File, { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified }); });
    define(FormData, function () {
      const fields = {};
      for (let i = 0, l = this._list; i < l.length; i += 2) { const k = l[i], v = l[i + 1]; fields[k] = Object.prototype.hasOwnProperty.call(fields, k) ? [].concat(fields[k], v) : v; }
      return shell(FormData, fields);
    });
    define(Buffer, function () {
      const n = Math.min(50, this.length);
      let hex = '';
      for (let i = 0; i < n; i++) hex += ' ' + (this[i] < 16 ? '0' : '') + this[i].toString(16);
      const rest = this.length - n;
      return '<Buffer' + (hex || ' ') + (rest > 0 ? ' ... ' + rest + ' more byte' + (rest > 1 ? 's' : '') : '') + '>';
    });
  }

