// One page per case of src/lib/cases.mjs: node/<name>.json holds the
// case's result as JSON (or the name of the error it threw).
import type { APIRoute, GetStaticPaths } from 'astro';
import { cases, runCase } from '../../lib/cases.mjs';

export const getStaticPaths: GetStaticPaths = () => Object.keys(cases).map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => {
  return new Response(await runCase(params.name as string), {
    headers: { 'Content-Type': 'application/json' },
  });
};
