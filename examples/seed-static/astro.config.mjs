import { defineConfig } from 'astro/config';

// The seed's static examples: `comet build examples/seed-static` writes dist/.
export default defineConfig({
  site: 'https://example.com',
});
