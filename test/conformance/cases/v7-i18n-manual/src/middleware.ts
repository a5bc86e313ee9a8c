import { defineMiddleware, sequence } from 'astro:middleware';
import { middleware, redirectToDefaultLocale, notFound, redirectToFallback, requestHasLocale } from 'astro:i18n';

const custom = defineMiddleware(async (ctx, next) => {
  const p = ctx.url.pathname;
  if (p === '/') return redirectToDefaultLocale(ctx);
  if (p === '/moved') return redirectToDefaultLocale(ctx, 301);
  if (p === '/has.json') return Response.json({ has: requestHasLocale(ctx), locale: ctx.currentLocale ?? null });
  if (p.startsWith('/nf/')) {
    const r = notFound(ctx, new Response('kept body', { headers: { 'X-Kept': 'yes' } }));
    return r ?? new Response('no 404: ' + p);
  }
  if (p === '/bare-nf') return notFound(ctx) ?? new Response('none');
  const response = await next();
  if (p.startsWith('/fr/')) return redirectToFallback(ctx, response);
  return response;
});

export const onRequest = sequence(custom, middleware({ prefixDefaultLocale: true, redirectToDefaultLocale: false, fallbackType: 'redirect' }));
