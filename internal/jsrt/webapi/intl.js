// A small Intl for goja, which has none: en-US number and date formatting
// (other locales fall back to en-US), time zones through Go's tz database,
// PluralRules and Collator basics. Enough for the dates and prices that
// endpoints print; not a full ECMA-402.
(function (native) {
  'use strict';
  if (typeof globalThis.Intl !== 'undefined') return;
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const CURRENCY = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥', CAD: 'CA$', AUD: 'A$' };
  const pad = (n, w) => String(n).padStart(w, '0');
  const localeOf = (l) => (Array.isArray(l) ? l[0] : l) || 'en-US';

  function group(intPart) {
    return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }
  function fixed(n, minF, maxF) {
    let s = Math.abs(n).toFixed(maxF);
    if (maxF > minF) {
      let [i, f = ''] = s.split('.');
      while (f.length > minF && f.endsWith('0')) f = f.slice(0, -1);
      s = f ? i + '.' + f : i;
    }
    return s;
  }
  class NumberFormat {
    constructor(locales, opts) {
      opts = opts || {};
      this._locale = localeOf(locales);
      this._style = opts.style || 'decimal';
      this._currency = opts.currency ? String(opts.currency).toUpperCase() : undefined;
      if (this._style === 'currency' && !this._currency) throw new TypeError('Currency code is required with currency style.');
      const defMin = this._style === 'currency' ? (this._currency === 'JPY' ? 0 : 2) : 0;
      const defMax = this._style === 'currency' ? defMin : (this._style === 'percent' ? 0 : 3);
      this._minF = opts.minimumFractionDigits !== undefined ? opts.minimumFractionDigits : defMin;
      this._maxF = opts.maximumFractionDigits !== undefined ? Math.max(opts.maximumFractionDigits, this._minF) : Math.max(defMax, this._minF);
      this._grouping = opts.useGrouping !== false;
      this._minI = opts.minimumIntegerDigits || 1;
      this._display = opts.currencyDisplay || 'symbol';
      this._notation = opts.notation || 'standard';
    }
    format(n) {
      n = Number(n);
      if (Number.isNaN(n)) return 'NaN';
      if (!Number.isFinite(n)) return (n < 0 ? '-' : '') + '∞';
      if (this._style === 'percent') n *= 100;
      let s = fixed(n, this._minF, this._maxF);
      let [i, f] = s.split('.');
      i = i.padStart(this._minI, '0');
      if (this._grouping) i = group(i);
      s = f ? i + '.' + f : i;
      const neg = n < 0 && /[1-9]/.test(s);
      if (this._style === 'percent') s += '%';
      if (this._style === 'currency') {
        const sym = this._display === 'code' ? this._currency + '\u00a0' : (CURRENCY[this._currency] || this._currency + '\u00a0');
        s = sym + s;
      }
      return (neg ? '-' : '') + s;
    }
    formatToParts(n) { return [{ type: 'literal', value: this.format(n) }]; }
    resolvedOptions() {
      return { locale: this._locale, numberingSystem: 'latn', style: this._style, currency: this._currency, minimumIntegerDigits: this._minI, minimumFractionDigits: this._minF, maximumFractionDigits: this._maxF, useGrouping: this._grouping, notation: this._notation };
    }
    static supportedLocalesOf(l) { return [].concat(l || []); }
  }

  // parts of a date in a zone: { y, mo, d, h, mi, s, wd }
  function partsIn(date, zone) {
    const t = date.getTime();
    if (Number.isNaN(t)) throw new RangeError('Invalid time value');
    const offsetMin = zone ? native.tzOffset(zone, t) : -date.getTimezoneOffset();
    const u = new Date(t + offsetMin * 60000);
    return { y: u.getUTCFullYear(), mo: u.getUTCMonth(), d: u.getUTCDate(), h: u.getUTCHours(), mi: u.getUTCMinutes(), s: u.getUTCSeconds(), wd: u.getUTCDay() };
  }
  const STYLES = {
    date: { full: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, long: { year: 'numeric', month: 'long', day: 'numeric' }, medium: { year: 'numeric', month: 'short', day: 'numeric' }, short: { year: '2-digit', month: 'numeric', day: 'numeric' } },
    time: { full: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'short' }, long: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'short' }, medium: { hour: 'numeric', minute: '2-digit', second: '2-digit' }, short: { hour: 'numeric', minute: '2-digit' } },
  };
  class DateTimeFormat {
    constructor(locales, opts, defaults) {
      opts = Object.assign({}, opts || {});
      this._locale = localeOf(locales);
      this._zone = opts.timeZone ? String(opts.timeZone) : undefined;
      if (this._zone && native.tzOffset(this._zone, 0) === null) throw new RangeError('Invalid time zone specified: ' + this._zone);
      const fields = ['weekday', 'year', 'month', 'day', 'hour', 'minute', 'second'];
      let o = {};
      if (opts.dateStyle || opts.timeStyle) {
        if (opts.dateStyle) Object.assign(o, STYLES.date[opts.dateStyle]);
        if (opts.timeStyle) Object.assign(o, STYLES.time[opts.timeStyle]);
      } else {
        for (const f of fields) if (opts[f] !== undefined) o[f] = opts[f];
        if (!fields.some((f) => o[f] !== undefined)) Object.assign(o, defaults || { year: 'numeric', month: 'numeric', day: 'numeric' });
      }
      if (opts.timeZoneName) o.timeZoneName = opts.timeZoneName;
      this._o = o;
      // ICU joins a full or long date style and a time style with " at ".
      this._join = (opts.dateStyle === 'full' || opts.dateStyle === 'long') && opts.timeStyle ? ' at ' : ', ';
      this._h12 = opts.hour12 !== undefined ? !!opts.hour12 : opts.hourCycle ? /h1[12]/.test(opts.hourCycle) : true;
    }
    format(date) {
      const d = date === undefined ? new Date() : date instanceof Date ? date : new Date(date);
      const p = partsIn(d, this._zone);
      const o = this._o;
      const out = [];
      const num = (v, style) => (style === '2-digit' ? pad(v % 100, 2) : String(v));
      let datePart = '';
      const hasDate = o.year || o.month || o.day || o.weekday;
      if (hasDate) {
        const wd = o.weekday ? (o.weekday === 'long' ? DAYS[p.wd] : DAYS[p.wd].slice(0, o.weekday === 'narrow' ? 1 : 3)) : '';
        if (o.month === 'long' || o.month === 'short' || o.month === 'narrow') {
          const m = o.month === 'long' ? MONTHS[p.mo] : o.month === 'short' ? MONTHS[p.mo].slice(0, 3) : MONTHS[p.mo][0];
          let s = m;
          if (o.day) s += ' ' + num(p.d, o.day);
          if (o.year) s += (o.day ? ', ' : ' ') + num(p.y, o.year);
          datePart = wd ? wd + ', ' + s : s;
        } else {
          const bits = [];
          if (o.month) bits.push(num(p.mo + 1, o.month));
          if (o.day) bits.push(num(p.d, o.day));
          if (o.year) bits.push(num(p.y, o.year));
          datePart = bits.join('/');
          if (wd) datePart = datePart ? wd + ', ' + datePart : wd;
        }
        out.push(datePart);
      }
      if (o.hour || o.minute || o.second) {
        let h = p.h;
        let suffix = '';
        if (this._h12 && o.hour) { suffix = h < 12 ? ' AM' : ' PM'; h = h % 12 || 12; }
        const bits = [];
        if (o.hour) bits.push(o.hour === '2-digit' || (!this._h12 && o.minute) ? pad(h, 2) : String(h));
        if (o.minute) bits.push(pad(p.mi, 2));
        if (o.second) bits.push(pad(p.s, 2));
        let t = bits.join(':') + suffix;
        if (o.timeZoneName) t += ' ' + (this._zone === 'UTC' || this._zone === 'Etc/UTC' ? 'UTC' : native.tzName(this._zone || '', d.getTime()));
        out.push(t);
      }
      return out.join(this._join);
    }
    formatToParts(date) { return [{ type: 'literal', value: this.format(date) }]; }
    formatRange(a, b) { return this.format(a) + ' – ' + this.format(b); }
    resolvedOptions() {
      return Object.assign({ locale: this._locale, calendar: 'gregory', numberingSystem: 'latn', timeZone: this._zone || native.localZone() }, this._o);
    }
    static supportedLocalesOf(l) { return [].concat(l || []); }
  }
  class PluralRules {
    constructor(locales, opts) { this._type = (opts && opts.type) || 'cardinal'; this._locale = localeOf(locales); }
    select(n) {
      n = Number(n);
      if (this._type === 'ordinal') {
        const t = n % 10, h = n % 100;
        if (t === 1 && h !== 11) return 'one';
        if (t === 2 && h !== 12) return 'two';
        if (t === 3 && h !== 13) return 'few';
        return 'other';
      }
      return n === 1 ? 'one' : 'other';
    }
    resolvedOptions() { return { locale: this._locale, type: this._type }; }
  }
  class Collator {
    constructor(locales, opts) { this._opts = opts || {}; this.compare = this.compare.bind(this); }
    compare(a, b) {
      a = String(a); b = String(b);
      if (this._opts.sensitivity === 'base' || this._opts.sensitivity === 'accent') { a = a.toLowerCase(); b = b.toLowerCase(); }
      if (this._opts.numeric) {
        const re = /(\d+)|(\D+)/g;
        const pa = a.match(re) || [], pb = b.match(re) || [];
        for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
          const x = pa[i], y = pb[i];
          if (/^\d/.test(x) && /^\d/.test(y) && Number(x) !== Number(y)) return Number(x) < Number(y) ? -1 : 1;
          if (x !== y) return x.localeCompare(y);
        }
        return pa.length - pb.length;
      }
      return a.localeCompare(b);
    }
    resolvedOptions() { return Object.assign({ locale: 'en-US' }, this._opts); }
  }
  class RelativeTimeFormat {
    constructor(locales, opts) { this._numeric = (opts && opts.numeric) || 'always'; }
    format(v, unit) {
      unit = String(unit).replace(/s$/, '');
      if (this._numeric === 'auto' && unit === 'day' && (v === 0 || v === 1 || v === -1)) return v === 0 ? 'today' : v === 1 ? 'tomorrow' : 'yesterday';
      const n = Math.abs(v);
      const u = n === 1 ? unit : unit + 's';
      return v < 0 || Object.is(v, -0) ? n + ' ' + u + ' ago' : 'in ' + n + ' ' + u;
    }
  }
  class ListFormat {
    constructor(locales, opts) { this._type = (opts && opts.type) || 'conjunction'; }
    format(list) {
      const a = Array.from(list, String);
      const word = this._type === 'disjunction' ? 'or' : 'and';
      if (a.length < 2) return a.join('');
      if (a.length === 2) return a[0] + ' ' + word + ' ' + a[1];
      return a.slice(0, -1).join(', ') + ', ' + word + ' ' + a[a.length - 1];
    }
  }
  const Intl = { NumberFormat, DateTimeFormat, PluralRules, Collator, RelativeTimeFormat, ListFormat, getCanonicalLocales: (l) => [].concat(l || []) };
  Object.defineProperty(globalThis, 'Intl', { value: Intl, writable: true, configurable: true });

  const def = (proto, name, fn) => Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
  def(Number.prototype, 'toLocaleString', function (l, o) { return new NumberFormat(l, o).format(this); });
  def(Date.prototype, 'toLocaleDateString', function (l, o) { return new DateTimeFormat(l, o, { year: 'numeric', month: 'numeric', day: 'numeric' }).format(this); });
  def(Date.prototype, 'toLocaleTimeString', function (l, o) { return new DateTimeFormat(l, o, { hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(this); });
  def(Date.prototype, 'toLocaleString', function (l, o) { return new DateTimeFormat(l, o, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(this); });
})
