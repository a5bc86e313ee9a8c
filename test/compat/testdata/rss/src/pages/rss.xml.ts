import type { APIRoute } from 'astro';
import { feed } from '../lib/feed.mjs';

export const GET: APIRoute = ({ site }) =>
  new Response(feed(site), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
