export function GET(ctx) { return Response.json({ hello: 'es', locale: ctx.currentLocale ?? null }); }
