// @upstash/redis: commands over its REST protocol to a stub fetch
// (request bodies, auth header, result decoding, pipelines).
import type { APIRoute } from 'astro';
import { Redis } from '@upstash/redis';
import { json, stubFetch, withGlobalFetch } from '../stub';

export const GET: APIRoute = async () => {
  const stub = stubFetch(async (req) => {
    const body = JSON.parse(await req.text());
    if (new URL(req.url).pathname === '/pipeline') return json(body.map((c: string[]) => ({ result: c[0] === 'incr' ? 1 : 'OK' })));
    if (body[0] === 'get') return json({ result: JSON.stringify({ user: 'ada', n: 1 }) });
    if (body[0] === 'hgetall') return json({ result: ['a', '1', 'b', '"x"'] });
    return json({ result: 'OK' });
  });
  const redis = new Redis({ url: 'https://eu1-test.upstash.io', token: 'tok', automaticDeserialization: true, enableTelemetry: false });
  const out = await withGlobalFetch(stub.fetch, async () => ({
    set: await redis.set('user', { user: 'ada', n: 1 }, { ex: 60 }),
    get: await redis.get('user'),
    hgetall: await redis.hgetall('h'),
    pipeline: await redis.pipeline().set('a', 1).incr('b').exec(),
  }));
  return new Response(JSON.stringify({ ...out, calls: stub.calls }, null, 2));
};
