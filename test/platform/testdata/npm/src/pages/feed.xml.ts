// feed: RSS 2.0, Atom 1.0 and JSON Feed from one feed.
import type { APIRoute } from 'astro';
import { Feed } from 'feed';

export const GET: APIRoute = () => {
  const updated = new Date(Date.UTC(2024, 1, 29, 12));
  const feed = new Feed({
    title: 'Comet & friends',
    description: 'A <feed>',
    id: 'https://example.com/',
    link: 'https://example.com/',
    language: 'en',
    copyright: 'All rights reserved',
    updated,
    generator: 'comet-test',
    feedLinks: { json: 'https://example.com/feed.json', atom: 'https://example.com/atom.xml' },
    author: { name: 'Ada', email: 'ada@example.com', link: 'https://example.com/ada' },
  });
  for (const i of [1, 2]) {
    feed.addItem({
      title: `Post ${i} ünï`,
      id: `https://example.com/p/${i}`,
      link: `https://example.com/p/${i}`,
      description: `<p>Summary ${i}</p>`,
      content: `<p>Content &amp; ${i}</p>`,
      author: [{ name: 'Ada', email: 'ada@example.com' }],
      date: new Date(Date.UTC(2024, 0, i)),
      category: [{ name: 'go' }],
    });
  }
  feed.addCategory('tech');
  return new Response([feed.rss2(), feed.atom1(), feed.json1()].join('\n\n'));
};
