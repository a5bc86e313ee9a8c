// yaml: parse, stringify, documents with comments, and errors.
import type { APIRoute } from 'astro';
import YAML from 'yaml';

export const GET: APIRoute = () => {
  const doc = YAML.parseDocument('# head\nname: Comet # trailing\nlist:\n  - 1\n  - two\nmap: { a: 1 }\n');
  doc.set('added', true);
  const bad = YAML.parseDocument('a: 1\na: 2\n  b: [\n');
  const out = {
    parse: YAML.parse('x: 1\ny: [a, b]\nz: !!str 3\nd: 2024-02-29\n'),
    stringify: YAML.stringify({ a: 1, b: ['x', 'y: z'], c: { d: null, e: 'multi\nline' }, f: 'ünï' }),
    doc: doc.toString(),
    json: doc.toJSON(),
    errors: bad.errors.map((e) => [e.code, e.message]),
  };
  return new Response(JSON.stringify(out, null, 2));
};
