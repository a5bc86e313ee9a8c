// @resvg/resvg-wasm: an SVG with paths, gradients, strokes, opacity and
// transforms rendered to PNG (initWasm given the bytes of the package's
// index_bg.wasm, as OG-image endpoints do).
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readFileSync } from 'node:fs';

let ready: Promise<void> | undefined;

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="126" viewBox="0 0 240 126">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0f172a"/><stop offset="1" stop-color="#3b82f6"/>
    </linearGradient>
    <radialGradient id="sun"><stop offset="0" stop-color="#fde68a"/><stop offset="1" stop-color="#f59e0b" stop-opacity="0.6"/></radialGradient>
  </defs>
  <rect width="240" height="126" fill="url(#bg)"/>
  <circle cx="190" cy="36" r="22" fill="url(#sun)"/>
  <path d="M0 110 C 40 70, 80 70, 120 100 S 200 130, 240 90 L 240 126 L 0 126 Z" fill="#22c55e" opacity="0.8"/>
  <g transform="translate(30 30) rotate(15)">
    <rect width="50" height="30" rx="6" fill="none" stroke="#f8fafc" stroke-width="3" stroke-dasharray="6 3"/>
  </g>
  <polyline points="10,20 30,5 50,20 70,5" fill="none" stroke="#f472b6" stroke-width="2" stroke-linejoin="round"/>
</svg>`;

export async function GET() {
  ready ??= initWasm(readFileSync('assets/resvg.wasm'));
  await ready;
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: 480 } });
  const png = resvg.render().asPng();
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
