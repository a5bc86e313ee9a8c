// A small stand-in for Astro's server output, run by Node: it serves the
// pages (bundled by the Go test) on 127.0.0.1, sends the plan's requests
// to itself in order, and prints what came back as JSON. The Go side
// sends the same requests to Comet's handler and compares.
//
// Usage: node server.mjs <plan.json>
// plan: { pages: [{ module, pattern }], requests: [{ method, path, body, type }] }
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const plan = JSON.parse(await readFile(process.argv[2], 'utf8'));

// Routes: static segments outrank parameters, as in Astro.
const routes = [];
for (const page of plan.pages) {
  const mod = await import(pathToFileURL(page.module).href);
  const names = [];
  const re = page.pattern.replace(/\[(\.\.\.)?([^\]]+)\]|[.*+?^${}()|\\]/g, (m, rest, name) => {
    if (!name) return '\\' + m;
    names.push(name);
    return rest ? '(.*)' : '([^/]+)';
  });
  routes.push({ mod, names, re: new RegExp('^' + re + '$'), dynamic: names.length });
}
routes.sort((a, b) => a.dynamic - b.dynamic);

const byMethod = {
  GET: ['GET', 'get'],
  POST: ['POST', 'post'],
  PUT: ['PUT', 'put'],
  PATCH: ['PATCH', 'patch'],
  DELETE: ['DELETE', 'del', 'delete'],
};

async function toResponse(result) {
  if (result instanceof Response) return result;
  const b = typeof result.body === 'string' ? Buffer.from(result.body, result.encoding ?? 'utf8') : result.body;
  return new Response(b, { status: 200 });
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, `http://${req.headers.host}`);
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = ['GET', 'HEAD'].includes(req.method) ? undefined : Buffer.concat(chunks);
    const request = new Request(url, { method: req.method, headers: req.headers, body });
    let found;
    for (const r of routes) {
      const m = r.re.exec(url.pathname);
      if (m) {
        found = { r, params: Object.fromEntries(r.names.map((n, i) => [n, m[i + 1]])) };
        break;
      }
    }
    let response;
    const handler = found && [...(byMethod[req.method] ?? []), 'ALL', 'all'].map((n) => found.r.mod[n]).find(Boolean);
    if (!handler) {
      response = new Response(null, { status: 404 });
    } else {
      const ctx = { params: found.params, request, url, site: undefined, locals: {}, props: {} };
      response = await toResponse(await handler(ctx));
    }
    const headers = {};
    response.headers.forEach((v, k) => (headers[k] = v));
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (e) {
    res.writeHead(500);
    res.end(String(e && e.stack));
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const results = [];
for (const r of plan.requests) {
  const res = await fetch(origin + r.path, {
    method: r.method,
    body: r.body || undefined,
    headers: r.type ? { 'Content-Type': r.type } : {},
    redirect: 'manual',
  });
  results.push({ status: res.status, location: res.headers.get('location') ?? '', body: await res.text() });
}
server.close();
process.stdout.write(JSON.stringify(results));
