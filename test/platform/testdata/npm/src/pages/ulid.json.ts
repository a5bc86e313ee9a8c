// ulid: ULIDs from a fixed time and PRNG, monotonic ordering, decoding.
import type { APIRoute } from 'astro';
import { decodeTime, isValid, monotonicFactory, ulid } from 'ulid';

export const GET: APIRoute = () => {
  let seed = 7;
  const prng = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const mono = monotonicFactory(prng);
  const t = 1709200000000;
  const random = ulid();
  const out = {
    fixed: ulid(t, prng),
    monotonic: [mono(t), mono(t), mono(t + 1)],
    decoded: decodeTime(ulid(t, prng)),
    random: [random.length, isValid(random), decodeTime(random) > t],
    invalid: isValid('not-a-ulid'),
  };
  return new Response(JSON.stringify(out, null, 2));
};
