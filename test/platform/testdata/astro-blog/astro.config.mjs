import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// Astro's examples/blog config without its `fonts` (fontProviders).
export default defineConfig({ site: 'https://example.com', integrations: [mdx(), sitemap()] });
