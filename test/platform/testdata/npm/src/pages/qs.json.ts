// qs: nested parse and stringify with the options forms use.
import type { APIRoute } from 'astro';
import qs from 'qs';

export const GET: APIRoute = () => {
  const out = {
    parse: qs.parse('a[b][c]=1&list[]=x&list[]=y&idx[1]=q&idx[0]=p&flag&enc=%C3%BC+x&dot.key=1', { allowDots: true }),
    prefix: qs.parse('?x=1&y=2', { ignoreQueryPrefix: true }),
    depth: qs.parse('a[b][c][d][e][f][g]=deep'),
    stringify: [
      qs.stringify({ a: { b: [1, 2] }, c: 'ü x', d: null, e: undefined, f: true }),
      qs.stringify({ a: [1, 2] }, { arrayFormat: 'brackets' }),
      qs.stringify({ a: [1, 2] }, { arrayFormat: 'comma', encode: false }),
      qs.stringify({ a: { b: 1 } }, { allowDots: true, addQueryPrefix: true }),
      qs.stringify({ d: new Date(Date.UTC(2024, 1, 29)) }),
    ],
  };
  return new Response(JSON.stringify(out, null, 2));
};
