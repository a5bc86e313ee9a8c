// ms: parse durations and format milliseconds.
import type { APIRoute } from 'astro';
import ms from 'ms';

export const GET: APIRoute = () => {
  const out = {
    parse: ['2 days', '1d', '10h', '2.5 hrs', '1m', '5s', '100', '-3 days', '1y', '1 week', 'nope'].map((s) => ms(s)),
    short: [60000, 2 * 60000, -3 * 60000, ms('10 hours'), 1500, 86400000 * 3].map((n) => ms(n)),
    long: [60000, 2 * 60000, 1000, ms('1d'), 86400000 * 400].map((n) => ms(n, { long: true })),
  };
  return new Response(JSON.stringify(out, null, 2));
};
