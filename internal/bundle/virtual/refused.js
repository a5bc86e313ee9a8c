// The module a Node built-in Comet does not provide becomes when a package
// imports it (internal/bundle/node.go prepends `const builtin = "name";`):
// any use throws, naming the module.
const fail = () => { throw new Error('the Node built-in "' + builtin + '" is not available in Comet'); };
const stub = new Proxy(function () {}, { get: (_, k) => (k === '__esModule' ? false : k === Symbol.toPrimitive ? undefined : fail), apply: fail, construct: fail });
export default stub;
