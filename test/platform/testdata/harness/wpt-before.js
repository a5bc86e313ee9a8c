// wpt-before.js runs before WPT's testharness.js, in Comet and in Node
// alike (see wpt_test.go). It gives the shell what a WPT worker has and a
// JavaScript runtime may not: `self`, `location`, `GLOBAL`, the test's title, and fetch() of the
// test's own resource files (resources/*.json), which are served from
// globalThis.__wptFiles instead of an HTTP server. Every other URL goes to
// the runtime's own fetch.
(function () {
  var g = globalThis;
  if (typeof g.self === 'undefined') g.self = g;
  g.META_TITLE = g.__wptTest;
  // A worker's location; common/subset-tests*.js read its query, which
  // picks the variant (the part of the subtests) to run.
  if (typeof g.location === 'undefined') {
    var search = g.__wptVariant || '';
    g.location = { href: 'http://web-platform.test/' + g.__wptTest + search, protocol: 'http:', host: 'web-platform.test', hostname: 'web-platform.test', port: '', pathname: '/' + g.__wptTest, search: search, hash: '', origin: 'http://web-platform.test' };
  }
  // What WPT's worker wrapper of an .any.js test defines.
  if (typeof g.GLOBAL === 'undefined') {
    g.GLOBAL = { isWindow: function () { return false; }, isWorker: function () { return true; }, isShadowRealm: function () { return false; } };
  }
  var files = g.__wptFiles || {};
  var dir = g.__wptTest.slice(0, g.__wptTest.lastIndexOf('/') + 1);
  var runtimeFetch = g.fetch;
  function resolve(rel) {
    var parts = (rel.charAt(0) === '/' ? '' : dir).split('/').concat(rel.split('/'));
    var out = [];
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i];
      if (p === '' || p === '.') continue;
      if (p === '..') out.pop(); else out.push(p);
    }
    return out.join('/');
  }
  g.fetch = function (input, init) {
    if (typeof input === 'string' && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(input)) {
      var path = resolve(input.split(/[?#]/)[0]);
      if (Object.prototype.hasOwnProperty.call(files, path)) {
        var type = /\.json$/.test(path) ? 'application/json' : 'text/plain';
        return Promise.resolve(new Response(files[path], { headers: { 'content-type': type } }));
      }
      return Promise.reject(new TypeError('wpt: no file ' + path + ' in the vendored subset'));
    }
    return runtimeFetch.apply(this, arguments);
  };
  // fetch_json is newer testharness.js's helper; the vendored one lacks it.
  if (typeof g.fetch_json === 'undefined') {
    g.fetch_json = function (resource) {
      return g.fetch(resource).then(function (r) { return r.json(); });
    };
  }
})();
