// xml2js: parse with the callback and promise APIs, build XML back (it
// needs require('events') to be EventEmitter and Node's timers).
import type { APIRoute } from 'astro';
import xml2js from 'xml2js';

const xml = '<feed a="1"><entry id="x"><title>One &amp; two</title></entry><entry id="y"><title>Three</title></entry></feed>';

export const GET: APIRoute = async () => {
  const viaCallback = await new Promise((res, rej) => xml2js.parseString(xml, (err: unknown, r: unknown) => (err ? rej(err) : res(r))));
  const viaPromise = await new xml2js.Parser({ explicitArray: false, mergeAttrs: true }).parseStringPromise(xml);
  const built = new xml2js.Builder({ headless: true }).buildObject({ root: { $: { v: '2' }, item: ['a', 'b'] } });
  let error = '';
  try { await xml2js.parseStringPromise('<a><b></a>'); } catch (e) { error = (e as Error).message.split('\n')[0]; }
  return new Response(JSON.stringify({ viaCallback, viaPromise, built, error }, null, 2));
};
