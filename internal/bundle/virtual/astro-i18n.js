// astro:i18n as Astro 7 has it (virtual-modules/i18n.ts over i18n/index.ts,
// i18n/path.ts and i18n/utils.ts), written for Comet. The config comes from
// comet:astro-config (config.Config.ClientJSON). __cometI18n is not
// Astro's: the bundle entry hands it to endpoint.js, which computes
// context.currentLocale, preferredLocale and preferredLocaleList with it.
import config from 'comet:astro-config';

const { trailingSlash, site, format } = config;
const base = config.base;
const i18n = config.i18n;
const isBuild = typeof __cometEnv !== 'undefined' && !!__cometEnv.PROD;

function astroError(name, message) {
  const e = new Error(message);
  e.name = name;
  return e;
}

// Without an i18n config the import itself fails (bundle/astro.go), as in
// Astro; requireI18n guards the bundle's own use.
function requireI18n() {
  if (!i18n) {
    throw astroError('i18nNotEnabled', 'The `astro:i18n` module cannot be used without enabling `i18n` in your Astro config.');
  }
  return i18n;
}

const locales = i18n ? i18n.locales : [];
const defaultLocale = i18n ? i18n.defaultLocale : undefined;
const domains = i18n ? i18n.domains : undefined;
const fallback = i18n ? i18n.fallback : undefined;
const strategy = i18n ? i18n.strategy : 'pathname-prefix-other-locales';
const fallbackType = i18n ? i18n.fallbackType : 'redirect';

// Path helpers (@astrojs/internal-helpers/path).
const appendForwardSlash = (p) => (p.endsWith('/') ? p : p + '/');
const removeTrailingForwardSlash = (p) => (p.endsWith('/') ? p.slice(0, -1) : p);
const removeLeadingForwardSlash = (p) => (p.startsWith('/') ? p.substring(1) : p);
const trimSlashes = (p) => p.replace(/^\/|\/$/g, '');
function joinPaths(...paths) {
  return paths
    .filter((p) => typeof p === 'string' || p instanceof String)
    .map((p, i) => {
      if (i === 0) return removeTrailingForwardSlash(p);
      if (i === paths.length - 1) return removeLeadingForwardSlash(p);
      return trimSlashes(p);
    })
    .join('/');
}

// shouldAppendForwardSlash is core/build/util.ts's.
function shouldAppendForwardSlash(ts, fmt) {
  if (ts === 'always') return true;
  if (ts === 'never') return false;
  return fmt === 'directory';
}

export function normalizeTheLocale(locale) {
  return locale.replaceAll('_', '-').toLowerCase();
}

function normalizeThePath(p) {
  return p.endsWith('.html') ? p.slice(0, -5) : p;
}

function pathHasLocaleIn(path, list) {
  const segments = path.split('/').map(normalizeThePath);
  for (const segment of segments) {
    for (const locale of list) {
      if (typeof locale === 'string') {
        if (normalizeTheLocale(segment) === normalizeTheLocale(locale)) return true;
      } else if (segment === locale.path) {
        return true;
      }
    }
  }
  return false;
}

function getAllCodes(list) {
  const out = [];
  for (const l of list) {
    if (typeof l === 'string') out.push(l);
    else out.push(...l.codes);
  }
  return out;
}

export function toCodes(list) {
  return list.map((l) => (typeof l === 'string' ? l : l.codes[0]));
}

export function toPaths(list) {
  return list.map((l) => (typeof l === 'string' ? l : l.path));
}

function peekCodePathToUse(list, locale) {
  for (const l of list) {
    if (typeof l === 'string') {
      if (l === locale) return l;
    } else {
      for (const code of l.codes) if (code === locale) return l.path;
    }
  }
  return undefined;
}

function noLocaleFound() {
  return astroError('i18nNoLocaleFoundInPath',
    "You tried to use an i18n utility on a path that doesn't contain any locale. You can use `pathHasLocale` first to determine if the path has a locale.");
}

