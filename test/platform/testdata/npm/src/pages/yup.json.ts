// yup: validate with all errors, casting and transforms.
import type { APIRoute } from 'astro';
import * as yup from 'yup';

const schema = yup.object({
  name: yup.string().trim().required(),
  email: yup.string().email().required(),
  age: yup.number().integer().min(18).max(120),
  website: yup.string().url().nullable(),
  born: yup.date(),
  tags: yup.array(yup.string().lowercase()).default([]),
});

export const GET: APIRoute = async () => {
  const cast = schema.cast({ name: '  Ada ', email: 'ada@example.com', age: '36', born: '1815-12-10', tags: ['A', 'B'] });
  let errors;
  try {
    await schema.validate({ name: '', email: 'nope', age: 12.5, website: 'not a url' }, { abortEarly: false });
  } catch (e: any) {
    errors = { name: e.name, errors: e.errors, inner: e.inner.map((i: any) => [i.path, i.type]) };
  }
  const out = {
    cast: { ...cast, born: cast.born?.toISOString() },
    valid: await schema.isValid({ name: 'x', email: 'x@y.z' }),
    errors,
    describe: schema.describe().fields.age,
  };
  return new Response(JSON.stringify(out, null, 2));
};
