// gen.mjs writes ../regexp_props.txt: the code points of every Unicode
// property ECMAScript names (binary properties, General_Category,
// Script, Script_Extensions) as this Node's V8 matches them with
// /\p{…}/u, so Comet's regexps agree with Node on the same Unicode version.
// Run by `go generate ./internal/jsrt/webapi` (node 20 on PATH).
//
// Format, one line per property: `key<TAB>ranges`, where key is bin=Name,
// gc=Name, sc=Name or scx=Name, and ranges are base-36 numbers, alternately
// the gap from the previous range's end and the range's length, joined by
// commas. An alias line is `key<TAB>=canonical key`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const binary = [
  ['ASCII'], ['ASCII_Hex_Digit', 'AHex'], ['Alphabetic', 'Alpha'], ['Any'], ['Assigned'], ['Bidi_Control', 'Bidi_C'],
  ['Bidi_Mirrored', 'Bidi_M'], ['Case_Ignorable', 'CI'], ['Cased'], ['Changes_When_Casefolded', 'CWCF'],
  ['Changes_When_Casemapped', 'CWCM'], ['Changes_When_Lowercased', 'CWL'], ['Changes_When_NFKC_Casefolded', 'CWKCF'],
  ['Changes_When_Titlecased', 'CWT'], ['Changes_When_Uppercased', 'CWU'], ['Dash'], ['Default_Ignorable_Code_Point', 'DI'],
  ['Deprecated', 'Dep'], ['Diacritic', 'Dia'], ['Emoji'], ['Emoji_Component', 'EComp'], ['Emoji_Modifier', 'EMod'],
  ['Emoji_Modifier_Base', 'EBase'], ['Emoji_Presentation', 'EPres'], ['Extended_Pictographic', 'ExtPict'], ['Extender', 'Ext'],
  ['Grapheme_Base', 'Gr_Base'], ['Grapheme_Extend', 'Gr_Ext'], ['Hex_Digit', 'Hex'], ['IDS_Binary_Operator', 'IDSB'],
  ['IDS_Trinary_Operator', 'IDST'], ['ID_Continue', 'IDC'], ['ID_Start', 'IDS'], ['Ideographic', 'Ideo'], ['Join_Control', 'Join_C'],
  ['Logical_Order_Exception', 'LOE'], ['Lowercase', 'Lower'], ['Math'], ['Noncharacter_Code_Point', 'NChar'],
  ['Pattern_Syntax', 'Pat_Syn'], ['Pattern_White_Space', 'Pat_WS'], ['Quotation_Mark', 'QMark'], ['Radical'],
  ['Regional_Indicator', 'RI'], ['Sentence_Terminal', 'STerm'], ['Soft_Dotted', 'SD'], ['Terminal_Punctuation', 'Term'],
  ['Unified_Ideograph', 'UIdeo'], ['Uppercase', 'Upper'], ['Variation_Selector', 'VS'], ['White_Space', 'space'],
  ['XID_Continue', 'XIDC'], ['XID_Start', 'XIDS'],
];
const categories = [
  ['Cased_Letter', 'LC'], ['Close_Punctuation', 'Pe'], ['Connector_Punctuation', 'Pc'], ['Control', 'Cc', 'cntrl'],
  ['Currency_Symbol', 'Sc'], ['Dash_Punctuation', 'Pd'], ['Decimal_Number', 'Nd', 'digit'], ['Enclosing_Mark', 'Me'],
  ['Final_Punctuation', 'Pf'], ['Format', 'Cf'], ['Initial_Punctuation', 'Pi'], ['Letter', 'L'], ['Letter_Number', 'Nl'],
  ['Line_Separator', 'Zl'], ['Lowercase_Letter', 'Ll'], ['Mark', 'M', 'Combining_Mark'], ['Math_Symbol', 'Sm'],
  ['Modifier_Letter', 'Lm'], ['Modifier_Symbol', 'Sk'], ['Nonspacing_Mark', 'Mn'], ['Number', 'N'], ['Open_Punctuation', 'Ps'],
  ['Other', 'C'], ['Other_Letter', 'Lo'], ['Other_Number', 'No'], ['Other_Punctuation', 'Po'], ['Other_Symbol', 'So'],
  ['Paragraph_Separator', 'Zp'], ['Private_Use', 'Co'], ['Punctuation', 'P', 'punct'], ['Separator', 'Z'],
  ['Space_Separator', 'Zs'], ['Spacing_Mark', 'Mc'], ['Surrogate', 'Cs'], ['Symbol', 'S'], ['Titlecase_Letter', 'Lt'],
  ['Unassigned', 'Cn'], ['Uppercase_Letter', 'Lu'],
];

