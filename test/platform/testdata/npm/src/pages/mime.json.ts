// mime: types from paths and extensions from types.
import type { APIRoute } from 'astro';
import mime from 'mime';
import mimeLite from 'mime/lite';

export const GET: APIRoute = () => {
  const out = {
    types: ['a.json', 'x/y/z.PNG', '.webp', 'txt', 'file.avif', 'a.mjs', 'font.woff2', 'a.unknownext', 'README'].map((p) => mime.getType(p)),
    ext: ['text/html', 'application/json; charset=utf-8', 'image/svg+xml', 'video/mp4', 'nope/nope'].map((t) => mime.getExtension(t)),
    all: [...(mime.getAllExtensions('image/jpeg') ?? [])],
    lite: [mimeLite.getType('a.css'), mimeLite.getType('a.docx')],
  };
  return new Response(JSON.stringify(out, null, 2));
};
