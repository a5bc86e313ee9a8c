export function GET(ctx) { return Response.json({ plain: true, locale: ctx.currentLocale ?? null }); }
