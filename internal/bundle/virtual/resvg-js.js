// @resvg/resvg-js for Comet (see resvg.go). resvg-js is a native addon;
// this module gives its API over the same renderer compiled to WebAssembly
// (@resvg/resvg-wasm 2.6.2, vendored in resvg/), so an endpoint written for
// Node renders the same PNG bytes unchanged.
//
// Fonts: resvg-js reads options.font.fontFiles and fontDirs from disk;
// here they are read with the runtime's node:fs (confined to the project)
// and handed to the renderer as font buffers, in the order resvg-js loads
// them (files, then directories). System fonts cannot be loaded
// (loadSystemFonts is ignored).
//
// Memory: resvg-js frees its Rust objects when the JS objects are
// collected. goja never runs finalizers, so the renderer's objects live in
// the WebAssembly memory only while they are among the LIVE most recently
// used ones; an object evicted from there is freed, and made again (the
// SVG parsed again, with the crops and images applied since) when it is
// next used. A server rendering an image per request so keeps a bounded
// heap.
import { Resvg as WasmResvg, __cometInitSync } from 'comet:resvg-wasm';
import wasmModule from 'comet:resvg-wasm-module';
import { Buffer } from 'node:buffer';
import { readFileSync, readdirSync, statSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

let ready = false;
function init() {
  if (!ready) {
    __cometInitSync(wasmModule());
    ready = true;
  }
}

// napiError is an error as resvg-js throws them: napi-rs puts its status
// in code.
function napiError(e, code) {
  if (e instanceof Error && e.code === undefined) e.code = code || 'GenericFailure';
  return e;
}

// ---- the live objects ----------------------------------------------------

const LIVE = 4;
const live = []; // holders with a live renderer object, oldest first

// holder keeps one renderer object made by make, freeing it when it
// leaves the LIVE most recently used.
function holder(make) {
  const h = {
    obj: null,
    get() {
      if (h.obj === null) h.obj = make();
      const i = live.indexOf(h);
      if (i >= 0) live.splice(i, 1);
      live.push(h);
      while (live.length > LIVE) live.shift().release();
      return h.obj;
    },
    release() {
      const i = live.indexOf(h);
      if (i >= 0) live.splice(i, 1);
      if (h.obj !== null) {
        const o = h.obj;
        h.obj = null;
        o.free();
      }
    },
  };
  return h;
}

// makeResvg parses svg again and applies the changes made since (ops).
function makeResvg(svg, options, ops) {
  let r;
  try {
    r = new WasmResvg(svg, options);
  } catch (e) {
    throw napiError(e);
  }
  try {
    for (const op of ops) apply(r, op);
  } catch (e) {
    r.free();
    throw napiError(e);
  }
  return r;
}

function apply(r, op) {
  if (op.crop) {
    // The renderer's BBox has no constructor: take one and set it.
    const b = r.getBBox() || r.innerBBox();
    if (!b) throw new Error('cropByBBox: the SVG has no visible element to take a BBox from');
    [b.x, b.y, b.width, b.height] = op.crop;
    try {
      r.cropByBBox(b);
    } finally {
      b.free();
    }
  } else {
    r.resolveImage(op.image[0], op.image[1]);
  }
}

// ---- options -------------------------------------------------------------

const fontFile = /\.(ttf|ttc|otf|otc|TTF|TTC|OTF|OTC)$/;

// readFontDir adds the fonts of dir and its subfolders to out, as fontdb's
// load_fonts_dir does (by extension, following links); entries come in
// name order.
function readFontDir(dir, out, seen) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    let file = e.isFile(), folder = e.isDirectory();
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(p);
        file = st.isFile();
        folder = st.isDirectory();
      } catch {
        continue;
      }
    }
    if (file && fontFile.test(e.name)) {
      try {
        out.push(readFileSync(p));
      } catch {
        // resvg-js logs a warning and goes on
      }
    } else if (folder) {
      let real;
      try {
        real = realpathSync(p);
      } catch {
        continue;
      }
      if (!seen.has(real)) {
        seen.add(real);
        readFontDir(p, out, seen);
      }
    }
  }
}

// wasmOptions turns resvg-js options into resvg-wasm's: the JSON resvg-js
// hands its renderer, with the font files read into fontBuffers.
function wasmOptions(options) {
  if (options === undefined || options === null) return undefined;
  let font;
  if (options && typeof options.font === 'object' && options.font !== null) {
    // fontBuffers is resvg-wasm's, which resvg-js ignores.
    const { fontBuffers: _, ...rest } = options.font;
    font = rest;
  }
  const json = JSON.stringify(font === undefined ? options : { ...options, font });
  const o = json === undefined ? null : JSON.parse(json);
  if (o === null || typeof o !== 'object' || o.font === null || typeof o.font !== 'object' || Array.isArray(o.font)) return o === null ? undefined : o;
  const { fontFiles, fontDirs, loadSystemFonts: _, ...rest } = o.font;
  const buffers = [];
  if (Array.isArray(fontFiles)) {
    for (const f of fontFiles) {
      if (typeof f !== 'string') continue;
      try {
        buffers.push(readFileSync(f));
      } catch {
        // resvg-js logs a warning and goes on
      }
    }
  }
  if (Array.isArray(fontDirs)) {
    for (const d of fontDirs) if (typeof d === 'string') readFontDir(d, buffers, new Set());
  }
  return { ...o, font: { ...rest, fontBuffers: buffers } };
}

