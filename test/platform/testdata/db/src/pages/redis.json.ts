// ioredis against a real Redis (the test starts redis-server and passes
// its URL): strings, counters, hashes, lists, a pipeline, a transaction,
// an error reply, then quit. Every key is deleted first, so Comet's run and
// Node's give the same replies.
import type { APIRoute } from 'astro';
import Redis from 'ioredis';

export const GET: APIRoute = async () => {
  const redis = new Redis(process.env.COMET_TEST_REDIS_URL as string, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const k = (s: string) => 'comet-test:' + s;
  await redis.del(k('s'), k('n'), k('h'), k('l'), k('t'));
  const out: Record<string, unknown> = {};
  out.set = await redis.set(k('s'), 'héllo', 'EX', 60);
  out.get = await redis.get(k('s'));
  out.incr = [await redis.incr(k('n')), await redis.incrby(k('n'), 41)];
  out.hset = await redis.hset(k('h'), { a: '1', b: 'two' });
  out.hgetall = await redis.hgetall(k('h'));
  out.lpush = await redis.rpush(k('l'), 'x', 'y', 'z');
  out.lrange = await redis.lrange(k('l'), 0, -1);
  out.pipeline = await redis.pipeline().set(k('t'), '1').incr(k('t')).get(k('t')).exec();
  out.multi = await redis.multi().incr(k('t')).get(k('t')).exec();
  try { await redis.lpush(k('s'), 'x'); } catch (e) { out.error = (e as Error).name + ': ' + (e as Error).message; }
  out.buffer = (await redis.getBuffer(k('s')))?.toString('hex');
  out.quit = await redis.quit();
  return new Response(JSON.stringify(out, null, 2));
};
