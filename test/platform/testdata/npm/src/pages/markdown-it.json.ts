// markdown-it: CommonMark with html, linkify and typographer.
import type { APIRoute } from 'astro';
import MarkdownIt from 'markdown-it';

const src = `# Title "quoted"

Some *emphasis*, **strong**, \`code\` -- and (c) ... see https://example.com/a?b=c.

- [x] one
- two

| a | b |
|---|:-:|
| 1 | 2 |

\`\`\`js
const x = 1 < 2;
\`\`\`

> quote with <span class="x">html</span>

1. first
2. second [link](https://example.com "title")

![img](/a.png)
`;

export const GET: APIRoute = () => {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: true });
  const strict = new MarkdownIt('commonmark');
  const out = {
    html: md.render(src),
    strict: strict.render(src),
    inline: md.renderInline('__x__ & <b>y</b>'),
    tokens: md.parse('# h\n\ntext', {}).map((t) => t.type),
  };
  return new Response(JSON.stringify(out, null, 2));
};
