// valibot: object schemas with pipes, a failed parse's issues, flatten.
import type { APIRoute } from 'astro';
import * as v from 'valibot';

const Signup = v.object({
  email: v.pipe(v.string(), v.trim(), v.email('bad email')),
  password: v.pipe(v.string(), v.minLength(8, 'too short'), v.regex(/[A-Z]/, 'needs a capital')),
  age: v.optional(v.pipe(v.number(), v.integer(), v.minValue(13))),
  tags: v.fallback(v.array(v.string()), []),
  plan: v.picklist(['free', 'pro']),
  since: v.pipe(v.string(), v.isoDate()),
});

export const GET: APIRoute = () => {
  const ok = v.safeParse(Signup, { email: ' a@b.co ', password: 'Secret123', plan: 'pro', since: '2024-02-29', tags: 'x' });
  const bad = v.safeParse(Signup, { email: 'nope', password: 'short', age: 12.5, plan: 'gold', since: '2024-13-01' }, { abortPipeEarly: false });
  const out = {
    ok: ok.output,
    success: [ok.success, bad.success],
    issues: bad.issues?.map((i) => ({ kind: i.kind, type: i.type, message: i.message, path: v.getDotPath(i) })),
    flat: bad.issues ? v.flatten<typeof Signup>(bad.issues) : null,
    is: v.is(v.union([v.string(), v.number()]), 3),
  };
  return new Response(JSON.stringify(out, null, 2));
};
