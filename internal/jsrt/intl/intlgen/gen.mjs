// gen.mjs writes intl_data.json: the locale data Comet's Intl (intl.js)
// formats with, read out of Node's own ICU through the public Intl API, so
// Comet prints what `node` prints byte for byte.
//
//	cd internal/jsrt/intl && node intlgen/gen.mjs > intl_data.json
//
// (or `go generate ./internal/jsrt/intl`; about a minute). Run it with
// Node 20 (full ICU); the Node, ICU and CLDR versions are recorded in the
// output. It needs `go` on PATH only to list the time zone names Go's
// tzdata knows (the aliases). After regenerating, run the comparison with
// node: COMET_INTL_EXHAUSTIVE=1 go test ./internal/jsrt/intl -run Intl.
//
// ICU exposes no patterns, so they are reconstructed from formatToParts:
// every combination of DateTimeFormat component options (and hour cycle)
// is formatted on 24 probe dates (every month, weekday and hour appear),
// which yields a template such as "{E44}, {L42} {d1}, {y1}" plus the name
// lists it uses. Date+time combinations are stored only where ICU does not
// simply glue the date and the time with the locale's dateTime pattern.
// Numbers, currencies, units, compact forms, relative times and lists are
// recovered the same way. Plural rules are not data: intl.js has CLDR's
// rules for these languages as code.
//
// Per locale the sections are dt (date templates), tz (zone names), num,
// unit, curname (currency names), rel, list and plural; a regional locale
// (en-GB) keeps only what differs from its parent.
//
// Templates (decoded by intl.js):
//
//	date/time  a string; "{Xw…}" is a field (letter X, one width digit w,
//	           then a name pool index where X has names), everything else
//	           literal text. y1 year, y2 2-digit year; M1/M2 month number
//	           (2 = zero-padded); L<w><i> month names from pool i (by month);
//	           E<w><i> weekday names (pool i, Sunday first); a0<i> AM/PM and
//	           B<w><i> flexible day periods (pool i, by hour 0-23); d1/d2
//	           day; h1/h2 hour (numbered by the hour cycle); m1/m2; s1/s2;
//	           z1 short and z2 long time zone name. N and S are M and L that
//	           ICU wrote as stand-alone fields (LL…): they print the same but
//	           change what V8's resolvedOptions() reads. w is 3 short, 4 long,
//	           5 narrow (0 unknown).
//	numbers    an array: "text" literal, 0 the number, 1 the sign,
//	           ["type", "text"] a typed literal (percentSign, unit, compact,
//	           currency), ["currency"] the currency placeholder.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The locales with data; other tags fall back to these (see AVAILABLE).
// [tag, parent]: a child is stored as its differences from the parent.
const LOCALES = [['en'], ['en-GB', 'en'], ['de'], ['fr'], ['es'], ['ja'], ['zh'], ['pt']];
// Tags ICU resolves to themselves with the same data as a LOCALES entry.
const ALIASES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP', 'zh-CN', 'zh-Hans', 'zh-Hans-CN'];
// Currencies whose long names ("US dollars") are kept; others print the code.
const NAMED_CURRENCIES = ['USD', 'EUR', 'JPY', 'GBP', 'CNY', 'CHF', 'CAD', 'AUD', 'INR', 'KRW', 'BRL', 'MXN', 'RUB', 'SEK', 'NOK', 'DKK', 'PLN', 'HKD', 'SGD', 'NZD', 'TRY', 'ZAR'];
// Units for style 'unit': ECMA-402's sanctioned simple units and a few
// compound ones.
const SIMPLE_UNITS = ['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit', 'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch', 'kilobit', 'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter', 'microsecond', 'mile', 'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond', 'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone', 'terabit', 'terabyte', 'week', 'yard', 'year'];
const UNITS = ['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit', 'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch', 'kilobit', 'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter', 'microsecond', 'mile', 'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond', 'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone', 'terabit', 'terabyte', 'week', 'yard', 'year',
  'kilometer-per-hour', 'mile-per-hour', 'meter-per-second', 'liter-per-kilometer', 'mile-per-gallon'];
const RT_UNITS = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'];

const warn = (...a) => console.error('gen:', ...a);

// ---- name pools ----------------------------------------------------------

function newPool(seed = []) {
  const list = [...(seed || [])];
  const index = new Map(list.map((n, i) => [JSON.stringify(n), i]));
  return {
    list,
    add(names) {
      const k = JSON.stringify(names);
      if (!index.has(k)) { index.set(k, list.length); list.push(names); }
      return index.get(k);
    },
  };
}

// ---- DateTimeFormat ------------------------------------------------------

// Probe i: month i%12, weekday i%7, hour = minute = second = i, year 2024.
const PROBES = [];
for (let i = 0; i < 24; i++) {
  const m = i % 12;
  let d = i < 12 ? 1 : 10;
  while (new Date(Date.UTC(2024, m, d)).getUTCDay() !== i % 7) d++;
  PROBES.push(new Date(Date.UTC(2024, m, d, i, i, i)));
}

