// fflate: gzip/deflate/zip sync and async (its async API uses workers
// in Node and falls back where there are none), and string helpers.
import type { APIRoute } from 'astro';
import { deflateSync, gunzipSync, gzipSync, inflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const b64 = (u: Uint8Array) => btoa(String.fromCharCode(...u));

export const GET: APIRoute = () => {
  const data = strToU8('Hello ünïcode! '.repeat(20));
  const gz = gzipSync(data, { level: 6, mtime: 0 });
  const zip = zipSync({ 'a.txt': data, 'dir/b.txt': strToU8('bee') }, { mtime: new Date(Date.UTC(2024, 1, 29)) });
  const files = unzipSync(zip);
  const out = {
    gzip: b64(gz),
    deflate: b64(deflateSync(data, { level: 9 })),
    zip: b64(zip),
    back: [strFromU8(gunzipSync(gz)) === strFromU8(data), strFromU8(inflateSync(deflateSync(data))).length, Object.keys(files), strFromU8(files['dir/b.txt'])],
  };
  return new Response(JSON.stringify(out, null, 2));
};
