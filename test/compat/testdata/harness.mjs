// A minimal Astro static build in Node, for comparing Comet's output with
// Node's on the same endpoint code: each page (bundled to ESM by the Go
// test with esbuild) is called as Astro calls it — getStaticPaths, then
// GET (or the 1.x `get`) with { params, request, url, site, props } — and
// its body bytes are printed as JSON { "/path": base64 }.
//
//   node harness.mjs <site or ""> <route pattern> <module.mjs> ...
const [site, ...pairs] = process.argv.slice(2);
const out = {};
for (let i = 0; i < pairs.length; i += 2) {
  const pattern = pairs[i];
  const mod = await import(pairs[i + 1]);
  const handler = mod.GET || mod.get;
  const entries = mod.getStaticPaths ? await mod.getStaticPaths({ paginate: () => { throw new Error('paginate is not in the harness'); } }) : [{ params: {} }];
  for (const { params = {}, props } of entries) {
    const pathname = pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, rest, name) => (params[name] === undefined ? '' : String(params[name]))).replace(/\/+/g, '/');
    const url = new URL(pathname, site || 'http://localhost');
    const ctx = { params, props, request: new Request(url), url, site: site ? new URL(site) : undefined };
    const result = await handler.call(mod, ctx, ctx.request);
    let bytes;
    if (result instanceof Response) bytes = Buffer.from(await result.arrayBuffer());
    else bytes = typeof result.body === 'string' ? Buffer.from(result.body, result.encoding === 'binary' ? 'binary' : 'utf8') : Buffer.from(result.body);
    out[pathname] = bytes.toString('base64');
  }
}
process.stdout.write(JSON.stringify(out));
