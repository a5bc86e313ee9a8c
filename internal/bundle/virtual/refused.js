// The module a Node built-in Comet does not provide becomes when a package
// imports it. internal/bundle/node.go prepends `const builtin = "name";`
// and appends one export per name Node's module has (virtual/node-exports.json),
// so imports link, `class X extends Transform {}` evaluates and packages
// load; only calling or constructing a stand-in throws, naming the member
// and the built-in.
const stubs = new Map();
function fail(path) {
  const e = new Error('the Node built-in "' + builtin + '" is not available in Comet (' + path + ' was used)');
  e.code = 'ERR_COMET_UNSUPPORTED';
  throw e;
}
const passThrough = new Set(['then', 'toJSON', '__esModule', 'constructor', 'inspect', 'asymmetricMatch', '$$typeof', 'nodeType']);
// stub is a function that throws when called or constructed; its
// properties are stubs too (Readable.from), created once per path.
function stub(path, value) {
  let s = stubs.get(path);
  if (s) return s;
  const target = value ? {} : { [path.split('.').pop()]: function () { fail(path); } }[path.split('.').pop()];
  s = new Proxy(target, {
    get(t, k, r) {
      if (typeof k === 'symbol' || k in t || passThrough.has(k)) return Reflect.get(t, k, r);
      return stub(path + '.' + k);
    },
  });
  stubs.set(path, s);
  return s;
}
