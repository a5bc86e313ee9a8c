// uuid: name-based v3/v5, v1/v6/v7 with fixed inputs, v4, parse, validate.
import type { APIRoute } from 'astro';
import { NIL, parse, stringify, v1, v3, v4, v5, v6, v7, validate, version } from 'uuid';

export const GET: APIRoute = () => {
  const random = Uint8Array.from({ length: 16 }, (_, i) => i * 7);
  const v4s = v4();
  const out = {
    v3: v3('hello', v3.URL),
    v5: [v5('https://example.com', v5.URL), v5('comet', v5.DNS)],
    v1: v1({ msecs: 1709200000000, nsecs: 1234, clockseq: 0x1234, node: Uint8Array.of(1, 2, 3, 4, 5, 6) }),
    v6: v6({ msecs: 1709200000000, nsecs: 1234, clockseq: 0x1234, node: Uint8Array.of(1, 2, 3, 4, 5, 6) }),
    v7: v7({ msecs: 1709200000000, random }),
    v4Seeded: v4({ random }),
    v4: [v4s.length, validate(v4s), version(v4s)],
    parsed: Array.from(parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8')),
    roundTrip: stringify(parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8')),
    validate: [validate(NIL), validate('nope'), validate('6BA7B810-9DAD-11D1-80B4-00C04FD430C8')],
  };
  return new Response(JSON.stringify(out, null, 2));
};
