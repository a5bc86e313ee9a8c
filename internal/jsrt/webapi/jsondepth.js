// JSON.parse with a bounded nesting depth (jsondepth.go says why). The
// method shorthand keeps the built-in's shape: name "parse", length 2, no
// prototype, not a constructor.
(function (tooDeep, max) {
  'use strict';
  const parse = JSON.parse;
  const guarded = {
    parse(text, reviver) {
      const s = `${text}`;
      if (tooDeep(s)) {
        throw new SyntaxError(`JSON nests deeper than ${max} levels`);
      }
      return arguments.length < 2 ? parse(s) : parse(s, reviver);
    },
  }.parse;
  Object.defineProperty(JSON, 'parse', { value: guarded, writable: true, enumerable: false, configurable: true });
})
