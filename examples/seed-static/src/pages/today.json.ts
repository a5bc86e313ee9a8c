// Today's Astro style: an uppercase GET returning a Response, with the
// APIContext (url, site) instead of the 1.x { params, request }.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ url, site }) => {
  return Response.json({ url: url.href, site: site?.href ?? null, generator: 'comet' });
};
