export function GET(ctx) {
  return Response.json({ currentLocale: ctx.currentLocale ?? null, preferredLocale: ctx.preferredLocale ?? null, list: ctx.preferredLocaleList ?? null });
}
