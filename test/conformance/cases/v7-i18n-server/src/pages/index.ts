export function GET(ctx) {
  return Response.json({ index: true, currentLocale: ctx.currentLocale ?? null });
}
