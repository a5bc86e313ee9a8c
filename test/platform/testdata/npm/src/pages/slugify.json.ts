// slugify on accented and symbol-heavy strings.
import type { APIRoute } from 'astro';
import slugify from 'slugify';

const inputs = [
  'Crème Brûlée à la carte',
  'Ça va? Très bien! Ñandú, Æsir & Øre',
  'Straße über Köln — 100% 🚀',
  'Привет, мир',
  '  leading  and  trailing  ',
  'I ♥ Dogs $5 < €10',
];

export const GET: APIRoute = () => {
  slugify.extend({ '♥': 'love' });
  const out = {
    default: inputs.map((s) => slugify(s)),
    lower: inputs.map((s) => slugify(s, { lower: true, strict: true })),
    locale: slugify('Ärger über Öl', { locale: 'de', lower: true }),
    replacement: slugify('a b c', { replacement: '_' }),
    remove: slugify('a*b+c~d', { remove: /[*+~]/g }),
  };
  return new Response(JSON.stringify(out, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
