// @resvg/resvg-js with its own fonts: SVG <text> drawn with a font file
// and a font folder (which also holds a .woff, which resvg skips), the
// default family and the generic families set from it, and a crop.
import { Resvg } from '@resvg/resvg-js';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120">
  <rect width="300" height="120" fill="#fff7ed"/>
  <text x="12" y="40" font-family="Monoton" font-size="28" fill="#9a3412">Comet</text>
  <text x="12" y="80" font-size="22" fill="#1e3a8a" letter-spacing="2">default family</text>
  <text x="12" y="110" font-family="serif" font-size="16" fill="#065f46" text-decoration="underline">serif → Monoton</text>
</svg>`;

export async function GET() {
  const fromFile = new Resvg(svg, {
    font: { fontFiles: ['assets/monoton.ttf'], loadSystemFonts: false, defaultFontFamily: 'Monoton', serifFamily: 'Monoton' },
    fitTo: { mode: 'zoom', value: 1.5 },
  });
  const fromDir = new Resvg(svg, { font: { fontDirs: ['assets'], loadSystemFonts: false }, background: '#e0f2fe', crop: { left: 0, top: 20, right: 200, bottom: 100 } });
  const a = fromFile.render().asPng();
  const b = fromDir.render().asPng();
  // Both images, each after its length, so one response compares both.
  const out = new Uint8Array(8 + a.length + b.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, a.length);
  out.set(a, 4);
  view.setUint32(4 + a.length, b.length);
  out.set(b, 8 + a.length);
  return new Response(out, { headers: { 'Content-Type': 'application/octet-stream' } });
}
