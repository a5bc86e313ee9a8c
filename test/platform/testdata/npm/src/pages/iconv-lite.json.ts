// iconv-lite: encode and decode single-byte, CJK and UTF-16 encodings.
import type { APIRoute } from 'astro';
import iconv from 'iconv-lite';

export const GET: APIRoute = () => {
  const text = 'Grüße € 日本語 ✓';
  const out = {
    encode: ['win1252', 'latin1', 'shift_jis', 'gbk', 'utf16le', 'utf16be', 'koi8-r'].map((e) => [e, iconv.encode(text, e).toString('hex')]),
    decode: [
      iconv.decode(Buffer.from('47729f6520809f', 'hex'), 'win1252'),
      iconv.decode(Buffer.from('93fa967b8cea', 'hex'), 'sjis'),
      iconv.decode(Buffer.from('fffe41004200', 'hex'), 'utf16'),
      iconv.decode(Buffer.from('c1c2d7', 'hex'), 'koi8-r'),
    ],
    exists: [iconv.encodingExists('cp1251'), iconv.encodingExists('nope')],
  };
  return new Response(JSON.stringify(out, null, 2));
};
