// fast-xml-parser: parse an RSS-like document and build it back.
import type { APIRoute } from 'astro';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Comet &amp; friends</title>
    <link>https://example.com/</link>
    <atom:link href="https://example.com/rss.xml" rel="self" type="application/rss+xml"/>
    <item>
      <title>First &lt;post&gt;</title>
      <link>https://example.com/posts/1</link>
      <guid isPermaLink="true">https://example.com/posts/1</guid>
      <pubDate>Tue, 27 Feb 2024 09:30:00 GMT</pubDate>
      <description><![CDATA[<p>Hello <b>world</b></p>]]></description>
      <category>go</category>
      <category>js</category>
    </item>
    <item>
      <title>Ünïcödé 2</title>
      <link>https://example.com/posts/2</link>
      <comments>42</comments>
    </item>
  </channel>
</rss>`;

export const GET: APIRoute = () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', cdataPropName: '#cdata' });
  const doc = parser.parse(rss);
  const plain = new XMLParser().parse(rss);
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', cdataPropName: '#cdata', format: true, indentBy: '  ' });
  const out = {
    valid: XMLValidator.validate(rss),
    invalid: XMLValidator.validate('<a><b></a>'),
    doc,
    plain,
    rebuilt: builder.build(doc),
  };
  return new Response(JSON.stringify(out, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
