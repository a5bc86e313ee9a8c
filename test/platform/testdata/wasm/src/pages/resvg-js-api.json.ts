// @resvg/resvg-js's API besides rendering: sizes, bounding boxes, cropping,
// the simplified SVG, images to resolve, renderAsync, pixels and errors.
import { Resvg, renderAsync } from '@resvg/resvg-js';
import * as resvgjs from '@resvg/resvg-js';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="40">
  <g transform="translate(4 6)"><rect x="8" y="4" width="20" height="12" fill="#0ea5e9"/><circle cx="40" cy="20" r="6" fill="#f43f5e"/></g>
  <image href="missing.png" x="0" y="0" width="4" height="4"/>
</svg>`;

const err = (f: () => unknown) => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return `${(e as Error).name} ${(e as { code?: string }).code}: ${(e as Error).message}`;
  }
};
const box = (b: { x: number; y: number; width: number; height: number } | undefined) => b && [b.x, b.y, b.width, b.height];

export async function GET() {
  const r = new Resvg(Buffer.from(svg), { fitTo: { mode: 'height', value: 80 } });
  const out: Record<string, unknown> = {
    exports: Object.keys(resvgjs).sort(),
    size: [r.width, r.height],
    innerBBox: box(r.innerBBox()),
    getBBox: box(r.getBBox()),
    bboxJSON: JSON.stringify(r.getBBox()),
    images: r.imagesToResolve(),
  };
  const img = r.render();
  const pixels = img.pixels;
  out.rendered = [img.width, img.height, pixels.length, Buffer.isBuffer(pixels), Buffer.isBuffer(img.asPng())];
  out.pixelSum = pixels.reduce((s: number, v: number) => s + v, 0);
  const bbox = r.getBBox()!;
  bbox.x -= 2;
  bbox.width += 4;
  r.cropByBBox(bbox);
  out.cropped = [r.width, r.height, r.render().width, r.render().height];
  out.svg = r.toString();
  const a = await renderAsync(svg, { fitTo: { mode: 'zoom', value: 0.5 }, background: 'red' });
  out.async = [a.width, a.height, a.asPng().length];
  out.errors = [
    err(() => new Resvg('<svg')),
    err(() => new Resvg('hello')),
    err(() => new Resvg(42 as unknown as string)),
    err(() => r.cropByBBox({ x: 0, y: 0, width: 1, height: 1 } as never)),
    err(() => r.resolveImage('missing.png', Buffer.from('not an image'))),
    err(() => new Resvg(svg, { background: 'no such colour' }).render()),
  ];
  out.asyncError = await renderAsync('').then(() => 'resolved', (e) => `${e.code}: ${e.message}`);
  return Response.json(out);
}
