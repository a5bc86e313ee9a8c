import { defineConfig } from 'astro/config';

// Endpoints that run WebAssembly from npm packages; wasm_test.go links
// node_modules in and copies the packages' .wasm files to assets/.
export default defineConfig({
  site: 'https://example.com',
});