const OPT = {
  weekday: [undefined, 'narrow', 'short', 'long'],
  year: [undefined, 'numeric', '2-digit'],
  month: [undefined, 'numeric', '2-digit', 'narrow', 'short', 'long'],
  day: [undefined, 'numeric', '2-digit'],
  hour: [undefined, 'numeric', '2-digit'],
  minute: [undefined, 'numeric', '2-digit'],
  second: [undefined, 'numeric', '2-digit'],
  timeZoneName: [undefined, 'short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'],
};
const FIELDS = Object.keys(OPT);

// key "wyMdhmsz" digits (+ 'h' for 12-hour, 'H' for 24-hour when an hour
// is asked for) ⇄ options.
function keyOptions(key) {
  const o = {};
  FIELDS.forEach((f, i) => { const v = OPT[f][+key[i]]; if (v) o[f] = v; });
  if (key[8]) o.hourCycle = CYCLES[key[8]];
  return o;
}
const resolvedKey = (ro) => resolvedFields(ro);

function template(loc, opts, pool, tzNames) {
  const f = new Intl.DateTimeFormat(loc, { ...opts, timeZone: 'UTC' });
  const all = PROBES.map((d) => f.formatToParts(d));
  const first = all[0];
  const ro = f.resolvedOptions();
  let out = '';
  for (let j = 0; j < first.length; j++) {
    const { type, value } = first[j];
    const vals = all.map((ps) => {
      if (!ps[j] || ps[j].type !== type) throw new Error(`${loc} ${JSON.stringify(opts)}: parts differ between probes`);
      return ps[j].value;
    });
    const padded = vals.some((v) => /^0\d/.test(v)) ? 2 : 1;
    const digits = vals.every((v) => /^\d+$/.test(v));
    switch (type) {
      case 'literal':
        if (vals.some((v) => v !== value)) throw new Error(`${loc} ${JSON.stringify(opts)}: literal varies`);
        if (/[{}]/.test(value)) throw new Error(`${loc}: brace in a literal`);
        out += value;
        break;
      case 'year':
        out += value.length === 2 ? '{y2}' : '{y1}';
        break;
      case 'month':
        out += digits && /^(numeric|2-digit)$/.test(ro.month) ? `{M${padded}}` : `{L${WIDTH[ro.month] || WIDTH[opts.month] || 0}${pool.add(vals.slice(0, 12))}}`;
        break;
      case 'weekday': {
        const names = [];
        vals.forEach((v, i) => { names[i % 7] = v; });
        out += `{E${WIDTH[ro.weekday] || WIDTH[opts.weekday] || 0}${pool.add(names)}}`;
        break;
      }
      case 'dayPeriod':
        // 'B' (flexible day periods) shows in resolvedOptions, 'a' does not.
        out += ro.dayPeriod ? `{B${WIDTH[ro.dayPeriod]}${pool.add(vals)}}` : `{a0${pool.add(vals)}}`;
        break;
      case 'day': case 'hour': case 'minute': case 'second':
        if (!digits) throw new Error(`${loc}: ${type} is not numeric`);
        out += `{${type === 'minute' ? 'm' : type[0]}${padded}}`;
        break;
      case 'timeZoneName':
        if (ro.timeZoneName) out += `{z${OPT.timeZoneName.indexOf(ro.timeZoneName)}}`;
        else if (value === tzNames[0]) out += '{z1}';
        else if (value === tzNames[1]) out += '{z2}';
        else throw new Error(`${loc}: unknown zone name ${value}`);
        break;
      default:
        throw new Error(`${loc} ${JSON.stringify(opts)}: unexpected part ${type}`);
    }
  }
  return { tmpl: out, ro };
}

const WIDTH = { short: 3, long: 4, narrow: 5 };

// V8 derives resolvedOptions() from the ICU pattern by looking for field
// letters anywhere in it, quoted literals included (so German "'um' " adds
// minute: 'numeric'). RESOLVED lists its searches in its order; intl.js
// has the same table.
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
// templatePattern turns a template back into an ICU-like pattern.
// hc is the pattern letter of the hour cycle (K, h, H or k).
function templatePattern(t, hc) {
  return t.replace(/\{([a-zA-Z])(\d)(\d*)\}/g, (_, c, w) => {
    const n = +w;
    switch (c) {
      case 'E': return 'E'.repeat(n);
      case 'L': return 'M'.repeat(n);
      case 'N': case 'S': return 'L'.repeat(n);
      case 'B': return 'B'.repeat(n === 3 ? 1 : n);
      case 'a': return 'a';
      case 'z': return ['', 'z', 'zzzz', 'O', 'OOOO', 'v', 'vvvv'][n];
      case 'h': return hc.repeat(n);
      default: return c.repeat(n);
    }
  });
}
function templateResolved(t, hc) {
  const pat = templatePattern(t, hc);
  const out = {};
  for (const [name, pairs] of RESOLVED) {
    const hit = pairs.find(([p]) => pat.includes(p));
    if (hit) out[name] = hit[1];
  }
  return out;
}
const resolvedFields = (ro) => JSON.stringify(RESOLVED.map(([name]) => ro[name] || 0));
const templateKey = (t, hc) => resolvedFields(templateResolved(t, hc));

