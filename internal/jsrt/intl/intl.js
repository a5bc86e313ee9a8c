// Intl for goja, which has none: ECMA-402's DateTimeFormat, NumberFormat,
// PluralRules, Collator, RelativeTimeFormat, ListFormat and Segmenter, the locale-
// sensitive methods of Date, Number, BigInt and String, getCanonicalLocales
// and supportedValuesOf, printing what Node 20 (full ICU) prints, byte for
// byte, for en (en-US), en-GB, de, fr, es, ja, zh (zh-CN) and pt (pt-BR). A tag without
// data falls back along its subtags (de-AT → de), then to en-US as ICU falls
// back to the default locale. Collation covers every language x/text has.
//
// The locale data is ICU's, read out of Node by intlgen/gen.mjs into
// intl_data.json; the Go side (intl.go) hands it over one locale section at
// a time, parsed on first use, and keeps the two big tables (date
// templates, zone names) itself. Date patterns are templates such as
// "{E44}, {L42} {d1}, {y1}" (gen.mjs explains the field codes); V8's quirks
// are kept (hour12: false is h24 in en, format() prints U+202F as a space,
// resolvedOptions() reads field letters out of literals). Time zone offsets
// come from Go's tz database, collation from x/text/collate.
//
// Not done: calendars other than gregory, numbering systems other than
// latn, the era and dayPeriod options, ICU's interval formats (formatRange
// prints both ends in full), zone names for offsets 2024 does not use
// beyond Go's isDST guess, long currency names outside a common list,
// compound units with a "per" pattern not in the data, Intl.Locale,
// DisplayNames and DurationFormat; Segmenter's dictionary-based words
// (Chinese, Japanese, Thai).
(function (intlNative) {
  'use strict';
  if (typeof globalThis.Intl !== 'undefined' || !intlNative) return;

  const DEFAULT_LOCALE = 'en-US';
  const SLOT = Symbol('intl');
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const pad2 = (n) => (n < 10 ? '0' + n : String(n));
  const defineHidden = (o, k, v) => Object.defineProperty(o, k, { value: v, writable: true, configurable: true });

  // ---- data --------------------------------------------------------------

  const parsed = new Map();
  function meta(name) {
    if (!parsed.has(name)) {
      const s = intlNative.data(name);
      parsed.set(name, s === undefined ? undefined : JSON.parse(s));
    }
    return parsed.get(name);
  }
  const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  // merge applies a child locale's differences (null deletes a key).
  function merge(base, diff) {
    if (diff === undefined) return base;
    if (!isObj(base) || !isObj(diff)) return diff;
    const out = Object.assign({}, base);
    for (const k of Object.keys(diff)) {
      if (diff[k] === null) delete out[k];
      else out[k] = merge(base[k], diff[k]);
    }
    return out;
  }
  // section returns one section ("dt", "tz", "num", "rel", "list",
  // "plural") of a data locale, its parent's data merged in.
  function section(loc, name) {
    const key = loc + '/' + name;
    if (parsed.has(key)) return parsed.get(key);
    const s = intlNative.data(key);
    const own = s === undefined ? undefined : JSON.parse(s);
    const parent = meta(loc + '/parent');
    const v = parent ? merge(section(parent, name), own) : own;
    parsed.set(key, v);
    return v;
  }

  // ---- locales -----------------------------------------------------------

  const LANGUAGE_ALIASES = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro' };
  function badLocale() { return new RangeError('Incorrect locale information provided'); }

  // canonTag validates a BCP 47 language tag and returns it in canonical
  // form (case, sorted Unicode extension keywords, "true" dropped).
  // V8 words its errors by where a tag fails: its shape (badLocale) or
  // ICU's parse (invalid: an empty extension, a repeated variant, a
  // trailing hyphen).
  function canonTag(tag) {
    const invalid = () => new RangeError('Invalid language tag: ' + tag.toLowerCase());
    if (/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*-$/.test(tag) && tag.length > 1) throw invalid();
    if (!/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(tag)) throw badLocale();
    const sub = tag.toLowerCase().split('-');
    let i = 0;
    const out = [];
    const lang = sub[i++];
    if (!/^([a-z]{2,3}|[a-z]{5,8})$/.test(lang)) throw badLocale();
    out.push(LANGUAGE_ALIASES[lang] || lang);
    if (i < sub.length && /^[a-z]{4}$/.test(sub[i])) { const s = sub[i++]; out.push(s[0].toUpperCase() + s.slice(1)); }
    if (i < sub.length && /^([a-z]{2}|\d{3})$/.test(sub[i])) out.push(sub[i++].toUpperCase());
    const variants = [];
    while (i < sub.length && /^([a-z0-9]{5,8}|\d[a-z0-9]{3})$/.test(sub[i])) {
      if (variants.includes(sub[i])) throw invalid();
      variants.push(sub[i++]);
    }
    out.push(...variants.sort());
    const exts = [];
    const seen = new Set();
    while (i < sub.length) {
      const single = sub[i++];
      if (single.length !== 1) throw badLocale();
      if (single === 'x') {
        const rest = sub.slice(i);
        if (!rest.length) throw invalid();
        if (rest.some((s) => s.length > 8)) throw badLocale();
        exts.push('~x-' + rest.join('-'));
        i = sub.length;
        break;
      }
      if (seen.has(single)) throw invalid();
      seen.add(single);
      const body = [];
      while (i < sub.length && sub[i].length > 1) body.push(sub[i++]);
      if (!body.length) throw invalid();
      if (body.some((s) => s.length > 8)) throw badLocale();
      if (single === 'u') {
        const attrs = [];
        let j = 0;
        while (j < body.length && body[j].length > 2) attrs.push(body[j++]);
        const kw = [];
        while (j < body.length) {
          const key = body[j++];
          if (!/^[a-z0-9][a-z]$/.test(key)) throw badLocale();
          const type = [];
          while (j < body.length && body[j].length > 2) type.push(body[j++]);
          if (!kw.some((k) => k[0] === key)) kw.push([key, type.join('-') === 'true' ? '' : type.join('-')]);
        }
        kw.sort((a, b) => (a[0] < b[0] ? -1 : 1));
        exts.push('u-' + attrs.join('-') + (attrs.length && kw.length ? '-' : '') + kw.map(([k, t]) => (t ? k + '-' + t : k)).join('-'));
      } else {
        exts.push(single + '-' + body.join('-'));
      }
    }
    exts.sort();
    return out.concat(exts.map((e) => e.replace(/^~/, ''))).join('-');
  }

  const canonCache = new Map();
  function canonTagCached(tag) {
    let c = canonCache.get(tag);
    if (c === undefined) {
      c = canonTag(tag);
      if (canonCache.size > 256) canonCache.clear();
      canonCache.set(tag, c);
    }
    return c;
  }

  function canonicalizeLocaleList(locales) {
    if (locales === undefined) return [];
    const seen = [];
    const list = typeof locales === 'string' ? [locales] : Object(locales);
    const len = typeof locales === 'string' ? 1 : Math.min(Number(list.length) || 0, 2 ** 32 - 1);
    for (let k = 0; k < len; k++) {
      if (!(k in list)) continue;
      const v = list[k];
      if (typeof v !== 'string' && (typeof v !== 'object' || v === null)) throw new TypeError('Language ID should be string or object.');
      const tag = canonTagCached(String(v));
      if (!seen.includes(tag)) seen.push(tag);
    }
    return seen;
  }

  // splitTag: the tag without extensions and its Unicode keywords.
  function splitTag(tag) {
    const parts = tag.split('-');
    const k = parts.findIndex((p, i) => i > 0 && p.length === 1);
    const base = k < 0 ? tag : parts.slice(0, k).join('-');
    const kw = {};
    const u = /(?:^|-)u((?:-[a-z0-9]{2,8})+)/.exec(tag.slice(base.length));
    if (u) {
      const subs = u[1].slice(1).split('-');
      let key = null;
      for (const s of subs) {
        if (s.length === 1) break;
        if (s.length === 2) { key = s; kw[key] = ''; } else if (key) kw[key] = kw[key] ? kw[key] + '-' + s : s;
      }
    }
    return { base, kw };
  }

  // bestAvailable is BestAvailableLocale: the tag or the longest prefix of
  // it (dropping a singleton with the subtag after it) a service has.
  function bestAvailable(avail, tag) {
    let cand = tag;
    while (cand) {
      if (avail.includes(cand)) return cand;
      let i = cand.lastIndexOf('-');
      if (i >= 2 && cand[i - 2] === '-') i -= 2;
      cand = i > 0 ? cand.slice(0, i) : '';
    }
    return undefined;
  }

  // lookup is ECMA-402's LookupMatcher over the tags a service has data
  // for; nothing found means the default locale. Its result is shared:
  // read it, do not change it.
  const lookupCache = new Map();
  function lookup(service, requested) {
    const key = service + '\u0000' + requested.join('\u0000');
    let r = lookupCache.get(key);
    if (r === undefined) {
      r = lookupUncached(service, requested);
      if (lookupCache.size > 256) lookupCache.clear();
      lookupCache.set(key, r);
    }
    return r;
  }
  function lookupUncached(service, requested) {
    const avail = meta('available')[service];
    for (const tag of requested) {
      const { base, kw } = splitTag(tag);
      const locale = bestAvailable(avail, base);
      if (locale) return { locale, kw };
    }
    return { locale: DEFAULT_LOCALE, kw: {} };
  }

  // dataLocale: the data locale that formats for a resolved tag.
  function dataLocale(tag) {
    const have = meta('dataLocales');
    let cand = tag;
    while (cand && !have.includes(cand)) {
      const i = cand.lastIndexOf('-');
      cand = i > 0 ? cand.slice(0, i) : '';
    }
    return cand || 'en';
  }

  function supportedLocalesOf(service, locales, options) {
    const requested = canonicalizeLocaleList(locales);
    if (options !== undefined) getOpt(toOptions(options), 'localeMatcher', MATCHERS, 'best fit', 'Intl.supportedLocalesOf');
    const avail = meta('available')[service];
    return requested.filter((tag) => bestAvailable(avail, splitTag(tag).base) !== undefined);
  }

  // withKeywords appends the Unicode keywords a service applied.
  function withKeywords(locale, kw) {
    const keys = Object.keys(kw).sort();
    if (!keys.length) return locale;
    return locale + '-u-' + keys.map((k) => (kw[k] ? k + '-' + kw[k] : k)).join('-');
  }

  // ---- options -----------------------------------------------------------

  function toOptions(o) {
    if (o === undefined) return Object.create(null);
    if (o === null) throw new TypeError('Cannot convert undefined or null to object');
    return Object(o);
  }
  // The allowed values of options (hoisted: goja allocates array literals
  // on every evaluation).
  const PRIORITIES = ['auto', 'morePrecision', 'lessPrecision'];
  const TRAILING_ZEROS = ['auto', 'stripIfInteger'];
  const MATCHERS = ['lookup', 'best fit'];
  const NUMBER_STYLES = ['decimal', 'percent', 'currency', 'unit'];
  const CURRENCY_DISPLAYS = ['code', 'symbol', 'narrowSymbol', 'name'];
  const CURRENCY_SIGNS = ['standard', 'accounting'];
  const UNIT_DISPLAYS = ['short', 'narrow', 'long'];
  const NOTATIONS = ['standard', 'scientific', 'engineering', 'compact'];
  const COMPACT_DISPLAYS = ['short', 'long'];
  const SIGN_DISPLAYS = ['auto', 'never', 'always', 'exceptZero', 'negative'];
  const HOUR_CYCLES = ['h11', 'h12', 'h23', 'h24'];
  const FORMAT_MATCHERS = ['basic', 'best fit'];
  const PLURAL_TYPES = ['cardinal', 'ordinal'];
  const USAGES = ['sort', 'search'];
  const CASE_FIRSTS = ['upper', 'lower', 'false'];
  const SENSITIVITIES = ['base', 'accent', 'case', 'variant'];
  const WIDTHS = ['long', 'short', 'narrow'];
  const NUMERICS = ['always', 'auto'];
  const LIST_TYPES = ['conjunction', 'disjunction', 'unit'];
  function getOpt(opts, prop, values, fallback, service) {
    let v = opts[prop];
    if (v === undefined) return fallback;
    if (values === 'boolean') return Boolean(v);
    v = String(v);
    if (values && !values.includes(v)) throw new RangeError(`Value ${v} out of range for ${service} options property ${prop}`);
    return v;
  }
  function defaultNumber(v, min, max, fallback, prop) {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (Number.isNaN(n) || n < min || n > max) throw new RangeError(`${prop} value is out of range.`);
    return Math.floor(n);
  }
  const getNumber = (opts, prop, min, max, fallback) => defaultNumber(opts[prop], min, max, fallback, prop);

  function requireSlot(o, kind, method) {
    const s = o !== null && typeof o === 'object' ? o[SLOT] : undefined;
    if (!s || s.kind !== kind) throw new TypeError(`Method ${method} called on incompatible receiver ${o === null || typeof o !== 'object' ? String(o) : '#<' + (o.constructor && o.constructor.name || 'Object') + '>'}`);
    return s;
  }

  // ---- decimal arithmetic ------------------------------------------------
  //
  // A number is { neg, digits, pow }: the value is digits × 10^pow, digits
  // without leading or trailing zeros ("" is zero). ICU rounds the shortest
  // decimal that round-trips the double, not its binary value, so
  // (1.005).toFixed(2) is "1.00" but ICU prints "1.01".

  // decimalFromString reads "123.45", "1.5e-7" (digits, one optional dot,
  // an optional exponent; no sign).
  function decimalFromString(s, neg) {
    let pow = 0;
    let e = s.indexOf('e');
    if (e < 0) e = s.indexOf('E');
    if (e >= 0) {
      pow = Number(s.slice(e + 1));
      s = s.slice(0, e);
    }
    const dot = s.indexOf('.');
    let digits = s;
    if (dot >= 0) {
      digits = s.slice(0, dot) + s.slice(dot + 1);
      pow -= s.length - dot - 1;
    }
    let i = 0;
    while (i < digits.length && digits.charCodeAt(i) === 48) i++;
    let j = digits.length;
    while (j > i && digits.charCodeAt(j - 1) === 48) j--;
    pow += digits.length - j;
    digits = digits.slice(i, j);
    if (!digits) pow = 0;
    return { neg, digits, pow };
  }
  // toIntlValue: Number, BigInt or a decimal string → a decimal, or
  // { nan } / { inf, neg }.
  function toIntlValue(x) {
    if (typeof x === 'bigint') return decimalFromString(String(x < 0n ? -x : x), x < 0n);
    if (typeof x === 'string') {
      const s = x.trim();
      const m = /^([+-]?)(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.exec(s);
      if (m) return decimalFromString(m[2] + (m[3] || ''), m[1] === '-');
      x = Number(s);
    } else {
      x = Number(x);
    }
    if (x !== x) return { nan: true, neg: false };
    const neg = x < 0 || (x === 0 && 1 / x < 0);
    if (x === Infinity || x === -Infinity) return { inf: true, neg };
    return decimalFromString(String(neg ? -x : x), neg);
  }
  const magnitude = (d) => (d.digits ? d.digits.length - 1 + d.pow : 0);
  function incrementDigits(s) {
    let i = s.length - 1;
    while (i >= 0 && s[i] === '9') i--;
    if (i < 0) return '1' + '0'.repeat(s.length);
    return s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1) + '0'.repeat(s.length - 1 - i);
  }
  // roundAt keeps the digits at 10^r and above.
  function roundAt(d, r, mode) {
    if (!d.digits || d.pow >= r) return d;
    const len = d.digits.length;
    const cut = r - d.pow;
    const kept = cut >= len ? '' : d.digits.slice(0, len - cut);
    const rest = cut >= len ? '0'.repeat(cut - len) + d.digits : d.digits.slice(len - cut);
    let tailNonzero = false;
    for (let k = 1; k < rest.length; k++) if (rest.charCodeAt(k) !== 48) { tailNonzero = true; break; }
    const nonzero = tailNonzero || rest.charCodeAt(0) !== 48;
    const cmpHalf = rest[0] > '5' || (rest[0] === '5' && tailNonzero) ? 1 : rest[0] === '5' ? 0 : -1;
    let up;
    switch (mode) {
      case 'ceil': up = nonzero && !d.neg; break;
      case 'floor': up = nonzero && d.neg; break;
      case 'expand': up = nonzero; break;
      case 'trunc': up = false; break;
      case 'halfCeil': up = cmpHalf > 0 || (cmpHalf === 0 && !d.neg); break;
      case 'halfFloor': up = cmpHalf > 0 || (cmpHalf === 0 && d.neg); break;
      case 'halfTrunc': up = cmpHalf > 0; break;
      case 'halfEven': up = cmpHalf > 0 || (cmpHalf === 0 && kept !== '' && (kept.charCodeAt(kept.length - 1) & 1) === 1); break;
      default: up = cmpHalf >= 0; // halfExpand
    }
    let digits = up ? incrementDigits(kept || '0') : kept;
    let pow = r;
    let j = digits.length;
    while (j > 0 && digits.charCodeAt(j - 1) === 48) j--;
    pow += digits.length - j;
    digits = digits.slice(0, j);
    return { neg: d.neg, digits, pow: digits ? pow : 0 };
  }
  // toFixedParts renders digits as [integer, fraction] with at least minFrac
  // fraction digits.
  function toFixedParts(d, minFrac) {
    let int;
    let frac;
    if (!d.digits) { int = '0'; frac = ''; } else if (d.pow >= 0) {
      int = d.digits + '0'.repeat(d.pow);
      frac = '';
    } else {
      const n = d.digits.length + d.pow;
      int = n > 0 ? d.digits.slice(0, n) : '0';
      frac = n > 0 ? d.digits.slice(n) : '0'.repeat(-n) + d.digits;
    }
    if (frac.length < minFrac) frac += '0'.repeat(minFrac - frac.length);
    return [int, frac];
  }

  // ---- plural rules ------------------------------------------------------

  // CLDR 48's rules for the languages with data, on the operands of a
  // formatted number (n absolute value, i integer digits, v visible
  // fraction digits, e compact exponent).
  const PLURAL = {
    en: [(o) => (o.i === 1 && o.v === 0 ? 'one' : 'other'), (o) => {
      const n10 = o.n % 10;
      const n100 = o.n % 100;
      if (n10 === 1 && n100 !== 11) return 'one';
      if (n10 === 2 && n100 !== 12) return 'two';
      if (n10 === 3 && n100 !== 13) return 'few';
      return 'other';
    }],
    de: [(o) => (o.i === 1 && o.v === 0 ? 'one' : 'other'), () => 'other'],
    fr: [(o) => (o.i === 0 || o.i === 1 ? 'one' : o.e === 0 && o.i !== 0 && o.i % 1000000 === 0 && o.v === 0 ? 'many' : 'other'), (o) => (o.n === 1 ? 'one' : 'other')],
    es: [(o) => (o.n === 1 ? 'one' : o.e === 0 && o.i !== 0 && o.i % 1000000 === 0 && o.v === 0 ? 'many' : 'other'), () => 'other'],
    ja: [() => 'other', () => 'other'],
    zh: [() => 'other', () => 'other'],
    pt: [(o) => (o.i === 0 || o.i === 1 ? 'one' : o.e === 0 && o.i !== 0 && o.i % 1000000 === 0 && o.v === 0 ? 'many' : 'other'), () => 'other'],
  };
  function operands(int, frac) {
    const f = frac || '';
    return { n: Number(int + (f ? '.' + f : '')), i: Number(int), v: f.length, e: 0 };
  }
  function pluralOf(loc, ordinal, int, frac) {
    const rules = PLURAL[loc.split('-')[0]] || PLURAL.en;
    return rules[ordinal ? 1 : 0](operands(int, frac));
  }

  // ---- NumberFormat ------------------------------------------------------

  const SYMBOL_CHAR = /[$¢£¤¥֏؋৲৳৻૱௹฿៛₠-₿꠸﷼﹩＄￠￡￥￦]/;
  const UNIT_SIMPLE = ['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit', 'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch', 'kilobit', 'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter', 'microsecond', 'mile', 'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond', 'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone', 'terabit', 'terabyte', 'week', 'yard', 'year'];
  const ROUNDING_INCREMENTS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];
  const ROUNDING_MODES = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'];

  // digitOptions is ECMA-402's SetNumberFormatDigitOptions.
  function digitOptions(s, opts, mnfdDefault, mxfdDefault, notation, service) {
    s.minimumIntegerDigits = getNumber(opts, 'minimumIntegerDigits', 1, 21, 1);
    const mnfd = opts.minimumFractionDigits;
    const mxfd = opts.maximumFractionDigits;
    const mnsd = opts.minimumSignificantDigits;
    const mxsd = opts.maximumSignificantDigits;
    s.roundingIncrement = getNumber(opts, 'roundingIncrement', 1, 5000, 1);
    if (!ROUNDING_INCREMENTS.includes(s.roundingIncrement)) throw new RangeError('roundingIncrement value is out of range.');
    s.roundingMode = getOpt(opts, 'roundingMode', ROUNDING_MODES, 'halfExpand', service);
    s.roundingPriority = getOpt(opts, 'roundingPriority', PRIORITIES, 'auto', service);
    s.trailingZeroDisplay = getOpt(opts, 'trailingZeroDisplay', TRAILING_ZEROS, 'auto', service);
    if (s.roundingIncrement !== 1) mxfdDefault = mnfdDefault;
    const hasSd = mnsd !== undefined || mxsd !== undefined;
    const hasFd = mnfd !== undefined || mxfd !== undefined;
    let needSd = true;
    let needFd = true;
    if (s.roundingPriority === 'auto') {
      needSd = hasSd;
      if (needSd || (!hasFd && notation === 'compact')) needFd = false;
    }
    if (needSd) {
      if (hasSd) {
        s.minimumSignificantDigits = defaultNumber(mnsd, 1, 21, 1, 'minimumSignificantDigits');
        s.maximumSignificantDigits = defaultNumber(mxsd, s.minimumSignificantDigits, 21, 21, 'maximumSignificantDigits');
      } else {
        s.minimumSignificantDigits = 1;
        s.maximumSignificantDigits = 21;
      }
    }
    if (needFd) {
      if (hasFd) {
        let lo = defaultNumber(mnfd, 0, 100, undefined, 'minimumFractionDigits');
        let hi = defaultNumber(mxfd, 0, 100, undefined, 'maximumFractionDigits');
        if (lo === undefined) lo = Math.min(mnfdDefault, hi);
        else if (hi === undefined) hi = Math.max(mxfdDefault, lo);
        else if (lo > hi) throw new RangeError('maximumFractionDigits value is out of range.');
        s.minimumFractionDigits = lo;
        s.maximumFractionDigits = hi;
      } else {
        s.minimumFractionDigits = mnfdDefault;
        s.maximumFractionDigits = mxfdDefault;
      }
    }
    if (!needSd && !needFd) {
      s.minimumFractionDigits = 0;
      s.maximumFractionDigits = 0;
      s.minimumSignificantDigits = 1;
      s.maximumSignificantDigits = 2;
      s.roundingType = 'morePrecision';
      s.roundingPriority = 'morePrecision';
    } else if (s.roundingPriority === 'morePrecision' || s.roundingPriority === 'lessPrecision') {
      s.roundingType = s.roundingPriority;
    } else if (hasSd) {
      s.roundingType = 'significantDigits';
    } else {
      s.roundingType = 'fractionDigits';
    }
    if (s.roundingIncrement !== 1) {
      if (s.roundingType !== 'fractionDigits') throw new TypeError('Invalid roundingIncrement');
      if (s.maximumFractionDigits !== s.minimumFractionDigits) throw new RangeError('maximumFractionDigits value is out of range.');
    }
  }

  function roundByFraction(s, d) {
    if (s.roundingIncrement !== 1) {
      const unit = s.roundingIncrement;
      // Round to a multiple of increment × 10^-maximumFractionDigits.
      const scaled = { neg: d.neg, digits: d.digits, pow: d.pow + s.maximumFractionDigits };
      const q = Number(toFixedParts(scaled, 0).join('.')) / unit;
      const r = roundAt(decimalFromString(String(Math.abs(q)), d.neg), 0, s.roundingMode);
      const back = decimalFromString(String(BigInt(toFixedParts(r, 0)[0]) * BigInt(unit)), d.neg);
      return { d: { neg: d.neg, digits: back.digits, pow: back.digits ? back.pow - s.maximumFractionDigits : 0 }, r: -s.maximumFractionDigits, minFrac: s.minimumFractionDigits };
    }
    return { d: roundAt(d, -s.maximumFractionDigits, s.roundingMode), r: -s.maximumFractionDigits, minFrac: s.minimumFractionDigits };
  }
  function roundBySignificant(s, d) {
    const r = magnitude(d) - s.maximumSignificantDigits + 1;
    const out = roundAt(d, r, s.roundingMode);
    const minFrac = s.minimumSignificantDigits - 1 - magnitude(out);
    return { d: out, r, minFrac: minFrac > 0 ? minFrac : 0 };
  }
  // roundNumber applies the digit options: the rounded decimal and the
  // minimum number of fraction digits to show.
  function roundNumber(s, d) {
    let res;
    switch (s.roundingType) {
      case 'significantDigits': res = roundBySignificant(s, d); break;
      case 'fractionDigits': res = roundByFraction(s, d); break;
      default: {
        const sig = roundBySignificant(s, d);
        const fix = roundByFraction(s, d);
        const sigMorePrecise = sig.r <= fix.r;
        res = s.roundingType === 'morePrecision' ? (sigMorePrecise ? sig : fix) : (sigMorePrecise ? fix : sig);
      }
    }
    if (s.trailingZeroDisplay === 'stripIfInteger' && res.d.pow >= 0) res.minFrac = 0;
    return res;
  }

  function groupInt(int, num, mode) {
    if (mode === false) return [int];
    const primary = num.grouping[0];
    const secondary = num.grouping[1];
    const minGroup = mode === 'min2' ? 2 : mode === 'always' ? 1 : num.minGroup;
    if (int.length < primary + minGroup) return [int];
    const out = [int.slice(-primary)];
    let rest = int.slice(0, -primary);
    while (rest.length > secondary) {
      out.unshift(rest.slice(-secondary));
      rest = rest.slice(0, -secondary);
    }
    if (rest) out.unshift(rest);
    return out;
  }

  // compactRow picks ICU's compact pattern for a power of ten.
  const compactRow = (rows, mag) => rows[Math.min(Math.max(mag, 0), rows.length - 1)];

  const ZERO = [0];

  // formatNumberCore is the whole pipeline: a value → the string (parts
  // null) or [type, text] pairs pushed onto parts. The string path makes
  // no part objects: goja's allocations are what formatting costs.
  function formatNumberCore(s, x, parts, approx) {
    // The fast path: a Number that needs no rounding (its shortest decimal
    // has no more fraction digits than allowed).
    if (typeof x === 'number' && s.plain && x === x && x < 1e21 && x > -1e21) {
      const neg = x < 0 || (x === 0 && 1 / x < 0);
      const str = '' + (neg ? -x : x);
      if (str.indexOf('e') < 0) {
        const dot = str.indexOf('.');
        let frac = dot < 0 ? '' : str.slice(dot + 1);
        if (frac.length <= s.maximumFractionDigits) {
          let int = dot < 0 ? str : str.slice(0, dot);
          if (frac.length < s.minimumFractionDigits && !(s.trailingZeroDisplay === 'stripIfInteger' && !frac)) frac += '0'.repeat(s.minimumFractionDigits - frac.length);
          if (int.length < s.minimumIntegerDigits) int = '0'.repeat(s.minimumIntegerDigits - int.length) + int;
          return formatNumberTail(s, parts, approx, neg ? NEG : POS, x === 0, int, frac, null, null);
        }
      }
    }
    const num = s.num;
    let v = toIntlValue(x);
    if (v.nan || v.inf) return formatNumberTail(s, parts, approx, v, false, null, null, null, null);
    if (s.style === 'percent') v = { neg: v.neg, digits: v.digits, pow: v.digits ? v.pow + 2 : 0 };
    let exponent = null;
    let compactTmpl = null;
    let res;
    if (s.notation === 'standard') {
      res = roundNumber(s, v);
    } else if (s.notation === 'compact') {
      const rows = num.compact[s.compactDisplay];
      const mag = magnitude(v);
      let row = compactRow(rows, mag);
      res = roundNumber(s, { neg: v.neg, digits: v.digits, pow: v.digits ? v.pow - row[0] : 0 });
      if (res.d.digits && magnitude(res.d) + row[0] > mag) {
        const row2 = compactRow(rows, mag + 1);
        if (row2[0] !== row[0]) {
          row = row2;
          res = roundNumber(s, { neg: v.neg, digits: v.digits, pow: v.pow - row[0] });
        }
      }
      compactTmpl = row[1];
    } else {
      const eng = s.notation === 'engineering';
      const scale = (mag) => (eng ? Math.floor(mag / 3) * 3 : mag);
      let e = scale(magnitude(v));
      res = roundNumber(s, { neg: v.neg, digits: v.digits, pow: v.pow - e });
      if (res.d.digits && magnitude(res.d) + e !== magnitude(v) && scale(magnitude(res.d) + e) !== e) {
        const e2 = scale(magnitude(res.d) + e);
        res = roundNumber(s, { neg: v.neg, digits: v.digits, pow: v.pow - e2 });
        e = e2;
      }
      exponent = v.digits ? e : 0;
    }
    const fp = toFixedParts(res.d, res.minFrac);
    let int = fp[0];
    const frac = fp[1];
    if (int.length < s.minimumIntegerDigits) int = '0'.repeat(s.minimumIntegerDigits - int.length) + int;
    if (compactTmpl && !Array.isArray(compactTmpl)) {
      compactTmpl = (int === '1' && !frac && compactTmpl['1']) || compactTmpl[pluralOf(s.dataLocale, false, int, frac)] || compactTmpl.other;
    }
    return formatNumberTail(s, parts, approx, v, !res.d.digits, int, frac, exponent, compactTmpl);
  }
  const POS = { neg: false, nan: false };
  const NEG = { neg: true, nan: false };

  // formatNumberTail puts the digits (int and frac; null for NaN and ∞)
  // into the style's template with the sign.
  function formatNumberTail(s, parts, approx, v, zero, int, frac, exponent, compactTmpl) {
    const num = s.num;
    const sym = num.sym;
    let bodyStr = '';
    let body = null;
    if (int === null) {
      bodyStr = v.nan ? sym.nan : sym.inf;
      if (parts) body = [[v.nan ? 'nan' : 'infinity', bodyStr]];
    } else {
      const groups = groupInt(int, num, s.useGrouping);
      if (parts) {
        body = [];
        for (let i = 0; i < groups.length; i++) {
          if (i) body.push(['group', sym.group]);
          body.push(['integer', groups[i]]);
        }
        if (frac) body.push(['decimal', sym.decimal], ['fraction', frac]);
        if (exponent !== null) {
          body.push(['exponentSeparator', sym.exp]);
          if (exponent < 0) body.push(['exponentMinusSign', sym.minus]);
          body.push(['exponentInteger', String(Math.abs(exponent))]);
        }
      } else {
        bodyStr = groups.length === 1 ? groups[0] : groups.join(sym.group);
        if (frac) bodyStr += sym.decimal + frac;
        if (exponent !== null) bodyStr += sym.exp + (exponent < 0 ? sym.minus : '') + Math.abs(exponent);
      }
    }
    let sign = 0; // 1 minus, 2 plus
    const neg = v.neg;
    switch (s.signDisplay) {
      case 'auto': if (neg && !v.nan) sign = 1; break;
      case 'always': sign = neg ? 1 : 2; break;
      case 'exceptZero': if (!zero && !v.nan) sign = neg ? 1 : 2; break;
      case 'negative': if (neg && !zero && !v.nan) sign = 1; break;
    }
    let tmpl;
    let currencyText = '';
    const style = s.style;
    if (style === 'decimal') {
      tmpl = s.notation === 'scientific' || s.notation === 'engineering' ? num.pat.sci : num.pat.decimal;
    } else if (style === 'percent') {
      tmpl = num.pat.percent;
    } else if (style === 'currency') {
      if (s.currencyDisplay === 'name') {
        const cat = int ? pluralOf(s.dataLocale, false, int, frac) : 'other';
        tmpl = num.pat.name[cat] || num.pat.name.other;
        const names = section(s.dataLocale, 'curname')[s.currency];
        currencyText = names ? names[cat] || names.other : s.currency;
      } else {
        tmpl = s.currencySign === 'accounting' && sign === 1 ? num.pat.accounting : num.pat.currency;
        currencyText = s.currencyText;
      }
    } else {
      const row = unitTemplate(s);
      tmpl = Array.isArray(row) ? row : row[int ? pluralOf(s.dataLocale, false, int, frac) : 'other'] || row.other;
    }
    let str = '';
    for (let i = 0; i < tmpl.length; i++) {
      const t = tmpl[i];
      if (t === 0) {
        const inner = compactTmpl || ZERO;
        for (let j = 0; j < inner.length; j++) {
          const c = inner[j];
          if (c === 0) {
            if (parts) for (let k = 0; k < body.length; k++) parts.push(body[k]);
            else str += bodyStr;
          } else if (c === 1) {
            continue;
          } else if (typeof c === 'string') {
            if (parts) parts.push(['literal', c]);
            else str += c;
          } else if (parts) {
            parts.push([c[0], c[1]]);
          } else {
            str += c[1];
          }
        }
      } else if (t === 1) {
        if (approx) {
          if (parts) parts.push(['approximatelySign', num.approx]);
          else str += num.approx;
        }
        if (sign) {
          const minus = sign === 1;
          if (parts) parts.push([minus ? 'minusSign' : 'plusSign', minus ? sym.minus : sym.plus]);
          else str += minus ? sym.minus : sym.plus;
        }
      } else if (typeof t === 'string') {
        if (parts) parts.push(['literal', t]);
        else str += t;
      } else if (t[0] === 'currency' && t.length === 1) {
        // ICU's currency spacing: a symbol that ends (or starts) with a
        // letter gets a no-break space next to the digits.
        let text = currencyText;
        let pre = '';
        let post = '';
        if (s.currencyDisplay !== 'name') {
          if (tmpl[i + 1] === 0 && s.spaceAfter) post = '\u00a0';
          if (tmpl[i - 1] === 0 && s.spaceBefore) pre = '\u00a0';
        }
        if (parts) {
          if (pre) parts.push(['literal', pre]);
          parts.push(['currency', text]);
          if (post) parts.push(['literal', post]);
        } else {
          str += pre + text + post;
        }
      } else if (parts) {
        parts.push([t[0], t[1]]);
      } else {
        str += t[1];
      }
    }
    return parts || str;
  }
  const formatNumber = (s, x) => formatNumberCore(s, x, null);
  const formatNumberParts = (s, x) => formatNumberCore(s, x, []);

  // unitTemplate: the unit's templates, or for an X-per-Y unit without
  // its own, X's with the unit text put into Y's per pattern ("{0}/s").
  function unitTemplate(s) {
    if (s.unitRow) return s.unitRow;
    const data = section(s.dataLocale, 'unit');
    if (data.units[s.unit]) return (s.unitRow = data.units[s.unit][s.unitDisplay]);
    const i = s.unit.indexOf('-per-');
    const num = data.units[s.unit.slice(0, i)][s.unitDisplay];
    const per = data.per[s.unitDisplay][s.unit.slice(i + 5)] || '{0}/' + s.unit.slice(i + 5);
    const wrap = (t) => t.map((x) => (Array.isArray(x) && x[0] === 'unit' ? ['unit', per.replace('{0}', x[1])] : x));
    if (Array.isArray(num)) return (s.unitRow = wrap(num));
    const out = {};
    for (const k of Object.keys(num)) out[k] = wrap(num[k]);
    return (s.unitRow = out);
  }

  function isWellFormedUnit(u) {
    if (UNIT_SIMPLE.includes(u)) return true;
    const i = u.indexOf('-per-');
    return i > 0 && UNIT_SIMPLE.includes(u.slice(0, i)) && UNIT_SIMPLE.includes(u.slice(i + 5));
  }

  function NumberFormat(locales, options) {
    if (!new.target) return new NumberFormat(locales, options);
    const requested = canonicalizeLocaleList(locales);
    const opts = toOptions(options);
    const svc = 'Intl.NumberFormat';
    getOpt(opts, 'localeMatcher', MATCHERS, 'best fit', svc);
    const nu = getOpt(opts, 'numberingSystem', undefined, undefined, svc);
    if (nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(nu)) throw new RangeError('Invalid numberingSystem : ' + nu);
    const r = lookup('NumberFormat', requested);
    const kw = {};
    if (r.kw.nu === 'latn') kw.nu = 'latn';
    const s = { kind: 'NumberFormat', locale: withKeywords(r.locale, kw), dataLocale: dataLocale(r.locale) };
    s.num = section(s.dataLocale, 'num');
    s.style = getOpt(opts, 'style', NUMBER_STYLES, 'decimal', svc);
    let currency = getOpt(opts, 'currency', undefined, undefined, svc);
    if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) throw new RangeError('Invalid currency code : ' + currency);
    s.currencyDisplay = getOpt(opts, 'currencyDisplay', CURRENCY_DISPLAYS, 'symbol', svc);
    s.currencySign = getOpt(opts, 'currencySign', CURRENCY_SIGNS, 'standard', svc);
    const unit = getOpt(opts, 'unit', undefined, undefined, svc);
    if (unit !== undefined && !isWellFormedUnit(unit)) throw new RangeError(`Invalid unit argument for Intl.NumberFormat() '${unit}'`);
    s.unitDisplay = getOpt(opts, 'unitDisplay', UNIT_DISPLAYS, 'short', svc);
    if (s.style === 'currency') {
      if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
      s.currency = currency.toUpperCase();
      const c = s.currency;
      const text = s.currencyDisplay === 'code' ? c : s.currencyDisplay === 'narrowSymbol' ? s.num.narrow[c] || s.num.symbols[c] || c : s.num.symbols[c] || c;
      s.currencyText = text;
      s.spaceAfter = !SYMBOL_CHAR.test(text[text.length - 1]);
      s.spaceBefore = !SYMBOL_CHAR.test(text[0]);
    }
    if (s.style === 'unit') {
      if (unit === undefined) throw new TypeError("Invalid unit argument for Intl.NumberFormat() ''");
      s.unit = unit;
    }
    s.notation = getOpt(opts, 'notation', NOTATIONS, 'standard', svc);
    let mnfd = 0;
    let mxfd = s.style === 'percent' ? 0 : 3;
    if (s.style === 'currency' && s.notation === 'standard') {
      const digits = meta('currencyDigits');
      mnfd = mxfd = hasOwn(digits, s.currency) ? digits[s.currency] : 2;
    }
    digitOptions(s, opts, mnfd, mxfd, s.notation, svc);
    s.compactDisplay = getOpt(opts, 'compactDisplay', COMPACT_DISPLAYS, 'short', svc);
    const grouping = opts.useGrouping;
    const defGroup = s.notation === 'compact' ? 'min2' : 'auto';
    if (grouping === undefined) s.useGrouping = defGroup;
    else if (grouping === true) s.useGrouping = 'always';
    else if (grouping === false || grouping === null || grouping === 0 || grouping === '') s.useGrouping = false;
    else {
      const g = String(grouping);
      if (g === 'true' || g === 'false') s.useGrouping = defGroup;
      else if (['min2', 'auto', 'always'].includes(g)) s.useGrouping = g;
      else throw new RangeError(`Value ${g} out of range for Intl.NumberFormat options property useGrouping`);
    }
    s.signDisplay = getOpt(opts, 'signDisplay', SIGN_DISPLAYS, 'auto', svc);
    s.plain = s.notation === 'standard' && s.roundingType === 'fractionDigits' && s.roundingIncrement === 1 && s.style !== 'percent';
    this[SLOT] = s;
  }
  defineHidden(NumberFormat.prototype, 'formatToParts', function formatToParts(x) {
    const s = requireSlot(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatToParts');
    return formatNumberParts(s, x).map(([type, value]) => ({ type, value }));
  });
  function numberRangeParts(s, x, y) {
    if (x === undefined || y === undefined) throw new TypeError('start or end is undefined');
    const a = toIntlValue(x);
    const b = toIntlValue(y);
    if (a.nan || b.nan) throw new RangeError('Invalid time value');
    const pa = formatNumberParts(s, x);
    const pb = formatNumberParts(s, y);
    const text = (ps) => ps.map((p) => p[1]).join('');
    if (text(pa) === text(pb)) return formatNumberCore(s, x, [], true).map((p) => [p[0], p[1], 'shared']);
    // ICU collapses an affix of more than one character that both ends
    // share ("3–5 %") and puts spaces around the dash when an affix is
    // repeated ("3 % – 5 %", "€3.00 – €5.00").
    const isNum = (p) => ['integer', 'group', 'decimal', 'fraction', 'exponentSeparator', 'exponentMinusSign', 'exponentInteger', 'compact', 'nan', 'infinity'].includes(p[0]);
    const first = (ps) => ps.findIndex(isNum);
    const last = (ps) => ps.length - 1 - [...ps].reverse().findIndex(isNum);
    const suffixA = pa.slice(last(pa) + 1);
    const suffixB = pb.slice(last(pb) + 1);
    const prefixA = pa.slice(0, first(pa));
    const prefixB = pb.slice(0, first(pb));
    const collapse = text(suffixA) === text(suffixB) && [...text(suffixA)].length > 1 && text(prefixA) === text(prefixB) && !prefixA.some((p) => p[0] === 'minusSign' || p[0] === 'plusSign');
    const left = collapse ? pa.slice(0, last(pa) + 1) : pa;
    const right = collapse ? pb.slice(0, last(pb) + 1) : pb;
    const affixed = (collapse ? prefixA.length : prefixA.length + suffixA.length + prefixB.length + suffixB.length) > 0;
    const sep = affixed && !/^\s/.test(s.num.range) ? ' ' + s.num.range + ' ' : s.num.range;
    const out = left.map((p) => [p[0], p[1], 'startRange']);
    out.push(['literal', sep, 'shared']);
    out.push(...right.map((p) => [p[0], p[1], 'endRange']));
    if (collapse) out.push(...suffixA.map((p) => [p[0], p[1], 'shared']));
    return out;
  }
  defineHidden(NumberFormat.prototype, 'formatRange', function formatRange(x, y) {
    const s = requireSlot(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatRange');
    return numberRangeParts(s, x, y).map((p) => p[1]).join('');
  });
  defineHidden(NumberFormat.prototype, 'formatRangeToParts', function formatRangeToParts(x, y) {
    const s = requireSlot(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatRangeToParts');
    return numberRangeParts(s, x, y).map(([type, value, source]) => ({ type, value, source }));
  });
  defineHidden(NumberFormat.prototype, 'resolvedOptions', function resolvedOptions() {
    const s = requireSlot(this, 'NumberFormat', 'Intl.NumberFormat.prototype.resolvedOptions');
    const o = { locale: s.locale, numberingSystem: 'latn', style: s.style };
    if (s.style === 'currency') Object.assign(o, { currency: s.currency, currencyDisplay: s.currencyDisplay, currencySign: s.currencySign });
    if (s.style === 'unit') Object.assign(o, { unit: s.unit, unitDisplay: s.unitDisplay });
    o.minimumIntegerDigits = s.minimumIntegerDigits;
    if (s.roundingType !== 'significantDigits') Object.assign(o, { minimumFractionDigits: s.minimumFractionDigits, maximumFractionDigits: s.maximumFractionDigits });
    if (s.roundingType !== 'fractionDigits') Object.assign(o, { minimumSignificantDigits: s.minimumSignificantDigits, maximumSignificantDigits: s.maximumSignificantDigits });
    if (s.roundingType === 'morePrecision' || s.roundingType === 'lessPrecision') {
      // V8 lists significant digits before fraction digits here.
      const { minimumFractionDigits: a, maximumFractionDigits: b } = o;
      delete o.minimumFractionDigits;
      delete o.maximumFractionDigits;
      o.minimumFractionDigits = a;
      o.maximumFractionDigits = b;
    }
    o.useGrouping = s.useGrouping;
    o.notation = s.notation;
    if (s.notation === 'compact') o.compactDisplay = s.compactDisplay;
    Object.assign(o, { signDisplay: s.signDisplay, roundingMode: s.roundingMode, roundingIncrement: s.roundingIncrement, trailingZeroDisplay: s.trailingZeroDisplay, roundingPriority: s.roundingPriority });
    return o;
  });
  Object.defineProperty(NumberFormat.prototype, 'format', {
    configurable: true,
    get() {
      const s = requireSlot(this, 'NumberFormat', 'UnwrapNumberFormat');
      if (!s.bound) s.bound = (x) => formatNumber(s, x);
      return s.bound;
    },
  });
  defineHidden(NumberFormat, 'supportedLocalesOf', function supportedLocalesOf_(l, o) { return supportedLocalesOf('NumberFormat', l, o); });
  Object.defineProperty(NumberFormat.prototype, Symbol.toStringTag, { value: 'Intl.NumberFormat', configurable: true });

  // ---- time zones --------------------------------------------------------

  // canonZone resolves a time zone name as ICU does ("utc", "Etc/GMT" →
  // "UTC", "Asia/Kolkata" → "Asia/Calcutta"), or undefined.
  const zoneCache = new Map();
  function canonZone(name) {
    let c = zoneCache.get(name);
    if (c === undefined) {
      c = intlNative.canonZone(name);
      if (c === 'Etc/UTC' || c === 'Etc/GMT') c = 'UTC';
      if (c === undefined) return undefined;
      if (zoneCache.size > 256) zoneCache.clear();
      zoneCache.set(name, c);
    }
    return c;
  }
  function localZone() {
    const name = intlNative.localZone();
    return canonZone(name) || name;
  }
  // gmtFormat is ICU's localized GMT format: "GMT+5:30", "GMT-05:00"; zero
  // is "GMT", or "GMT+0" in the offset styles.
  function gmtFormat(tz, off, long, offsetStyle) {
    if (off === 0 && !offsetStyle) return tz.gmt.replace('{0}', '');
    const a = Math.abs(off);
    const h = Math.floor(a / 60);
    const m = a % 60;
    const body = long ? pad2(h) + ':' + pad2(m) : h + (m ? ':' + pad2(m) : '');
    return tz.gmt.replace('{0}', (off < 0 ? tz.minus : tz.plus) + body);
  }
  // zoneName: style 1 short, 2 long, 3 shortOffset, 4 longOffset, 5
  // shortGeneric, 6 longGeneric. Specific names are kept per UTC offset
  // (standard and daylight time of 2024) and hold from the zone's
  // zoneSince (ICU's metazones mostly start in 1970); generic ones per zone.
  const zoneNameCache = new Map();
  function zoneName(s, off, style, t) {
    const tz = s.tz;
    const long = style % 2 === 0;
    if (style === 3 || style === 4) return gmtFormat(tz, off, long, true);
    const key = s.dataLocale + '\u0000' + s.timeZone;
    let z = zoneNameCache.get(key);
    if (z === undefined) {
      const raw = intlNative.zoneNames(s.dataLocale, s.timeZone);
      z = raw === undefined ? null : JSON.parse(raw);
      zoneNameCache.set(key, z);
    }
    if (style >= 5) {
      const n = z && z[long ? 2 : 1];
      return n || gmtFormat(tz, off, long, true);
    }
    if (z && z[0].length) {
      const since = meta('zoneSince')[s.timeZone];
      if (!(t < (since === undefined ? 0 : since))) {
        // The names of 2024's standard or daylight offset; another offset
        // (an older date) takes them by Go's isDST, as metazone names do
        // not change with the offset.
        const entries = z[0];
        let e = null;
        for (let j = 0; j < entries.length; j++) if (entries[j][0] === off) e = entries[j];
        if (e === null) e = entries[s.zdst && entries.length > 1 ? 1 : 0];
        const n = e[long ? 2 : 1];
        if (n) return n;
      }
    }
    return gmtFormat(tz, off, long, false);
  }

  // ---- DateTimeFormat ----------------------------------------------------

  const DT_FIELDS = {
    weekday: ['narrow', 'short', 'long'],
    era: ['narrow', 'short', 'long'],
    year: ['numeric', '2-digit'],
    month: ['numeric', '2-digit', 'narrow', 'short', 'long'],
    day: ['numeric', '2-digit'],
    dayPeriod: ['narrow', 'short', 'long'],
    hour: ['numeric', '2-digit'],
    minute: ['numeric', '2-digit'],
    second: ['numeric', '2-digit'],
    fractionalSecondDigits: null,
    timeZoneName: ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'],
  };
  const DT_FIELD_NAMES = Object.keys(DT_FIELDS); // weekday, era, year, month, day | dayPeriod … fractionalSecondDigits | timeZoneName
  const STYLES = ['full', 'long', 'medium', 'short'];
  // V8 reads resolvedOptions() off the ICU pattern by searching it for
  // field letters, literals included; the same table (and quirks) here.
  const RESOLVED = [
    ['weekday', [['EEEEE', 'narrow'], ['EEEE', 'long'], ['EEE', 'short'], ['ccccc', 'narrow'], ['cccc', 'long'], ['ccc', 'short']]],
    ['era', [['GGGGG', 'narrow'], ['GGGG', 'long'], ['GGG', 'short']]],
    ['year', [['yy', '2-digit'], ['y', 'numeric']]],
    ['month', [['MMMMM', 'narrow'], ['MMMM', 'long'], ['MMM', 'short'], ['MM', '2-digit'], ['M', 'numeric'], ['LLLLL', 'narrow'], ['LLLL', 'long'], ['LLL', 'short'], ['LL', '2-digit'], ['L', 'numeric']]],
    ['day', [['dd', '2-digit'], ['d', 'numeric']]],
    ['dayPeriod', [['BBBBB', 'narrow'], ['bbbbb', 'narrow'], ['BBBB', 'long'], ['bbbb', 'long'], ['B', 'short'], ['b', 'short']]],
    ['hour', [['HH', '2-digit'], ['H', 'numeric'], ['hh', '2-digit'], ['h', 'numeric'], ['kk', '2-digit'], ['k', 'numeric'], ['KK', '2-digit'], ['K', 'numeric']]],
    ['minute', [['mm', '2-digit'], ['m', 'numeric']]],
    ['second', [['ss', '2-digit'], ['s', 'numeric']]],
    ['timeZoneName', [['zzzz', 'long'], ['z', 'short'], ['OOOO', 'longOffset'], ['O', 'shortOffset'], ['vvvv', 'longGeneric'], ['v', 'shortGeneric']]],
  ];
  const HC_LETTER = { h11: 'K', h12: 'h', h23: 'H', h24: 'k' };
  const TZ_LETTERS = ['', 'z', 'zzzz', 'O', 'OOOO', 'v', 'vvvv'];
  // Compiled field opcodes and their part types.
  const OPCODE = { y: 1, M: 2, N: 2, L: 3, S: 3, E: 4, a: 5, B: 5, d: 6, h: 7, m: 8, s: 9, z: 10 };
  const PART_TYPE = ['literal', 'year', 'month', 'month', 'weekday', 'dayPeriod', 'day', 'hour', 'minute', 'second', 'timeZoneName'];

  // A compiled template: literal strings and [opcode, width, pool] fields.
  const compiled = new Map();
  function compile(t) {
    let c = compiled.get(t);
    if (!c) {
      c = [];
      const re = /\{([a-zA-Z])(\d)(\d*)\}/g;
      let last = 0;
      let m;
      while ((m = re.exec(t))) {
        if (m.index > last) c.push(t.slice(last, m.index));
        c.push([OPCODE[m[1]], +m[2], m[3] === '' ? -1 : +m[3]]);
        last = re.lastIndex;
      }
      if (last < t.length) c.push(t.slice(last));
      compiled.set(t, c);
    }
    return c;
  }

  // templateFor finds the template of a components key: stored (in Go),
  // or the date's and the time's glued as ICU glues them.
  const templateCache = new Map();
  function templateFor(loc, dt, key) {
    const ck = loc + '\u0000' + key;
    let tmpl = templateCache.get(ck);
    if (tmpl === undefined) {
      const t = (k) => intlNative.dtTemplate(loc, k);
      const timeOnly = (k) => {
        const v = t(k);
        return v !== undefined ? v : t(k.replace('k', 'H'));
      };
      tmpl = t(key);
      if (tmpl === undefined) {
        const date = key.slice(0, 4);
        const time = key.slice(4);
        if (date === '0000') {
          tmpl = timeOnly(key);
        } else {
          const bucket = key[2] === '5' ? (key[0] !== '0' ? 'f' : 'l') : key[2] === '4' ? 'm' : 's';
          const d = t(date + '0000');
          const tm = timeOnly('0000' + time);
          tmpl = dt.glue[bucket].replace('{1}', () => d).replace('{0}', () => tm);
        }
      }
      if (templateCache.size > 512) templateCache.clear();
      templateCache.set(ck, tmpl);
    }
    return tmpl;
  }

  // civil splits a local time (ms) into fields without a Date.
  // civilDate splits a day number (days since 1970-01-01) into the date
  // fields, without a Date (Hinnant's days-to-civil; the values after era
  // are small and not negative, so | 0 floors them).
  function civilDate(days) {
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
    const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
    const mp = ((5 * doy + 2) / 153) | 0;
    const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return { days, year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m - 1, day: d, weekday: (((days + 4) % 7) + 7) % 7 };
  }

  function dateValue(date) {
    const x = date === undefined ? Date.now() : typeof date === 'number' ? date : Number(date);
    if (!(x >= -8.64e15 && x <= 8.64e15)) throw new RangeError('Invalid time value');
    return x < 0 ? Math.ceil(x) : Math.floor(x);
  }

  // formatDateCore renders a formatter's template at a time: the string
  // (parts null) or [type, text] pairs pushed onto parts. The zone's
  // offset is kept with the period it holds for, so most calls do not
  // cross into Go.
  function formatDateCore(s, date, parts) {
    const t = dateValue(date);
    let off = 0;
    if (s.timeZone !== 'UTC') {
      if (t >= s.zlo && t < s.zhi) {
        off = s.zoff;
      } else {
        const p = intlNative.tzPeriod(s.timeZone === 'Local' ? '' : s.timeZone, t);
        off = s.zoff = p[0];
        s.zlo = p[1];
        s.zhi = p[2];
        s.zdst = p[3];
      }
    }
    const local = t + off * 60000;
    const days = Math.floor(local / 86400000);
    const rem = local - days * 86400000;
    // The date fields are kept for the last day formatted.
    let f = s.day;
    if (f === undefined || f.days !== days) f = s.day = civilDate(days);
    const hour = (rem / 3600000) | 0;
    const pools = s.dt.pool;
    const toks = s.tokens;
    let str = '';
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i];
      if (typeof tok === 'string') {
        if (parts) parts.push(['literal', tok]);
        else str += tok;
        continue;
      }
      const c = tok[0];
      let v;
      let n = -1;
      switch (c) {
        case 6: n = f.day; break;
        case 8: n = ((rem / 60000) | 0) % 60; break;
        case 9: n = ((rem / 1000) | 0) % 60; break;
        case 2: n = f.month + 1; break;
        case 7: {
          n = hour;
          const hc = s.hourCycle;
          if (hc === 'h12') n = n % 12 || 12;
          else if (hc === 'h11') n %= 12;
          else if (hc === 'h24') n = n || 24;
          break;
        }
        case 1: {
          const y = f.year > 0 ? f.year : 1 - f.year;
          v = tok[1] === 2 ? (y % 100 < 10 ? '0' : '') + (y % 100) : '' + y;
          break;
        }
        case 3: v = pools[tok[2]][f.month]; break;
        case 4: v = pools[tok[2]][f.weekday]; break;
        case 5: v = pools[tok[2]][hour]; break;
        case 10: v = zoneName(s, off, tok[1], t); break;
      }
      if (n >= 0) v = tok[1] === 2 && n < 10 ? '0' + n : '' + n;
      if (parts) parts.push([PART_TYPE[c], v]);
      else str += v;
      if (c === 9 && s.fractionalSecondDigits) {
        const ms = String((rem % 1000) + 1000).slice(1, 1 + s.fractionalSecondDigits);
        if (parts) parts.push(['literal', s.dt.fsep], ['fractionalSecond', ms]);
        else str += s.dt.fsep + ms;
      }
    }
    if (parts) return parts;
    // V8 prints ICU's U+202F (before AM/PM) as a plain space in format()
    // and toLocaleString(), not in formatToParts() or formatRange().
    return str.indexOf('\u202f') < 0 ? str : str.split('\u202f').join(' ');
  }
  const formatDate = (s, date) => formatDateCore(s, date, null);
  const formatDateParts = (s, date) => formatDateCore(s, date, []);

  // ToDateTimeOptions's defaults: which fields count and which to add.
  function createDateTimeFormat(self, locales, options, required, defaults) {
    const requested = canonicalizeLocaleList(locales);
    const opts = toOptions(options);
    const svc = 'Intl.DateTimeFormat';
    getOpt(opts, 'localeMatcher', MATCHERS, 'best fit', svc);
    const calendar = getOpt(opts, 'calendar', undefined, undefined, svc);
    if (calendar !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(calendar)) throw new RangeError('Invalid calendar : ' + calendar);
    const nu = getOpt(opts, 'numberingSystem', undefined, undefined, svc);
    if (nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(nu)) throw new RangeError('Invalid numberingSystem : ' + nu);
    const hour12 = getOpt(opts, 'hour12', 'boolean', undefined, svc);
    let hourCycle = getOpt(opts, 'hourCycle', HOUR_CYCLES, undefined, svc);
    if (hour12 !== undefined) hourCycle = undefined;
    const r = lookup('DateTimeFormat', requested);
    const s = { kind: 'DateTimeFormat', dataLocale: dataLocale(r.locale) };
    const dt = section(s.dataLocale, 'dt');
    s.dt = dt;
    const kw = {};
    if (r.kw.ca === 'gregory' && (calendar === undefined || calendar === 'gregory')) kw.ca = 'gregory';
    if (r.kw.nu === 'latn' && (nu === undefined || nu === 'latn')) kw.nu = 'latn';
    const extHc = HOUR_CYCLES.includes(r.kw.hc) ? r.kw.hc : undefined;
    const base = extHc || dt.hc;
    let hc;
    if (hour12 !== undefined) hc = hour12 ? (base === 'h11' || base === 'h23' ? 'h11' : 'h12') : (base === 'h11' || base === 'h23' ? 'h23' : 'h24');
    else hc = hourCycle !== undefined ? hourCycle : base;
    if (extHc && hc === extHc) kw.hc = extHc;
    s.locale = withKeywords(r.locale, kw);
    let tz = opts.timeZone;
    if (tz === undefined) {
      s.timeZone = localZone();
    } else {
      tz = String(tz);
      const c = canonZone(tz);
      if (c === undefined) throw new RangeError('Invalid time zone specified: ' + tz);
      s.timeZone = c;
    }
    const comp = {};
    let anyDate = false;
    let anyTime = false;
    let used;
    for (let i = 0; i < DT_FIELD_NAMES.length; i++) {
      const f = DT_FIELD_NAMES[i];
      let v;
      if (f === 'fractionalSecondDigits') {
        v = opts[f];
        if (v !== undefined) v = defaultNumber(v, 1, 3, undefined, 'fractionalSecondDigits');
      } else {
        v = getOpt(opts, f, DT_FIELDS[f], undefined, svc);
      }
      comp[f] = v;
      if (v === undefined) continue;
      if (used === undefined) used = f;
      if (i < 5 && f !== 'era') anyDate = true;
      else if (i >= 5 && i < 10) anyTime = true;
    }
    getOpt(opts, 'formatMatcher', FORMAT_MATCHERS, 'best fit', svc);
    const dateStyle = getOpt(opts, 'dateStyle', STYLES, undefined, svc);
    const timeStyle = getOpt(opts, 'timeStyle', STYLES, undefined, svc);
    s.tz = section(s.dataLocale, 'tz');
    let tmpl;
    if (dateStyle !== undefined || timeStyle !== undefined) {
      if (used) throw new TypeError(`Can't set option ${used} when ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
      if (required === 'date' && timeStyle !== undefined) throw new TypeError('Invalid option : timeStyle');
      if (required === 'time' && dateStyle !== undefined) throw new TypeError('Invalid option : dateStyle');
      s.dateStyle = dateStyle;
      s.timeStyle = timeStyle;
      const key = String(STYLES.indexOf(dateStyle) + 1) + String(STYLES.indexOf(timeStyle) + 1) + (timeStyle ? (hc === 'h11' || hc === 'h12' ? 'h' : hc === 'h23' ? 'H' : 'k') : '');
      tmpl = dt.styles[key] !== undefined ? dt.styles[key] : dt.styles[key.replace('k', 'H')];
      s.hourCycle = timeStyle ? hc : undefined;
    } else {
      let need = true;
      if (required !== 'time' && anyDate) need = false;
      if (required !== 'date' && anyTime) need = false;
      if (need && (defaults === 'date' || defaults === 'all')) comp.year = comp.month = comp.day = 'numeric';
      if (need && (defaults === 'time' || defaults === 'all')) comp.hour = comp.minute = comp.second = 'numeric';
      const idx = (f, list) => (comp[f] === undefined ? 0 : list.indexOf(comp[f]) + 1);
      const tzIdx = idx('timeZoneName', DT_FIELDS.timeZoneName);
      let key = '' + idx('weekday', DT_FIELDS.weekday) + idx('year', DT_FIELDS.year) + idx('month', DT_FIELDS.month) + idx('day', DT_FIELDS.day) + idx('hour', DT_FIELDS.hour) + idx('minute', DT_FIELDS.minute) + idx('second', DT_FIELDS.second) + tzIdx;
      if (comp.hour !== undefined) key += hc === 'h11' || hc === 'h12' ? 'h' : hc === 'h23' ? 'H' : 'k';
      if (key === '00000000') key = '01110000'; // only era/dayPeriod/fractionalSecondDigits asked for
      tmpl = templateFor(s.dataLocale, dt, key);
      s.key = key;
      s.fractionalSecondDigits = tmpl.indexOf('{s') >= 0 ? comp.fractionalSecondDigits : undefined;
      s.hourCycle = tmpl.indexOf('{h') >= 0 ? hc : undefined;
    }
    s.template = tmpl;
    s.tokens = compile(tmpl);
    s.zlo = s.zhi = 0; // the cached zone period (empty)
    self[SLOT] = s;
  }

  function resolvedFields(s) {
    const override = s.dt.resolved[s.key];
    const out = {};
    if (override) {
      RESOLVED.forEach(([name], i) => { if (override[i]) out[name] = override[i]; });
    } else {
      const hcLetter = HC_LETTER[s.hourCycle] || 'h';
      const pat = s.template.replace(/\{([a-zA-Z])(\d)(\d*)\}/g, (_, c, w) => {
        const n = +w;
        switch (c) {
          case 'E': return 'E'.repeat(n);
          case 'L': return 'M'.repeat(n);
          case 'N': case 'S': return 'L'.repeat(n);
          case 'B': return 'B'.repeat(n === 3 ? 1 : n);
          case 'a': return 'a';
          case 'z': return TZ_LETTERS[n];
          case 'h': return hcLetter.repeat(n);
          default: return c.repeat(n);
        }
      });
      for (const [name, pairs] of RESOLVED) {
        const hit = pairs.find(([p]) => pat.includes(p));
        if (hit) out[name] = hit[1];
      }
    }
    // V8 counts the pattern's S letters (literals too: "Sekunde") for
    // fractionalSecondDigits, which goes just before timeZoneName.
    const fsd = Math.min(3, (s.fractionalSecondDigits || 0) + (s.template.replace(/\{[^}]*\}/g, '').match(/S/g) || []).length);
    if (fsd) {
      const tzn = out.timeZoneName;
      delete out.timeZoneName;
      out.fractionalSecondDigits = fsd;
      if (tzn) out.timeZoneName = tzn;
    }
    return out;
  }

  function DateTimeFormat(locales, options) {
    if (!new.target) return new DateTimeFormat(locales, options);
    createDateTimeFormat(this, locales, options, 'any', 'date');
  }
  function dateRangeParts(s, x, y) {
    if (x === undefined || y === undefined) throw new TypeError('startDate or endDate is undefined');
    const a = formatDateParts(s, x);
    const b = formatDateParts(s, y);
    const text = (ps) => ps.map((p) => p[1]).join('');
    if (text(a) === text(b)) return a.map((p) => [p[0], p[1].replace(/\u202f/g, ' '), 'shared']);
    return [...a.map((p) => [p[0], p[1], 'startRange']), ['literal', s.dt.rangeSep, 'shared'], ...b.map((p) => [p[0], p[1], 'endRange'])];
  }
  defineHidden(DateTimeFormat.prototype, 'formatToParts', function formatToParts(date) {
    const s = requireSlot(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatToParts');
    return formatDateParts(s, date).map(([type, value]) => ({ type, value }));
  });
  defineHidden(DateTimeFormat.prototype, 'formatRange', function formatRange(a, b) {
    const s = requireSlot(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatRange');
    return dateRangeParts(s, a, b).map((p) => p[1]).join('');
  });
  defineHidden(DateTimeFormat.prototype, 'formatRangeToParts', function formatRangeToParts(a, b) {
    const s = requireSlot(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatRangeToParts');
    return dateRangeParts(s, a, b).map(([type, value, source]) => ({ type, value, source }));
  });
  defineHidden(DateTimeFormat.prototype, 'resolvedOptions', function resolvedOptions() {
    const s = requireSlot(this, 'DateTimeFormat', 'UnwrapDateTimeFormat');
    const o = { locale: s.locale, calendar: 'gregory', numberingSystem: 'latn', timeZone: s.timeZone };
    if (s.hourCycle) {
      o.hourCycle = s.hourCycle;
      o.hour12 = s.hourCycle === 'h11' || s.hourCycle === 'h12';
    }
    if (s.dateStyle === undefined && s.timeStyle === undefined) Object.assign(o, resolvedFields(s));
    if (s.dateStyle !== undefined) o.dateStyle = s.dateStyle;
    if (s.timeStyle !== undefined) o.timeStyle = s.timeStyle;
    return o;
  });
  Object.defineProperty(DateTimeFormat.prototype, 'format', {
    configurable: true,
    get() {
      const s = requireSlot(this, 'DateTimeFormat', 'UnwrapDateTimeFormat');
      if (!s.bound) s.bound = (date) => formatDate(s, date);
      return s.bound;
    },
  });
  defineHidden(DateTimeFormat, 'supportedLocalesOf', function supportedLocalesOf_(l, o) { return supportedLocalesOf('DateTimeFormat', l, o); });
  Object.defineProperty(DateTimeFormat.prototype, Symbol.toStringTag, { value: 'Intl.DateTimeFormat', configurable: true });

  // ---- PluralRules -------------------------------------------------------

  class PluralRules {
    constructor(locales, options) {
      const requested = canonicalizeLocaleList(locales);
      const opts = toOptions(options);
      const svc = 'Intl.PluralRules';
      getOpt(opts, 'localeMatcher', MATCHERS, 'best fit', svc);
      const s = { kind: 'PluralRules' };
      s.type = getOpt(opts, 'type', PLURAL_TYPES, 'cardinal', svc);
      digitOptions(s, opts, 0, 3, 'standard', svc);
      const r = lookup('PluralRules', requested);
      s.locale = r.locale;
      s.dataLocale = dataLocale(r.locale);
      s.useGrouping = false;
      this[SLOT] = s;
    }
    select(n) {
      const s = requireSlot(this, 'PluralRules', 'Intl.PluralRules.prototype.select');
      return selectPlural(s, Number(n));
    }
    selectRange(x, y) {
      const s = requireSlot(this, 'PluralRules', 'Intl.PluralRules.prototype.selectRange');
      if (x === undefined || y === undefined) throw new TypeError('start or end is undefined');
      const a = Number(x);
      const b = Number(y);
      if (Number.isNaN(a) || Number.isNaN(b)) throw new RangeError('Invalid time value');
      return selectPlural(s, b);
    }
    resolvedOptions() {
      const s = requireSlot(this, 'PluralRules', 'Intl.PluralRules.prototype.resolvedOptions');
      const o = { locale: s.locale, type: s.type, minimumIntegerDigits: s.minimumIntegerDigits };
      if (s.roundingType !== 'significantDigits') Object.assign(o, { minimumFractionDigits: s.minimumFractionDigits, maximumFractionDigits: s.maximumFractionDigits });
      if (s.roundingType !== 'fractionDigits') Object.assign(o, { minimumSignificantDigits: s.minimumSignificantDigits, maximumSignificantDigits: s.maximumSignificantDigits });
      o.pluralCategories = section(s.dataLocale, 'plural')[s.type === 'ordinal' ? 1 : 0].slice();
      return o;
    }
    static supportedLocalesOf(l, o) { return supportedLocalesOf('PluralRules', l, o); }
  }
  function selectPlural(s, n) {
    if (!Number.isFinite(n)) return 'other';
    const res = roundNumber(s, toIntlValue(Math.abs(n)));
    const fp = toFixedParts(res.d, res.minFrac);
    const int = fp[0];
    const frac = fp[1];
    return pluralOf(s.dataLocale, s.type === 'ordinal', int, frac);
  }
  Object.defineProperty(PluralRules.prototype, Symbol.toStringTag, { value: 'Intl.PluralRules', configurable: true });

  // ---- Collator ----------------------------------------------------------

  function Collator(locales, options) {
    if (!new.target) return new Collator(locales, options);
    const requested = canonicalizeLocaleList(locales);
    const opts = toOptions(options);
    const svc = 'Intl.Collator';
    const s = { kind: 'Collator' };
    s.usage = getOpt(opts, 'usage', USAGES, 'sort', svc);
    getOpt(opts, 'localeMatcher', MATCHERS, 'best fit', svc);
    const collation = getOpt(opts, 'collation', undefined, undefined, svc);
    if (collation !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(collation)) throw new RangeError('Invalid collation : ' + collation);
    const numeric = getOpt(opts, 'numeric', 'boolean', undefined, svc);
    const caseFirst = getOpt(opts, 'caseFirst', CASE_FIRSTS, undefined, svc);
    const r = lookup('Collator', requested);
    // V8 keeps kn and kf from the tag even where an option overrides them.
    const kw = {};
    const knTag = 'kn' in r.kw && (r.kw.kn === '' || r.kw.kn === 'false');
    if (knTag) kw.kn = r.kw.kn;
    s.numeric = numeric !== undefined ? numeric : knTag && r.kw.kn === '';
    const kfTag = CASE_FIRSTS.includes(r.kw.kf);
    if (kfTag) kw.kf = r.kw.kf;
    s.caseFirst = caseFirst !== undefined ? caseFirst : kfTag ? r.kw.kf : 'false';
    // A collation type x/text has (de phonebk, zh stroke, …); others are
    // the default order.
    s.collation = 'default';
    const co = collation !== undefined ? collation : r.kw.co;
    if (co && co !== 'standard' && co !== 'search' && intlNative.hasCollation(r.locale, co)) {
      s.collation = co;
      if (r.kw.co === co) kw.co = co;
    }
    s.locale = withKeywords(r.locale, kw);
    s.sensitivity = getOpt(opts, 'sensitivity', SENSITIVITIES, 'variant', svc);
    s.ignorePunctuation = getOpt(opts, 'ignorePunctuation', 'boolean', false, svc);
    s.cmp = intlNative.collator(s.collation === 'default' ? r.locale : r.locale + '-u-co-' + s.collation, s.sensitivity, s.numeric, s.caseFirst, s.ignorePunctuation);
    this[SLOT] = s;
  }
  Object.defineProperty(Collator.prototype, 'compare', {
    configurable: true,
    get() {
      const s = requireSlot(this, 'Collator', 'get Intl.Collator.prototype.compare');
      if (!s.bound) s.bound = (a, b) => s.cmp(String(a), String(b));
      return s.bound;
    },
  });
  defineHidden(Collator.prototype, 'resolvedOptions', function resolvedOptions() {
    const s = requireSlot(this, 'Collator', 'Intl.Collator.prototype.resolvedOptions');
    return { locale: s.locale, usage: s.usage, sensitivity: s.sensitivity, ignorePunctuation: s.ignorePunctuation, collation: s.collation, numeric: s.numeric, caseFirst: s.caseFirst };
  });
  defineHidden(Collator, 'supportedLocalesOf', function supportedLocalesOf_(l, o) { return supportedLocalesOf('Collator', l, o); });
  Object.defineProperty(Collator.prototype, Symbol.toStringTag, { value: 'Intl.Collator', configurable: true });

  // ---- RelativeTimeFormat ------------------------------------------------

  const RT_UNITS = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'];
  class RelativeTimeFormat {
    constructor(locales, options) {
      const requested = canonicalizeLocaleList(locales);
      const opts = toOptions(options);
      const svc = 'Intl.RelativeTimeFormat';
      getOpt(opts, 'localeMatcher', MATCHERS, 'best fit', svc);
      const nu = getOpt(opts, 'numberingSystem', undefined, undefined, svc);
      if (nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(nu)) throw new RangeError('Invalid numberingSystem : ' + nu);
      const r = lookup('RelativeTimeFormat', requested);
      const kw = {};
      if (r.kw.nu === 'latn') kw.nu = 'latn';
      const s = { kind: 'RelativeTimeFormat', locale: withKeywords(r.locale, kw), dataLocale: dataLocale(r.locale) };
      s.style = getOpt(opts, 'style', WIDTHS, 'long', svc);
      s.numeric = getOpt(opts, 'numeric', NUMERICS, 'always', svc);
      s.nf = new NumberFormat(r.locale)[SLOT];
      this[SLOT] = s;
    }
    format(value, unit) {
      const s = requireSlot(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.format');
      return relativeParts(s, value, unit, 'format').map((p) => p[1]).join('');
    }
    formatToParts(value, unit) {
      const s = requireSlot(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.formatToParts');
      return relativeParts(s, value, unit, 'formatToParts').map(([type, v, u]) => (u ? { type, value: v, unit: u } : { type, value: v }));
    }
    resolvedOptions() {
      const s = requireSlot(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.resolvedOptions');
      return { locale: s.locale, style: s.style, numeric: s.numeric, numberingSystem: 'latn' };
    }
    static supportedLocalesOf(l, o) { return supportedLocalesOf('RelativeTimeFormat', l, o); }
  }
  function relativeParts(s, value, unit, method) {
    const v = Number(value);
    const u = String(unit).replace(/s$/, '');
    if (!RT_UNITS.includes(u)) throw new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.${method}() '${String(unit)}'`);
    if (!Number.isFinite(v)) throw new RangeError(`Value need to be finite number for Intl.RelativeTimeFormat.prototype.${method}()`);
    const row = section(s.dataLocale, 'rel')[u + '-' + s.style];
    if (s.numeric === 'auto') {
      const phrase = row.auto[Object.is(v, -0) ? 0 : v];
      if (phrase !== undefined) return [['literal', phrase]];
    }
    const past = v < 0 || Object.is(v, -0);
    const num = formatNumberParts(s.nf, Math.abs(v));
    const int = num.filter((p) => p[0] === 'integer').map((p) => p[1]).join('');
    const frac = num.filter((p) => p[0] === 'fraction').map((p) => p[1]).join('');
    const cat = pluralOf(s.dataLocale, false, int, frac);
    const tmpl = (past ? row.past : row.future)[cat] || (past ? row.past : row.future).other;
    const out = [];
    for (let i = 0; i < tmpl.length; i++) {
      const t = tmpl[i];
      if (t === 0) {
        for (let j = 0; j < num.length; j++) if (num[j][0] !== 'minusSign') out.push([num[j][0], num[j][1], u]);
      }
      else if (typeof t === 'string') out.push(['literal', t]);
    }
    return out;
  }
  Object.defineProperty(RelativeTimeFormat.prototype, Symbol.toStringTag, { value: 'Intl.RelativeTimeFormat', configurable: true });

  // ---- ListFormat --------------------------------------------------------

  class ListFormat {
    constructor(locales, options) {
      const requested = canonicalizeLocaleList(locales);
      const opts = toOptions(options);
      const svc = 'Intl.ListFormat';
      getOpt(opts, 'localeMatcher', MATCHERS, 'best fit', svc);
      const r = lookup('ListFormat', requested);
      const s = { kind: 'ListFormat', locale: r.locale, dataLocale: dataLocale(r.locale) };
      s.type = getOpt(opts, 'type', LIST_TYPES, 'conjunction', svc);
      s.style = getOpt(opts, 'style', WIDTHS, 'long', svc);
      this[SLOT] = s;
    }
    format(list) {
      const s = requireSlot(this, 'ListFormat', 'Intl.ListFormat.prototype.format');
      return listParts(s, list).map((p) => p[1]).join('');
    }
    formatToParts(list) {
      const s = requireSlot(this, 'ListFormat', 'Intl.ListFormat.prototype.formatToParts');
      return listParts(s, list).map(([type, value]) => ({ type, value }));
    }
    resolvedOptions() {
      const s = requireSlot(this, 'ListFormat', 'Intl.ListFormat.prototype.resolvedOptions');
      return { locale: s.locale, type: s.type, style: s.style };
    }
    static supportedLocalesOf(l, o) { return supportedLocalesOf('ListFormat', l, o); }
  }
  function listParts(s, list) {
    const items = [];
    if (list !== undefined) {
      for (const v of list) {
        if (typeof v !== 'string') throw new TypeError(`Iterable yielded ${typeof v === 'symbol' ? 'Symbol()' : String(v)} which is not a string`);
        items.push(v);
      }
    }
    const [pair, start, middle, end] = section(s.dataLocale, 'list')[s.type + '-' + s.style];
    // Spanish "y"/"o" become "e"/"u" before an (h)i / (h)o sound, as ICU does.
    const spanish = (sep, next) => {
      if (s.dataLocale.split('-')[0] !== 'es') return sep;
      if (sep === ' y ' && /^(i|hi$|hi[^ae])/i.test(next)) return ' e ';
      if (sep === ' o ' && (/^(o|ho|8)/i.test(next) || next === '11')) return ' u ';
      return sep;
    };
    const out = [];
    items.forEach((v, i) => {
      if (i > 0) {
        const sep = items.length === 2 ? pair : i === 1 ? start : i === items.length - 1 ? end : middle;
        out.push(['literal', spanish(sep, v)]);
      }
      out.push(['element', v]);
    });
    return out;
  }
  Object.defineProperty(ListFormat.prototype, Symbol.toStringTag, { value: 'Intl.ListFormat', configurable: true });

  // ---- Segmenter ---------------------------------------------------------
  //
  // Boundaries come from Go (intlNative.segment: Unicode's UAX #29 rules);
  // the segments are sliced out of the string here, so lone surrogates
  // survive. ICU's dictionaries for Chinese, Japanese and Thai words are not
  // there: an ideograph run is one word per character.

  const GRANULARITIES = ['grapheme', 'word', 'sentence'];
  class Segmenter {
    constructor(locales, options) {
      const requested = canonicalizeLocaleList(locales);
      // GetOptionsObject, worded as V8 words it.
      if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError('invalid_argument');
      const opts = toOptions(options);
      const svc = 'Intl.Segmenter';
      getOpt(opts, 'localeMatcher', MATCHERS, 'best fit', svc);
      const r = lookup(segmenterLocales(), requested);
      this[SLOT] = { kind: 'Segmenter', locale: r.locale, granularity: getOpt(opts, 'granularity', GRANULARITIES, 'grapheme', svc) };
    }
    segment(string) {
      const s = requireSlot(this, 'Segmenter', 'Intl.Segmenter.prototype.segment');
      return new Segments(s.granularity, String(string));
    }
    resolvedOptions() {
      const s = requireSlot(this, 'Segmenter', 'Intl.Segmenter.prototype.resolvedOptions');
      return { locale: s.locale, granularity: s.granularity };
    }
    static supportedLocalesOf(l, o) { return supportedLocalesOf(segmenterLocales(), l, o); }
  }
  // segmenterLocales names the tags Segmenter resolves to: every tag another
  // service has. (ICU has break rules for more regional tags, such as
  // de-AT, which resolve to their language here.)
  function segmenterLocales() {
    const avail = meta('available');
    if (!avail.Segmenter) avail.Segmenter = [...new Set(Object.values(avail).flat())];
    return 'Segmenter';
  }
  Object.defineProperty(Segmenter.prototype, Symbol.toStringTag, { value: 'Intl.Segmenter', configurable: true });
  const SEGMENTS = Symbol('segments');
  // segmentsOf computes a Segments object's boundaries once.
  function segmentsOf(o) {
    const d = o !== null && typeof o === 'object' ? o[SEGMENTS] : undefined;
    if (!d) throw new TypeError('Method %Segments.prototype%.containing called on incompatible receiver');
    if (!d.ends) {
      const r = intlNative.segment(d.input, d.granularity);
      d.ends = r.ends;
      d.wordLike = r.wordLike;
    }
    return d;
  }
  function segmentData(d, i) {
    const start = i === 0 ? 0 : d.ends[i - 1];
    const out = { segment: d.input.slice(start, d.ends[i]), index: start, input: d.input };
    if (d.granularity === 'word') out.isWordLike = d.wordLike[i];
    return out;
  }
  class Segments {
    constructor(granularity, input) { defineHidden(this, SEGMENTS, { granularity, input }); }
    containing(index) {
      const d = segmentsOf(this);
      let n = Number(index);
      n = Number.isNaN(n) ? 0 : Math.trunc(n);
      if (n < 0 || n >= d.input.length) return undefined;
      let lo = 0, hi = d.ends.length - 1;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (d.ends[mid] <= n) lo = mid + 1; else hi = mid; }
      return segmentData(d, lo);
    }
    [Symbol.iterator]() { return new SegmentIterator(segmentsOf(this)); }
  }
  class SegmentIterator {
    constructor(d) { defineHidden(this, SEGMENTS, { d, i: 0 }); }
    next() {
      const st = this !== null && typeof this === 'object' ? this[SEGMENTS] : undefined;
      if (!st || !st.d) throw new TypeError('Method %SegmentIterator.prototype%.next called on incompatible receiver');
      if (st.i >= st.d.ends.length) return { value: undefined, done: true };
      return { value: segmentData(st.d, st.i++), done: false };
    }
  }
  Object.setPrototypeOf(SegmentIterator.prototype, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
  Object.defineProperty(SegmentIterator.prototype, Symbol.toStringTag, { value: 'Segmenter String Iterator', configurable: true });
  // The prototypes' constructors are not reachable in V8.
  delete Segments.prototype.constructor;
  delete SegmentIterator.prototype.constructor;

  // ---- Intl --------------------------------------------------------------

  for (const C of [DateTimeFormat, NumberFormat, Collator, PluralRules, RelativeTimeFormat, ListFormat, Segmenter]) Object.defineProperty(C, 'length', { value: 0 });
  const Intl = {};
  const install = (name, v) => defineHidden(Intl, name, v);
  install('DateTimeFormat', DateTimeFormat);
  install('NumberFormat', NumberFormat);
  install('PluralRules', PluralRules);
  install('Collator', Collator);
  install('RelativeTimeFormat', RelativeTimeFormat);
  install('ListFormat', ListFormat);
  install('Segmenter', Segmenter);
  install('getCanonicalLocales', function getCanonicalLocales(locales) { return canonicalizeLocaleList(locales); });
  install('supportedValuesOf', function supportedValuesOf(key) {
    switch (String(key)) {
      case 'calendar': return ['gregory'];
      case 'collation': return ['default'];
      case 'currency': return meta('currencies').slice();
      case 'numberingSystem': return ['latn'];
      case 'timeZone': return meta('zoneList').filter((z) => z !== 'UTC');
      case 'unit': return UNIT_SIMPLE.slice();
      default: throw new RangeError('Invalid key : ' + String(key));
    }
  });
  Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });
  Object.defineProperty(globalThis, 'Intl', { value: Intl, writable: true, configurable: true });

  // ---- the locale-sensitive methods of the built-ins --------------------

  // Formatters for calls without options are kept per locale argument, as
  // V8 keeps its default ones.
  const cache = new Map();
  function cached(kind, locales, options, make) {
    if (options !== undefined || (locales !== undefined && typeof locales !== 'string')) return make();
    const k = kind + '\u0000' + (locales === undefined ? '' : locales);
    let f = cache.get(k);
    if (!f) {
      f = make();
      if (cache.size > 64) cache.clear();
      cache.set(k, f);
    }
    return f;
  }
  function thisTime(d, method) {
    if (!(d instanceof Date)) throw new TypeError(`Method Date.prototype.${method} called on incompatible receiver ${d === null || typeof d !== 'object' ? String(d) : '#<' + (d.constructor && d.constructor.name || 'Object') + '>'}`);
    return d.getTime();
  }
  function toLocaleDate(method, required, defaults) {
    return function (locales, options) {
      const t = thisTime(this, method);
      if (Number.isNaN(t)) return 'Invalid Date';
      const s = cached(method, locales, options, () => {
        const o = Object.create(DateTimeFormat.prototype);
        createDateTimeFormat(o, locales, options, required, defaults);
        return o[SLOT];
      });
      return formatDate(s, t);
    };
  }
  const def = (proto, name, fn) => defineHidden(proto, name, Object.defineProperties(fn, { name: { value: name }, length: { value: 0 } }));
  def(Date.prototype, 'toLocaleString', toLocaleDate('toLocaleString', 'any', 'all'));
  def(Date.prototype, 'toLocaleDateString', toLocaleDate('toLocaleDateString', 'date', 'date'));
  def(Date.prototype, 'toLocaleTimeString', toLocaleDate('toLocaleTimeString', 'time', 'time'));
  def(Number.prototype, 'toLocaleString', function (locales, options) {
    let x = this;
    if (typeof x !== 'number') {
      if (!(x instanceof Number)) throw new TypeError("Number.prototype.toLocaleString requires that 'this' be a Number");
      x = Number.prototype.valueOf.call(x);
    }
    const s = cached('number', locales, options, () => new NumberFormat(locales, options)[SLOT]);
    return formatNumber(s, x);
  });
  if (typeof BigInt === 'function') {
    def(BigInt.prototype, 'toLocaleString', function (locales, options) {
      const x = typeof this === 'bigint' ? this : BigInt.prototype.valueOf.call(this);
      const s = cached('number', locales, options, () => new NumberFormat(locales, options)[SLOT]);
      return formatNumber(s, x);
    });
  }
  def(String.prototype, 'localeCompare', function (that, locales, options) {
    if (this === undefined || this === null) throw new TypeError('String.prototype.localeCompare called on null or undefined');
    const s = cached('collator', locales, options, () => new Collator(locales, options)[SLOT]);
    return s.cmp(String(this), String(that));
  });
  Object.defineProperty(String.prototype.localeCompare, 'length', { value: 1 });
})
