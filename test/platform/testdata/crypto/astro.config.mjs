import { defineConfig } from 'astro/config';

// Endpoints that use crypto packages; crypto_test.go links node_modules in.
export default defineConfig({
  site: 'https://example.com',
});
