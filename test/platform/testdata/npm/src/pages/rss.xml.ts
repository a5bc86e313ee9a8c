// rss: an RSS 2.0 feed with items, enclosures and custom elements (the
// lastBuildDate it stamps with the current time is taken out).
import type { APIRoute } from 'astro';
import RSS from 'rss';

export const GET: APIRoute = () => {
  const feed = new RSS({
    title: 'Comet & friends',
    description: 'desc <b>html</b>',
    feed_url: 'https://example.com/rss.xml',
    site_url: 'https://example.com',
    language: 'en',
    pubDate: 'Thu, 29 Feb 2024 12:00:00 GMT',
    ttl: 60,
    custom_namespaces: { itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd' },
    custom_elements: [{ 'itunes:author': 'Ada' }],
  });
  feed.item({
    title: 'First ünï',
    description: '<p>Hello</p>',
    url: 'https://example.com/p/1',
    guid: 'p1',
    categories: ['go', 'js'],
    author: 'Ada',
    date: 'Jan 1, 2024 10:00 UTC',
    enclosure: { url: 'https://example.com/a.mp3', size: 1234, type: 'audio/mpeg' },
  });
  const xml = feed.xml({ indent: true }).replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, '<lastBuildDate/>');
  return new Response(xml);
};