// Every code point once, in two runs either side of the surrogates (a
// match must not span the gap), and the surrogates one by one.
function run(lo, hi) {
  const parts = [];
  for (let c = lo; c <= hi; c += 4096) {
    const chunk = [];
    for (let d = c; d <= Math.min(hi, c + 4095); d++) chunk.push(d);
    parts.push(String.fromCodePoint(...chunk));
  }
  return parts.join('');
}
const texts = [run(0, 0xd7ff), run(0xe000, 0x10ffff)];
const surrogates = Array.from({ length: 0x800 }, (_, i) => String.fromCharCode(0xd800 + i));

function ranges(source) {
  const re = new RegExp(source + '+', 'gu');
  const one = new RegExp('^' + source + '$', 'u');
  const out = [];
  const push = (lo, hi) => {
    const last = out[out.length - 1];
    if (last && last[1] + 1 === lo) last[1] = hi;
    else out.push([lo, hi]);
  };
  const last = (s) => {
    const u = s.charCodeAt(s.length - 1);
    return u >= 0xdc00 && u <= 0xdfff && s.length > 1 ? s.codePointAt(s.length - 2) : u;
  };
  for (const m of texts[0].matchAll(re)) push(m[0].codePointAt(0), last(m[0]));
  surrogates.forEach((s, i) => { if (one.test(s)) push(0xd800 + i, 0xd800 + i); });
  for (const m of texts[1].matchAll(re)) push(m[0].codePointAt(0), last(m[0]));
  return out;
}

function encode(rs) {
  let prev = -1;
  const parts = [];
  for (const [lo, hi] of rs) {
    parts.push((lo - prev - 1).toString(36), (hi - lo + 1).toString(36));
    prev = hi;
  }
  return parts.join(',');
}

const valid = (src) => { try { new RegExp(src, 'u'); return true; } catch { return false; } };
const lines = [];
const emit = (key, names, source) => {
  lines.push(key + names[0] + '\t' + encode(ranges(source)));
  for (const a of names.slice(1)) lines.push(key + a + '\t=' + key + names[0]);
};
for (const names of binary) {
  if (!valid('\\p{' + names[0] + '}')) continue;
  emit('bin=', names, '\\p{' + names[0] + '}');
}
for (const names of categories) emit('gc=', names, '\\p{gc=' + names[0] + '}');

// Script names: the long names Go knows (passed in by go generate through
// SCRIPTS), and every four-letter alias V8 accepts, found by trying them.
const long = (process.env.SCRIPTS || '').split(',').filter(Boolean).concat(['Unknown', 'Katakana_Or_Hiragana']).filter((n) => valid('\\p{sc=' + n + '}'));
const sig = new Map();
for (const n of [...new Set(long)].sort()) {
  const enc = encode(ranges('\\p{sc=' + n + '}'));
  sig.set(enc, n);
  lines.push('sc=' + n + '\t' + enc);
  const x = encode(ranges('\\p{scx=' + n + '}'));
  lines.push('scx=' + n + '\t' + (x === enc ? '=sc=' + n : x));
}
const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', a = 'abcdefghijklmnopqrstuvwxyz';
for (const c1 of A) for (const c2 of a) for (const c3 of a) for (const c4 of a) {
  const alias = c1 + c2 + c3 + c4;
  if (long.includes(alias) || !valid('\\p{sc=' + alias + '}')) continue;
  const enc = encode(ranges('\\p{sc=' + alias + '}'));
  const n = sig.get(enc);
  if (n) {
    lines.push('sc=' + alias + '\t=sc=' + n);
    lines.push('scx=' + alias + '\t=scx=' + n);
    continue;
  }
  // A script newer than Go's table: known here by its code only.
  lines.push('sc=' + alias + '\t' + enc);
  const x = encode(ranges('\\p{scx=' + alias + '}'));
  lines.push('scx=' + alias + '\t' + (x === enc ? '=sc=' + alias : x));
}
const out = fileURLToPath(new URL('../regexp_props.txt', import.meta.url));
writeFileSync(out, '# generated by regexpgen/gen.mjs from node ' + process.version + ' (Unicode ' + process.versions.unicode + '); do not edit\n' + lines.join('\n') + '\n');
