// js-yaml: load (anchors, types, multi-documents), dump, and errors.
import type { APIRoute } from 'astro';
import * as yaml from 'js-yaml';

const src = `
base: &base
  name: Comet
  tags: [go, js]
site:
  <<: *base
  url: https://example.com
  launched: 2024-02-29
  ratio: 0.5
  empty: ~
  multi: |
    line one
    line two
  folded: >
    folded
    text
`;

export const GET: APIRoute = () => {
  const doc: any = yaml.load(src);
  let error;
  try {
    yaml.load('a: [1, 2\nb: 3');
  } catch (e: any) {
    error = [e.name, e.reason, e.mark?.line, e.mark?.column];
  }
  const out = {
    doc: JSON.parse(JSON.stringify(doc)),
    all: yaml.loadAll('---\na: 1\n---\nb: 2\n'),
    dump: yaml.dump({ a: 1, b: ['x', 'y: z'], c: { d: null, e: 'multi\nline' }, f: 'ünï' }, { sortKeys: true }),
    error,
  };
  return new Response(JSON.stringify(out, null, 2));
};
