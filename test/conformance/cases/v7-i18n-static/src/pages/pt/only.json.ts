export function GET(ctx) { return Response.json({ currentLocale: ctx.currentLocale ?? null }); }
