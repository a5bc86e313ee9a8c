// striptags: strip all tags, keep some, replace with a string, streaming.
import type { APIRoute } from 'astro';
import striptags from 'striptags';

export const GET: APIRoute = () => {
  const html = '<p>Hello <b>bold</b> <a href="x">link</a><br/><script>x<1</script> &amp; ü</p><!-- c -->';
  const state = striptags.init_streaming_mode(['b']);
  const out = {
    all: striptags(html),
    keep: striptags(html, ['a', 'b']),
    replace: striptags(html, [], '\n'),
    streaming: [state(html.slice(0, 12)), state(html.slice(12))],
  };
  return new Response(JSON.stringify(out, null, 2));
};
