import { defineConfig } from 'astro/config';

// A site under a sub-path, so new URL(path, site) has something to resolve.
export default defineConfig({
  site: 'https://example.com/blog/',
});
