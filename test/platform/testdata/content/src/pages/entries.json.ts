import { getCollection, getEntry, getEntries, render } from 'astro:content';
export async function GET() {
  // Astro's order is the order its parallel loading finishes: sort.
  const blog = (await getCollection('blog')).sort((a, b) => (a.id < b.id ? -1 : 1));
  const published = await getCollection('blog', ({ data }) => data.status === 'published');
  const hello = await getEntry('blog', 'hello-world');
  const author = await getEntry(hello.data.author);
  const { headings, remarkPluginFrontmatter } = await render(hello);
  return Response.json({
    blog,
    published: published.map((e) => e.id),
    author,
    authors: (await getEntries([{ collection: 'authors', id: 'bob' }, { collection: 'authors', id: 'ann' }])).map((a) => [a.id, a.data.joined.toISOString()]),
    headings,
    frontmatter: remarkPluginFrontmatter,
    types: [hello.data.pubDate instanceof Date, hello.data.updatedDate instanceof Date, typeof hello.data.words],
  });
}