function localeRelativeUrl(o) {
  const codeToUse = peekCodePathToUse(o.locales, o.locale);
  if (!codeToUse) {
    throw astroError('MissingLocale', 'The locale/path `' + o.locale + '` does not exist in the configured `i18n.locales`.');
  }
  const parts = [o.base, o.prependWith];
  const normalized = o.normalizeLocale === false ? codeToUse : normalizeTheLocale(codeToUse);
  const s = o.strategy || 'pathname-prefix-other-locales';
  if (s === 'pathname-prefix-always' || s === 'pathname-prefix-always-no-redirect' ||
      s === 'domains-prefix-always' || s === 'domains-prefix-always-no-redirect') {
    parts.push(normalized);
  } else if (o.locale !== o.defaultLocale) {
    parts.push(normalized);
  }
  parts.push(o.path);
  const joined = joinPaths(...parts);
  const rel = shouldAppendForwardSlash(o.trailingSlash, o.format) ? appendForwardSlash(joined) : removeTrailingForwardSlash(joined);
  return rel === '' ? '/' : rel;
}

function localeAbsoluteUrl(o) {
  const localeUrl = localeRelativeUrl(o);
  let url;
  if (o.isBuild && o.domains && o.domains[o.locale]) {
    url = joinPaths(o.domains[o.locale], localeUrl.replace('/' + o.locale, ''));
  } else if (localeUrl === '/') {
    url = o.site || '/';
  } else if (o.site) {
    url = joinPaths(o.site, localeUrl);
  } else {
    url = localeUrl;
  }
  return shouldAppendForwardSlash(o.trailingSlash, o.format) ? appendForwardSlash(url) : url;
}

function options(extra) {
  return Object.assign({ base, trailingSlash, format, site, defaultLocale, locales, strategy, domains, isBuild }, extra);
}

export const getRelativeLocaleUrl = (locale, path, opts) =>
  (requireI18n(), localeRelativeUrl(Object.assign(options({ locale, path }), opts)));

export const getAbsoluteLocaleUrl = (locale, path, opts) =>
  (requireI18n(), localeAbsoluteUrl(Object.assign(options({ locale, path }), opts)));

export const getRelativeLocaleUrlList = (path, opts) => {
  requireI18n();
  const paths = toPaths(locales);
  return paths.map((locale) => localeRelativeUrl(Object.assign(options({ path }), opts, { locales: paths, locale })));
};

export const getAbsoluteLocaleUrlList = (path, opts) => {
  requireI18n();
  return toCodes(locales).map((locale) => localeAbsoluteUrl(Object.assign(options({ path }), opts, { locale })));
};

function pathByLocale(locale, list) {
  for (const l of list) {
    if (typeof l === 'string') {
      if (l === locale) return l;
    } else {
      for (const code of l.codes) if (code === locale) return l.path;
    }
  }
  throw noLocaleFound();
}

export const getPathByLocale = (locale) => (requireI18n(), pathByLocale(locale, locales));

export const getLocaleByPath = (path) => {
  requireI18n();
  for (const l of locales) {
    if (typeof l !== 'string') {
      if (l.path === path) {
        const code = l.codes[0];
        if (code === undefined) throw noLocaleFound();
        return code;
      }
    } else if (l === path) {
      return l;
    }
  }
  throw noLocaleFound();
};

export const pathHasLocale = (path) => (requireI18n(), pathHasLocaleIn(path, locales));

// Accept-Language (i18n/utils.ts): configured locales (compared without
// case, `_` as `-`) and `*`, by quality; see browserLocales.
// The locales, normalised once: what the per-request functions compare.
const normalizedCodes = new Set(getAllCodes(locales).map(normalizeTheLocale));
const byNormalizedCode = new Map(); // first match in config order, as Astro's loops
for (const l of locales) {
  const codes = typeof l === 'string' ? [l] : l.codes;
  for (const code of codes) {
    const n = normalizeTheLocale(code);
    if (!byNormalizedCode.has(n)) byNormalizedCode.set(n, code);
  }
}
const byPath = new Map();
for (const l of locales) if (typeof l !== 'string' && !byPath.has(l.path)) byPath.set(l.path, l.codes[0]);