const CYCLES = { h: 'h12', H: 'h23', k: 'h24' };
const cycleOf = (hc) => (hc === 'h11' || hc === 'h12' ? 'h' : hc === 'h23' ? 'H' : 'k');

// dateTimeData: templates keyed "wyMdhmsz" + cycle (see keyOptions) for
// dates alone and times alone, the four dateTime glues, the combinations
// that are not glued, and dateStyle × timeStyle templates keyed
// "<date><time><cycle>" (0 none, 1 full … 4 short). A 'k' (h24) entry is
// stored only where it differs from the 'H' one.
function dateTimeData(loc, seed) {
  const pool = newPool(seed && seed.pool);
  const utcName = (style) => new Intl.DateTimeFormat(loc, { timeZone: 'UTC', timeZoneName: style }).formatToParts(0).find((p) => p.type === 'timeZoneName').value;
  const tzNames = [utcName('short'), utcName('long')];
  const hcDefault = new Intl.DateTimeFormat(loc, { hour: 'numeric' }).resolvedOptions().hourCycle;

  const dateKeys = [];
  const timeKeys = [];
  for (let w = 0; w < 4; w++) for (let y = 0; y < 3; y++) for (let M = 0; M < 6; M++) for (let d = 0; d < 3; d++) {
    if (w + y + M + d) dateKeys.push(`${w}${y}${M}${d}0000`);
  }
  for (let h = 0; h < 3; h++) for (let m = 0; m < 3; m++) for (let s = 0; s < 3; s++) for (let z = 0; z < 7; z++) {
    if (!(h + m + s + z)) continue;
    for (const c of h ? ['h', 'H', 'k'] : ['']) timeKeys.push(`0000${h}${m}${s}${z}${c}`);
  }

  const tmpl = {};
  const resolved = {};
  let mismatches = 0;
  const check = (key, t, ro) => {
    const want = resolvedKey(ro);
    if (templateKey(t, { h: 'h', H: 'H', k: 'k' }[key[8]] || 'h') !== want) { resolved[key] = JSON.parse(want); mismatches++; }
  };
  const record = (key) => {
    const t = template(loc, keyOptions(key), pool, tzNames);
    // A month ICU appends as a stand-alone "LL" ("(Monat: LL)") reads
    // differently in resolvedOptions: N (number) and S (names) mark it.
    const hc = { h: 'h', H: 'H', k: 'k' }[key[8]] || 'h';
    const alt = t.tmpl.replace(/\{M(\d)\}/g, '{N$1}').replace(/\{L(\d+)\}/g, '{S$1}');
    if (alt !== t.tmpl && templateKey(t.tmpl, hc) !== resolvedKey(t.ro) && templateKey(alt, hc) === resolvedKey(t.ro)) t.tmpl = alt;
    tmpl[key] = t.tmpl;
    check(key, t.tmpl, t.ro);
    return t;
  };
  // A zone name alone cannot be asked of V8 (it adds the default date), so
  // the time part "z" of a date + zone name is ICU's bare "{z}".
  const zoneOnly = (k) => /^0{7}[1-6]$/.test(k);
  const utcNames = OPT.timeZoneName.map((st) => st && new Intl.DateTimeFormat(loc, { timeZone: 'UTC', timeZoneName: st }).formatToParts(0).find((p) => p.type === 'timeZoneName').value);
  for (const k of [...dateKeys, ...timeKeys]) {
    if (zoneOnly(k)) tmpl[k] = `{z${k[7]}}`;
    else record(k);
  }

  // No hour cycle option, hour12 and hourCycle h11 must give the template
  // of their cycle (intl.js relies on it).
  for (const k of timeKeys.filter((k) => k[8])) {
    const o = keyOptions(k);
    delete o.hourCycle;
    for (const extra of [{}, { hour12: true }, { hour12: false }, { hourCycle: 'h11' }]) {
      const t = template(loc, { ...o, ...extra }, pool, tzNames);
      if (cycleOf(t.ro.hourCycle) !== k[8]) continue;
      if (t.tmpl !== tmpl[k]) warn(loc, k, JSON.stringify(extra), 'differs from the explicit cycle:', t.tmpl, 'vs', tmpl[k]);
    }
  }

  // Date + time: ICU glues the two patterns with the dateTime pattern of a
  // style picked by the month width (and weekday); store what differs.
  const bucket = (k) => (k[2] === '5' ? (k[0] !== '0' ? 'f' : 'l') : k[2] === '4' ? 'm' : 's');
  const fmt = (opts, d) => new Intl.DateTimeFormat(loc, { ...opts, timeZone: 'UTC' }).format(d);
  const probeA = PROBES[15];
  const probeB = PROBES[4];
  const single = {};
  for (const k of [...dateKeys, ...timeKeys]) single[k] = zoneOnly(k) ? [utcNames[+k[7]], utcNames[+k[7]]] : [fmt(keyOptions(k), probeA), fmt(keyOptions(k), probeB)];
  const combos = [];
  const votes = { f: {}, l: {}, m: {}, s: {} };
  for (const dk of dateKeys) {
    for (const tk of timeKeys) {
      const key = dk.slice(0, 4) + tk.slice(4);
      const f = new Intl.DateTimeFormat(loc, { ...keyOptions(key), timeZone: 'UTC' });
      const got = [f.format(probeA), f.format(probeB)];
      const [dA] = single[dk];
      const [tA] = single[tk];
      let glue = null;
      const i = got[0].indexOf(dA);
      const j = got[0].indexOf(tA);
      if (i >= 0 && j >= 0) {
        glue = i < j
          ? got[0].slice(0, i) + '{1}' + got[0].slice(i + dA.length, j) + '{0}' + got[0].slice(j + tA.length)
          : got[0].slice(0, j) + '{0}' + got[0].slice(j + tA.length, i) + '{1}' + got[0].slice(i + dA.length);
      }
      combos.push({ key, dk, tk, got, ro: f.resolvedOptions() });
      if (glue) votes[bucket(key)][glue] = (votes[bucket(key)][glue] || 0) + 1;
    }
  }
  const glue = {};
  for (const b of Object.keys(votes)) glue[b] = Object.entries(votes[b]).sort((x, y) => y[1] - x[1])[0][0];
  let exceptions = 0;
  for (const c of combos) {
    const g = glue[bucket(c.key)];
    const want = [0, 1].map((n) => g.replace('{1}', single[c.dk][n]).replace('{0}', single[c.tk][n]));
    if (want[0] !== c.got[0] || want[1] !== c.got[1]) {
      record(c.key);
      exceptions++;
    } else {
      check(c.key, g.replace('{1}', tmpl[c.dk]).replace('{0}', tmpl[c.tk]), c.ro);
    }
  }
  // Drop h24 entries that equal their h23 twins (the lookup falls back).
  // (Only for times alone: a combination is looked up exactly or glued.)
  for (const k of Object.keys(tmpl)) {
    if (k[8] === 'k' && k.startsWith('0000') && tmpl[k] === tmpl[k.slice(0, 8) + 'H'] && !(k in resolved)) delete tmpl[k];
  }

  // dateStyle × timeStyle for each cycle.
  const STY = [undefined, 'full', 'long', 'medium', 'short'];
  const styles = {};
  for (let ds = 0; ds < 5; ds++) for (let ts = 0; ts < 5; ts++) {
    if (!(ds + ts)) continue;
    for (const c of ts ? ['h', 'H', 'k'] : ['']) {
      const o = { dateStyle: STY[ds], timeStyle: STY[ts] };
      if (c) o.hourCycle = CYCLES[c];
      const key = `${ds}${ts}${c}`;
      styles[key] = template(loc, o, pool, tzNames).tmpl;
      if (c) {
        delete o.hourCycle;
        for (const extra of [{}, { hour12: true }, { hour12: false }, { hourCycle: 'h11' }]) {
          const t = template(loc, { ...o, ...extra }, pool, tzNames);
          if (cycleOf(t.ro.hourCycle) === c && t.tmpl !== styles[key]) warn(loc, 'style', key, JSON.stringify(extra), 'differs:', t.tmpl, styles[key]);
        }
      }
    }
  }
  for (const k of Object.keys(styles)) {
    if (k[2] === 'k' && styles[k] === styles[k.slice(0, 2) + 'H']) delete styles[k];
  }
  warn(loc, 'date-time exceptions:', exceptions, 'resolvedOptions not derivable:', mismatches);
  // The cycles hour12 picks, the fractional-second separator and the
  // separator of a date range that ICU writes out in full.
  const hcOf = (o) => new Intl.DateTimeFormat(loc, { hour: 'numeric', ...o }).resolvedOptions().hourCycle;
  const hour12 = [hcOf({ hour12: true }), hcOf({ hour12: false })];
  const fsd = new Intl.DateTimeFormat(loc, { second: 'numeric', fractionalSecondDigits: 3, timeZone: 'UTC' }).formatToParts(1234);
  const fsep = fsd[fsd.findIndex((p) => p.type === 'fractionalSecond') - 1].value;
  const ro = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', timeZone: 'UTC' };
  const a = Date.UTC(2024, 0, 2, 15, 4);
  const b = Date.UTC(2025, 5, 7, 9, 8);
  const f = new Intl.DateTimeFormat(loc, ro);
  const r = f.formatRange(a, b);
  // (ICU's interval formatter writes U+202F as a plain space: compare
  // lengths, not text.)
  const rangeSep = r.slice(f.format(a).length, r.length - f.format(b).length);
  return { hc: hcDefault, hour12, fsep, rangeSep, pool: pool.list, tmpl, resolved, glue, styles };
}

