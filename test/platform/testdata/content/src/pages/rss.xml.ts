import { getCollection } from 'astro:content';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
export async function GET(context) {
  const posts = (await getCollection('blog')).sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());
  const items = posts.map((p) => `  <item>
    <title>${esc(p.data.title)}</title>
    <link>${new URL(`/blog/${p.id}/`, context.site)}</link>
    <pubDate>${p.data.pubDate.toUTCString()}</pubDate>
    <description>${esc(p.data.description)}</description>${p.rendered ? `
    <content:encoded><![CDATA[${p.rendered.html}]]></content:encoded>` : ''}
  </item>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
${items}
</channel></rss>
`, { headers: { 'Content-Type': 'application/xml' } });
}
