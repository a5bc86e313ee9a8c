// The WebAssembly namespace of the JS API (https://webassembly.github.io/spec/js-api/)
// over Comet's Go natives (`n`, see wasm.go): classes, argument checks and
// the error messages are here; compiling, linking and calling are in Go.
(function (n) {
  'use strict';
  const G = globalThis;
  const H = new WeakMap(); // JS object → Go handle

  function makeError(name) {
    const E = class extends Error {
      constructor(message) {
        super(message);
      }
    };
    Object.defineProperty(E, 'name', { value: name });
    Object.defineProperty(E.prototype, 'name', { value: name, writable: true, configurable: true, enumerable: false });
    return E;
  }
  const CompileError = makeError('CompileError');
  const LinkError = makeError('LinkError');
  const RuntimeError = makeError('RuntimeError');

  function bytesOf(src, where) {
    if (src instanceof ArrayBuffer) return new Uint8Array(src);
    if (ArrayBuffer.isView(src)) return new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
    throw new TypeError(where + ': Argument 0 must be a buffer source');
  }
  function handleOf(o, cls, where) {
    const h = o !== null && typeof o === 'object' ? H.get(o) : undefined;
    if (h === undefined || !(o instanceof cls)) throw new TypeError(where + ': Receiver is not a ' + cls.name);
    return h;
  }
  function wrap(cls, h) {
    const o = Object.create(cls.prototype);
    H.set(o, h);
    return o;
  }

  class Module {
    constructor(bytes) {
      if (new.target === undefined) throw new TypeError("WebAssembly.Module must be invoked with 'new'");
      const u8 = bytesOf(bytes, 'WebAssembly.Module()');
      try {
        H.set(this, n.compile(u8.buffer, u8.byteOffset, u8.byteLength));
      } catch (e) {
        if (e instanceof CompileError) e.message = 'WebAssembly.Module(): ' + e.message;
        throw e;
      }
    }
    static exports(m) { return n.describe(handleOf(m, Module, 'WebAssembly.Module.exports()'), 'exports'); }
    static imports(m) { return n.describe(handleOf(m, Module, 'WebAssembly.Module.imports()'), 'imports'); }
    static customSections(m, name) {
      const h = handleOf(m, Module, 'WebAssembly.Module.customSections()');
      if (name === undefined) throw new TypeError('WebAssembly.Module.customSections(): Argument 1 is required');
      return n.customSections(h, String(name));
    }
  }
  Object.defineProperty(Module.prototype, Symbol.toStringTag, { value: 'WebAssembly.Module', configurable: true });

  // resolveImports reads each import of module h from importObject, as
  // the JS API's "read the imports" step does, with V8's messages.
  function resolveImports(h, importObject, where) {
    const list = n.describe(h, 'imports');
    if (list.length > 0 && (importObject === undefined || importObject === null || typeof importObject !== 'object' && typeof importObject !== 'function')) {
      throw new TypeError(where + ': Imports argument must be present and must be an object');
    }
    const vals = [];
    list.forEach((im, i) => {
      const ns = importObject[im.module];
      if (ns === null || typeof ns !== 'object' && typeof ns !== 'function') {
        throw new TypeError(`${where}: Import #${i} "${im.module}": module is not an object or function`);
      }
      const v = ns[im.name];
      const at = `${where}: Import #${i} "${im.module}" "${im.name}"`;
      switch (im.kind) {
        case 'function':
          if (typeof v !== 'function') throw new LinkError(at + ': function import requires a callable');
          vals.push(v);
          break;
        case 'memory':
          if (!(v instanceof Memory)) throw new LinkError(at + ': memory import must be a WebAssembly.Memory object');
          vals.push(H.get(v));
          break;
        case 'table':
          if (!(v instanceof Table)) throw new LinkError(at + ': table import requires a WebAssembly.Table');
          vals.push(H.get(v));
          break;
        case 'global':
          if (v instanceof Global) vals.push(H.get(v));
          else if (typeof v === 'number' || typeof v === 'bigint') vals.push(v);
          else throw new LinkError(at + ': global import must be a number, valid Wasm reference, or WebAssembly.Global object');
          break;
        default:
          throw new LinkError(at + ': ' + im.kind + ' imports are not supported');
      }
    });
    return vals;
  }

  function link(instance, module, importObject, where) {
    const h = handleOf(module, Module, where);
    const vals = resolveImports(h, importObject, where);
    const exports = Object.create(null);
    for (const [name, value] of n.instantiate(h, vals)) exports[name] = value;
    Object.freeze(exports);
    Object.defineProperty(instance, 'exports', { value: exports, enumerable: true, configurable: true });
    return instance;
  }

  class Instance {
    constructor(module, importObject) {
      if (new.target === undefined) throw new TypeError("WebAssembly.Instance must be invoked with 'new'");
      link(this, module, importObject, 'WebAssembly.Instance()');
    }
  }
  Object.defineProperty(Instance.prototype, Symbol.toStringTag, { value: 'WebAssembly.Instance', configurable: true });

  function pages(v, what, where) {
    const x = Number(v);
    if (!Number.isFinite(x) || x < 0 || x > 65536) throw new TypeError(`${where}: Property '${what}': value ${v} is above the upper bound 65536`);
    return Math.trunc(x);
  }

  const sharedMemories = new WeakSet();
  class Memory {
    constructor(desc) {
      if (new.target === undefined) throw new TypeError("WebAssembly.Memory must be invoked with 'new'");
      const where = 'WebAssembly.Memory()';
      if (desc === null || typeof desc !== 'object') throw new TypeError(where + ': Argument 0 must be a memory descriptor');
      if (desc.initial === undefined && desc.minimum === undefined) throw new TypeError(where + ": Property 'initial' is required");
      const initial = pages(desc.initial !== undefined ? desc.initial : desc.minimum, 'initial', where);
      const maximum = desc.maximum === undefined ? undefined : pages(desc.maximum, 'maximum', where);
      if (maximum !== undefined && maximum < initial) throw new RangeError(`${where}: Property 'maximum': value ${maximum} is below the lower bound ${initial}`);
      if (desc.shared && maximum === undefined) throw new TypeError(where + ': If shared is true, maximum property should be defined.');
      H.set(this, n.memoryNew(initial, maximum, !!desc.shared));
      if (desc.shared) sharedMemories.add(this);
    }
    get buffer() {
      const b = n.memoryBuffer(handleOf(this, Memory, 'WebAssembly.Memory.buffer'));
      // A shared memory's buffer is a SharedArrayBuffer (sharedmemory.js
      // in package webapi gives goja one).
      if (sharedMemories.has(this) && typeof G.SharedArrayBuffer === 'function' && Object.getPrototypeOf(b) !== G.SharedArrayBuffer.prototype) Object.setPrototypeOf(b, G.SharedArrayBuffer.prototype);
      return b;
    }
    grow(delta) { return n.memoryGrow(handleOf(this, Memory, 'WebAssembly.Memory.grow()'), delta); }
  }
  Object.defineProperty(Memory.prototype, Symbol.toStringTag, { value: 'WebAssembly.Memory', configurable: true });

  class Table {
    constructor(desc, value) {
      if (new.target === undefined) throw new TypeError("WebAssembly.Table must be invoked with 'new'");
      const where = 'WebAssembly.Table()';
      if (desc === null || typeof desc !== 'object') throw new TypeError(where + ': Argument 0 must be a table descriptor');
      const element = String(desc.element);
      if (element !== 'anyfunc' && element !== 'funcref' && element !== 'externref') {
        throw new TypeError(where + ": Descriptor property 'element' must be a WebAssembly reference type");
      }
      const initial = Math.trunc(Number(desc.initial !== undefined ? desc.initial : desc.minimum)) || 0;
      const maximum = desc.maximum === undefined ? undefined : Math.trunc(Number(desc.maximum));
      if (maximum !== undefined && maximum < initial) throw new RangeError(`${where}: Property 'maximum': value ${maximum} is below the lower bound ${initial}`);
      const h = n.tableNew(element, initial, maximum);
      H.set(this, h);
      if (value !== undefined && value !== null) for (let i = 0; i < initial; i++) n.tableSet(h, i, value, where);
    }
    get length() { return n.tableLength(handleOf(this, Table, 'WebAssembly.Table.length')); }
    get(i) {
      const h = handleOf(this, Table, 'WebAssembly.Table.get()');
      const idx = tableIndex(i, 'WebAssembly.Table.get()');
      const size = n.tableLength(h);
      if (idx >= size) throw new RangeError(`WebAssembly.Table.get(): invalid address ${idx} in ${this.type === 'externref' ? 'externref' : 'funcref'} table of size ${size}`);
      return n.tableGet(h, idx);
    }
    // set and grow store null or a function exported by wasm (table.go in
    // Go: wazero's API has no table writes, generated wasm does them).
    set(i, value) {
      const h = handleOf(this, Table, 'WebAssembly.Table.set()');
      n.tableSet(h, tableIndex(i, 'WebAssembly.Table.set()'), value === undefined ? null : value, 'WebAssembly.Table.set()');
    }
    grow(delta, value) {
      const h = handleOf(this, Table, 'WebAssembly.Table.grow()');
      return n.tableGrow(h, tableIndex(delta, 'WebAssembly.Table.grow()'), value === undefined ? null : value);
    }
  }
  function tableIndex(v, where) {
    const x = Number(v);
    if (!(x >= 0 && x < 4294967296)) throw new TypeError(where + ': Argument 0 must be convertible to a valid number');
    return Math.trunc(x);
  }
  Object.defineProperty(Table.prototype, Symbol.toStringTag, { value: 'WebAssembly.Table', configurable: true });

  class Global {
    constructor(desc, value) {
      if (new.target === undefined) throw new TypeError("WebAssembly.Global must be invoked with 'new'");
      if (desc === null || typeof desc !== 'object') throw new TypeError('WebAssembly.Global(): Argument 0 must be a global descriptor');
      const type = String(desc.value);
      if (value === undefined) value = type === 'i64' ? 0n : 0;
      H.set(this, n.globalNew(type, !!desc.mutable, value));
    }
    get value() { return n.globalGet(handleOf(this, Global, 'get WebAssembly.Global.value')); }
    set value(v) { n.globalSet(handleOf(this, Global, 'set WebAssembly.Global.value'), v); }
    valueOf() { return this.value; }
  }
  Object.defineProperty(Global.prototype, Symbol.toStringTag, { value: 'WebAssembly.Global', configurable: true });

  function compileAsync(bytes, where) {
    let u8;
    try {
      u8 = bytesOf(bytes, where);
    } catch (e) {
      return Promise.reject(e);
    }
    return new Promise((resolve, reject) => {
      n.compileAsync(u8.buffer, u8.byteOffset, u8.byteLength, (err, h) => {
        if (err !== null) reject(new CompileError(where + ': ' + err));
        else resolve(wrap(Module, h));
      });
    });
  }

  function instantiateModule(module, importObject) {
    return new Promise((resolve) => resolve(link(Object.create(Instance.prototype), module, importObject, 'WebAssembly.instantiate()')));
  }

  async function responseBytes(source, where) {
    const res = await source;
    if (!(res instanceof G.Response)) throw new TypeError(where + ': Argument 0 must be provided and must be a Response');
    if (!res.ok) throw new TypeError(where + ': HTTP status code is not ok');
    return res.arrayBuffer();
  }

  const WebAssembly = {
    Module, Instance, Memory, Table, Global, CompileError, LinkError, RuntimeError,
    validate(bytes) {
      const u8 = bytesOf(bytes, 'WebAssembly.validate()');
      return n.validate(u8.buffer, u8.byteOffset, u8.byteLength);
    },
    compile(bytes) { return compileAsync(bytes, 'WebAssembly.compile()'); },
    instantiate(source, importObject) {
      if (source instanceof Module) return instantiateModule(source, importObject);
      return compileAsync(source, 'WebAssembly.instantiate()').then((module) =>
        instantiateModule(module, importObject).then((instance) => ({ module, instance })));
    },
    async compileStreaming(source) {
      return compileAsync(await responseBytes(source, 'WebAssembly.compileStreaming()'), 'WebAssembly.compileStreaming()');
    },
    async instantiateStreaming(source, importObject) {
      const bytes = await responseBytes(source, 'WebAssembly.instantiateStreaming()');
      return WebAssembly.instantiate(bytes, importObject);
    },
  };
  Object.defineProperty(WebAssembly, Symbol.toStringTag, { value: 'WebAssembly', configurable: true });
  for (const k of Object.keys(WebAssembly)) Object.defineProperty(WebAssembly, k, { enumerable: false });
  Object.defineProperty(G, 'WebAssembly', { value: WebAssembly, writable: true, configurable: true, enumerable: false });

  // exported functions: a plain function with the wasm name and arity
  function exportFn(native, name, length) {
    const f = function () { return native.apply(undefined, arguments); };
    Object.defineProperty(f, 'name', { value: name });
    Object.defineProperty(f, 'length', { value: length });
    return f;
  }
  n.init(CompileError, LinkError, RuntimeError, exportFn,
    (h) => wrap(Memory, h), (h) => wrap(Global, h), (h) => wrap(Table, h));
  // The bundle's .wasm imports hand their bytes here (see internal/bundle).
  Object.defineProperty(G, '__cometWasmModule', { value: (b64) => new Module(G.Buffer.from(b64, 'base64')), enumerable: false });
  // Comet's own modules compile the WebAssembly Comet ships (embedded.go)
  // by name: the bytes stay in Go, out of the bundle.
  Object.defineProperty(G, '__cometEmbeddedWasm', {
    value: (name) => {
      const m = Object.create(Module.prototype);
      H.set(m, n.embedded(String(name)));
      return m;
    },
    enumerable: false,
  });
})
