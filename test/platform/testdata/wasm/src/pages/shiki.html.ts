// shiki: TypeScript, CSS and JSON highlighted by the Oniguruma regex engine
// compiled to WebAssembly (its onig.wasm, read from disk), with two themes.
// tokenizeTimeLimit 0: shiki stops tokenizing a line after 500 ms by
// default, which a loaded machine can reach in either runtime.
import { createHighlighterCore } from 'shiki/core';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { readFileSync } from 'node:fs';

const code = {
  typescript: `import type { APIRoute } from 'astro';
// A comment with <html> & "quotes"
export const GET: APIRoute = async ({ params }) => {
  const n: number = Number(params.id ?? 0) * 2 ** 3;
  return new Response(JSON.stringify({ n, ok: n > 1 && /\\d+/.test(String(n)) }));
};`,
  css: `@media (min-width: 40em) { .card:hover > a::after { color: #ff0; margin: 0 auto !important; } }`,
  json: `{ "name": "comet", "version": 1.5, "tags": ["go", null, true] }`,
};

export async function GET() {
  const highlighter = await createHighlighterCore({
    themes: [import('shiki/themes/github-dark.mjs'), import('shiki/themes/min-light.mjs')],
    langs: [import('shiki/langs/typescript.mjs'), import('shiki/langs/css.mjs'), import('shiki/langs/json.mjs')],
    engine: createOnigurumaEngine(readFileSync('assets/onig.wasm')),
  });
  const out = [];
  for (const [lang, src] of Object.entries(code)) {
    out.push(highlighter.codeToHtml(src, { lang, theme: 'github-dark', tokenizeTimeLimit: 0 }));
    out.push(highlighter.codeToHtml(src, { lang, themes: { light: 'min-light', dark: 'github-dark' }, tokenizeTimeLimit: 0 }));
  }
  out.push(JSON.stringify(highlighter.codeToTokensBase(code.json, { lang: 'json', theme: 'min-light', tokenizeTimeLimit: 0 })));
  return new Response(out.join('\n'), { headers: { 'Content-Type': 'text/html' } });
}