// ---- time zone names -----------------------------------------------------

function offsetOf(zone, t) {
  const v = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(t).find((p) => p.type === 'timeZoneName').value;
  const m = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(v);
  if (!m) throw new Error(`offset of ${zone}: ${v}`);
  return m[1] ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0;
}

// zoneNamesData: the localized GMT format and, aligned with the global zone
// list, each zone's names or 0: [[[offset, short, long], …], shortGeneric,
// longGeneric] (indexes into names; -1 = the GMT format), the specific
// names for the offsets of January and July 2024.
function zoneNamesData(loc, zones, seed) {
  const name = (zone, style, t) => new Intl.DateTimeFormat(loc, { timeZone: zone, timeZoneName: style }).formatToParts(t).find((p) => p.type === 'timeZoneName').value;
  // The localized GMT format, from zones that have no names.
  const plus = [name('Etc/GMT-1', 'short', 0), name('Etc/GMT-1', 'long', 0)];
  const minus = [name('Etc/GMT+5', 'short', 0), name('Etc/GMT+5', 'long', 0), name('Asia/Kathmandu', 'longOffset', 0)];
  const gmt = plus[0].replace(/[+−]1$/, '{0}');
  if (gmt === plus[0]) throw new Error(`${loc}: GMT format ${plus[0]}`);
  const plusSign = plus[0].slice(gmt.indexOf('{0}'), gmt.indexOf('{0}') + 1);
  const minusSign = minus[0].slice(gmt.indexOf('{0}'), gmt.indexOf('{0}') + 1);
  const zero = gmt.replace('{0}', '');
  const fmtGMT = (off, long) => {
    if (off === 0) return zero;
    const a = Math.abs(off);
    const h = Math.floor(a / 60);
    const m = a % 60;
    const s = (off < 0 ? minusSign : plusSign) + (long ? String(h).padStart(2, '0') + ':' + String(m).padStart(2, '0') : h + (m ? ':' + String(m).padStart(2, '0') : ''));
    return gmt.replace('{0}', s);
  };
  if (fmtGMT(60, false) !== plus[0] || fmtGMT(60, true) !== plus[1] || fmtGMT(-300, false) !== minus[0] || fmtGMT(-300, true) !== minus[1]) {
    throw new Error(`${loc}: GMT format does not round-trip: ${plus} ${minus}`);
  }
  // The offset format (timeZoneName shortOffset/longOffset, and generic
  // names without data) writes zero as +0.
  const fmtOffset = (off, long) => (off === 0 ? gmt.replace('{0}', plusSign + (long ? '00:00' : '0')) : fmtGMT(off, long));
  if (fmtOffset(0, false) !== name('UTC', 'shortOffset', 0) || fmtOffset(0, true) !== name('UTC', 'longOffset', 0)) throw new Error(`${loc}: offset format`);
  const pool = newPool(seed && seed.names);
  const z = [];
  const instants = [Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12)];
  for (const zone of zones) {
    const july = instants[1];
    const offJuly = offsetOf(zone, july);
    const sg = name(zone, 'shortGeneric', july);
    const lg = name(zone, 'longGeneric', july);
    const generic = [sg === fmtOffset(offJuly, false) ? -1 : pool.add(sg), lg === fmtOffset(offJuly, true) ? -1 : pool.add(lg)];
    const entries = [];
    for (const t of instants) {
      const off = offsetOf(zone, t);
      if (entries.some((e) => e[0] === off)) continue;
      const s = name(zone, 'short', t);
      const l = name(zone, 'long', t);
      const si = s === fmtGMT(off, false) ? -1 : pool.add(s);
      const li = l === fmtGMT(off, true) ? -1 : pool.add(l);
      if (si >= 0 || li >= 0) entries.push([off, si, li]);
      else entries.push([off]);
    }
    // Standard time first: a date whose offset 2024 does not have picks
    // its names by Go's isDST.
    const specific = entries.filter((e) => e.length > 1).sort((a, b) => a[0] - b[0]);
    z.push(specific.length || generic[0] >= 0 || generic[1] >= 0 ? [specific, ...generic] : 0);
  }
  return { gmt, plus: plusSign, minus: minusSign, names: pool.list, zones: z };
}

