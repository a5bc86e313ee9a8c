// ofetch: baseURL, query, JSON bodies and parsing, retries and FetchError,
// over a stub fetch.
import type { APIRoute } from 'astro';
import { createFetch, FetchError } from 'ofetch';
import { json, stubFetch } from '../stub';

export const GET: APIRoute = async () => {
  let failures = 0;
  const stub = stubFetch((req) => {
    const url = new URL(req.url);
    if (url.pathname === '/flaky' && failures++ < 1) return json({ error: 'busy' }, 503);
    if (url.pathname === '/missing') return json({ error: 'not found' }, 404);
    return json({ path: url.pathname, query: url.search, method: req.method });
  });
  const $fetch = createFetch({ fetch: stub.fetch as any, Headers, AbortController } as any).create({ baseURL: 'https://api.example.com/v1', headers: { 'x-key': 'k' } });
  const got = await $fetch('/users', { query: { page: 2, q: 'a b' } });
  const posted = await $fetch('/users', { method: 'POST', body: { name: 'Ada' } });
  const flaky = await $fetch('/flaky', { retry: 1, retryDelay: 0 });
  let error;
  try {
    await $fetch('/missing', { retry: 0 });
  } catch (e: any) {
    error = [e instanceof FetchError, e.name, e.message, e.status, e.data];
  }
  const raw = await $fetch.raw('/raw');
  return new Response(JSON.stringify({ got, posted, flaky, error, raw: [raw.status, raw._data], calls: stub.calls }, null, 2));
};