const norm = (s) => (s.indexOf('_') < 0 ? s.toLowerCase() : normalizeTheLocale(s));

// browserLocales is parseLocale + Astro's sortAndFilterLocales in one pass
// with plain loops (a request's header is read once for both fields):
// entries of configured locales and `*`, by quality (none = 1, a bare `*`
// = 0), stable among equals.
const PARSED = Symbol('comet.acceptLanguage');
function browserLocales(request) {
  let list = request[PARSED];
  if (list !== undefined) return list;
  const header = request.headers.get('Accept-Language');
  list = null;
  if (header) {
    list = [];
    const parts = header === '*' ? ['*'] : header.split(',');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const semi = part.indexOf(';');
      const name = (semi < 0 ? part : part.slice(0, semi)).trim();
      if (name !== '*' && !normalizedCodes.has(norm(name))) continue;
      let q;
      if (semi >= 0 && header !== '*') {
        const next = part.indexOf(';', semi + 1);
        const qs = (next < 0 ? part.slice(semi + 1) : part.slice(semi + 1, next)).trim();
        if (qs.startsWith('q=')) {
          const f = Number.parseFloat(qs.slice(2));
          q = Number.isNaN(f) || f > 1 ? undefined : f;
        }
      }
      const rank = name === '*' ? (q ?? 0) : (q ?? 1);
      const e = { locale: name, rank };
      let j = list.length;
      while (j > 0 && list[j - 1].rank < rank) j--;
      list.splice(j, 0, e);
    }
  }
  Object.defineProperty(request, PARSED, { value: list });
  return list;
}

function preferredLocale(request) {
  const list = browserLocales(request);
  if (!list) return undefined;
  const first = list[0];
  if (!first || first.locale === '*') return undefined;
  return byNormalizedCode.get(norm(first.locale));
}

function preferredLocaleList(request) {
  const list = browserLocales(request);
  const out = [];
  if (!list) return out;
  if (list.length === 1 && list[0].locale === '*') return getAllCodes(locales);
  for (const b of list) {
    const n = b.locale === '*' ? null : norm(b.locale);
    for (const l of locales) {
      if (typeof l === 'string') {
        if (n !== null && normalizeTheLocale(l) === n) out.push(l);
      } else {
        for (const code of l.codes) if (code === b.locale) out.push(code);
      }
    }
  }
  return out;
}

function localeFromPath(pathname) {
  const segments = pathname.split('/');
  for (let i = 0; i < segments.length; i++) {
    const segment = normalizeThePath(segments[i]);
    if (segment === '') continue;
    const n = normalizeTheLocale(segment);
    for (const l of locales) {
      if (typeof l === 'string') {
        if (!segment.includes(l)) continue;
        if (normalizeTheLocale(l) === n) return l;
      } else if (l.path === segment) {
        return l.codes[0];
      } else {
        for (const code of l.codes) {
          if (normalizeTheLocale(code) === n) return code;
        }
      }
    }
  }
  for (const l of locales) {
    if (typeof l === 'string') {
      if (l === defaultLocale) return l;
    } else if (l.path === defaultLocale) {
      return l.codes[0];
    }
  }
  return undefined;
}

function localeFromParams(params) {
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (!value) continue;
    const p = byPath.get(value);
    if (p) return p;
    const c = byNormalizedCode.get(normalizeTheLocale(value));
    if (c) return c;
  }
  return undefined;
}

