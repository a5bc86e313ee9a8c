// cases.js: the WebAssembly cases of wasm_test.go. The test runs them in
// Comet and, when Node is on the machine, in Node, and compares; `basic`
// and `own` are the bytes of testdata/basic.wasm and testdata/own.wasm.
(function (basic, own) {
  const logged = [];
  function env(mem) {
    return {
      env: {
        log: (a, b, c, d) => { logged.push([a, String(b), c, d].join(' ')); return 42; },
        mem,
        g: 11,
        mg: new WebAssembly.Global({ value: 'f64', mutable: true }, 1.5),
      },
    };
  }
  const err = (e) => e.constructor.name + ': ' + (e instanceof WebAssembly.RuntimeError || e instanceof TypeError ? e.message : '');
  return {
    validate: async () => [WebAssembly.validate(basic), WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0]))].join(),
    describe: async () => {
      const m = new WebAssembly.Module(basic);
      return JSON.stringify([WebAssembly.Module.imports(m), WebAssembly.Module.exports(m)]);
    },
    customSections: async () => {
      const m = await WebAssembly.compile(basic);
      const cs = WebAssembly.Module.customSections(m, 'comet');
      return cs.length + ' ' + new TextDecoder().decode(cs[0]) + ' ' + WebAssembly.Module.customSections(m, 'none').length;
    },
    calls: async () => {
      const mem = new WebAssembly.Memory({ initial: 1, maximum: 3 });
      const { module, instance } = await WebAssembly.instantiate(basic, env(mem));
      const x = instance.exports;
      return [module instanceof WebAssembly.Module, instance instanceof WebAssembly.Instance, x.add(2, 3), x.add(2 ** 31, 1),
        x.callLog(), logged.join(';'), String(x.i64(-7n)), String(x.i64(2n ** 63n + 1n)), x.f32(0.1), x.getG(), x.pair().join('/'),
        x.add.length, typeof x.add.name, Object.keys(x).join(',')].join('|');
    },
    memory: async () => {
      const mem = new WebAssembly.Memory({ initial: 1, maximum: 3 });
      const { instance } = await WebAssembly.instantiate(basic, env(mem));
      const x = instance.exports;
      const before = mem.buffer;
      new Uint8Array(before)[5] = 77;
      x.store(6, 99);
      const out = [before.byteLength, x.load(5), new Uint8Array(mem.buffer)[6], mem.buffer === before];
      out.push(x.grow(1), before.byteLength, mem.buffer.byteLength, new Uint8Array(mem.buffer)[5]);
      const b2 = mem.buffer;
      out.push(mem.grow(1), b2.byteLength, mem.buffer.byteLength);
      try { mem.grow(1); } catch (e) { out.push(e.constructor.name); }
      return out.join(',');
    },
    ownMemory: async () => {
      const { instance } = await WebAssembly.instantiate(own);
      const m = instance.exports.memory;
      const s = new TextDecoder().decode(new Uint8Array(m.buffer, 0, 2));
      return [m instanceof WebAssembly.Memory, s, m.buffer.byteLength, instance.exports.size(), m.grow(2), instance.exports.size(), m.buffer.byteLength].join(',');
    },
    globals: async () => {
      const e = env(new WebAssembly.Memory({ initial: 1 }));
      const x = new WebAssembly.Instance(new WebAssembly.Module(basic), e).exports;
      x.bumpMg();
      x.bumpMg();
      const out = [e.env.mg.value, x.count instanceof WebAssembly.Global, x.count.value, typeof x.big.value, String(x.big.value)];
      x.count.value = 9;
      out.push(x.count.value);
      try { x.big.value = 1n; } catch (err) { out.push(err.constructor.name); }
      const g = new WebAssembly.Global({ value: 'i64' }, 3n);
      out.push(String(g.value), new WebAssembly.Global({ value: 'f32', mutable: true }, 0.1).value);
      return out.join(',');
    },
    table: async () => {
      const x = new WebAssembly.Instance(new WebAssembly.Module(basic), env(new WebAssembly.Memory({ initial: 1 }))).exports;
      const t = x.table;
      return [t instanceof WebAssembly.Table, t.length, t.get(0)(5, 3), t.get(1)(5, 3), x.indirect(1, 10, 4)].join(',');
    },
    // Table.grow and Table.set as Emscripten's addFunction uses them
    // (satori's harfbuzzjs): grow the table, wrap a JS function in a tiny
    // module that imports and re-exports it, store that, call it through
    // call_indirect.
    tableWrite: async () => {
      const x = new WebAssembly.Instance(new WebAssembly.Module(basic), env(new WebAssembly.Memory({ initial: 1 }))).exports;
      const t = x.table;
      const out = [t.length, t.grow(2), t.length, t.get(2)];
      t.set(2, x.add);
      out.push(x.indirect(2, 10, 4));
      const wrapper = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f, 2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0]);
      const cb = new WebAssembly.Instance(new WebAssembly.Module(wrapper), { e: { f: (a, b) => a * 100 + b } }).exports.f;
      t.set(3, cb);
      out.push(x.indirect(3, 10, 4), t.get(3)(1, 2));
      t.set(2, t.get(1));
      out.push(x.indirect(2, 10, 4));
      t.set(0);
      out.push(t.get(0));
      for (const f of [() => x.indirect(0, 1, 1), () => t.set(9, null), () => t.set(0, () => 1), () => t.get(4), () => new WebAssembly.Table({ element: 'anyfunc', initial: 1, maximum: 2 }).grow(5)]) {
        try { f(); out.push('no error'); } catch (e) { out.push(e.constructor.name); }
      }
      const own = new WebAssembly.Table({ element: 'anyfunc', initial: 1 });
      own.set(0, x.add);
      out.push(own.get(0)(2, 3), own.grow(1, cb), own.get(1)(2, 2), own.length);
      out.push(new WebAssembly.Table({ element: 'anyfunc', initial: 2 }, x.add).get(1)(1, 1));
      return out.join(',');
    },
    traps: async () => {
      const x = new WebAssembly.Instance(new WebAssembly.Module(basic), env(new WebAssembly.Memory({ initial: 1 }))).exports;
      const out = [];
      for (const f of [() => x.div(1, 0), () => x.trap(), () => x.load(70000), () => x.indirect(5, 1, 1)]) {
        try { f(); out.push('no error'); } catch (e) { out.push(err(e)); }
      }
      return out.join('; ');
    },
    jsThrowsThroughWasm: async () => {
      const e = env(new WebAssembly.Memory({ initial: 1 }));
      const boom = new Error('from js');
      e.env.log = () => { throw boom; };
      const x = (await WebAssembly.instantiate(basic, e)).instance.exports;
      try { x.callLog(); } catch (got) { return String(got === boom); }
      return 'no error';
    },
    errors: async () => {
      const out = [];
      try { new WebAssembly.Module(new Uint8Array([1, 2, 3, 4])); } catch (e) { out.push(e instanceof WebAssembly.CompileError, e.name); }
      try { await WebAssembly.compile(new Uint8Array([1, 2, 3, 4])); } catch (e) { out.push(e instanceof WebAssembly.CompileError); }
      try { await WebAssembly.instantiate(basic); } catch (e) { out.push(err(e)); }
      try { await WebAssembly.instantiate(basic, { env: { log: 1 } }); } catch (e) { out.push(e instanceof WebAssembly.LinkError, e.name); }
      try { await WebAssembly.instantiate(basic, {}); } catch (e) { out.push(e.constructor.name); }
      try { await WebAssembly.compile('x'); } catch (e) { out.push(err(e)); }
      out.push(new WebAssembly.RuntimeError('x') instanceof Error, String(WebAssembly), Object.prototype.toString.call(new WebAssembly.Module(own)));
      return out.join(', ');
    },
    streaming: async () => {
      const res = new Response(own, { headers: { 'content-type': 'application/wasm' } });
      const { instance } = await WebAssembly.instantiateStreaming(res);
      const m = await WebAssembly.compileStreaming(Promise.resolve(new Response(own, { headers: { 'content-type': 'application/wasm' } })));
      return [instance.exports.size(), WebAssembly.Module.exports(m).length].join(',');
    },
  };
})
