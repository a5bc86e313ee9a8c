// A small stand-in for `astro build` of endpoints, run by Node: the Go tests
// bundle each page with esbuild (TypeScript stripped, npm imports left to
// Node), and this script calls each page's handler as Astro would and
// writes the bytes it returns. The Go side compares them with Comet's dist/.
//
// Usage: node static.mjs <plan.json>
// plan: { site, outDir, pages: [{ module, pattern }] } where pattern is the
// route path, e.g. "/zod.json" or "/[id].json".
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const plan = JSON.parse(await readFile(process.argv[2], 'utf8'));
const origin = plan.site ? new URL(plan.site).origin : 'http://localhost:4321';

function fill(pattern, params) {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, k) => params[k] ?? '');
}

async function body(result) {
  if (result instanceof Response) return Buffer.from(await result.arrayBuffer());
  if (result && 'body' in result) {
    const b = result.body;
    if (typeof b === 'string') return Buffer.from(b, result.encoding ?? 'utf8');
    return Buffer.from(b);
  }
  throw new Error('handler returned neither a Response nor { body }');
}

for (const page of plan.pages) {
  const mod = await import(pathToFileURL(page.module).href);
  const handler = mod.GET ?? mod.get ?? mod.ALL ?? mod.all;
  const entries = mod.getStaticPaths ? (await mod.getStaticPaths({ paginate() {} })).flat() : [{ params: {} }];
  for (const entry of entries) {
    const path = fill(page.pattern, entry.params ?? {});
    const url = new URL(path, origin);
    const request = new Request(url);
    const ctx = {
      params: entry.params ?? {},
      props: entry.props ?? {},
      request,
      url,
      site: plan.site ? new URL(plan.site) : undefined,
      generator: 'Astro',
      locals: {},
      redirect: (to, status = 302) => Response.redirect(new URL(to, url), status),
    };
    const out = await body(await handler(ctx));
    const file = join(plan.outDir, path.slice(1));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, out);
  }
}