// currentLocale is fetch-state.ts computeCurrentLocale for an endpoint: the
// route's own pathname when it is static (the URL's for /404 and /500 and
// dynamic routes), then a param holding a locale wins.
function currentLocale(route, urlPathname, paramNames, params) {
  const fallbackTo = strategy === 'pathname-prefix-other-locales' || strategy === 'domains-prefix-other-locales' ? defaultLocale : undefined;
  const isStatic = paramNames.length === 0;
  const pathname = isStatic && route && route !== '/404' && route !== '/500' ? route : urlPathname();
  let computed = localeFromPath(pathname);
  if (paramNames.length > 0) {
    const fromParams = localeFromParams(params);
    if (fromParams) computed = fromParams;
  }
  return computed ?? fallbackTo;
}

// The manual-routing helpers (i18n/index.ts); with any other routing each
// throws IncorrectStrategyForI18n, as in Astro.
const manual = !!(i18n && i18n.manual);
const noop = (name) => function () {
  throw astroError('IncorrectStrategyForI18n',
    'The function `' + name + '` can only be used when the `i18n.routing.strategy` is set to `"manual"`.');
};

export const redirectToDefaultLocale = manual
  ? function (context, statusCode) {
    const p = joinPaths(base, defaultLocale);
    return context.redirect(shouldAppendForwardSlash(trailingSlash, format) ? appendForwardSlash(p) : p, statusCode);
  }
  : noop('redirectToDefaultLocale');

const SKIP_ERROR_REROUTE = Symbol.for('comet.i18n.skipErrorReroute');

export const notFound = manual
  ? function (context, response) {
    if (context[SKIP_ERROR_REROUTE] && typeof fallback === 'undefined') return response;
    const url = context.url;
    const isRoot = url.pathname === base + '/' || url.pathname === base;
    if (!(isRoot || pathHasLocaleIn(url.pathname, locales))) {
      // An assignment, not defineProperty: Comet's context keeps this
      // symbol in an accessor of its prototype (endpoint.js).
      context[SKIP_ERROR_REROUTE] = true;
      if (response) return new Response(response.body, { status: 404, headers: response.headers });
      return new Response(null, { status: 404 });
    }
    return undefined;
  }
  : noop('notFound');

export const requestHasLocale = manual
  ? function (context) { return pathHasLocaleIn(context.url.pathname, locales); }
  : noop('requestHasLocale');

export const redirectToFallback = manual
  ? async function (context, response) {
    if (response.status === 404 && fallback) {
      const keys = Object.keys(fallback);
      const segments = context.url.pathname.split('/');
      const urlLocale = segments.find((segment) => {
        for (const l of locales) {
          if (typeof l === 'string') {
            if (l === segment) return true;
          } else if (l.path === segment) {
            return true;
          }
        }
        return false;
      });
      if (urlLocale && keys.includes(urlLocale)) {
        const pathFallbackLocale = pathByLocale(fallback[urlLocale], locales);
        let newPathname;
        if (pathFallbackLocale === defaultLocale && strategy === 'pathname-prefix-other-locales') {
          newPathname = context.url.pathname.includes(base)
            ? context.url.pathname.replace('/' + urlLocale, '')
            : context.url.pathname.replace('/' + urlLocale, '/');
        } else {
          newPathname = context.url.pathname.replace('/' + urlLocale, '/' + pathFallbackLocale);
        }
        if (fallbackType === 'rewrite') return await context.rewrite(newPathname + context.url.search);
        return context.redirect(newPathname + context.url.search);
      }
    }
    return response;
  }
  : noop('useFallback');

