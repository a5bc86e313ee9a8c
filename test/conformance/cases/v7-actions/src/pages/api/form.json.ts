import { actions } from 'astro:actions';
export function POST(ctx) {
  const r = ctx.getActionResult(actions.raw);
  const other = ctx.getActionResult(actions.empty);
  return Response.json({ result: r ?? null, other: other ?? null });
}
