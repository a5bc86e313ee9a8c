// An OG image as real sites make it: satori lays the card out as SVG (text
// turned into paths), and @resvg/resvg-js, a native addon in Node, turns it
// into a PNG twice as wide. Comet resolves the import to its own resvg-js
// over the same renderer compiled to WebAssembly; the PNG must not differ.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';

const h = (type: string, style: Record<string, unknown>, children?: unknown) => ({ type, props: { style, children } });

export async function GET() {
  const svg = await satori(
    h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '100%', height: '100%', padding: 32, color: '#0f172a', backgroundImage: 'linear-gradient(160deg, rgba(253, 230, 138, 0.9), rgba(59, 130, 246, 0.4))', borderRadius: 24 }, [
      h('div', { fontSize: 34, lineHeight: 1.15 }, 'Rendering OG images without a native addon — déjà vu'),
      h('div', { display: 'flex', alignItems: 'center', gap: 12 }, [
        h('div', { width: 32, height: 32, borderRadius: 16, background: '#1d4ed8', border: '3px solid #f8fafc' }),
        h('span', { fontSize: 18, opacity: 0.75 }, 'comet.dev · 4 min read'),
      ]),
    ]),
    { width: 600, height: 315, fonts: [{ name: 'Roboto', data: readFileSync('assets/roboto.woff'), weight: 400, style: 'normal' }] },
  );
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, background: 'rgba(248, 250, 252, 1)' });
  const png = resvg.render().asPng();
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
