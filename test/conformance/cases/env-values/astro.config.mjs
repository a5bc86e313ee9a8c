import { defineConfig, envField } from 'astro/config';
import node from '@astrojs/node';
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  env: { schema: {
    PUBLIC_API: envField.string({ context: 'server', access: 'public', url: true }),
    RETRIES: envField.number({ context: 'server', access: 'public', default: 3 }),
    DEBUG: envField.boolean({ context: 'server', access: 'public', default: false }),
    API_KEY: envField.string({ context: 'server', access: 'secret', optional: true }),
    PUBLIC_HELLO: envField.string({ context: 'client', access: 'public' }),
  } },
});
