// htmlparser2: the streaming Parser's events, parseDocument and DomUtils.
import type { APIRoute } from 'astro';
import { DomUtils, Parser, parseDocument, parseFeed } from 'htmlparser2';

const html = `<!doctype html><html><head><title>T &amp; U</title></head><body><div id="a" class="x y">One<br/>Two <!-- c --><a href="/p?q=1&amp;r=2">link</a></div><p>é&nbsp;&#x263A;</body></html>`;
const feedXml = `<rss version="2.0"><channel><title>F</title><link>https://e.com/</link><item><title>I1</title><link>https://e.com/1</link><pubDate>Tue, 27 Feb 2024 09:30:00 GMT</pubDate></item></channel></rss>`;

export const GET: APIRoute = () => {
  const events: unknown[] = [];
  const parser = new Parser({
    onopentag: (name, attrs) => events.push(['open', name, attrs]),
    ontext: (text) => events.push(['text', text]),
    onclosetag: (name, implied) => events.push(['close', name, implied]),
    oncomment: (c) => events.push(['comment', c]),
  }, { decodeEntities: true });
  parser.write(html.slice(0, 50));
  parser.write(html.slice(50));
  parser.end();
  const doc = parseDocument(html);
  const feed = parseFeed(feedXml);
  const out = {
    events,
    links: DomUtils.getElementsByTagName('a', doc).map((a) => DomUtils.getAttributeValue(a, 'href')),
    text: DomUtils.textContent(doc),
    outer: DomUtils.getOuterHTML(DomUtils.getElementById('a', doc)!),
    feed: feed && { ...feed, items: feed.items.map((i) => ({ ...i, pubDate: i.pubDate?.toISOString() })) },
  };
  return new Response(JSON.stringify(out, null, 2));
};
