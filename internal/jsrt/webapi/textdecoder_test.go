package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestTextDecoderEncodings: TextDecoder knows every label of the Encoding
// Standard, with fatal mode, BOM handling and streaming. The wanted strings
// are Node 20 output, except windows-1252, which Node 20 decodes as
// ISO-8859-1 (0x80 is U+20AC in the standard and in browsers).
func TestTextDecoderEncodings(t *testing.T) {
	e := newEnv(t, webapi.Options{})
	runCases(t, e, "const hex = (s) => s.split('').map((c) => c.charCodeAt(0).toString(16)).join(' '); const u = (...b) => new Uint8Array(b);", []jsCase{
		{"labels", "return ['sjis','gb2312','latin1','ascii','utf-16','UTF-16BE',' koi8-u ','x-mac-cyrillic','windows-874','ibm866','iso-8859-8-i','euc-kr','big5','gb18030','iso-2022-jp','euc-jp','unicode-1-1-utf-8','iso-8859-15','cp1251'].map((l) => new TextDecoder(l).encoding).join()", "shift_jis,gbk,windows-1252,windows-1252,utf-16le,utf-16be,koi8-u,x-mac-cyrillic,windows-874,ibm866,iso-8859-8-i,euc-kr,big5,gb18030,iso-2022-jp,euc-jp,utf-8,iso-8859-15,windows-1251"},
		{"bad", "return ['iso-2022-kr','replacement','nope','utf-32'].map((l) => { try { new TextDecoder(l); return 'ok' } catch (e) { return e.name + ': ' + e.message } }).join('|')", "RangeError: The \"replacement\" encoding is not supported|RangeError: The \"replacement\" encoding is not supported|RangeError: The \"nope\" encoding is not supported|RangeError: The \"utf-32\" encoding is not supported"},
		{"sjis", "return new TextDecoder('shift_jis').decode(u(0x82,0xa0,0x83,0x41,0x8a,0xbf,0x41))", "あア漢A"},
		{"eucjp", "return new TextDecoder('euc-jp').decode(u(0xa4,0xa2,0xb4,0xc1))", "あ漢"},
		{"gbk", "return new TextDecoder('gbk').decode(u(0xc4,0xe3,0xba,0xc3))", "你好"},
		{"big5", "return new TextDecoder('big5').decode(u(0xa7,0x41,0xa6,0x6e))", "你好"},
		{"euckr", "return new TextDecoder('euc-kr').decode(u(0xc7,0xd1,0xb1,0xdb))", "한글"},
		{"w1252", "return hex(new TextDecoder('windows-1252').decode(u(0x80,0x81,0xe9,0x9f)))", "20ac 81 e9 178"},
		{"koi8", "return new TextDecoder('koi8-r').decode(u(0xf0,0xd2,0xc9,0xd7,0xc5,0xd4))", "Привет"},
		{"utf16be", "return new TextDecoder('utf-16be').decode(u(0xfe,0xff,0,0x41,0xd8,0x3d,0xde,0x00))", "A😀"},
		{"utf16bom", "return [new TextDecoder('utf-16le').decode(u(0xff,0xfe,0x41,0)), new TextDecoder('utf-16le', {ignoreBOM: true}).decode(u(0xff,0xfe,0x41,0)).length, new TextDecoder('utf-8').decode(u(0xef,0xbb,0xbf,0x41)), new TextDecoder('windows-1252').decode(u(0xef,0xbb,0xbf)).length].join()", "A,2,A,3"},
		{"utf16replace", "return hex(new TextDecoder('utf-16le').decode(u(0x00,0xd8,0x41,0x00,0x00,0xdc,0x41)))", "fffd 41 fffd fffd"},
		{"utf16fatal", "return [u(0,0xd8,0x41,0), u(0x41), u(0,0xdc), u(0x3d,0xd8)].map((b) => { try { return new TextDecoder('utf-16le', {fatal: true}).decode(b) } catch (e) { return e.name + ': ' + e.message } }).join('|')", "TypeError: The encoded data was not valid for encoding utf-16le|TypeError: The encoded data was not valid for encoding utf-16le|TypeError: The encoded data was not valid for encoding utf-16le|TypeError: The encoded data was not valid for encoding utf-16le"},
		{"sjisfatal", "try { new TextDecoder('shift_jis', {fatal: true}).decode(u(0x82)); return 'ok' } catch (e) { return e.name + ': ' + e.message }", "TypeError: The encoded data was not valid for encoding shift_jis"},
		{"streaming", "const d = new TextDecoder('utf-16be'); const d2 = new TextDecoder('shift_jis'); const d3 = new TextDecoder('utf-16le'); return [d.decode(u(0xfe), {stream: true}), d.decode(u(0xff, 0), {stream: true}), d.decode(u(0x41, 0xd8), {stream: true}), d.decode(u(0x3d, 0xde, 0x00)), d2.decode(u(0x82), {stream: true}), d2.decode(u(0xa0)), hex(d3.decode(u(0x41), {stream: true}) + d3.decode())].join('|')", "||A|😀||あ|fffd"},
		{"stream", "const r = new Blob([u(0x82,0xa0,0x82), u(0xa2)]).stream().pipeThrough(new TextDecoderStream('sjis')); let s = ''; for await (const c of r) s += c; return s + new TextDecoderStream('latin1').encoding", "あいwindows-1252"},
	})
}
