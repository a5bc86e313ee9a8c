// gen.mjs writes virtual/node-exports.json: the export names of each of
// Node 20's built-in modules, read from Node itself, so that a built-in
// Comet refuses still offers Node's own names (internal/bundle/node.go) and
// `import { Readable } from 'stream'` links.
//
//	cd internal/bundle && node exportsgen/gen.mjs > virtual/node-exports.json
//
// (or `go generate ./internal/bundle`). Each name maps to "function" (a
// function or class: the stand-in can be called, constructed and extended)
// or "value" (anything else); "default" says what the module itself is
// (require('stream') is a function, require('net') an object).
import { builtinModules, createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const out = {};
for (const name of builtinModules.filter((n) => !n.startsWith('_')).sort()) {
  let mod;
  try { mod = require(name); } catch { continue; }
  const names = { default: typeof mod === 'function' ? 'function' : 'value' };
  for (const k of Object.keys(mod).sort()) {
    if (k === 'default' || !/^[A-Za-z_$][\w$]*$/.test(k)) continue;
    names[k] = typeof mod[k] === 'function' ? 'function' : 'value';
  }
  out[name] = names;
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
