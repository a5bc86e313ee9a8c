// zod 4: parse success, the issue list of a failed parse, the error helpers
// and a JSON Schema export.
import type { APIRoute } from 'astro';
import { z } from 'zod';

const User = z.object({
  name: z.string().min(2),
  email: z.email(),
  age: z.number().int().positive().optional(),
  tags: z.array(z.string()).default([]),
  role: z.enum(['admin', 'user']),
  joined: z.coerce.date(),
});
type User = z.infer<typeof User>;

const Shape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('circle'), r: z.number() }),
  z.object({ kind: z.literal('square'), side: z.number() }),
]);

const Slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+$/, { message: 'slug: letters, digits and dashes' })
  .transform((s) => s.split('-'));

const Password = z
  .object({ pw: z.string(), confirm: z.string() })
  .refine((v) => v.pw === v.confirm, { message: 'passwords differ', path: ['confirm'] });

export const GET: APIRoute = () => {
  const ok: User = User.parse({ name: 'Ada', email: 'ada@example.com', role: 'admin', joined: '2024-02-29T12:00:00Z' });
  const bad = User.safeParse({ name: 'A', email: 'nope', age: -1.5, role: 'root', tags: ['x', 7], joined: 'not a date' });
  const out = {
    ok: { ...ok, joined: ok.joined.toISOString() },
    issues: bad.success ? null : bad.error.issues,
    flat: bad.success ? null : z.flattenError(bad.error),
    pretty: bad.success ? null : z.prettifyError(bad.error),
    shapes: [Shape.safeParse({ kind: 'circle', r: 2 }), Shape.safeParse({ kind: 'hexagon' })].map((r) =>
      r.success ? r.data : r.error.issues,
    ),
    slug: [Slug.parse('  Hello-World-2024 '), Slug.safeParse('no spaces!').error?.issues[0].message],
    password: Password.safeParse({ pw: 'a', confirm: 'b' }).error?.issues,
    schema: z.toJSONSchema(User.omit({ joined: true })),
  };
  return new Response(JSON.stringify(out, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
