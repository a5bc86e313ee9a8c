// ky: prefixUrl, searchParams, json, hooks, retries and HTTPError over a
// stub fetch.
import type { APIRoute } from 'astro';
import ky, { HTTPError } from 'ky';
import { json, stubFetch } from '../stub';

export const GET: APIRoute = async () => {
  let failures = 0;
  const stub = stubFetch((req) => {
    const url = new URL(req.url);
    if (url.pathname === '/v1/flaky' && failures++ < 1) return json({ error: 'busy' }, 503, { 'retry-after': '0' });
    if (url.pathname === '/v1/missing') return json({ error: 'not found' }, 404);
    return json({ path: url.pathname, query: url.search, method: req.method });
  });
  const api = ky.create({
    prefixUrl: 'https://api.example.com/v1',
    fetch: stub.fetch,
    headers: { 'x-key': 'k' },
    hooks: { beforeRequest: [(req) => req.headers.set('x-hook', '1')] },
  });
  const got = await api.get('users', { searchParams: { page: 2, q: 'a b' } }).json();
  const posted = await api.post('users', { json: { name: 'Ada' } }).json();
  const flaky = await api.get('flaky', { retry: { limit: 2, delay: () => 0 } }).json();
  let error;
  try {
    await api.get('missing', { retry: 0 });
  } catch (e: any) {
    error = [e instanceof HTTPError, e.name, e.message, e.response.status, await e.response.json()];
  }
  return new Response(JSON.stringify({ got, posted, flaky, error, calls: stub.calls }, null, 2));
};
