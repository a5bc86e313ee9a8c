package bundle_test

import "testing"

// TestResvgJS: @resvg/resvg-js resolves to Comet's module (resvg.go),
// installed or not, with resvg-js's API over the WebAssembly renderer.
// Expected values are what resvg-js 2.6.2's native addon gives in Node
// 20 (test/platform compares whole endpoints with it byte for byte); the
// cases marked Comet check the renderer objects made again after they
// were freed (Node frees them when they are collected).
func TestResvgJS(t *testing.T) {
	files := map[string]string{
		// An installed resvg-js is never loaded: its addon cannot be.
		"node_modules/@resvg/resvg-js/package.json": `{"name":"@resvg/resvg-js","version":"2.6.2","main":"index.js"}`,
		"node_modules/@resvg/resvg-js/index.js":     "throw new Error('the native addon was loaded');\n",
		// A CommonJS package requiring it, as OG-image helpers do.
		"node_modules/og-helper/package.json": `{"name":"og-helper","version":"1.0.0","main":"index.js"}`,
		"node_modules/og-helper/index.js":     "const { Resvg } = require('@resvg/resvg-js');\nmodule.exports = (svg) => new Resvg(svg).render().width;\n",
		"fonts/readme.txt":                    "not a font",
	}
	header := catchJS + `import { Resvg, renderAsync, render } from '@resvg/resvg-js';
import * as ns from '@resvg/resvg-js';
import resvgDefault from '@resvg/resvg-js';
import ogHelper from 'og-helper';
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect x="5" y="5" width="10" height="10" fill="#f00"/></svg>';
const box = (b) => [b.x, b.y, b.width, b.height].join();
const png = (r) => r.render().asPng().toString('base64');`
	runNodeCases(t, files, header, []nodeCase{
		{"exports", `return Object.keys(ns).sort().join() + ' ' + Object.keys(resvgDefault).sort().join() + ' ' + (resvgDefault.Resvg === Resvg)`, "Resvg,default,render,renderAsync Resvg,render,renderAsync true"},
		{"required by a package", `return ogHelper(svg)`, "40"},
		{"size", `const r = new Resvg(svg); return [r.width, r.height, typeof r.toString()].join()`, "40,20,string"},
		{"fitTo width", `const i = new Resvg(svg, { fitTo: { mode: 'width', value: 100 } }).render(); return [i.width, i.height].join()`, "100,50"},
		{"fitTo height", `const i = new Resvg(svg, { fitTo: { mode: 'height', value: 10 } }).render(); return [i.width, i.height].join()`, "20,10"},
		{"fitTo zoom", `const i = new Resvg(svg, { fitTo: { mode: 'zoom', value: 3 } }).render(); return [i.width, i.height].join()`, "120,60"},
		{"fitTo original", `const i = new Resvg(svg, { fitTo: { mode: 'original' } }).render(); return [i.width, i.height].join()`, "40,20"},
		{"PNG as a Buffer", `const p = new Resvg(svg).render().asPng(); return [Buffer.isBuffer(p), p.subarray(1, 4).toString()].join()`, "true,PNG"},
		{"pixels", `const i = new Resvg(svg).render(); const p = i.pixels; const at = (x, y) => Array.from(p.subarray((y * 40 + x) * 4, (y * 40 + x) * 4 + 4)).join('.'); return [Buffer.isBuffer(p), p.length, at(0, 0), at(10, 10)].join()`, "true,3200,0.0.0.0,255.0.0.255"},
		{"background", `const p = new Resvg(svg, { background: 'rgba(0, 0, 255, 1)' }).render().pixels; return Array.from(p.subarray(0, 4)).join('.')`, "0.0.255.255"},
		{"Buffer input", `return png(new Resvg(Buffer.from(svg))) === png(new Resvg(svg))`, "true"},
		{"null options", `return png(new Resvg(svg, null)) === png(new Resvg(svg))`, "true"},
		{"bboxes", `const r = new Resvg(svg); const b = r.getBBox(); return [box(b), box(r.innerBBox()), JSON.stringify(b), b.constructor.name, new Resvg(svg).render().constructor.name, new Resvg(svg).constructor.name].join(' ')`, "5,5,10,10 5,5,10,10 {} BBox RenderedImage Resvg"},
		{"no bbox", `return String(new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>').getBBox())`, "undefined"},
		{"cropByBBox", `const r = new Resvg(svg); r.cropByBBox(r.getBBox()); return [r.width, r.height, r.toString().match(/viewBox="[^"]*"/)[0]].join()`, `10,10,viewBox="5 5 10 10"`},
		{"cropByBBox set", `const r = new Resvg(svg); const b = r.getBBox(); b.x = 0; b.width = 20; r.cropByBBox(b); return [r.width, r.height].join()`, "20,10"},
		{"images to resolve", `return JSON.stringify(new Resvg(svg).imagesToResolve())`, "[]"},
		{"bad SVG", `return attempt(() => new Resvg('hello'))`, "Error GenericFailure: SVG data parsing failed cause unknown token at 1:1"},
		{"empty SVG", `return attempt(() => new Resvg(''))`, "Error GenericFailure: SVG data parsing failed cause the document does not have a root node"},
		{"not a string", `return attempt(() => new Resvg(42))`, "Error InvalidArg: Value is non of these types `String`, `Vec<u8>`, "},
		{"not a BBox", `return attempt(() => new Resvg(svg).cropByBBox({ x: 0, y: 0, width: 1, height: 1 }))`, "Error InvalidArg: Failed to recover `BBox` type from napi value"},
		{"bad image", `return attempt(() => new Resvg(svg).resolveImage('a.png', Buffer.from('x')))`, "Error GenericFailure: Unsupported image types (currently resvg only supports PNG, JPEG and GIF)"},
		{"bad background", `return attempt(() => new Resvg(svg, { background: 'nope' }).render())`, "Error GenericFailure: invalid value"},
		{"render is missing in 2.6.2", `return attempt(() => render(svg))`, "TypeError undefined: _render is not a function"},
		{"renderAsync", `const i = await renderAsync(svg, { fitTo: { mode: 'width', value: 80 } }); return [i.width, i.height, i.asPng().length > 0].join()`, "80,40,true"},
		{"renderAsync rejects", `return attemptAsync(() => renderAsync('<svg'))`, "Error GenericFailure: SVG data parsing failed cause the document does not have a root node"},
		{"renderAsync aborted", `const c = new AbortController(); c.abort(); return attemptAsync(() => renderAsync(svg, null, c.signal))`, "Error Cancelled: AbortError"},
		// resvg-js reads the fonts it is given and skips what it cannot
		// read or parse; so does Comet, through the project's node:fs.
		{"fonts skipped", `const o = { font: { fontFiles: ['fonts/missing.ttf', 'fonts/readme.txt', '/etc/passwd'], fontDirs: ['fonts', 'nope'], loadSystemFonts: false, defaultFontFamily: 'X' } }; return png(new Resvg(svg, o)) === png(new Resvg(svg))`, "true"},
		// Comet: renderer objects freed to keep the heap bounded are made
		// again on use, with the crops made since.
		{"Comet: a Resvg made again", `const r = new Resvg(svg); r.cropByBBox(r.getBBox()); const before = png(r); for (let i = 0; i < 8; i++) new Resvg(svg).render(); return [r.width, r.height, png(r) === before, r.toString().includes('viewBox="5 5 10 10"')].join()`, "10,10,true,true"},
		{"Comet: an image made again", `const r = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 } }); const img = r.render(); const a = img.asPng().toString('base64'); r.cropByBBox(r.getBBox()); for (let i = 0; i < 8; i++) new Resvg(svg).render(); return [img.asPng().toString('base64') === a, img.pixels.length, img.width].join()`, "true,12800,80"},
	})
}
