// he: encode and decode HTML entities; astral characters come out as one
// reference (its regexes find surrogate pairs without the u flag).
import type { APIRoute } from 'astro';
import he from 'he';

export const GET: APIRoute = () => {
  const s = 'foo © bar ≠ baz 𝌆 qux 😀 <a href="x">';
  const out = {
    encode: [he.encode(s), he.encode(s, { useNamedReferences: true }), he.encode(s, { decimal: true }), he.encode('\uD834 lone', { strict: false })],
    escape: he.escape('<img src="x" alt=\'&\'>'),
    decode: [he.decode('&#x1D306; &#128512; &copy; &ne; &amp;lt; &notit;'), he.decode('&foo; &#xD834;', { strict: false })],
  };
  return new Response(JSON.stringify(out, null, 2));
};
