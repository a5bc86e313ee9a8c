import { defineAction, ActionError } from 'astro:actions';
import { z } from 'astro/zod';

export const server = {
  hello: defineAction({
    input: z.object({ name: z.string().min(2), times: z.number().int().default(1) }),
    handler: async ({ name, times }, ctx) => ({
      greeting: ('hi ' + name + '! ').repeat(times).trim(),
      when: new Date(0),
      tags: new Set(['a', 'b']),
      map: new Map([[1, 'one']]),
      big: 10n,
      url: new URL('https://example.com/x?y=1'),
      nothing: undefined,
      locals: ctx.locals.seen ?? null,
      hasProps: 'props' in ctx && ctx.props !== undefined,
    }),
  }),
  raw: defineAction({ handler: (input) => ({ input: input ?? null }) }),
  empty: defineAction({ handler: () => undefined }),
  signup: defineAction({
    accept: 'form',
    input: z.object({
      email: z.string().email(),
      age: z.number(),
      newsletter: z.boolean(),
      tags: z.array(z.string()),
      nickname: z.string().optional(),
      color: z.string().default('blue'),
      address: z.object({ city: z.string() }).optional(),
    }),
    handler: (input) => input,
  }),
  formRaw: defineAction({ accept: 'form', handler: (fd) => [...fd.entries()] }),
  user: {
    admin: {
      check: defineAction({
        handler: () => { throw new ActionError({ code: 'FORBIDDEN', message: 'admins only' }); },
      }),
    },
    crash: defineAction({ handler: () => { throw new Error('boom'); } }),
    teapot: defineAction({ handler: () => { throw new ActionError({ code: 'TOO_MANY_REQUESTS' }); } }),
  },
};
