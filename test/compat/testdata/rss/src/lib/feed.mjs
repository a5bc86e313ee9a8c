// An RSS 2.0 feed built by hand, as many blogs do: dates formatted for
// people (toLocaleDateString, Intl.DateTimeFormat) and for machines
// (toUTCString, toISOString), XML escaped, links resolved against the site.
export const posts = [
  { slug: 'hello-world', title: 'Hello, World & "Friends"', date: '2024-01-05T09:00:00Z', summary: 'First <post>' },
  { slug: 'leap', title: "Leap day's notes", date: '2024-02-29T23:30:00Z', summary: 'It is 29 February' },
  { slug: 'new-year', title: 'Année 2025', date: '2024-12-31T23:59:59Z', summary: 'Bonne année — 2025 ✨' },
];

const escape = (s) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]);

export function feed(site) {
  const long = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
  const withTime = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });
  const items = posts.map((p) => {
    const d = new Date(p.date);
    const link = new URL(`/posts/${p.slug}/`, site).href;
    return `  <item>
    <title>${escape(p.title)}</title>
    <link>${link}</link>
    <guid isPermaLink="true">${link}</guid>
    <pubDate>${d.toUTCString()}</pubDate>
    <dc:date>${d.toISOString()}</dc:date>
    <description>${escape(p.summary)} (${d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })}; ${long.format(d)}; ${withTime.format(d)}; ${d.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' })})</description>
  </item>`;
  });
  const updated = new Date(Math.max(...posts.map((p) => Date.parse(p.date))));
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>${escape('Notes & Essays')}</title>
  <link>${new URL('/', site).href}</link>
  <lastBuildDate>${updated.toUTCString()}</lastBuildDate>
  <description>${posts.length} posts, updated ${updated.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })} at ${updated.toLocaleTimeString('en-US', { timeZone: 'UTC' })}</description>
${items.join('\n')}
</channel>
</rss>
`;
}