function checkSVG(svg) {
  if (typeof svg !== 'string' && !(svg instanceof Uint8Array)) {
    throw napiError(new Error('Value is non of these types `String`, `Vec<u8>`, '), 'InvalidArg');
  }
}

// ---- the API -------------------------------------------------------------

const STATE = Symbol('resvg');
const INTERNAL = Symbol('internal');

class BBox {
  constructor(token, x, y, width, height) {
    if (token !== INTERNAL) throw new TypeError('Class contains no `constructor`, can not new it!');
    Object.defineProperty(this, STATE, { value: { x, y, width, height } });
  }
  get x() { return this[STATE].x; }
  set x(v) { this[STATE].x = Number(v); }
  get y() { return this[STATE].y; }
  set y(v) { this[STATE].y = Number(v); }
  get width() { return this[STATE].width; }
  set width(v) { this[STATE].width = Number(v); }
  get height() { return this[STATE].height; }
  set height(v) { this[STATE].height = Number(v); }
}

function bboxOf(b) {
  if (!b) return undefined;
  const out = new BBox(INTERNAL, b.x, b.y, b.width, b.height);
  b.free();
  return out;
}

function bytes(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

class RenderedImage {
  constructor(token, img, again) {
    if (token !== INTERNAL) throw new TypeError('Class contains no `constructor`, can not new it!');
    const h = holder(again);
    h.obj = img;
    Object.defineProperty(this, STATE, { value: { h, width: img.width, height: img.height } });
    h.get();
  }
  /** asPng encodes the image as PNG. */
  asPng() {
    try {
      return bytes(this[STATE].h.get().asPng());
    } catch (e) {
      throw napiError(e);
    }
  }
  get pixels() { return bytes(this[STATE].h.get().pixels); }
  get width() { return this[STATE].width; }
  get height() { return this[STATE].height; }
}

export class Resvg {
  constructor(svg, options) {
    init();
    checkSVG(svg);
    const opts = wasmOptions(options);
    const ops = [];
    const h = holder(() => makeResvg(svg, opts, ops));
    Object.defineProperty(this, STATE, { value: { svg, opts, ops, h } });
    h.get(); // parse now: a bad SVG throws here, as in resvg-js
  }
  toString() { return this[STATE].h.get().toString(); }
  render() {
    const { svg, opts, ops, h } = this[STATE];
    let img;
    try {
      img = h.get().render();
    } catch (e) {
      throw napiError(e);
    }
    const snapshot = ops.slice();
    return new RenderedImage(INTERNAL, img, () => {
      const r = makeResvg(svg, opts, snapshot);
      try {
        return r.render();
      } finally {
        r.free();
      }
    });
  }
  innerBBox() { return bboxOf(this[STATE].h.get().innerBBox()); }
  getBBox() { return bboxOf(this[STATE].h.get().getBBox()); }
  cropByBBox(bbox) {
    if (!(bbox instanceof BBox)) throw napiError(new Error('Failed to recover `BBox` type from napi value'), 'InvalidArg');
    const op = { crop: [bbox.x, bbox.y, bbox.width, bbox.height] };
    const s = this[STATE];
    try {
      apply(s.h.get(), op);
    } catch (e) {
      throw napiError(e);
    }
    s.ops.push(op);
  }
  imagesToResolve() {
    try {
      return this[STATE].h.get().imagesToResolve();
    } catch (e) {
      throw napiError(e);
    }
  }
  resolveImage(href, buffer) {
    const op = { image: [href, buffer] };
    const s = this[STATE];
    try {
      apply(s.h.get(), op);
    } catch (e) {
      throw napiError(e);
    }
    s.ops.push(op);
  }
  get width() { return this[STATE].h.get().width; }
  get height() { return this[STATE].h.get().height; }
}

// The bundle may rename the classes (the renderer's glue has classes of
// the same names); constructor.name stays resvg-js's.
for (const [c, name] of [[BBox, 'BBox'], [RenderedImage, 'RenderedImage'], [Resvg, 'Resvg']]) {
  Object.defineProperty(c, 'name', { value: name, configurable: true });
}

// renderAsync renders on the runtime's one thread (resvg-js uses a worker
// thread); the promise settles as resvg-js's does.
export function renderAsync(svg, options, signal) {
  return new Promise((resolve, reject) => {
    if (signal && signal.aborted) {
      reject(napiError(new Error('AbortError'), 'Cancelled'));
      return;
    }
    const r = new Resvg(svg, options);
    try {
      resolve(r.render());
    } finally {
      r[STATE].h.release();
    }
  });
}

// render is exported by resvg-js 2.6.2's index.js but its native binding
// has no such function, so calling it throws there too.
export function render() {
  throw new TypeError('_render is not a function');
}

export default { render, renderAsync, Resvg };
