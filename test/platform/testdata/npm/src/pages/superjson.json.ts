// superjson: serialize Dates, Maps, Sets, BigInts, RegExps, undefined, and back.
import type { APIRoute } from 'astro';
import superjson from 'superjson';

export const GET: APIRoute = () => {
  const value = {
    when: new Date(Date.UTC(2024, 1, 29, 12)),
    map: new Map<string, unknown>([['a', 1], ['b', new Set([1, 2])]]),
    big: 12345678901234567890n,
    re: /ab+c/gi,
    nothing: undefined,
    nan: NaN,
    inf: -Infinity,
    url: new URL('https://example.com/a?b=c'),
    err: new Error('boom'),
  };
  const s = superjson.stringify(value);
  const back = superjson.parse<typeof value>(s);
  const out = {
    serialized: superjson.serialize(value),
    string: s,
    back: [back.when instanceof Date, back.when.toISOString(), [...back.map.keys()], back.big.toString(), back.re.flags, 'nothing' in back, Number.isNaN(back.nan), back.url.href, back.err.message],
  };
  return new Response(JSON.stringify(out, null, 2));
};
