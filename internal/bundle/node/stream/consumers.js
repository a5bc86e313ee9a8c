// stream/consumers reads a whole stream — a Node Readable, a Web
// ReadableStream or any async iterable — as Node 20's module does.
const bytes = (c) => (typeof c === 'string' ? Buffer.from(c) : c instanceof ArrayBuffer ? Buffer.from(c) : Buffer.from(c.buffer, c.byteOffset, c.byteLength));
export async function buffer(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(bytes(c));
  return Buffer.concat(chunks);
}
export async function arrayBuffer(stream) {
  const b = await buffer(stream);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}
export async function blob(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? c : bytes(c));
  return new Blob(chunks);
}
export async function text(stream) {
  const dec = new TextDecoder();
  let s = '';
  for await (const c of stream) s += typeof c === 'string' ? c : dec.decode(bytes(c), { stream: true });
  return s + dec.decode();
}
export async function json(stream) { return JSON.parse(await text(stream)); }
export default { arrayBuffer, blob, buffer, json, text };
