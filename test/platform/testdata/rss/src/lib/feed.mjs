// An RSS 2.0 feed built by hand, as blogs without @astrojs/rss do. The
// endpoints (src/pages/*.xml.ts) import this plain module, and Node imports
// the same file, so both run exactly this code.

export const posts = [
  {
    slug: 'hello-world',
    title: 'Hello, World & <Friends>',
    date: '2024-02-29T23:30:00Z',
    summary: 'Our first post — with "quotes", \'apostrophes\' & <b>markup</b>.',
    tags: ['intro', 'news'],
  },
  {
    slug: 'ünïcödé/ßtraße',
    title: 'Ünïcödé in URLs: ßtraße & 日本語',
    date: '2023-12-31T00:00:00.000Z',
    summary: 'Paths with spaces and accents: /a b/ç?q=1&r=2#frag',
    tags: ['i18n'],
  },
  {
    slug: '../up/../and/./around',
    title: 'Dot segments',
    date: '1999-01-01T12:00:00+05:30',
    summary: 'Emoji 🚀 and control\u0007char and CDATA ]]> end',
    tags: [],
  },
  {
    slug: '/absolute/path?x=1',
    title: 'Absolute path',
    date: '2038-01-19T03:14:08Z',
    summary: 'After 2038.',
    tags: ['y2038'],
  },
];

// escapeXml escapes text for XML element content and attribute values and
// drops the characters XML 1.0 forbids.
export function escapeXml(s) {
  return String(s)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const cdata = (s) => '<![CDATA[' + String(s).replaceAll(']]>', ']]]]><![CDATA[>') + ']]>';

const medium = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

// rss renders the feed for site (a URL or string ending in /).
export function rss(site) {
  const base = new URL(site);
  const items = [...posts]
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    .map((p) => {
      const d = new Date(p.date);
      const link = new URL('posts/' + p.slug, base);
      return [
        '    <item>',
        `      <title>${escapeXml(p.title)}</title>`,
        `      <link>${escapeXml(link.href)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(link.href)}</guid>`,
        `      <pubDate>${d.toUTCString()}</pubDate>`,
        `      <atom:updated>${d.toISOString()}</atom:updated>`,
        `      <description>${cdata(p.summary)}</description>`,
        ...p.tags.map((t) => `      <category domain="${escapeXml(new URL('tags/' + t + '/', base).href)}">${escapeXml(t)}</category>`),
        `      <comments>${escapeXml(link.pathname + link.search)}#comments (${escapeXml(link.host)})</comments>`,
        `      <x:long>${d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' })}</x:long>`,
        `      <x:medium>${medium.format(d)}</x:medium>`,
        '    </item>',
      ].join('\n');
    });
  const newest = new Date(Math.max(...posts.map((p) => Date.parse(p.date))));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:x="urn:x">',
    '  <channel>',
    `    <title>${escapeXml('Comet & Co. — "Blog"')}</title>`,
    `    <link>${escapeXml(base.href)}</link>`,
    `    <atom:link href="${escapeXml(new URL('rss.xml', base).href)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${escapeXml('Notes on <endpoints>')}</description>`,
    '    <language>en-us</language>',
    `    <lastBuildDate>${newest.toUTCString()}</lastBuildDate>`,
    `    <x:origin>${escapeXml(base.origin)} ${escapeXml(new URL('/', base).href)} ${escapeXml(new URL('../up', base).href)}</x:origin>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

// localeDates formats every post's date in other locales, each value or
// the error it threw, as lines of text.
export function localeDates() {
  const locales = ['de-DE', 'fr-FR', 'ja-JP', 'es-ES', 'pt-BR', 'en-GB'];
  const lines = [];
  for (const loc of locales) {
    for (const p of posts) {
      const d = new Date(p.date);
      const row = [
        () => d.toLocaleDateString(loc, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
        () => new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeZone: 'UTC' }).format(d),
        () => new Intl.DateTimeFormat(loc, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(d),
        () => d.toLocaleDateString(loc, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }),
      ].map((f) => {
        try {
          return f();
        } catch (e) {
          return 'threw ' + e.name;
        }
      });
      lines.push(`${loc}\t${p.slug}\t${row.join('\t')}`);
    }
  }
  return lines.join('\n') + '\n';
}
