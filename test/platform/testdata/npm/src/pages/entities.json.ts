// entities: encode and decode HTML and XML entities.
import type { APIRoute } from 'astro';
import { decode, decodeHTML, decodeXML, encode, encodeHTML, encodeNonAsciiHTML, escapeUTF8 } from 'entities';

export const GET: APIRoute = () => {
  const s = '<p class="x">Grüße & ≠ 😀</p>';
  const out = {
    encode: [encode(s), encodeHTML(s), encodeNonAsciiHTML(s), escapeUTF8(s)],
    decode: [decode('&lt;&#x1F600;&eacute;&amp;amp;&notin;&notit'), decodeHTML('&NotEqualTilde;&#128512;'), decodeXML('&lt;&apos;&eacute;')],
  };
  return new Response(JSON.stringify(out, null, 2));
};
