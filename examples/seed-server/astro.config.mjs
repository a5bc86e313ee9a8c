import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

// The seed's server examples: `comet build` then `comet preview`, or `comet dev`.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
});
