// devalue: stringify/parse and uneval with cycles, dates, maps, bigints.
import type { APIRoute } from 'astro';
import { parse, stringify, uneval } from 'devalue';

export const GET: APIRoute = () => {
  const obj: any = { name: 'x', when: new Date(0), list: [1, , 3], map: new Map([[1, 'a']]), set: new Set(['s']), big: 10n, neg0: -0, str: '</script>\u2028' };
  obj.self = obj;
  const s = stringify(obj);
  const back = parse(s);
  let err;
  try {
    stringify({ f: () => 1 });
  } catch (e: any) {
    err = [e.name, e.message, e.path];
  }
  const out = {
    stringify: s,
    uneval: uneval({ a: [1, 2], d: new Date(86400000), r: /x/g, u: undefined, s: '<\/script>' }),
    back: [back.self === back, back.when.toISOString(), back.map.get(1), [...back.set], typeof back.big, Object.is(back.neg0, -0), 1 in back.list],
    err,
  };
  return new Response(JSON.stringify(out, null, 2));
};
