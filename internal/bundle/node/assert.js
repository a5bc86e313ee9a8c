import { isDeepStrictEqual, inspect } from 'node:util';
export class AssertionError extends Error {
  constructor(o) { super(o.message); this.name = 'AssertionError'; this.code = 'ERR_ASSERTION'; this.actual = o.actual; this.expected = o.expected; this.operator = o.operator; this.generatedMessage = !o.userMessage; }
}
function fail(actual, expected, message, operator, dflt) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message || dflt, actual, expected, operator, userMessage: !!message });
}
export function ok(v, m) { if (!v) fail(v, true, m, '==', 'The expression evaluated to a falsy value:\n\n  assert.ok(' + inspect(v) + ')\n'); }
export function equal(a, b, m) { if (!(a == b || (a !== a && b !== b))) fail(a, b, m, '==', inspect(a) + ' == ' + inspect(b)); }
export function notEqual(a, b, m) { if (a == b) fail(a, b, m, '!=', inspect(a) + ' != ' + inspect(b)); }
export function strictEqual(a, b, m) { if (!Object.is(a, b)) fail(a, b, m, 'strictEqual', 'Expected values to be strictly equal:\n\n' + inspect(a) + ' !== ' + inspect(b) + '\n'); }
export function notStrictEqual(a, b, m) { if (Object.is(a, b)) fail(a, b, m, 'notStrictEqual', 'Expected "actual" to be strictly unequal to: ' + inspect(b)); }
export function deepStrictEqual(a, b, m) { if (!isDeepStrictEqual(a, b)) fail(a, b, m, 'deepStrictEqual', 'Expected values to be strictly deep-equal:\n' + inspect(a) + '\n\nshould equal\n\n' + inspect(b)); }
export const deepEqual = deepStrictEqual;
export function notDeepStrictEqual(a, b, m) { if (isDeepStrictEqual(a, b)) fail(a, b, m, 'notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to: ' + inspect(b)); }
function matches(e, expected) {
  if (expected === undefined) return true;
  if (typeof expected === 'function') return expected.prototype !== undefined && e instanceof expected ? true : expected.prototype === undefined ? expected(e) === true : false;
  if (expected instanceof RegExp) return expected.test(String(e && e.message !== undefined ? e.message : e));
  return Object.keys(expected).every((k) => (expected[k] instanceof RegExp ? expected[k].test(e[k]) : isDeepStrictEqual(e[k], expected[k])));
}
export function throws(fn, expected, m) {
  try { fn(); } catch (e) { if (!matches(e, expected)) throw e; return; }
  fail(undefined, expected, typeof expected === 'string' ? expected : m, 'throws', 'Missing expected exception.');
}
export async function rejects(p, expected, m) {
  try { await (typeof p === 'function' ? p() : p); } catch (e) { if (!matches(e, expected)) throw e; return; }
  fail(undefined, expected, m, 'rejects', 'Missing expected rejection.');
}
export function match(s, re, m) { if (!re.test(s)) fail(s, re, m, 'match', 'The input did not match the regular expression ' + re + '. Input:\n\n' + inspect(s) + '\n'); }
function failFn(m) { fail(undefined, undefined, m || 'Failed', 'fail', 'Failed'); }
export { failFn as fail };
function assert(v, m) { ok(v, m); }
Object.assign(assert, { ok, equal, notEqual, strictEqual, notStrictEqual, deepEqual, deepStrictEqual, notDeepStrictEqual, throws, rejects, match, fail: failFn, AssertionError });
assert.strict = assert;
export default assert;
