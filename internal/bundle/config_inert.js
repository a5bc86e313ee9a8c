// The stand-in world of a config file. A config imports packages Comet
// never uses (integrations, Vite plugins, image tools): each becomes an
// inert value instead of being bundled, so nothing in node_modules is ever
// loaded. An inert value can be called, constructed, awaited, iterated and
// read at any depth; every result is again inert and remembers where it
// came from ("@astrojs/sitemap", "vite.loadEnv().SITE"), so a key Comet
// reads can say which package it would have needed.
//
// This file is the bundle's banner: it defines __cometInert (used by the
// stand-in modules) and __cometReadConfig (called by Go on the default
// export).
var __cometInert, __cometReadConfig;
(() => {
  const origins = new WeakMap();
  const make = (pkg, path) => {
    const target = function () {};
    let proto;
    const self = new Proxy(target, {
      get(t, key) {
        switch (key) {
          case Symbol.toPrimitive: return (hint) => (hint === 'number' ? NaN : '');
          case Symbol.iterator: return function* () {};
          case 'then': case '__esModule': case 'toJSON': return undefined;
          case 'toString': return () => '';
          case 'valueOf': return () => self;
          case 'length': return 0;
          case 'name': return path;
        }
        if (typeof key === 'symbol') return undefined;
        return make(pkg, path + '.' + key);
      },
      has: () => false,
      set: () => true,
      deleteProperty: () => true,
      apply: () => make(pkg, path + '()'),
      construct: () => make(pkg, 'new ' + path + '()'),
      // esbuild's CommonJS interop copies a module's own keys into a fresh
      // object whose prototype is the module's prototype: named imports
      // are found through it.
      getPrototypeOf: () => proto || (proto = new Proxy({}, { get: (_, key) => (typeof key === 'symbol' || key === 'then' ? undefined : make(pkg, path + '.' + key)) })),
    });
    origins.set(self, { pkg, path });
    return self;
  };
  __cometInert = (pkg) => make(pkg, pkg);

  // plain turns the config into JSON-like data for Go: inert values become
  // { $inert: origin }, functions null, URLs their href.
  const plain = (v, depth, seen) => {
    if (v === null || v === undefined) return null;
    const o = origins.get(v);
    if (o) return { $inert: o.path, $package: o.pkg };
    switch (typeof v) {
      case 'string': case 'number': case 'boolean': return v;
      case 'bigint': return Number(v);
      case 'function': case 'symbol': return null;
    }
    if (depth > 12 || seen.has(v)) return null;
    if (v instanceof URL) return v.href;
    if (v instanceof RegExp || v instanceof Date) return String(v);
    seen.add(v);
    let out;
    if (Array.isArray(v)) out = v.map((e) => plain(e, depth + 1, seen));
    else {
      out = {};
      for (const k of Object.keys(v)) out[k] = plain(v[k], depth + 1, seen);
    }
    seen.delete(v);
    return out;
  };
  // integrationName: what the warning calls an integration.
  const integrationName = (i) => {
    const o = origins.get(i);
    if (o) return o.pkg;
    if (i && typeof i === 'object' && typeof i.name === 'string') return i.name;
    return '';
  };
  __cometReadConfig = (cfg) => {
    if (cfg === null || cfg === undefined) return { config: {}, integrations: [] };
    const integrations = [];
    const list = cfg && typeof cfg === 'object' && !origins.has(cfg) ? cfg.integrations : undefined;
    const walk = (x) => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x) integrations.push(integrationName(x));
    };
    if (Array.isArray(list)) walk(list);
    const config = plain(cfg, 0, new Set());
    // env.schema's key order is the order Astro validates and reports in.
    const schema = cfg.env && cfg.env.schema;
    if (config.env && config.env.schema && schema && typeof schema === 'object') config.env.$schemaOrder = Object.keys(schema);
    return { config, integrations };
  };
  globalThis.__cometReadConfig = __cometReadConfig;
})();
