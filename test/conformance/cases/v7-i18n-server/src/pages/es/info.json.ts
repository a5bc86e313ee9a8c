import {
  getRelativeLocaleUrl, getAbsoluteLocaleUrl, getRelativeLocaleUrlList, getAbsoluteLocaleUrlList,
  getPathByLocale, getLocaleByPath, pathHasLocale,
} from 'astro:i18n';

function attempt(f) {
  try { return f(); } catch (e) { return 'error: ' + e.name; }
}

export function GET(ctx) {
  return Response.json({
    currentLocale: ctx.currentLocale ?? null,
    preferredLocale: ctx.preferredLocale ?? null,
    preferredLocaleList: ctx.preferredLocaleList ?? null,
    rel: [getRelativeLocaleUrl('es'), getRelativeLocaleUrl('es', 'about'), getRelativeLocaleUrl('en', '/about/'),
      getRelativeLocaleUrl('pt', 'x'), getRelativeLocaleUrl('pt_BR', 'x'), getRelativeLocaleUrl('pt_BR', 'x', { normalizeLocale: false }),
      getRelativeLocaleUrl('es', 'a', { prependWith: 'blog' }), attempt(() => getRelativeLocaleUrl('de'))],
    abs: [getAbsoluteLocaleUrl('es'), getAbsoluteLocaleUrl('en', 'about.json'), getAbsoluteLocaleUrl('pt-PT', 'x')],
    relList: getRelativeLocaleUrlList('guide'),
    absList: getAbsoluteLocaleUrlList(),
    paths: [getPathByLocale('pt'), getPathByLocale('pt-PT'), getPathByLocale('es'), attempt(() => getPathByLocale('de'))],
    locales: [getLocaleByPath('portugues'), getLocaleByPath('es'), attempt(() => getLocaleByPath('pt'))],
    has: [pathHasLocale('/es/x'), pathHasLocale('/docs/pt-br/x'), pathHasLocale('/portugues'), pathHasLocale('/pt/x'), pathHasLocale('/fr')],
  });
}
