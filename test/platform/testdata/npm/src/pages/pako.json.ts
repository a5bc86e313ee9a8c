// pako: deflate, gzip and raw deflate of text, and inflating them back.
import type { APIRoute } from 'astro';
import * as pako from 'pako';

const b64 = (u: Uint8Array) => btoa(String.fromCharCode(...u));

export const GET: APIRoute = () => {
  const text = 'Hello ünïcode! '.repeat(20);
  const deflated = pako.deflate(text, { level: 9 });
  const gz = pako.gzip(text);
  const raw = pako.deflateRaw(new TextEncoder().encode(text));
  let error;
  try {
    pako.inflate(Uint8Array.of(1, 2, 3));
  } catch (e: any) {
    error = String(e);
  }
  const out = {
    deflate: b64(deflated),
    gzip: b64(gz),
    raw: b64(raw),
    back: [pako.inflate(deflated, { to: 'string' }) === text, pako.ungzip(gz, { to: 'string' }).length, new TextDecoder().decode(pako.inflateRaw(raw)).slice(0, 15)],
    error,
  };
  return new Response(JSON.stringify(out, null, 2));
};
