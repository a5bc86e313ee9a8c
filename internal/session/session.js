// Comet's AstroSession: context.session as Astro 7 behaves (lazy loading,
// one save at the end of the request, per-key TTLs, regenerate/destroy),
// with values serialised by devalue exactly as Astro stores them (a Map
// of key → { data, expires }, URLs through a reducer). It runs after
// devalue (internal/bundle.DevalueScript), in the same script; Go installs
// __cometSessionConfig (session.go), and endpoint.js calls
// __cometSession.create(cookies) when a handler first reads
// context.session, and persist() once the response is ready.
(function () {
  'use strict';

  const devalue = globalThis.__cometDevalue;
  const DEFAULT_COOKIE = 'astro-session';
  const COOKIE_NAME = /^[\w-]+$/;
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

  const reducers = { URL: (v) => v instanceof URL && v.href };
  const revivers = { URL: (href) => new URL(href) };
  const encode = (v) => devalue.stringify(v, reducers);
  const decode = (parsed) => devalue.unflatten(parsed, revivers);

  // sessionError is an Astro error (name, message, hint) the server logs
  // and answers with a 500.
  function sessionError(name, message, cause) {
    const e = new Error(message);
    e.name = name;
    e.hint = 'For more information, see https://docs.astro.build/en/guides/sessions/';
    e.cometError = true;
    if (cause !== undefined) e.cause = cause;
    return e;
  }
  const withDriver = (what, error, driver) =>
    'Error when ' + what + (driver ? ' with driver `' + driver + '`' : '') + '. `' + (error == null ? '' : error) + '`';
  const initError = (msg, driver, cause) =>
    sessionError('SessionStorageInitError', withDriver('initializing session storage', msg, driver), cause);
  const saveError = (msg, driver, cause) =>
    sessionError('SessionStorageSaveError', withDriver('saving session data', msg, driver), cause);

  const PRIVATE = new WeakMap();

  class AstroSession {
    constructor(cookies, config) {
      let name = DEFAULT_COOKIE;
      let attrs = {};
      const c = config.cookie;
      if (c && typeof c === 'object') {
        const { name: n, ...rest } = c;
        if (n) name = n;
        attrs = rest;
      }
      PRIVATE.set(this, {
        cookies, config, store: config.store,
        cookieName: name,
        cookieAttrs: Object.assign({ sameSite: 'lax', secure: !!config.production, path: '/' }, attrs, { httpOnly: true }),
        data: undefined, id: undefined, idFromCookie: false,
        toDestroy: new Set(), toDelete: new Set(),
        dirty: false, cookieSet: false, partial: true,
      });
    }

    async get(key) {
      const e = (await ensureData(this)).get(key);
      return e === undefined ? undefined : e.data;
    }
    async has(key) { return (await ensureData(this)).has(key); }
    async keys() { return (await ensureData(this)).keys(); }
    async values() { return [...(await ensureData(this)).values()].map((e) => e.data); }
    async entries() { return [...(await ensureData(this)).entries()].map(([k, e]) => [k, e.data]); }

    delete(key) {
      const p = PRIVATE.get(this);
      if (!p.data) p.data = new Map();
      p.data.delete(key);
      if (p.partial) p.toDelete.add(key);
      p.dirty = true;
    }

    set(key, value, options) {
      const p = PRIVATE.get(this);
      const ttl = options && options.ttl;
      if (!key) throw saveError('The session key was not provided.');
      let copy;
      try {
        copy = decode(JSON.parse(encode(value)));
      } catch (err) {
        const e = sessionError('SessionStorageSaveError', 'The session data for ' + key + ' could not be serialized.', err);
        e.hint = 'See the devalue library for all supported types: https://github.com/rich-harris/devalue';
        throw e;
      }
      if (!p.cookieSet) {
        setCookie(this);
        p.cookieSet = true;
      }
      if (!p.data) p.data = new Map();
      const lifetime = ttl !== undefined && ttl !== null ? ttl : p.config.ttl;
      const expires = typeof lifetime === 'number' ? Date.now() + lifetime * 1000 : lifetime;
      p.data.set(key, { data: copy, expires });
      p.dirty = true;
    }

    destroy() {
      const p = PRIVATE.get(this);
      const cookie = p.cookies.get(p.cookieName);
      const fromCookie = cookie && cookie.value && UUID.test(cookie.value) ? cookie.value : undefined;
      const id = p.id !== undefined ? p.id : fromCookie;
      if (id) p.toDestroy.add(id);
      p.cookies.delete(p.cookieName, p.cookieAttrs);
      p.id = undefined;
      p.data = undefined;
      p.dirty = true;
    }

    async regenerate() {
      const p = PRIVATE.get(this);
      let data = new Map();
      try {
        data = await ensureData(this);
      } catch (err) {
        console.error('[session] Failed to load session data during regeneration: ' + err);
        p.partial = false;
      }
      const old = p.id;
      p.id = crypto.randomUUID();
      p.idFromCookie = false;
      p.data = data;
      p.dirty = true;
      setCookie(this);
      if (old && p.store && p.store.remove) {
        p.store.remove(old).catch((err) => console.error('[session] Failed to remove old session ' + old + ': ' + err.message));
      }
    }

    async load(id) {
      const p = PRIVATE.get(this);
      p.id = id;
      p.data = undefined;
      setCookie(this);
      await ensureData(this);
    }

    get sessionID() { return PRIVATE.get(this).id; }
    // id is sessionID's short name (the brief's context.session.id).
    get id() { return PRIVATE.get(this).id; }
  }

  function ensureID(s) {
    const p = PRIVATE.get(s);
    if (!p.id) {
      const cookie = p.cookies.get(p.cookieName);
      if (cookie && cookie.value && UUID.test(cookie.value)) {
        p.id = cookie.value;
        p.idFromCookie = true;
      } else {
        p.id = crypto.randomUUID();
      }
    }
    return p.id;
  }

  function setCookie(s) {
    const p = PRIVATE.get(s);
    if (!COOKIE_NAME.test(p.cookieName)) {
      throw saveError('Invalid cookie name. Cookie names can only contain letters, numbers, and dashes.');
    }
    p.cookies.set(p.cookieName, ensureID(s), p.cookieAttrs);
  }

  // ensureData loads the stored session once and merges it under what
  // this request already set or deleted; expired values are dropped.
  async function ensureData(s) {
    const p = PRIVATE.get(s);
    if (p.data && !p.partial) return p.data;
    if (!p.data) p.data = new Map();
    const cookie = p.cookies.get(p.cookieName);
    if (!p.id && !(cookie && cookie.value)) {
      p.partial = false;
      return p.data;
    }
    if (!p.store.get) { // a build: no store
      p.partial = false;
      return p.data;
    }
    const raw = await p.store.get(ensureID(s));
    if (raw === null || raw === undefined) {
      if (p.idFromCookie) {
        // An id the client sent that the store does not know: replace it
        // with one the server made.
        p.id = crypto.randomUUID();
        p.idFromCookie = false;
        if (p.cookieSet) setCookie(s);
      }
      return p.data;
    }
    let stored;
    try {
      stored = decode(JSON.parse(raw));
    } catch (err) {
      s.destroy();
      throw initError('The session data could not be parsed.', p.config.driver, err);
    }
    if (!(stored instanceof Map)) {
      s.destroy();
      throw initError('The session data was an invalid type.', p.config.driver);
    }
    const now = Date.now();
    for (const [key, entry] of stored) {
      const expired = entry && typeof entry.expires === 'number' && entry.expires < now;
      if (!p.data.has(key) && !p.toDelete.has(key) && !expired) p.data.set(key, entry);
    }
    p.partial = false;
    return p.data;
  }

  // persist saves a changed session and removes destroyed ones; the
  // request's answer waits for it, and its failure is the request's.
  async function persist(s) {
    const p = PRIVATE.get(s);
    if (!p.dirty && p.toDestroy.size === 0) return;
    if (!p.store.set) return; // a build keeps no session data
    if (p.dirty && p.data) {
      const data = await ensureData(s);
      p.toDelete.forEach((k) => data.delete(k));
      const id = ensureID(s);
      let text;
      try {
        text = encode(data);
      } catch (err) {
        throw saveError('The session data could not be serialized.', p.config.driver, err);
      }
      await p.store.set(id, text);
      p.dirty = false;
    }
    if (p.toDestroy.size > 0) {
      await Promise.all([...p.toDestroy].map((id) => p.store.remove(id).catch((err) => {
        console.error('[session] Failed to remove session ' + id + ': ' + err.message);
      })));
      p.toDestroy.clear();
    }
  }

  let warned = false;
  globalThis.__cometSession = {
    AstroSession,
    // create returns the request's session, or undefined when sessions
    // are off.
    create(cookies) {
      const config = globalThis.__cometSessionConfig;
      if (config) return new AstroSession(cookies, config);
      if (!warned) {
        warned = true;
        console.warn('`Astro.session` was accessed but no session storage is configured. ' +
          'Either configure the storage manually or use an adapter that provides session storage. ' +
          'For more information, see https://docs.astro.build/en/guides/sessions/');
      }
      return undefined;
    },
    persist,
  };
})();