// zoneSince: when the names ICU's metazones give a zone start, for the
// zones where that is not 1970-01-01 (the most common start); before it ICU
// writes the GMT format.
function zoneSince(zones) {
  const out = {};
  const isName = (f, t) => {
    const v = f.formatToParts(t).find((p) => p.type === 'timeZoneName').value;
    return !/^GMT([+-]\d\d:\d\d)?$/.test(v);
  };
  for (const zone of zones) {
    const f = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'long' });
    if (!isName(f, Date.UTC(2024, 0, 15)) && !isName(f, Date.UTC(2024, 6, 15))) continue;
    let last = null; // the last probe without a name
    for (let y = 1900; y <= 2024; y++) {
      for (const m of [0, 6]) {
        const t = Date.UTC(y, m, 15);
        if (!isName(f, t)) last = t;
      }
    }
    if (last === null) { out[zone] = -8.64e15; continue; }
    let lo = last;
    let hi = last + 183 * 86400000;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (isName(f, mid)) hi = mid; else lo = mid;
    }
    if (hi !== 0) out[zone] = hi;
  }
  return out;
}

// Every zone name Go's tzdata knows, resolved the way ICU resolves it.
function zoneAliases() {
  const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  const zip = readFileSync(join(goroot, 'lib', 'time', 'zoneinfo.zip'));
  const names = [];
  // The central directory: signature 0x02014b50, name length at +28.
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) !== 0x06054b50) continue;
    let p = zip.readUInt32LE(i + 16);
    const n = zip.readUInt16LE(i + 10);
    for (let k = 0; k < n; k++) {
      const nameLen = zip.readUInt16LE(p + 28);
      const extra = zip.readUInt16LE(p + 30);
      const comment = zip.readUInt16LE(p + 32);
      names.push(zip.toString('utf8', p + 46, p + 46 + nameLen));
      p += 46 + nameLen + extra + comment;
    }
    break;
  }
  const canonical = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  const aliases = {};
  const extra = [];
  for (const n of [...names, 'UTC', 'GMT', 'Etc/UTC', 'Etc/GMT']) {
    let c;
    try { c = new Intl.DateTimeFormat('en', { timeZone: n }).resolvedOptions().timeZone; } catch { continue; }
    if (c !== n) aliases[n] = c;
    else if (!canonical.has(n)) extra.push(n); // valid, not listed: Etc/GMT+5, EST5EDT
  }
  return { canonical: [...canonical].sort(), aliases, extra: extra.sort() };
}

