export function getStaticPaths() { return [{ params: { lang: 'es' } }, { params: { lang: 'pt' } }, { params: { lang: 'xx' } }, { params: { lang: 'pt-br' } }]; }
export function GET(ctx) { return Response.json({ lang: ctx.params.lang, currentLocale: ctx.currentLocale ?? null }); }