// routeLocale is i18n/router.ts's decision for a page: continue, a
// redirect, or a 404 (with a Location for a default locale written with
// its prefix).
function routeDecision(strat, pathname) {
  if (pathname.includes('/404') || pathname.includes('/500') || pathname.includes('/_server-islands/')) return { type: 'continue' };
  const b = base === '/' ? '/' : removeTrailingForwardSlash(base || '');
  const isRoot = pathname === b + '/' || pathname === b;
  switch (strat) {
    case 'pathname-prefix-always':
      if (isRoot) return { type: 'redirect', location: (b === '/' ? '' : b) + '/' + defaultLocale };
      return pathHasLocaleIn(pathname, locales) ? { type: 'continue' } : { type: 'notFound' };
    case 'pathname-prefix-always-no-redirect':
      if (isRoot) return { type: 'continue' };
      return pathHasLocaleIn(pathname, locales) ? { type: 'continue' } : { type: 'notFound' };
    case 'pathname-prefix-other-locales':
      for (const segment of pathname.split('/')) {
        if (normalizeTheLocale(segment) === normalizeTheLocale(defaultLocale)) {
          return { type: 'notFound', location: pathname.replace('/' + defaultLocale, '') };
        }
      }
      return { type: 'continue' };
    default:
      return { type: 'continue' };
  }
}

// fallbackPath is i18n/fallback.ts computeFallbackRoute's pathname, or
// undefined when the path's locale has no fallback.
function fallbackPath(strat, pathname) {
  if (!fallback || Object.keys(fallback).length === 0) return undefined;
  const urlLocale = pathname.split('/').find((segment) => locales.some((l) => (typeof l === 'string' ? l === segment : l.path === segment)));
  if (!urlLocale || !Object.keys(fallback).includes(urlLocale)) return undefined;
  const to = pathByLocale(fallback[urlLocale], locales);
  if (to === defaultLocale && strat === 'pathname-prefix-other-locales') {
    return pathname.includes(base) ? pathname.replace('/' + urlLocale, '') : pathname.replace('/' + urlLocale, '/');
  }
  return pathname.replace('/' + urlLocale, '/' + to);
}

// middleware() is Astro's i18n routing as a middleware
// (core/i18n/handler.ts finalizeI18n). Astro applies it to pages only:
// an endpoint's response passes through untouched. Of what Comet answers,
// the 404 for a path no route matches is Astro's 404 page, so that is
// where the routing acts (a Comet symbol on the context says which).
const ROUTE_TYPE = Symbol.for('comet.routeType');
export const middleware = manual
  ? function (customOptions) {
    if (customOptions && customOptions.prefixDefaultLocale === false && customOptions.redirectToDefaultLocale === true) {
      throw astroError('InvalidI18nMiddlewareConfiguration',
        'The option `redirectToDefaultLocale` can be enabled only when `prefixDefaultLocale` is also set to `true`; otherwise, redirects might cause infinite loops. Enable the option `prefixDefaultLocale` to continue to use `redirectToDefaultLocale`, or ensure both are set to `false`.');
    }
    const o = customOptions || {};
    const strat = o.prefixDefaultLocale === true
      ? (o.redirectToDefaultLocale ? 'pathname-prefix-always' : 'pathname-prefix-always-no-redirect')
      : 'pathname-prefix-other-locales';
    const fbType = o.fallbackType || 'redirect';
    return async (context, next) => {
      const response = await next();
      if (context[ROUTE_TYPE] !== 'page') return response;
      const url = context.url;
      const decision = routeDecision(strat, url.pathname);
      if (decision.type === 'redirect') {
        const location = shouldAppendForwardSlash(trailingSlash, format) ? appendForwardSlash(decision.location) : decision.location;
        return new Response(null, { status: 302, headers: { Location: location } });
      }
      if (decision.type === 'notFound') {
        // The 404 page stays the answer; Astro's null-body 404 is
        // rerouted to it too.
        if (decision.location) response.headers.set('Location', decision.location);
        return response;
      }
      if (fallback && response.status === 404) {
        const p = fallbackPath(strat, url.pathname);
        if (p !== undefined) {
          if (fbType === 'rewrite') return await context.rewrite(p + url.search);
          return new Response(null, { status: 302, headers: { Location: p + url.search } });
        }
      }
      return response;
    };
  }
  : noop('middleware');

export const __cometI18n = i18n ? { currentLocale, preferredLocale, preferredLocaleList } : null;
