import { defineCollection, reference, z } from 'astro:content';
import { file, glob } from 'astro/loaders';

const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/*.{md,yaml}' }),
  schema: z.object({
    title: z.string(),
    description: z.string().default('(none)'),
    pubDate: z.coerce.date(),
    updatedDate: z.date().optional(),
    tags: z.array(z.string()).default([]),
    status: z.enum(['draft', 'published']).default('published'),
    author: reference('authors'),
    words: z.number().int().transform((n) => n * 2).optional(),
  }),
});
const authors = defineCollection({
  loader: file('src/data/authors.yaml'),
  schema: z.object({ name: z.string(), joined: z.date(), site: z.string().url().optional() }),
});
export const collections = { blog, authors };
