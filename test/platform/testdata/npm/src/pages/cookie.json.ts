// cookie: parse a Cookie header and serialize Set-Cookie values.
import type { APIRoute } from 'astro';
import { parse, serialize } from 'cookie';

export const GET: APIRoute = () => {
  const attempt = (f: () => unknown) => {
    try {
      return f();
    } catch (e: any) {
      return [e.name, e.message];
    }
  };
  const out = {
    parse: parse('session=abc%20def; theme=dark; empty=; quoted="q v"; dup=1; dup=2; bad=%E0%A4%A'),
    serialize: [
      serialize('session', 'a b;c', { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 3600 }),
      serialize('x', 'y', { expires: new Date(Date.UTC(2030, 0, 1)), domain: 'example.com', partitioned: true, priority: 'high' }),
      serialize('raw', 'a+b', { encode: (v) => v }),
    ],
    invalid: attempt(() => serialize('bad name', 'v')),
  };
  return new Response(JSON.stringify(out, null, 2));
};
