import { defineConfig } from 'astro/config';
export default defineConfig({
  trailingSlash: 'never',
  build: { format: 'file' },
  i18n: { locales: ['en', 'es', { path: 'pt', codes: ['pt-BR', 'pt'] }], defaultLocale: 'en', routing: { prefixDefaultLocale: false, fallbackType: 'rewrite' }, fallback: { pt: 'es' } },
});
