import { defineMiddleware } from 'astro:middleware';
import { getActionContext } from 'astro:actions';
export const onRequest = defineMiddleware(async (ctx, next) => {
  ctx.locals.seen = ctx.url.pathname;
  const { action } = getActionContext(ctx);
  const res = await next();
  if (action) res.headers.set('X-Action', action.calledFrom + ':' + action.name);
  return res;
});
