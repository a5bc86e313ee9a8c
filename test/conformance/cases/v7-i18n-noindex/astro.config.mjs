import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'https://example.com',
  base: '/docs',
  i18n: {
    locales: ['en', 'es', 'pt_BR', { path: 'portugues', codes: ['pt', 'pt-PT'] }],
    defaultLocale: 'en',
    fallback: { es: 'en' },
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: true },
  },
});
