// Comet's endpoint runtime: handler lookup, the APIContext, cookies,
// middleware and getStaticPaths validation. It runs in goja after the Web
// platform prelude and before the project's bundle. The APIContext is a
// Go-backed object (context.go) whose prototype is APIContext.prototype
// here; Go calls a handler it has found itself directly and comes here
// (callCtx) only for the first call of a route (its module is loaded),
// middleware, a POST when the project has actions, and results other
// than a Response. See endpoint.go.
(function () {
  'use strict';

  const HANDLER_NAMES = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ALL',
    'get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'options', 'all'];

  // CometError carries an Astro error name and a hint to Go (diag.Diagnostic).
  class CometError extends Error {
    constructor(name, message, hint) {
      super(message);
      this.name = name;
      this.hint = hint || '';
      this.cometError = true;
    }
  }

  function load(file) {
    const bundle = globalThis.__cometBundle;
    const loader = bundle && bundle.routes[file];
    if (!loader) throw new Error('comet: no module for ' + file);
    return loader();
  }

  let middlewarePromise;
  function loadMiddleware() {
    const bundle = globalThis.__cometBundle;
    if (!bundle || !bundle.middleware) return Promise.resolve(null);
    if (!middlewarePromise) {
      middlewarePromise = bundle.middleware().then((mod) => {
        if (typeof mod.onRequest !== 'function') {
          throw new CometError('MiddlewareNoOnRequest',
            'The middleware file does not export a function named `onRequest`.',
            'Export `onRequest` from src/middleware.ts, e.g. `export const onRequest = defineMiddleware(...)`.');
        }
        return mod.onRequest;
      });
    }
    return middlewarePromise;
  }

  // findHandler implements comet-semantics #1, #2 and #27: the exact
  // upper-case method, its lower-case form, `del` for DELETE, then ALL/all,
  // and for HEAD finally GET/get (the caller drops the body).
  function findHandler(mod, method) {
    const M = method.toUpperCase();
    const names = [M, M.toLowerCase()];
    if (M === 'DELETE') names.push('del');
    names.push('ALL', 'all');
    if (M === 'HEAD') names.push('GET', 'get');
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const h = mod[name];
      if (h === undefined) continue;
      if (typeof h !== 'function') {
        throw new CometError('EndpointHandlerNotAFunction',
          'The export `' + name + '` is not a function (it is ' + (h === null ? 'null' : typeof h) + ').',
          'Export a function: `export function ' + name + '(context) { return new Response(...) }`.');
      }
      return { name, fn: h };
    }
    return null;
  }

  function handlerNames(mod) {
    return HANDLER_NAMES.filter((n) => typeof mod[n] === 'function');
  }

  // Cookies follow Astro's AstroCookies: values are URI-encoded, objects are
  // JSON; serialisation order is the `cookie` package's.
  class AstroCookie {
    constructor(value) { this.value = value; }
    json() {
      if (this.value === undefined) throw new Error('Cannot convert undefined to an object.');
      return JSON.parse(this.value);
    }
    number() { return Number(this.value); }
    boolean() {
      if (this.value === 'false') return false;
      if (this.value === '0') return false;
      return Boolean(this.value);
    }
  }

  function serializeCookie(name, value, opts) {
    const enc = (opts && typeof opts.encode === 'function') ? opts.encode : encodeURIComponent;
    let s = name + '=' + enc(value);
    if (!opts) return s;
    if (opts.maxAge !== undefined && opts.maxAge !== null) s += '; Max-Age=' + Math.floor(opts.maxAge);
    if (opts.domain) s += '; Domain=' + opts.domain;
    if (opts.path) s += '; Path=' + opts.path;
    if (opts.expires) s += '; Expires=' + new Date(opts.expires).toUTCString();
    if (opts.httpOnly) s += '; HttpOnly';
    if (opts.secure) s += '; Secure';
    if (opts.partitioned) s += '; Partitioned';
    if (opts.priority) s += '; Priority=' + String(opts.priority).charAt(0).toUpperCase() + String(opts.priority).slice(1).toLowerCase();
    if (opts.sameSite) {
      const ss = opts.sameSite === true ? 'Strict' : String(opts.sameSite);
      s += '; SameSite=' + ss.charAt(0).toUpperCase() + ss.slice(1).toLowerCase();
    }
    return s;
  }

  class AstroCookies {
    constructor(request) {
      this._request = request;
      this._outgoing = new Map(); // name -> [value|undefined, header, isSet]
      this._incoming = null;
    }
    _parse() {
      if (this._incoming) return this._incoming;
      const out = new Map();
      const header = this._request.headers.get('cookie');
      if (header) {
        for (const pair of header.split(';')) {
          const i = pair.indexOf('=');
          if (i < 0) continue;
          const k = pair.slice(0, i).trim();
          let v = pair.slice(i + 1).trim();
          if (v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
          if (!out.has(k)) {
            try { v = decodeURIComponent(v); } catch (e) { /* keep raw */ }
            out.set(k, v);
          }
        }
      }
      this._incoming = out;
      return out;
    }
    get(key, opts) {
      if (this._outgoing.has(key)) {
        const [value, , isSet] = this._outgoing.get(key);
        return isSet ? new AstroCookie(value) : undefined;
      }
      const incoming = this._parse();
      if (!incoming.has(key)) return undefined;
      let v = incoming.get(key);
      if (opts && typeof opts.decode === 'function') v = opts.decode(v);
      return new AstroCookie(v);
    }
    has(key) {
      if (this._outgoing.has(key)) return this._outgoing.get(key)[2];
      return this._parse().has(key);
    }
    set(key, value, opts) {
      let v;
      if (typeof value === 'string') v = value;
      else if (value !== null && typeof value === 'object') v = JSON.stringify(value);
      else v = String(value);
      this._outgoing.set(key, [v, serializeCookie(key, v, opts || {}), true]);
    }
    delete(key, opts) {
      const o = Object.assign({}, opts || {}, { expires: new Date(0) });
      delete o.maxAge;
      this._outgoing.set(key, [undefined, serializeCookie(key, 'deleted', o), false]);
    }
    merge(other) {
      for (const [k, v] of other._outgoing) this._outgoing.set(k, v);
    }
    headerList() {
      const out = [];
      for (const v of this._outgoing.values()) out.push(v[1]);
      return out;
    }
    *headers() { yield* this.headerList(); }
  }

  // APIContext.prototype is the prototype of the Go-backed context
  // (context.go holds its fields): the methods live here.
  class APIContext {
    redirect(path, status) {
      return new Response(null, { status: status === undefined ? 302 : status, headers: { Location: String(path) } });
    }
    rewrite(payload) {
      return rewriteTo(this, this._init, payload);
    }
    // callAction and getActionResult are Astro's (actions/utils.ts); the
    // actions themselves are in internal/bundle/virtual/astro-actions.js.
    callAction(action, input) {
      Reflect.set(this, ACTION_API_CONTEXT, true);
      return action.bind(this)(input);
    }
    getActionResult(action) {
      const a = bundlePart('actions');
      return a ? a.getActionResult(this.locals)(action) : undefined;
    }
  }
  // The actions proxy checks for this before it runs an action.
  APIContext.prototype[Symbol.for('comet.apiContext')] = true;
  // astro:i18n's middleware() acts on pages only; a call with no route is
  // the 404 page.
  Object.defineProperty(APIContext.prototype, Symbol.for('comet.routeType'), {
    get() { return this._init.file ? 'endpoint' : 'page'; },
  });
  const ACTION_API_CONTEXT = Symbol.for('astro.actionAPIContext');
  // The context is a Go-backed object, which cannot hold symbol-keyed
  // properties itself: the symbols Comet's own modules set on it are
  // accessors here, keeping each context's value in a WeakMap.
  const SKIP_ERROR_REROUTE = Symbol.for('comet.i18n.skipErrorReroute');
  for (const sym of [ACTION_API_CONTEXT, SKIP_ERROR_REROUTE]) {
    const values = new WeakMap();
    Object.defineProperty(APIContext.prototype, sym, {
      get() { return values.get(this); },
      set(v) { values.set(this, v); },
    });
  }

  // The locale fields follow Astro 7's fetch state: computed on first read
  // from the i18n config (undefined without one); see
  // internal/bundle/virtual/astro-i18n.js. context.go calls these.
  const localeFields = {
    currentLocale(ctx) {
      const i = bundlePart('i18n');
      return i ? i.currentLocale(ctx.routePattern, () => ctx.url.pathname, ctx._init.paramNames, ctx.params) : undefined;
    },
    preferredLocale(ctx) {
      const i = bundlePart('i18n');
      return i ? i.preferredLocale(ctx.request) : undefined;
    },
    preferredLocaleList(ctx) {
      const i = bundlePart('i18n');
      return i ? i.preferredLocaleList(ctx.request) : undefined;
    },
  };

  function bundlePart(name) {
    const b = globalThis.__cometBundle;
    return (b && b[name]) || null;
  }

  // runRoute is the bottom of the middleware chain (Astro 7's
  // actionsAndPages): an action request is answered by the action step
  // (RPC), or runs its action before the route (form); then the endpoint.
  async function runRoute(init, mod, ctx) {
    const actions = init.method === 'POST' && !init.static ? bundlePart('actions') : null;
    if (actions) {
      const r = await actions.handle(ctx);
      if (r) return { response: r, handler: 'POST' };
    }
    return runEndpoint(init, mod, ctx);
  }

  function clientAddressError() {
    return new CometError('PrerenderClientAddressNotAvailable',
      '`context.clientAddress` is not available on prerendered routes.',
      'Client addresses exist only for on-demand requests (output: "server").');
  }

  // remember keeps a loaded module for later calls, here and in Go.
  function remember(file, mod) {
    modules.set(file, mod);
    __cometNative.loaded(file, mod);
    return mod;
  }

  function isBodyObject(r) {
    return r !== null && typeof r === 'object' && !(r instanceof Response) && 'body' in r;
  }

  // A marker on the 404 that "no handler" produces, so the server can put
  // the 404 page in its body while keeping headers middleware added.
  const NO_HANDLER = Symbol('comet.noHandler');

  async function runEndpoint(init, mod, ctx) {
    const h = findHandler(mod, init.method);
    if (!h) {
      return { noHandler: true, found: handlerNames(mod) };
    }
    return normalize(init, h, await h.fn.call(mod, ctx, ctx.request));
  }

  // Middleware handling follows Astro's callMiddleware.
  async function callMiddleware(onRequest, ctx, next) {
    let nextCalled = false;
    let nextResult;
    const wrappedNext = (payload) => {
      nextCalled = true;
      nextResult = next(payload);
      return nextResult;
    };
    const r = await onRequest(ctx, wrappedNext);
    if (r === undefined) {
      if (nextCalled) return await nextResult;
      throw new CometError('MiddlewareNoDataOrNextCalled',
        'Make sure your middleware returns a `Response` or the result of `next()`.',
        'Return `next()` from `onRequest`.');
    }
    if (!(r instanceof Response)) {
      throw new CometError('MiddlewareNotAResponse', 'Any data returned from middleware must be a valid `Response` object.', '');
    }
    return r;
  }

  globalThis.__cometSequence = function (handlers) {
    const list = handlers.filter(Boolean);
    return (ctx, next) => {
      const run = (i, payload) => (i >= list.length ? next(payload) : callMiddleware(list[i], ctx, (p) => run(i + 1, p)));
      return run(0);
    };
  };

  function contentTypeFor(init) {
    return init.bodyContentType || 'text/plain;charset=utf-8';
  }

  // toResponse turns a `{ body }` result into a Response (for middleware).
  function toResponse(init, r) {
    if (r.response) return r.response;
    if (r.noHandler) {
      const resp = new Response(null, { status: 404, statusText: 'Not Found' });
      resp[NO_HANDLER] = r.found;
      return resp;
    }
    const bytes = __cometNative.bodyBytes(r.body, r.encoding === undefined ? '' : String(r.encoding));
    return new Response(bytes, { status: 200, headers: { 'Content-Type': contentTypeFor(init) } });
  }

  // modules holds each route's namespace once loaded, so later calls skip
  // the import() promise.
  const modules = new Map();
  const NO_MODULE = {};

  function normalize(init, h, result) {
    if (result instanceof Response) return { response: result, handler: h.name };
    if (isBodyObject(result)) return { body: result.body, encoding: result.encoding, handler: h.name };
    const got = result === null ? 'null' : (result === undefined ? 'undefined' : typeof result);
    throw new CometError('EndpointDidNotReturnAResponse',
      'An endpoint must return either a `Response`, or a `{ body }` object; `' + h.name + '` in ' + init.file + ' returned ' + got + '.',
      'Return `new Response(body, { headers })`, or `{ body: string }` (Astro 1.x style).');
  }

  // finish is the last step of a call made here; Go reads the cookies of
  // the context itself (only a context whose cookies were touched has
  // any to send).
  function finish(ctx, out) {
    const session = __cometNative.madeSession(ctx);
    if (session !== undefined) return globalThis.__cometSession.persist(session).then(() => out);
    return out;
  }

  // finishGo finishes a call Go made (it found the handler and called it)
  // whose result is not a plain Response.
  function finishGo(ctx, name, result) {
    return finish(ctx, noHandlerOf(normalize(ctx._init, { name }, result)));
  }

  // call runs one request. Without middleware and with a synchronous
  // handler it returns a plain object, not a promise: no microtask turns.
  function call(init, ctx) {
    const mod = init.file ? modules.get(init.file) : NO_MODULE;
    if (mod === undefined) {
      return load(init.file).then((m) => { remember(init.file, m); return call(init, ctx); });
    }
    if (ctx === undefined) ctx = __cometNative.context(init);
    if (init.middleware) return callWithMiddleware(init, mod, ctx);
    if (init.method === 'POST' && !init.static && bundlePart('actions')) {
      return runRoute(init, mod, ctx).then((r) => finish(ctx, noHandlerOf(r)));
    }
    const h = findHandler(mod, init.method);
    if (!h) return finish(ctx, { noHandler: true, found: handlerNames(mod) });
    const result = h.fn.call(mod, ctx, ctx.request);
    if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
      return Promise.resolve(result).then((r) => finish(ctx, noHandlerOf(normalize(init, h, r))));
    }
    return finish(ctx, noHandlerOf(normalize(init, h, result)));
  }

  // noHandlerOf keeps a rewrite to nowhere a 404 page, as a missing route.
  function noHandlerOf(out) {
    if (out.response && out.response[NO_HANDLER] !== undefined) return { noHandler: true, found: [], response: out.response };
    return out;
  }

  // rewriteTo answers with another route, keeping the browser's URL
  // (context.rewrite(), and next(payload) in middleware; Astro 4.13+).
  // Locals and cookies carry over; middleware does not run again.
  async function rewriteTo(ctx, init, payload) {
    const depth = (init.rewrites || 0) + 1;
    if (depth > 10) {
      throw new CometError('RewriteLoop', 'Too many rewrites (more than 10): a route rewrites to itself?', 'Check the paths given to rewrite().');
    }
    let request;
    if (payload instanceof Request) request = payload;
    else {
      const target = payload instanceof URL ? payload : new URL(String(payload), ctx.url);
      request = new Request(target.href, ctx.request);
    }
    const url = new URL(request.url);
    const m = __cometNative.match(decodeURI(url.pathname));
    if (!m) {
      const resp = new Response(null, { status: 404, statusText: 'Not Found' });
      resp[NO_HANDLER] = [];
      return resp;
    }
    const init2 = Object.assign({}, init, {
      file: m.file, params: m.params, paramNames: m.paramNames, routePattern: m.route,
      url: url.href, request, method: request.method, rewrites: depth,
    });
    const ctx2 = __cometNative.context(init2, ctx);
    ctx2.locals = ctx.locals;
    ctx2.cookies = ctx.cookies;
    let mod = modules.get(m.file);
    if (!mod) mod = remember(m.file, await load(m.file));
    return toResponse(init2, await runEndpoint(init2, mod, ctx2));
  }

  async function callWithMiddleware(init, mod, ctx) {
    const onRequest = await loadMiddleware();
    if (!onRequest) return finish(ctx, await runRoute(init, mod, ctx));
    let inner;
    let out;
    const response = await callMiddleware(onRequest, ctx, async (payload) => {
      if (payload !== undefined) return rewriteTo(ctx, init, payload);
      inner = await runRoute(init, mod, ctx);
      return toResponse(init, inner);
    });
    if (response[NO_HANDLER] !== undefined) out = { noHandler: true, found: response[NO_HANDLER], response };
    else out = { response, handler: inner && inner.handler };
    return finish(ctx, out);
  }

  function describe(v) {
    if (v === null) return 'null';
    if (Array.isArray(v)) return 'array';
    return typeof v;
  }

  // staticPaths calls getStaticPaths once and validates what it returns,
  // with Astro 7's error names (comet-semantics #11, #15).
  // makePaginate is Astro's paginate() (core/render/paginate.ts): one entry
  // per page of `data`, with `page` props and URLs that include `base`.
  function makePaginate(route) {
    return function paginate(data, args) {
      args = args || {};
      const pageSize = args.pageSize || 10;
      const extraParams = args.params || {};
      const extraProps = args.props || {};
      let firstHasNumber;
      if (route.rest.includes('page')) firstHasNumber = false;
      else if (route.params.includes('page')) firstHasNumber = true;
      else {
        throw new CometError('PageNumberParamNotFound',
          '[paginate()] page number param `page` not found in your filepath.',
          'Rename your file to `[page].json.ts` or `[...page].json.ts`.');
      }
      const base = route.base;
      const url = (params) => {
        const p = route.generate(params);
        return base ? (p === '/' ? base + '/' : base + p) : p;
      };
      const lastPage = Math.max(1, Math.ceil(data.length / pageSize));
      const out = [];
      for (let num = 1; num <= lastPage; num++) {
        const start = pageSize === Infinity ? 0 : (num - 1) * pageSize;
        const end = Math.min(start + pageSize, data.length);
        const params = Object.assign({}, extraParams, { page: firstHasNumber || num > 1 ? String(num) : undefined });
        const with_ = (page) => Object.assign({}, params, { page });
        out.push({
          params,
          props: Object.assign({}, extraProps, {
            page: {
              data: data.slice(start, end), start, end: end - 1, size: pageSize, total: data.length,
              currentPage: num, lastPage,
              url: {
                current: url(params),
                next: num === lastPage ? undefined : url(with_(String(num + 1))),
                prev: num === 1 ? undefined : url(with_(!firstHasNumber && num - 1 === 1 ? undefined : String(num - 1))),
                first: num === 1 ? undefined : url(with_(firstHasNumber ? '1' : undefined)),
                last: num === lastPage ? undefined : url(with_(String(lastPage))),
              },
            },
          }),
        });
      }
      return out;
    };
  }

  async function staticPaths(file, route) {
    let mod = modules.get(file);
    if (!mod) mod = remember(file, await load(file));
    if (typeof mod.getStaticPaths !== 'function') {
      throw new CometError('GetStaticPathsRequired',
        '`getStaticPaths()` function is required for dynamic routes. Make sure that you `export` a `getStaticPaths` function from your dynamic route.',
        'See https://docs.astro.build/en/reference/routing-reference/#getstaticpaths for more information on getStaticPaths.');
    }
    const result = await mod.getStaticPaths({ paginate: makePaginate(route), routePattern: route.pattern });
    if (!Array.isArray(result)) {
      throw new CometError('InvalidGetStaticPathsReturn',
        'Invalid type returned by `getStaticPaths`. Expected an `array`, got `' + describe(result) + '`',
        'See https://docs.astro.build/en/reference/routing-reference/#getstaticpaths for more information on getStaticPaths.');
    }
    // Go reads the entries (endpoint.go); checkEntry runs for an entry Go
    // finds invalid, to throw Astro's error for it.
    return result;
  }

  // checkEntry validates one getStaticPaths entry with Astro 7's errors
  // (comet-semantics #11, #15); Go calls it only for an entry it rejects.
  function checkEntry(entry, paramNames) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new CometError('InvalidGetStaticPathsEntry',
        'Invalid entry returned by getStaticPaths. Expected an object, got `' + describe(entry) + '`',
        "If you're using a `.map` call, you might be looking for `.flatMap()`");
    }
    const params = entry.params;
    if (params === undefined || params === null || typeof params !== 'object' || Object.keys(params).length === 0) {
      throw new CometError('GetStaticPathsExpectedParams',
        'Missing or empty required `params` property on `getStaticPaths` route.',
        'Each entry must look like `{ params: { ' + (paramNames[0] || 'id') + ": '...' } }`.");
    }
    for (const key of Object.keys(params)) {
      const v = params[key];
      if (v === undefined || typeof v === 'string' || typeof v === 'number') continue;
      let shown;
      try { shown = JSON.stringify(v); } catch (e) { shown = String(v); }
      throw new CometError('GetStaticPathsInvalidRouteParam',
        'Invalid getStaticPaths route parameter for `' + key + '`. Expected a string, a number or undefined, received `' + describe(v) + '` (`' + shown + '`)',
        'Turn the value into a string, e.g. `String(value)`.');
    }
    throw new CometError('InvalidGetStaticPathsEntry', 'Invalid entry returned by getStaticPaths.', '');
  }

  // callCtx runs one request whose Go-backed context Go made. A session
  // the request changed is saved whatever the outcome, as Astro finalises
  // it: finish() saves it after an answer, failed() before an error.
  function callCtx(ctx) {
    try {
      const out = call(ctx._init, ctx);
      return out !== null && typeof out === 'object' && typeof out.then === 'function' ? out.then(undefined, (e) => failed(ctx, e)) : out;
    } catch (e) {
      return failed(ctx, e);
    }
  }

  // settleGo finishes an async handler Go called on a project with
  // sessions, as call() and callCtx() would: the session the call made is
  // saved after the answer, or before the error propagates.
  function settleGo(ctx, name, result) {
    return Promise.resolve(result).then((r) => finishGo(ctx, name, r)).then(undefined, (e) => failed(ctx, e));
  }

  // normalizeGo reads the awaited result of a handler Go called, for a
  // call whose session Go saves afterwards (saveGo, failedGo).
  function normalizeGo(ctx, name, result) {
    return noHandlerOf(normalize(ctx._init, { name }, result));
  }

  // saveGo saves the session an awaited call made, once its answer is
  // ready, as finish() does; a failed save goes through failed(), as in
  // callCtx().
  function saveGo(ctx) {
    const session = __cometNative.madeSession(ctx);
    if (session === undefined) return undefined;
    return globalThis.__cometSession.persist(session).then(undefined, (e) => failed(ctx, e));
  }

  // failedGo saves the session of an awaited call that failed, as failed()
  // does before the error propagates (Go keeps the error).
  function failedGo(ctx) {
    const session = __cometNative.madeSession(ctx);
    if (session === undefined) return undefined;
    const done = () => undefined;
    return globalThis.__cometSession.persist(session).then(done, done);
  }

  function failed(ctx, err) {
    const session = __cometNative.madeSession(ctx);
    if (session === undefined) throw err;
    const rethrow = () => { throw err; };
    return globalThis.__cometSession.persist(session).then(rethrow, rethrow);
  }

  globalThis.__comet = {
    call, callCtx, finishGo, settleGo, normalizeGo, saveGo, failedGo, failed, staticPaths, checkEntry, findHandler, CometError, clientAddressError,
    newCookies: (request) => new AstroCookies(request),
    contextPrototype: APIContext.prototype, NO_HANDLER, localeFields,
  };
})();
