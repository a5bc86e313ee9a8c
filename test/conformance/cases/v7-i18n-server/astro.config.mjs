import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
export default defineConfig({
  site: 'https://example.com',
  base: '/docs',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  i18n: {
    locales: ['en', 'es', 'pt_BR', { path: 'portugues', codes: ['pt', 'pt-PT'] }],
    defaultLocale: 'en',
    fallback: { es: 'en' },
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: true },
  },
});
