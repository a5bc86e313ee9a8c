// nanoid: random ids are checked for length and alphabet; customRandom with
// a fixed byte source gives the same ids everywhere.
import type { APIRoute } from 'astro';
import { customAlphabet, customRandom, nanoid, urlAlphabet } from 'nanoid';

export const GET: APIRoute = () => {
  const hex = customAlphabet('0123456789abcdef', 24);
  const ids = Array.from({ length: 50 }, () => hex());
  const defaults = Array.from({ length: 50 }, () => nanoid());
  let seed = 7;
  const fixed = customRandom('abcdefghijklmnopqrstuvwxyz', 10, (size) => {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      bytes[i] = (seed >>> 16) & 255;
    }
    return bytes;
  });
  const out = {
    hex: {
      lengths: [...new Set(ids.map((s) => s.length))],
      charset: ids.every((s) => /^[0-9a-f]+$/.test(s)),
      unique: new Set(ids).size,
    },
    default: {
      lengths: [...new Set(defaults.map((s) => s.length))],
      charset: defaults.every((s) => [...s].every((c) => urlAlphabet.includes(c))),
      unique: new Set(defaults).size,
      sized: nanoid(5).length,
    },
    urlAlphabet,
    fixed: [fixed(), fixed(), fixed()],
  };
  return new Response(JSON.stringify(out, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
