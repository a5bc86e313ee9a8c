// axios requests through its fetch adapter (to a stub fetch): params,
// JSON bodies and responses, interceptors, and the AxiosError of a 404.
import type { APIRoute } from 'astro';
import axios from 'axios';
import { json, stubFetch, withGlobalFetch } from '../stub';

export const GET: APIRoute = async () => {
  const stub = stubFetch(async (req) => {
    const url = new URL(req.url);
    if (url.pathname === '/v1/missing') return json({ error: 'not found' }, 404);
    return json({ path: url.pathname, query: url.search, method: req.method, body: req.method === 'POST' ? await req.json() : null });
  });
  const api = axios.create({ baseURL: 'https://api.example.com/v1', adapter: 'fetch', headers: { 'X-Key': 'k' } });
  api.interceptors.request.use((config) => {
    config.headers.set('X-Intercepted', '1');
    return config;
  });
  const out = await withGlobalFetch(stub.fetch, async () => {
    const got = await api.get('/users', { params: { page: 2, q: 'a b' } });
    const posted = await api.post('/users', { name: 'Ada' });
    let error;
    try {
      await api.get('/missing');
    } catch (e: any) {
      error = [axios.isAxiosError(e), e.name, e.message, e.code, e.response?.status, e.response?.data];
    }
    return { got: [got.status, got.data, got.headers['content-type']], posted: posted.data, error };
  });
  return new Response(JSON.stringify({ ...out, calls: stub.calls }, null, 2));
};
