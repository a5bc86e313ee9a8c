// satori: an OG image laid out by yoga (WebAssembly) with text wrapped at
// word boundaries (Intl.Segmenter), as an og.png endpoint does before
// handing the SVG to resvg. The font is one a site would ship (WOFF).
import satori from 'satori';
import { readFileSync } from 'node:fs';

const h = (type: string, style: Record<string, unknown>, children?: unknown) => ({ type, props: { style, children } });

export async function GET() {
  const font = readFileSync('assets/roboto.woff');
  const svg = await satori(
    h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '100%', height: '100%', padding: 48, color: '#f8fafc', backgroundImage: 'linear-gradient(135deg, #0f172a, #1d4ed8)' }, [
      h('div', { fontSize: 52, lineHeight: 1.2 }, 'Endpoints as files, rendered to images at build time — naïve café résumé'),
      h('div', { display: 'flex', alignItems: 'center', gap: 16 }, [
        h('div', { width: 48, height: 48, borderRadius: 24, background: '#f59e0b' }),
        h('span', { fontSize: 28, opacity: 0.8 }, 'comet.dev/blog · 12 min read'),
      ]),
    ]),
    { width: 1200, height: 630, fonts: [{ name: 'Roboto', data: font, weight: 400, style: 'normal' }] },
  );
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
