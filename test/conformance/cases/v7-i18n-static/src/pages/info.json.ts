import { getRelativeLocaleUrl, getAbsoluteLocaleUrl, getRelativeLocaleUrlList, getAbsoluteLocaleUrlList } from 'astro:i18n';
export function GET(ctx) {
  return Response.json({
    currentLocale: ctx.currentLocale ?? null, preferredLocale: ctx.preferredLocale ?? null, preferredLocaleList: ctx.preferredLocaleList ?? null,
    rel: [getRelativeLocaleUrl('en'), getRelativeLocaleUrl('en', 'a/'), getRelativeLocaleUrl('es', 'a/'), getRelativeLocaleUrl('pt', 'b')],
    abs: [getAbsoluteLocaleUrl('en'), getAbsoluteLocaleUrl('es', 'x')],
    relList: getRelativeLocaleUrlList(), absList: getAbsoluteLocaleUrlList('y'),
  });
}
