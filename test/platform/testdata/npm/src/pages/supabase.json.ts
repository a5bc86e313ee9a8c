// @supabase/supabase-js: a client with a stub fetch: a PostgREST select
// with filters, an insert, an RPC call and a storage URL.
import type { APIRoute } from 'astro';
import { createClient } from '@supabase/supabase-js';
import { json, stubFetch } from '../stub';

export const GET: APIRoute = async () => {
  const stub = stubFetch((req) => {
    const url = new URL(req.url);
    if (req.method === 'POST' && url.pathname === '/rest/v1/posts') return json([{ id: 3, title: 'new' }], 201);
    if (url.pathname.startsWith('/rest/v1/rpc/')) return json(42);
    return json([{ id: 1, title: 'one' }], 200, { 'content-range': '0-0/1' });
  });
  const supabase = createClient('https://abc.supabase.co', 'anon-key', {
    global: { fetch: stub.fetch },
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    // Node 20 has no WebSocket; realtime is not used here, so any class does.
    realtime: { transport: class NoSocket {} as any },
  });
  const select = await supabase.from('posts').select('id,title', { count: 'exact' }).eq('draft', false).order('id', { ascending: false }).limit(10);
  const insert = await supabase.from('posts').insert({ title: 'new' }).select();
  const rpc = await supabase.rpc('answer', { q: 'life' });
  const url = supabase.storage.from('images').getPublicUrl('a b.png');
  const calls = stub.calls.map((c) => ({ ...c, headers: c.headers.filter(([k]) => k !== 'x-client-info') }));
  return new Response(JSON.stringify({ select, insert, rpc, url, calls }, null, 2));
};