// ---- numbers -------------------------------------------------------------

// parts → template; the number's own parts collapse into 0.
const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction', 'exponentSeparator', 'exponentMinusSign', 'exponentInteger', 'nan', 'infinity']);
function numTemplate(parts, placeholders = {}) {
  const out = [];
  for (const { type, value } of parts) {
    if (NUMBER_PARTS.has(type)) { if (out[out.length - 1] !== 0) out.push(0); continue; }
    if (type === 'minusSign' || type === 'plusSign') { out.push(1); continue; }
    if (type === 'literal') { if (typeof out[out.length - 1] === 'string') out[out.length - 1] += value; else out.push(value); continue; }
    if (placeholders[type] === value) { out.push([type]); continue; }
    out.push([type, value]);
  }
  return out;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function numberData(loc, pr) {
  const nf = (o) => new Intl.NumberFormat(loc, o);
  const parts = nf({}).formatToParts(-1234567.891);
  const get = (ps, t) => (ps.find((p) => p.type === t) || {}).value;
  const ints = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const sym = {
    decimal: get(parts, 'decimal'),
    group: get(parts, 'group'),
    minus: get(parts, 'minusSign'),
    plus: get(nf({ signDisplay: 'always' }).formatToParts(1), 'plusSign'),
    percent: get(nf({ style: 'percent' }).formatToParts(1), 'percentSign'),
    exp: get(nf({ notation: 'scientific' }).formatToParts(1234), 'exponentSeparator'),
    nan: nf({}).format(NaN),
    inf: get(nf({}).formatToParts(Infinity), 'infinity'),
  };
  const grouping = [ints[ints.length - 1], ints[ints.length - 2]];
  const minGroup = nf({}).format(1234).includes(sym.group) ? 1 : 2;
  if (nf({}).format(1234567890) !== nf({ useGrouping: 'always' }).format(1234567890)) warn(loc, 'grouping');

  const pat = {
    decimal: numTemplate(nf({}).formatToParts(-1)),
    percent: numTemplate(nf({ style: 'percent' }).formatToParts(-1)),
    sci: numTemplate(nf({ notation: 'scientific' }).formatToParts(-1)),
  };
  const cur = (o, n) => numTemplate(nf({ style: 'currency', currency: 'EUR', ...o }).formatToParts(n), { currency: o.currencyDisplay === 'code' ? 'EUR' : o.currencyDisplay === 'name' ? undefined : '€' });
  pat.currency = cur({}, -1);
  pat.accounting = cur({ currencySign: 'accounting' }, -1);
  pat.accountingPos = cur({ currencySign: 'accounting' }, 1);
  if (!same(pat.accountingPos, cur({}, -1).filter((x) => x !== 1)) && !same(pat.accountingPos, cur({}, 1))) warn(loc, 'accounting positive', JSON.stringify(pat.accountingPos));
  // Long currency names: the pattern around the name, per plural category.
  pat.name = {};
  for (const [cat, n] of pluralSamples(pr)) {
    const ps = nf({ style: 'currency', currency: 'EUR', currencyDisplay: 'name' }).formatToParts(-n);
    pat.name[cat] = numTemplate(ps.map((p) => (p.type === 'currency' ? { type: 'currency', value: '' } : p)), { currency: '' });
  }

  // Currency symbols (only where they are not the code), narrow symbols,
  // long names and fraction digits.
  const symbols = {};
  const narrow = {};
  const names = {};
  for (const c of Intl.supportedValuesOf('currency')) {
    const s = get(nf({ style: 'currency', currency: c }).formatToParts(1), 'currency');
    const n = get(nf({ style: 'currency', currency: c, currencyDisplay: 'narrowSymbol' }).formatToParts(1), 'currency');
    if (s !== c) symbols[c] = s;
    if (n !== s) narrow[c] = n;
  }
  for (const c of NAMED_CURRENCIES) {
    const byCat = {};
    for (const [cat, n] of pluralSamples(pr)) {
      byCat[cat] = get(nf({ style: 'currency', currency: c, currencyDisplay: 'name' }).formatToParts(n), 'currency');
    }
    names[c] = byCat;
  }

  // Compact notation: per power of ten, the divisor and per plural category
  // the template around the scaled number.
  const compact = {};
  for (const display of ['short', 'long']) {
    const rows = [];
    for (let k = 0; k <= 21; k++) {
      const row = {};
      let div = 0;
      let one = null;
      for (const s of [2, 1.5, 3, 5, 7, 1]) {
        const n = s * 10 ** k;
        const ps = nf({ notation: 'compact', compactDisplay: display, maximumFractionDigits: 1 }).formatToParts(n);
        const t = numTemplate(ps);
        const shown = Number(ps.filter((p) => NUMBER_PARTS.has(p.type) && p.type !== 'group').map((p) => (p.type === 'decimal' ? '.' : p.value)).join(''));
        const cat = pr.select(s === 1 ? 1 : shown);
        if (s === 1) {
          // CLDR may spell out exactly 1 ("mille"): kept under "1".
          if (!same(row[cat], t)) one = t;
          continue;
        }
        const d = Math.round(Math.log10(n / shown));
        if (s === 2) div = d; else if (d !== div) warn(loc, 'compact divisor', k, s);
        if (row[cat] && !same(row[cat], t)) warn(loc, 'compact', display, k, cat, JSON.stringify(row[cat]), JSON.stringify(t));
        row[cat] = t;
      }
      if (!row.one && one && !one.includes(0)) warn(loc, 'compact: no one form', k);
      if (one) row['1'] = one;
      const cats = Object.values(row);
      rows.push([div, cats.every((t) => same(t, cats[0])) ? cats[0] : row]);
    }
    compact[display] = rows;
  }

  // Units: short, narrow and long templates per plural category.
  const units = {};
  for (const u of UNITS) {
    const byDisplay = {};
    for (const display of ['short', 'narrow', 'long']) {
      const row = {};
      for (const [cat, n] of pluralSamples(pr)) {
        row[cat] = numTemplate(nf({ style: 'unit', unit: u, unitDisplay: display }).formatToParts(-n));
      }
      const cats = Object.values(row);
      byDisplay[display] = cats.every((t) => same(t, cats[0])) ? cats[0] : row;
    }
    units[u] = byDisplay;
  }
  // X-per-Y units without data of their own: the unit text of X with Y's
  // "per" pattern ("{0}/s", "{0} per second"), per display.
  const per = { short: {}, narrow: {}, long: {} };
  const unitText = (u, display, n) => get(nf({ style: 'unit', unit: u, unitDisplay: display }).formatToParts(n), 'unit');
  for (const display of Object.keys(per)) {
    for (const y of SIMPLE_UNITS) {
      let pattern = null;
      for (const x of ['meter', 'liter']) {
        if (x === y) continue;
        for (const n of [1, 2]) {
          const whole = unitText(`${x}-per-${y}`, display, n);
          const part = unitText(x, display, n);
          const p = whole && part && whole.includes(part) ? whole.replace(part, '{0}') : null;
          if (pattern === null) pattern = p;
          else if (p !== pattern) pattern = undefined;
        }
      }
      if (pattern) per[display][y] = pattern;
      else warn(loc, 'no per pattern for', display, y);
    }
  }

  // formatRange: the separator ("3–5") and the approximately sign ("~3").
  const range = nf({}).formatRange(3, 5).replace(/^3|5$/g, '');
  const approx = nf({}).formatRange(3, 3).replace(/3$/, '');
  return { sym, grouping, minGroup, pat, symbols, narrow, names, compact, units, per, range, approx };
}

// numberSections splits numberData into what every NumberFormat needs
// (num) and what only style unit (unit) or currencyDisplay name (curname)
// need, so a runtime parses less.
function numberSections(n) {
  const { units, per, names, ...num } = n;
  return { num, unit: { units, per }, curname: names };
}

// One sample number per plural category (integers first).
function pluralSamples(pr) {
  const out = new Map();
  for (const n of [1, 2, 0, 3, 5, 11, 21, 100, 1000000, 1.5, 0.5]) {
    const c = pr.select(n);
    if (!out.has(c)) out.set(c, n);
  }
  return [...out];
}

// ---- relative time, lists, plural categories ------------------------------

function relativeData(loc, pr) {
  const out = {};
  for (const unit of RT_UNITS) {
    for (const style of ['long', 'short', 'narrow']) {
      const rtf = new Intl.RelativeTimeFormat(loc, { style });
      const row = { future: {}, past: {} };
      for (const [cat, n] of pluralSamples(pr)) {
        row.future[cat] = numTemplate(rtf.formatToParts(n, unit));
        row.past[cat] = numTemplate(rtf.formatToParts(-n, unit));
      }
      const auto = new Intl.RelativeTimeFormat(loc, { style, numeric: 'auto' });
      row.auto = {};
      for (const v of [-2, -1, 0, 1, 2]) {
        const ps = auto.formatToParts(v, unit);
        if (ps.length === 1 && ps[0].type === 'literal') row.auto[v] = ps[0].value;
      }
      out[unit + '-' + style] = row;
    }
  }
  return out;
}

function listData(loc) {
  const out = {};
  for (const type of ['conjunction', 'disjunction', 'unit']) {
    for (const style of ['long', 'short', 'narrow']) {
      const lf = new Intl.ListFormat(loc, { type, style });
      const two = lf.format(['A', 'B']);
      const four = lf.format(['A', 'B', 'C', 'D']);
      const m = /^A(.*)B(.*)C(.*)D$/s.exec(four);
      const p = /^A(.*)B$/s.exec(two);
      if (!m || !p) throw new Error(`${loc}: list ${type} ${style}: ${two} / ${four}`);
      out[type + '-' + style] = [p[1], m[1], m[2], m[3]];
      if (lf.format(['A', 'B', 'C']) !== 'A' + m[1] + 'B' + m[3] + 'C') warn(loc, 'list of three', type, style);
    }
  }
  return out;
}

// ---- main ----------------------------------------------------------------

// diff: what child changes in parent; null deletes a key. intl.js merges
// it back (objects key by key, everything else replaced).
function diff(parent, child) {
  const isObj = (v) => v && typeof v === 'object' && !Array.isArray(v);
  const out = {};
  for (const k of Object.keys(child)) {
    if (!(k in parent)) out[k] = child[k];
    else if (isObj(parent[k]) && isObj(child[k])) {
      const d = diff(parent[k], child[k]);
      if (Object.keys(d).length) out[k] = d;
    } else if (!same(parent[k], child[k])) out[k] = child[k];
  }
  for (const k of Object.keys(parent)) if (!(k in child)) out[k] = null;
  return out;
}

const data = {
  icu: process.versions.icu,
  cldr: process.versions.cldr,
  node: process.version,
  locales: {},
};
const zones = zoneAliases();
data.zoneList = zones.canonical;
data.zoneAliases = zones.aliases;
data.zoneExtra = zones.extra;
data.zoneSince = zoneSince(zones.canonical);
const full = {};
for (const [loc, parent] of LOCALES) {
  const pr = new Intl.PluralRules(loc);
  const pro = new Intl.PluralRules(loc, { type: 'ordinal' });
  const seed = parent ? full[parent] : null;
  const d = {
    dt: dateTimeData(loc, seed && seed.dt),
    tz: zoneNamesData(loc, zones.canonical, seed && seed.tz),
    ...numberSections(numberData(loc, pr)),
    rel: relativeData(loc, pr),
    list: listData(loc),
    plural: [pr.resolvedOptions().pluralCategories, pro.resolvedOptions().pluralCategories],
  };
  full[loc] = d;
  data.locales[loc] = parent ? { parent, ...diff(full[parent], d) } : d;
}
data.dataLocales = LOCALES.map(([l]) => l);
data.currencies = Intl.supportedValuesOf('currency');
// Currency fraction digits other than 2.
data.currencyDigits = {};
for (const c of Intl.supportedValuesOf('currency')) {
  const d = new Intl.NumberFormat('en', { style: 'currency', currency: c }).resolvedOptions().maximumFractionDigits;
  if (d !== 2) data.currencyDigits[c] = d;
}
// Which tags each service resolves to themselves (ECMA-402 LookupMatcher
// walks a requested tag down to one of these).
const SERVICES = { DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat, Collator: Intl.Collator, PluralRules: Intl.PluralRules, RelativeTimeFormat: Intl.RelativeTimeFormat, ListFormat: Intl.ListFormat };
data.available = {};
for (const [name, C] of Object.entries(SERVICES)) {
  data.available[name] = [...LOCALES.map(([l]) => l), ...ALIASES].filter((t) => new C(t).resolvedOptions().locale === t);
}
// Collation needs no locale data of Comet's (x/text has the tables), so
// the Collator takes every language ICU resolves to itself, and the
// regional tailorings both ICU and x/text have.
const letters = 'abcdefghijklmnopqrstuvwxyz';
for (const a of letters) for (const b of letters) {
  const t = a + b;
  if (!data.available.Collator.includes(t) && new Intl.Collator(t).resolvedOptions().locale === t) data.available.Collator.push(t);
}
for (const t of ['fr-CA', 'zh-Hant', 'zh-TW', 'zh-HK', 'sr-Latn', 'bs-Cyrl', 'fa-AF']) {
  if (!data.available.Collator.includes(t) && new Intl.Collator(t).resolvedOptions().locale === t) data.available.Collator.push(t);
}
process.stdout.write(JSON.stringify(data) + '\n');
