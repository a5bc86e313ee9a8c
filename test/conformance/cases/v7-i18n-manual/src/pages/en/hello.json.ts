export function GET(ctx) { return Response.json({ hello: 'en', locale: ctx.currentLocale ?? null }); }
