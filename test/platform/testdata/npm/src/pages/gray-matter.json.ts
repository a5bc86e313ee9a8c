// gray-matter: YAML and JSON front matter, excerpts, stringify.
import type { APIRoute } from 'astro';
import matter from 'gray-matter';

const post = `---
title: Hello "world"
tags: [a, b]
draft: false
---
First paragraph.
<!-- more -->
Rest of the post.
`;

export const GET: APIRoute = () => {
  const parsed = matter(post, { excerpt: true, excerpt_separator: '<!-- more -->' });
  const json = matter('---json\n{"a": 1}\n---\nbody');
  const out = {
    data: parsed.data,
    content: parsed.content,
    excerpt: parsed.excerpt,
    json: [json.data, json.content, json.language],
    stringify: matter.stringify('Body text\n', { title: 'T', n: 1 }),
    test: [matter.test(post), matter.test('no front matter')],
  };
  return new Response(JSON.stringify(out, null, 2));
};
