import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  i18n: {
    locales: ['en', 'es', 'fr'],
    defaultLocale: 'en',
    fallback: { fr: 'es' },
    routing: 'manual',
  },
});
