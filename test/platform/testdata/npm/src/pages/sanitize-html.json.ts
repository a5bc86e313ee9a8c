// sanitize-html: the default policy and a custom one.
import type { APIRoute } from 'astro';
import sanitizeHtml from 'sanitize-html';

const dirty = `<p onclick="x()">Hi <script>alert(1)</script><b>there</b> <a href="javascript:evil()">bad</a>
<a href="https://example.com" target="_blank">ok</a><img src="/a.png" onerror="x"><iframe src="//evil"></iframe>
<style>p{}</style><span style="color: red; position: fixed">s</span>&lt;kept&gt; &amp; ünï</p>`;

export const GET: APIRoute = () => {
  const out = {
    default: sanitizeHtml(dirty),
    custom: sanitizeHtml(dirty, {
      allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img', 'span']),
      allowedAttributes: { a: ['href', 'target', 'rel'], img: ['src'], span: ['style'] },
      allowedStyles: { span: { color: [/^red$/] } },
      transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener' }) },
    }),
    text: sanitizeHtml(dirty, { allowedTags: [], allowedAttributes: {} }),
  };
  return new Response(JSON.stringify(out, null, 2));
};
