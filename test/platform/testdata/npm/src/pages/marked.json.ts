// marked: a document with headings, lists, code, links, tables and inline
// HTML, rendered with default options and with a custom renderer.
import type { APIRoute } from 'astro';
import { Marked, marked } from 'marked';

const doc = `# Release notes — v2.0

Intro with **bold**, _em_, \`code\`, a [link](https://example.com/a?b=1&c=2 "Title") and <https://auto.link>.

## Changes

1. First item
2. Second item with a nested list:
   - nested *one*
   - nested two
3. Third

- [ ] todo
- [x] done

\`\`\`ts
const x: number = 1 < 2 ? 3 : 4;
console.log("<tag>", x);
\`\`\`

> A quote
> on two lines

| Name | Value |
| :--- | ----: |
| a    | 1     |
| b&c  | 2     |

Line one  
line two<br>

***

Ünïcödé — “quotes” & ampersands.
`;

export const GET: APIRoute = () => {
  const custom = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        const id = text.toLowerCase().replace(/[^\w]+/g, '-');
        return `<h${depth} id="${id}">${text}</h${depth}>\n`;
      },
    },
  });
  const out = {
    html: marked.parse(doc, { async: false }),
    custom: custom.parse(doc, { async: false }),
    inline: marked.parseInline('**a** _b_ `c` ~~d~~'),
    tokens: marked.lexer(doc).map((t) => t.type),
  };
  return new Response(JSON.stringify(out, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
